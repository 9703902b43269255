"""Moderation queue, hide/restore with reasons, reports and the audit log."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from raremap.web.community.models import AuditEntry, Experience, Report
from raremap.web.transitions import TransitionError
from tests.factories import POEMS, logged_in, post

TEXT = "My first symptom was tingling in both feet, and it slowly climbed up my legs."


def make_post(author, status="pending", text=TEXT):
    return post(author, text, question="symptoms", status=status)


def test_members_and_visitors_cannot_open_the_queue(client, patient):
    assert client.get("/community/moderation/").status_code == 302  # to log in
    logged_in(client, patient)
    assert client.get("/community/moderation/").status_code == 403
    exp = make_post(patient)
    assert client.post(f"/community/moderation/{exp.pk}/approve/").status_code == 403
    exp.refresh_from_db()
    assert exp.status == "pending"


def test_moderator_approves_and_the_count_goes_up(client, patient, moderator):
    exp = make_post(patient)
    url = f"/community/{POEMS}/questions/symptoms/"
    assert 'data-testid="sharers-count" data-count="0"' in client.get(url).content.decode()
    logged_in(client, moderator)
    client.post(f"/community/moderation/{exp.pk}/approve/")
    exp.refresh_from_db()
    assert exp.status == "published"
    assert AuditEntry.objects.get().action == "approve"
    assert 'data-testid="sharers-count" data-count="1"' in client.get(url).content.decode()


def test_moderators_never_see_email_addresses(client, patient, moderator):
    make_post(patient, text="Please write to me at heron.home@example.net, I live near the clinic.")
    Report.objects.create(experience=make_post(patient, "published"), reporter=patient, reason="spam?")
    logged_in(client, moderator)
    pages = [client.get(u).content.decode() for u in
             ("/community/moderation/", "/community/moderation/audit/",
              f"/community/{POEMS}/questions/symptoms/")]
    for page in pages:
        assert "patient@example.org" not in page and "moderator@example.org" not in page
    assert "Hopeful Heron" in pages[0]
    # the e-mail inside the post is shown highlighted for the moderator to act on
    assert '<mark class="pii pii-email" title="Possible email">heron.home@example.net</mark>' in pages[0]


def test_hide_needs_a_reason_and_restore_brings_it_back(client, patient, moderator):
    exp = make_post(patient, "published")
    logged_in(client, moderator)
    client.post(f"/community/moderation/{exp.pk}/hide/", {"reason": ""})
    exp.refresh_from_db()
    assert exp.status == "published"
    hidden = client.post(f"/community/moderation/{exp.pk}/hide/", {"reason": "contains a full name"}, follow=True)
    assert f"Post {exp.pk} hidden." in hidden.content.decode()
    exp.refresh_from_db()
    assert exp.status == "hidden"
    assert TEXT not in client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()
    client.post(f"/community/moderation/{exp.pk}/restore/", {"reason": "name removed by author"})
    exp.refresh_from_db()
    assert exp.status == "published"
    assert list(AuditEntry.objects.order_by("created").values_list("action", "reason")) == [
        ("hide", "contains a full name"), ("restore", "name removed by author")]
    log = " ".join(client.get("/community/moderation/audit/").content.decode().split())
    assert "contains a full name" in log and "Mod Marten" in log
    # Staff read words, not the stored codes ("hide", "experience:12").
    assert f"<td>Hidden</td><td>Post {exp.pk}</td>" in log and f"<td>Restored</td><td>Post {exp.pk}</td>" in log
    assert f"experience:{exp.pk}" not in log


def test_the_audit_log_names_inquiries_and_error_reports_with_a_link(client, moderator):
    AuditEntry.objects.create(actor=moderator, action="answer", target="inquiry:7")
    AuditEntry.objects.create(actor=moderator, action="resolve", target="errorreport:3")
    AuditEntry.objects.create(actor=moderator, action="dismiss", target="experience:4")
    logged_in(client, moderator)
    log = " ".join(client.get("/community/moderation/audit/").content.decode().split())
    assert '<td>Answered</td><td><a href="/inquiries/7/answer/">Inquiry 7</a></td>' in log
    assert '<td>Resolved</td><td><a href="/admin/answers/errorreport/3/change/">Error report 3</a></td>' in log
    assert "<td>Reports closed, post kept</td><td>Post 4</td>" in log


def test_the_queue_names_each_posts_question_in_words(client, patient, moderator):
    exp = post(patient, TEXT, question="hereditary", status="pending")
    logged_in(client, moderator)
    page = client.get("/community/moderation/").content.decode()
    row = page.split(f'id="mod-{exp.pk}"', 1)[1].split("</blockquote>", 1)[0]
    assert "POEMS syndrome · Is it hereditary? · Waiting for moderation" in row


def test_a_hidden_post_offers_restore_with_a_reason_not_approve(client, patient, moderator):
    exp = make_post(patient, "hidden")
    logged_in(client, moderator)
    page = client.get("/community/moderation/").content.decode()
    row = page.split(f'id="mod-{exp.pk}"', 1)[1].split("</article>", 1)[0]
    assert f'data-testid="approve-{exp.pk}"' not in row and "Approve" not in row
    restore = row.split(f'/community/moderation/{exp.pk}/restore/"', 1)[1].split("</form>", 1)[0]
    assert 'name="reason"' in restore and "required" in restore and "Restore" in restore


def test_approving_a_hidden_post_is_refused_and_changes_nothing(client, patient, moderator):
    """The attack: "Approve" on a hidden row made it public with no reason on record."""
    exp = make_post(patient, "hidden")
    logged_in(client, moderator)
    response = client.post(f"/community/moderation/{exp.pk}/approve/", follow=True)
    exp.refresh_from_db()
    assert exp.status == "hidden" and AuditEntry.objects.count() == 0
    assert "restored, with a reason" in response.content.decode()
    assert TEXT not in client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()


def test_restoring_without_a_reason_is_refused_and_changes_nothing(client, patient, moderator):
    exp = make_post(patient, "hidden")
    logged_in(client, moderator)
    for reason in ("", "   ", None):
        client.post(f"/community/moderation/{exp.pk}/restore/", {} if reason is None else {"reason": reason})
        exp.refresh_from_db()
        assert exp.status == "hidden"
    assert AuditEntry.objects.count() == 0
    client.post(f"/community/moderation/{exp.pk}/restore/", {"reason": "the author removed the name"})
    exp.refresh_from_db()
    assert exp.status == "published"
    assert list(AuditEntry.objects.values_list("action", "reason", "target")) == [
        ("restore", "the author removed the name", f"experience:{exp.pk}")]


def test_the_model_methods_check_permission_state_and_reason(patient, moderator):
    exp = make_post(patient, "published")
    with pytest.raises(PermissionDenied):
        exp.hide(patient, "I do not like it")
    with pytest.raises(TransitionError):
        exp.hide(moderator, "  ")
    exp.hide(moderator, "a full name")
    with pytest.raises(TransitionError):
        exp.approve(moderator)
    with pytest.raises(TransitionError):
        exp.restore(moderator, "")
    exp.refresh_from_db()
    assert exp.status == "hidden"
    assert list(AuditEntry.objects.values_list("action", "reason")) == [("hide", "a full name")]


def test_unknown_moderation_action_is_404(client, patient, moderator):
    exp = make_post(patient)
    logged_in(client, moderator)
    assert client.post(f"/community/moderation/{exp.pk}/delete-everything/",
                       {"reason": "x" * 5}).status_code == 404


def test_members_report_a_post_and_it_reaches_the_queue(client, patient, caregiver, moderator):
    exp = make_post(patient, "published")
    logged_in(client, caregiver)
    client.post(f"/community/experience/{exp.pk}/report/", {"reason": "looks like an advert"})
    assert Report.objects.get().reporter == caregiver
    client.logout()
    logged_in(client, moderator)
    assert "looks like an advert" in client.get("/community/moderation/").content.decode()
    client.post(f"/community/moderation/{exp.pk}/hide/", {"reason": "advert"})
    assert Report.objects.get().resolved


def test_visitors_cannot_report(client, patient):
    exp = make_post(patient, "published")
    assert client.post(f"/community/experience/{exp.pk}/report/", {"reason": "x" * 10}).status_code == 302
    assert Report.objects.count() == 0


def test_pending_posts_cannot_be_reported_by_others(client, patient, caregiver):
    exp = make_post(patient)
    logged_in(client, caregiver)
    assert client.post(f"/community/experience/{exp.pk}/report/", {"reason": "x" * 10}).status_code == 404
    assert Report.objects.count() == 0


def test_reporting_a_hidden_post_answers_like_reporting_a_missing_id(client, patient, caregiver):
    """No existence oracle: someone else's hidden (or pending) post and an id that does not
    exist give the same 404 page."""
    hidden, pending = make_post(patient, "hidden"), make_post(patient, "pending")
    missing = Experience.objects.order_by("-pk").first().pk + 1000
    logged_in(client, caregiver)
    responses = {pk: client.post(f"/community/experience/{pk}/report/", {"reason": "x" * 10})
                 for pk in (hidden.pk, pending.pk, missing)}
    assert {r.status_code for r in responses.values()} == {404}
    bodies = {r.content.decode().replace(f"/{pk}/", "/ID/") for pk, r in responses.items()}
    assert len(bodies) == 1
    assert Report.objects.count() == 0


def test_reporting_is_throttled(client, patient, caregiver):
    exp = make_post(patient, "published")
    logged_in(client, caregiver)
    for i in range(21):
        client.post(f"/community/experience/{exp.pk}/report/", {"reason": f"reason {i}"})
    assert Report.objects.count() == 20


def test_dismissing_reports_keeps_the_post_and_is_audited(client, patient, caregiver, moderator):
    exp = make_post(patient, "published")
    Report.objects.create(experience=exp, reporter=caregiver, reason="not sure about this")
    logged_in(client, moderator)
    assert "Keep, close reports" in client.get("/community/moderation/").content.decode()
    client.post(f"/community/moderation/{exp.pk}/dismiss/")
    exp.refresh_from_db()
    assert exp.status == "published" and Report.objects.get().resolved
    assert AuditEntry.objects.get().action == "dismiss"
    assert "not sure about this" not in client.get("/community/moderation/").content.decode()


def test_a_deleted_post_takes_the_moderators_reasons_about_it_along(client, patient, moderator):
    # A reason may quote the post; once its author deletes it, the audit keeps who did what.
    exp = make_post(patient, "published")
    other = make_post(patient, "published", text="Numb feet first, then my hands a year later.")
    exp.hide(moderator, "names her daughter Ines and their street")
    exp.restore(moderator, "Ines's name and the street removed by the author")
    other.hide(moderator, "shares a phone number")
    logged_in(client, patient)
    assert client.post(f"/community/experience/{exp.pk}/delete/").status_code == 302
    assert not Experience.objects.filter(pk=exp.pk).exists()
    kept = AuditEntry.objects.filter(target=f"experience:{exp.pk}").order_by("created")
    assert [(a.action, a.actor, a.reason) for a in kept] == [
        ("hide", moderator, "(removed with the post)"), ("restore", moderator, "(removed with the post)")]
    assert AuditEntry.objects.get(target=f"experience:{other.pk}").reason == "shares a phone number"
    client.logout()
    logged_in(client, moderator)
    log = client.get("/community/moderation/audit/").content.decode()
    assert "Ines" not in log and "shares a phone number" in log
