"""Commands over the answers and criteria: ask, criteria."""

from __future__ import annotations

import typer

from raremap.cli.output import JsonOption, print_json


def ask(
    disease_id: str = typer.Argument(..., help="A disease id such as ORPHA:2905 or OMIM:219700."),
    question: str = typer.Argument(
        None, help="hereditary, contagious, symptoms, causes, diagnosis, prevalence, outlook, "
        "treatment, similar or what-is-it; leave out for the TL;DR of every question.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Answer a patient's question about a disease, with sources and review status."""
    from raremap.answers import UnknownQuestionError, answer, answers
    from raremap.cli.knowledge_access import get_kb
    from raremap.cli.render_answers import render_answer, render_overview

    kb = get_kb()
    try:
        result = [answer(kb, disease_id, question)] if question else answers(kb, disease_id)
    except UnknownQuestionError as exc:
        raise typer.BadParameter(str(exc), param_hint="QUESTION") from None
    if as_json:
        # Every id of the disease (a merged Orphanet/OMIM pair answers to both).
        ids = list(kb.disease(result[0].disease_id).ids) if result else []
        dicts = [{**a.to_dict(), "disease_ids": ids} for a in result]
        print_json(dicts[0] if question else dicts)
    elif question:
        render_answer(result[0])
    else:
        render_overview(result)


def criteria(
    set_name: str = typer.Argument(..., help="A criteria set (e.g. 'poems') or a disease id such as ORPHA:2905."),
    findings: list[str] = typer.Option(
        None, "--finding", "-f",
        help="A finding: an HPO id (HP:0002240), an HPO term name (Hepatomegaly) or a named "
        "finding of the set (lambda, elevated-vegf, castleman). Repeat for each finding.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Check findings against formal diagnostic criteria, item by item (never a diagnosis)."""
    from raremap.cli.knowledge_access import get_kb
    from raremap.cli.render_answers import render_criteria, render_evaluation
    from raremap.engine.criteria import (
        CriteriaError,
        FindingError,
        evaluate,
        get_set,
        parse_findings,
    )

    try:
        crit = get_set(set_name)
    except CriteriaError as exc:
        raise typer.BadParameter(str(exc), param_hint="SET_NAME") from None
    kb = get_kb()
    if not findings:
        if as_json:
            print_json(evaluate(kb, crit, []).to_dict())
        else:
            render_criteria(crit)
        return
    try:
        parsed = parse_findings(kb, crit, findings)
    except FindingError as exc:
        raise typer.BadParameter(str(exc), param_hint="--finding") from None
    result = evaluate(kb, crit, parsed)
    if as_json:
        print_json(result.to_dict())
    else:
        render_evaluation(result)


def register(app: typer.Typer) -> None:
    app.command("ask")(ask)
    app.command("criteria")(criteria)
