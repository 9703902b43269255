"""Content packs become curated answers editors can edit (idempotently, with where they came
from in the history); "replace" replaces; headings are headings; the badge is signed with
the reviewer's real name and qualification; "Last updated" is never older than the review."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from raremap.answers.packs import load_packs
from raremap.web.answers.importing import import_packs
from raremap.web.answers.models import AnswerRevision, CuratedAnswer, WorkflowError, body_blocks
from tests import factories

pytestmark = pytest.mark.django_db
PAGE = "/disease/ORPHA:2905/questions/{}/"


@pytest.fixture(autouse=True)
def _knowledge(kb):
    return kb


def _text(response) -> str:
    return " ".join(response.content.decode().split())


def test_every_pack_answer_is_imported_once_with_its_origin_in_the_history(capsys):
    poems = next(p for p in load_packs() if p["pack"] == "poems")
    call_command("import_packs")
    assert CuratedAnswer.objects.count() == len(poems["answers"]) > 0
    answer = CuratedAnswer.objects.get(disease_id="ORPHA:2905", question="hereditary")
    pack_answer = poems["answers"]["hereditary"]
    assert (answer.status, answer.mode, answer.tldr) == ("draft", pack_answer["mode"], pack_answer["tldr"]["text"])
    first = pack_answer["sections"][0]
    assert {"heading": True, "text": first["heading"]} in answer.paragraphs()
    assert {"heading": False, "text": first["statements"][0]["text"]} in answer.paragraphs()
    revision = AnswerRevision.objects.get(answer=answer)
    # The pack is named by its subject, as readers see it, never by its key.
    assert revision.note.startswith(
        f"Imported from RareMap notes on POEMS syndrome, written by {poems['written_by']} on {poems['written_on']}")
    assert f"{revision.changed_at:%Y-%m-%d}" == poems["written_on"]
    assert any("Orphanet" in line for line in answer.source_lines)
    # Again: nothing new, nothing changed.
    call_command("import_packs")
    assert CuratedAnswer.objects.count() == len(poems["answers"])
    assert AnswerRevision.objects.count() == len(poems["answers"])
    assert "0 answers imported" in capsys.readouterr().out


def test_an_older_import_note_is_shown_with_the_packs_name(client):
    # Notes written before packs were named by subject say "pack poems": staff pages show
    # the pack's name instead; the stored history is left as written.
    call_command("import_packs")
    answer = CuratedAnswer.objects.get(disease_id="ORPHA:2905", question="outlook")
    AnswerRevision.objects.filter(answer=answer).update(note="Imported from pack poems, written by X on 2026-11-22.")
    factories.logged_in(client, factories.editor())
    for page in ("/editorial/", f"/editorial/{answer.pk}/"):
        text = _text(client.get(page))
        assert "Imported from RareMap notes on POEMS syndrome, written by X on 2026-11-22." in text
        assert "pack poems" not in text and "pack:poems" not in text
    assert AnswerRevision.objects.get(answer=answer).note.startswith("Imported from pack poems")


def test_a_question_an_editor_already_answered_is_left_alone():
    editor = factories.editor()
    own = CuratedAnswer(disease_id="ORPHA:2905", question="hereditary", tldr="Mine.", sources="PMID:1")
    own.save(actor=editor)
    done = {(d.question, d.created) for d in import_packs()}
    assert ("hereditary", False) in done
    assert CuratedAnswer.objects.get(question="hereditary").tldr == "Mine."


@pytest.mark.parametrize("body, blocks", [
    ("## Heading\nText on the next line.", [("h", "Heading"), ("p", "Text on the next line.")]),
    ("## Heading\n\nText.\nMore of it.\n\nAnother.", [("h", "Heading"), ("p", "Text. More of it."), ("p", "Another.")]),
    ("Intro.\n## Heading\nText.", [("p", "Intro."), ("h", "Heading"), ("p", "Text.")]),
    ("##Not a heading", [("p", "##Not a heading")]),
    ("\r\n## A\r\nB\r\n", [("h", "A"), ("p", "B")]),
])
def test_headings_and_paragraphs(body, blocks):
    assert [("h" if b["heading"] else "p", b["text"]) for b in body_blocks(body)] == blocks


def _published(mode: str, reviewer, body: str = "## Why\nBecause of the cause.") -> CuratedAnswer:
    editor = factories.editor()
    answer = CuratedAnswer(disease_id="ORPHA:2905", question="outlook", mode=mode, tldr="Curated outlook.",
                           body=body, sources="PMID:12345678")
    answer.save(actor=editor)
    answer.submit_for_review(editor)
    answer.mark_reviewed(reviewer)
    answer.publish(reviewer)
    return answer


def _signed_reviewer(**profile):
    user = factories.reviewer(username="s-dr-rev")
    for field, value in profile.items():
        setattr(user.profile, field, value)
    user.profile.save()
    return user


def test_replace_replaces_the_automatic_answer(client):
    _published("replace", _signed_reviewer(professional_name="Dr Ana Ruiz"))
    html = _text(client.get(PAGE.format("outlook")))
    assert html.count("In short") == 1
    assert "Curated outlook." in html and "What the data says" not in html
    assert "<h3>Why</h3><p>Because of the cause.</p>" in html


def test_add_keeps_the_automatic_answer_after_the_editors_text(client):
    _published("add", _signed_reviewer(professional_name="Dr Ana Ruiz"))
    html = _text(client.get(PAGE.format("outlook")))
    assert html.index("From our editors") < html.index("What the data says")


def test_the_badge_is_signed_with_the_real_name_and_qualification_and_dated(client):
    answer = _published("add", _signed_reviewer(professional_name="Dr Ana Ruiz",
                                                qualification="consultant haematologist"))
    html = _text(client.get(PAGE.format("outlook")))
    assert f"Medically reviewed by Dr Ana Ruiz, consultant haematologist on {answer.reviewed_at:%Y-%m-%d}" in html
    assert "s-dr-rev" not in html
    updated = html.split("Last updated ")[1][:10]
    assert updated >= f"{answer.reviewed_at:%Y-%m-%d}"


def test_a_reviewer_without_a_real_name_cannot_sign_a_review():
    reviewer = _signed_reviewer()
    editor = factories.editor()
    answer = CuratedAnswer(disease_id="ORPHA:2905", question="outlook", tldr="T.", sources="PMID:1")
    answer.save(actor=editor)
    answer.submit_for_review(editor)
    with pytest.raises(WorkflowError, match="real name"):
        answer.mark_reviewed(reviewer)
    answer.refresh_from_db()
    assert answer.status == "in_review"
