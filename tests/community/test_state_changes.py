"""State changes live on the models: inquiries answered and published, error reports closed,
posts approved in the admin. Each checks the actor's permission and the state, writes the
audit entry, and the admin goes through them (status is never an editable field)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied

from raremap.web.accounts import roles
from raremap.web.answers.models import ErrorReport
from raremap.web.community.models import AuditEntry
from raremap.web.inquiries.models import Inquiry
from raremap.web.transitions import TransitionError
from tests import factories
from tests.factories import POEMS, make_user

ANSWER = "It can relapse in some people, so follow-up goes on for years."


@pytest.fixture
def inquiry(db):
    return Inquiry.objects.create(disease_id=POEMS, question="Can it come back after a transplant?",
                                  email="asker@example.org", may_publish=True)


@pytest.fixture
def staff_editor(db):
    user = make_user("Staff Egret", "staff-editor@example.org", roles.EDITOR)
    user.is_staff = True
    user.save()
    return user


def _audit() -> list[tuple]:
    return list(AuditEntry.objects.order_by("pk").values_list("actor__profile__pseudonym", "action", "target"))


def test_answering_and_publishing_check_the_actor_and_write_the_audit(inquiry, specialist, editor, patient):
    with pytest.raises(PermissionDenied):
        inquiry.give_answer(patient, ANSWER)
    with pytest.raises(PermissionDenied):
        inquiry.give_answer(editor, ANSWER)
    with pytest.raises(TransitionError):
        inquiry.publish(editor, "Q", "A")  # not answered yet
    inquiry.give_answer(specialist, ANSWER)
    with pytest.raises(PermissionDenied):
        inquiry.publish(specialist, "Q", "A")
    inquiry.publish(editor, "Can it come back?", ANSWER)
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.answered_by, inquiry.approved_by) == ("published", specialist, editor)
    assert _audit() == [("Info Ibis", "answer", f"inquiry:{inquiry.pk}"), ("Edit Egret", "publish", f"inquiry:{inquiry.pk}")]


def test_without_the_askers_agreement_the_model_refuses_to_publish(inquiry, specialist, editor):
    inquiry.may_publish = False
    inquiry.save()
    inquiry.give_answer(specialist, ANSWER)
    with pytest.raises(TransitionError, match="did not agree"):
        inquiry.publish(editor, "Q", "A")
    inquiry.refresh_from_db()
    assert inquiry.status == "answered" and inquiry.published_answer == ""


def test_the_inquiry_admin_cannot_change_the_workflow_fields(client, inquiry, db):
    admin_user = make_user("Admin Auk", "admin@example.org", roles.ADMIN)
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    client.force_login(admin_user)
    saved = client.post(f"/admin/inquiries/inquiry/{inquiry.pk}/change/", {
        "disease_id": POEMS, "question": inquiry.question + " Edited.", "email": inquiry.email, "may_publish": "on",
        "status": "published", "published_answer": "Injected text.", "published_question": "Injected?"})
    assert saved.status_code == 302
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.published_answer) == ("new", "") and inquiry.question.endswith("Edited.")


def test_error_reports_close_through_the_model_with_an_audit_entry(staff_editor, patient):
    report = ErrorReport.objects.create(disease_id=POEMS, question="outlook", message="Figure seems out of date.")
    with pytest.raises(PermissionDenied):
        report.resolve(patient)
    report.resolve(staff_editor)
    with pytest.raises(TransitionError):
        report.dismiss(staff_editor)  # closed already
    report.reopen(staff_editor)
    report.dismiss(staff_editor)
    report.refresh_from_db()
    assert (report.status, report.handled_by) == ("dismissed", staff_editor)
    target = f"errorreport:{report.pk}"
    assert _audit() == [("Staff Egret", a, target) for a in ("resolve", "reopen", "dismiss")]


def test_the_error_report_admin_shows_status_read_only_and_acts_through_the_model(client, staff_editor):
    report = ErrorReport.objects.create(disease_id=POEMS, question="outlook", message="Figure seems out of date.")
    client.force_login(staff_editor)
    url = f"/admin/answers/errorreport/{report.pk}/change/"
    assert 'name="status"' not in client.get(url).content.decode()
    client.post(url, {"status": "resolved", "editor_note": "checked"})
    report.refresh_from_db()
    assert (report.status, report.editor_note) == ("open", "checked")
    changelist = "/admin/answers/errorreport/"
    client.post(changelist, {"action": "resolve", "_selected_action": [report.pk]})
    report.refresh_from_db()
    assert report.status == "resolved" and report.handled_by == staff_editor
    page = client.post(changelist, {"action": "resolve", "_selected_action": [report.pk]}, follow=True)
    assert "resolved already" in page.content.decode()
    assert [a for _, a, _ in _audit()] == ["resolve"]


def test_the_post_admin_approves_through_the_model_and_cannot_set_a_status(client, patient, moderator):
    post = factories.post(patient, "My first symptom was tingling in both feet.", question="symptoms", status="pending")
    hidden = factories.post(patient, "A hidden post stays hidden without a reason.", question="symptoms", status="hidden")
    moderator.is_staff = True
    moderator.save()
    moderator.user_permissions.add(Permission.objects.get(codename="change_experience"))
    client.force_login(moderator)
    saved = client.post(f"/admin/community/experience/{hidden.pk}/change/", {
        "author": patient.pk, "disease_id": POEMS, "question": "symptoms", "text": hidden.text + " Edited.",
        "status": "published", "flagged_kinds": "[]"})
    assert saved.status_code == 302  # the form was saved...
    hidden.refresh_from_db()
    assert hidden.status == "hidden" and hidden.text.endswith("Edited.")  # ...but not its status
    client.post("/admin/community/experience/", {"action": "approve", "_selected_action": [post.pk, hidden.pk]})
    post.refresh_from_db()
    hidden.refresh_from_db()
    assert (post.status, hidden.status) == ("published", "hidden")
    assert _audit() == [("Mod Marten", "approve", f"experience:{post.pk}")]
