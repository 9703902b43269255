"""Moderation queue, hide/restore with reasons, reports and the audit log."""

from __future__ import annotations

from raremap.web.community.models import AuditEntry, Experience, Report
from tests.community.conftest import POEMS, logged_in

TEXT = "My first symptom was tingling in both feet, and it slowly climbed up my legs."


def make_post(author, status="pending", text=TEXT):
    return Experience.objects.create(author=author, disease_id=POEMS, question="symptoms",
                                     text=text, status=status)


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
    assert '<strong data-testid="sharers-count">0</strong>' in client.get(url).content.decode()
    logged_in(client, moderator)
    client.post(f"/community/moderation/{exp.pk}/approve/")
    exp.refresh_from_db()
    assert exp.status == "published"
    assert AuditEntry.objects.get().action == "approve"
    assert '<strong data-testid="sharers-count">1</strong>' in client.get(url).content.decode()


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
    client.post(f"/community/moderation/{exp.pk}/hide/", {"reason": "contains a full name"})
    exp.refresh_from_db()
    assert exp.status == "hidden"
    assert TEXT not in client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()
    client.post(f"/community/moderation/{exp.pk}/restore/", {"reason": "name removed by author"})
    exp.refresh_from_db()
    assert exp.status == "published"
    assert list(AuditEntry.objects.order_by("created").values_list("action", "reason")) == [
        ("hide", "contains a full name"), ("restore", "name removed by author")]
    log = client.get("/community/moderation/audit/").content.decode()
    assert "contains a full name" in log and "Mod Marten" in log


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
    assert client.post(f"/community/experience/{exp.pk}/report/", {"reason": "x" * 10}).status_code == 403


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
