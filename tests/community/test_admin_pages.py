"""The admin as staff sees it: every changelist renders with readable labels; members who
are not staff get no admin at all (least privilege)."""

from __future__ import annotations

import re

import pytest
from django.contrib import admin

from raremap.web.community.models import AuditEntry, Report, SymptomReport
from tests.factories import POEMS, inquiry, logged_in, member, moderator, post, staff

pytestmark = pytest.mark.django_db

#: A stored audit target ("experience:12") or action code shown as is.
RAW_KEY = re.compile(r"\b(?:experience|inquiry|errorreport|membership):\d+")


@pytest.fixture
def records():
    author = member()  # a patient in POEMS's community, with one post
    mod = moderator()  # hid the post, answered an inquiry: both in the audit log
    shared = post(author, disease=POEMS)
    AuditEntry.record(mod, "hide", shared, reason="personal data")
    AuditEntry.record(mod, "answer", inquiry())
    Report.objects.create(experience=shared, reporter=mod, reason="names a doctor")
    SymptomReport.objects.create(user=author, disease_id=POEMS, hpo_id="HP:0001271")
    return shared


def _changelists() -> list[str]:
    return [f"/admin/{m._meta.app_label}/{m._meta.model_name}/" for m in admin.site._registry]


def _may_view(user, url: str) -> bool:
    app, model = url.strip("/").split("/")[1:3]
    return any(user.has_perm(f"{app}.{what}_{model}") for what in ("view", "change"))


def test_staff_see_every_changelist_they_may_with_readable_labels(client, records):
    person = staff()  # site staff with every role
    logged_in(client, person)
    assert client.get("/admin/").status_code == 200
    allowed = [url for url in _changelists() if _may_view(person, url)]
    assert {"/admin/community/auditentry/", "/admin/community/experience/",
            "/admin/inquiries/inquiry/", "/admin/answers/errorreport/"} <= set(allowed)
    for url in allowed:
        r = client.get(url)
        assert r.status_code == 200, url
        body = r.content.decode()
        assert not RAW_KEY.search(body), (url, RAW_KEY.findall(body))
        assert " object (" not in body, url  # Django's fallback label, "AuditEntry object (2)"
    # What no role grants (users, groups, profiles, login attempts): a refusal, not a page.
    for url in set(_changelists()) - set(allowed):
        assert client.get(url).status_code == 403, url
    log = client.get("/admin/community/auditentry/").content.decode()
    assert "Post " + str(records.pk) in log and "Hidden" in log and "Answered" in log


def test_staff_can_open_a_post_and_an_audit_entry(client, records):
    logged_in(client, staff())
    assert client.get(f"/admin/community/experience/{records.pk}/change/").status_code == 200
    entry = AuditEntry.objects.first()
    r = client.get(f"/admin/community/auditentry/{entry.pk}/change/")
    body = r.content.decode()
    assert r.status_code == 200 and not RAW_KEY.search(body) and " object (" not in body
    assert "Answered: Inquiry" in body


@pytest.mark.parametrize("who", ["member", "moderator"])
def test_people_who_are_not_staff_get_no_admin(client, records, who):
    if who == "member":
        user = member("Quiet Quail", "quail@example.org")
    else:
        user = moderator("Mod Mink", "mink@example.org")
    logged_in(client, user)
    for url in ["/admin/", *_changelists()]:
        r = client.get(url)
        assert r.status_code == 302 and "/admin/login/" in r["Location"], url
