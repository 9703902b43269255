"""Diagnostic criteria as data, and an evaluator that explains item by item which criteria
a list of findings meets. Django-free; never states a diagnosis.

    >>> from raremap.engine.criteria import check
    >>> check(kb, "poems", ["HP:0001271", "lambda", "elevated-vegf", "Hepatomegaly"]).met  # doctest: +SKIP
    True
"""

from raremap.engine.criteria.catalogue import CriteriaError, all_sets, get_set, sets_for_disease
from raremap.engine.criteria.evaluate import Evaluation, evaluate
from raremap.engine.criteria.findings import Finding, FindingError, parse_findings
from raremap.engine.criteria.model import CriteriaSet, Group, Item, NamedFinding


def check(kb, set_name: str, findings: list[str]) -> Evaluation:
    """Parse ``findings`` and evaluate them against the criteria set ``set_name``
    (an id such as ``poems`` or a disease id such as ``ORPHA:2905``)."""
    criteria = get_set(set_name)
    return evaluate(kb, criteria, parse_findings(kb, criteria, findings))


__all__ = [
    "CriteriaError", "CriteriaSet", "Evaluation", "Finding", "FindingError", "Group", "Item",
    "NamedFinding", "all_sets", "check", "evaluate", "get_set", "parse_findings", "sets_for_disease",
]  # fmt: skip
