"""The editorial workflow: draft → in review → reviewed → published, with history; the
review status cannot be faked by someone who is not a reviewer."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from raremap.web.answers.models import CuratedAnswer, ErrorReport
from tests import factories

PAGE = "/disease/ORPHA:2905/questions/outlook/"
CHANGELIST = "/admin/answers/curatedanswer/"


@pytest.fixture(autouse=True)
def _knowledge(kb):
    return kb


@pytest.fixture
def editor(db):
    """Eddie writes answers and handles error reports, but is not a medical reviewer."""
    return factories.editor("Eddie", "eddie@example.org", username="eddie", first_name="Eddie", last_name="Editor")


@pytest.fixture
def reviewer(db):
    """Dr Rita Reviewer is a medical reviewer: she may mark answers reviewed and publish."""
    return factories.reviewer("Rita", "rita@example.org", username="rita", first_name="Dr Rita",
                              last_name="Reviewer")


@pytest.fixture
def draft(editor):
    answer = CuratedAnswer(disease_id="ORPHA:2905", question="outlook", mode=CuratedAnswer.Mode.ADD,
                           tldr="Editors' summary of the outlook.", body="## Detail\n\nA paragraph.",
                           sources="PMID:12345678", created_by=editor)  # fmt: skip
    answer.save(actor=editor, note="Created.")
    return answer


def _text(response) -> str:
    return " ".join(response.content.decode().split())


pytestmark = pytest.mark.django_db


def test_the_full_workflow_records_the_reviewer_and_shows_the_badge(client, editor, reviewer, draft):
    draft.submit_for_review(editor)
    assert draft.status == "in_review"
    assert "Editors' summary" not in _text(client.get(PAGE))  # not published yet
    draft.mark_reviewed(reviewer)
    assert (draft.status, draft.reviewer_name) == ("reviewed", "Dr Rita Reviewer")
    assert draft.reviewed_at is not None
    draft.publish(reviewer)
    body = _text(client.get(PAGE))
    assert "Editors&#x27; summary of the outlook." in body
    assert f"Medically reviewed by Dr Rita Reviewer on {draft.reviewed_at:%Y-%m-%d}" in body
    notes = list(draft.revisions.order_by("changed_at", "pk").values_list("note", flat=True))
    assert notes == ["Created.", "Submitted for review.", "Reviewed by Dr Rita Reviewer.", "Published."]


def test_an_editor_cannot_mark_an_answer_reviewed(editor, draft):
    draft.submit_for_review(editor)
    with pytest.raises(PermissionDenied):
        draft.mark_reviewed(editor)
    draft.refresh_from_db()
    assert draft.status == "in_review" and draft.reviewed_by is None


def test_setting_the_status_directly_is_refused_even_with_a_reviewers_name(editor, reviewer, draft):
    draft.status = CuratedAnswer.Status.PUBLISHED
    draft.reviewed_by = reviewer
    draft.reviewer_name = "Dr Rita Reviewer"
    draft.reviewed_hash = draft.content_hash()
    with pytest.raises(PermissionDenied):
        draft.save(actor=editor)
    assert CuratedAnswer.objects.get(pk=draft.pk).status == "draft"


def test_a_reviewer_without_the_permission_is_refused_at_save(editor, draft):
    draft.status = CuratedAnswer.Status.REVIEWED
    draft.reviewed_by = editor
    draft.reviewer_name = "Eddie Editor"
    draft.reviewed_hash = draft.content_hash()
    draft._via_workflow = True  # even code that bypasses the methods cannot name a non-reviewer
    with pytest.raises(PermissionDenied, match="reviewer who holds the review permission"):
        draft.save(actor=editor)


def test_editing_reviewed_text_sends_it_back_to_draft_and_drops_the_badge(client, editor, reviewer, draft):
    draft.submit_for_review(editor)
    draft.mark_reviewed(reviewer)
    draft.publish(reviewer)
    draft.tldr = "A changed summary nobody reviewed."
    draft.save(actor=editor)
    draft.refresh_from_db()
    assert draft.status == "draft" and draft.reviewer_name == ""
    body = _text(client.get(PAGE))
    assert "A changed summary nobody reviewed." not in body
    assert "Medically reviewed by" not in body


def test_publishing_a_new_answer_archives_the_old_one(editor, reviewer, draft):
    for answer in (draft, CuratedAnswer(disease_id="ORPHA:2905", question="outlook", tldr="Newer.", sources="ORPHA:2905")):
        if answer.pk is None:
            answer.save(actor=editor)
        answer.submit_for_review(editor)
        answer.mark_reviewed(reviewer)
        answer.publish(reviewer)
    draft.refresh_from_db()
    assert draft.status == "archived"
    assert CuratedAnswer.objects.published().get().tldr == "Newer."


def test_the_admin_hides_the_review_action_from_editors_and_the_model_refuses_it(client, editor, draft):
    draft.submit_for_review(editor)
    client.force_login(editor)
    page = client.get(CHANGELIST)
    assert page.status_code == 200
    assert 'value="mark_reviewed"' not in page.content.decode()
    client.post(CHANGELIST, {"action": "mark_reviewed", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == "in_review"


def test_the_admin_form_has_no_status_field(client, editor, draft):
    client.force_login(editor)
    url = f"/admin/answers/curatedanswer/{draft.pk}/change/"
    client.post(url, {"disease_id": "ORPHA:2905", "question": "outlook", "mode": "add", "tldr": draft.tldr,
                      "body": draft.body, "sources": draft.sources, "status": "published",
                      "revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"})  # fmt: skip
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_a_reviewer_uses_the_admin_actions(client, editor, reviewer, draft):
    draft.submit_for_review(editor)
    client.force_login(reviewer)
    client.post(CHANGELIST, {"action": "mark_reviewed", "_selected_action": [draft.pk]})
    client.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert (draft.status, draft.reviewer_name) == ("published", "Dr Rita Reviewer")


def test_the_admin_refuses_an_unknown_disease_id(client, editor):
    client.force_login(editor)
    r = client.post("/admin/answers/curatedanswer/add/", {
        "disease_id": "ORPHA:99999999", "question": "outlook", "mode": "add", "tldr": "x", "body": "",
        "sources": "PMID:1", "revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0"})  # fmt: skip
    assert r.status_code == 200 and "is not a known disease" in r.content.decode()
    assert CuratedAnswer.objects.count() == 0


def test_editors_see_error_reports_in_their_queue(client, editor):
    ErrorReport.objects.create(disease_id="ORPHA:2905", question="outlook", message="Figure seems out of date.")
    client.force_login(editor)
    body = _text(client.get("/admin/answers/errorreport/"))
    assert "Figure seems out of date." in body


def test_the_questions_index_shows_a_published_replacement(client, editor, reviewer):
    answer = CuratedAnswer(disease_id="ORPHA:2905", question="treatment", mode=CuratedAnswer.Mode.REPLACE,
                           tldr="Reviewed treatment summary.", sources="ORPHA:2905")  # fmt: skip
    answer.save(actor=editor)
    body = _text(client.get("/disease/ORPHA:2905/questions/"))
    assert "Reviewed treatment summary." not in body  # a draft is never shown
    answer.submit_for_review(editor)
    answer.mark_reviewed(reviewer)
    answer.publish(reviewer)
    body = _text(client.get("/disease/ORPHA:2905/questions/"))
    assert "Reviewed treatment summary. <span class=\"muted\">(medically reviewed)</span>" in body
