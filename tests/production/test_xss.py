"""Thousands of XSS payloads through every place the site shows text people typed; zero
escapes. Payloads and the checker are in :mod:`tests.production.xss_payloads`.

Per-request places (search echo, 404 pages, the disease filter, the describe and checker
pages) each take a deterministic slice of the payloads; stored places (experiences, reports,
pseudonyms, inquiries, error reports) store every payload and render the public, member,
moderator, specialist and admin pages that show them, 90 rows at a time. The sweeps are
marked ``slow``: ``make test`` runs them, ``make check`` leaves them out.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.utils.html import escape

from raremap.web import deid
from tests.production.xss_payloads import escapes_in, payloads

POEMS = "ORPHA:2905"
ALL = payloads()
CHUNK = 90  # 45 published + 45 pending: every row fits on the moderation page (50 max)


def _check(response, batch) -> list[str]:
    assert response.status_code < 500, response.status_code
    html = response.content.decode("utf-8", "replace")
    return escapes_in(html, [n for _, _, n in batch])


def test_the_checker_catches_unescaped_payloads_and_passes_escaped_ones():
    for marker, payload, needle in ALL[:200]:
        raw = f'<p>{payload}</p><input value="{payload}"><input value=\'{payload}\'><a href="{payload}">x</a>'
        assert escapes_in(raw, [needle]), marker
        safe = f'<p>{escape(payload)}</p><input value="{escape(payload)}"><a href="/?q={quote(payload)}">x</a>'
        assert escapes_in(safe, [needle]) == [], marker


@pytest.fixture(autouse=True)
def _isolated(settings, kb, db):
    from django.core.cache import cache

    settings.RAREMAP_API_ANON_RATE = "0"
    cache.clear()
    yield
    cache.clear()


@pytest.mark.slow
@pytest.mark.parametrize(("place", "url"), [
    ("search echo", lambda p: f"/search/?q={quote(p)}"),
    ("disease 404 with suggestions", lambda p: f"/disease/{quote(p, safe='')}/"),
    ("term 404 with suggestions", lambda p: f"/term/{quote(p, safe='')}/"),
    ("unknown address 404", lambda p: f"/{quote(p, safe='')}"),
    ("disease page symptom filter", lambda p: f"/disease/{POEMS}/poems-syndrome/?filter={quote(p)}"),
    ("describe (tagging) page", lambda p: f"/tagging/?text={quote(p)}"),
    ("symptom checker", lambda p: f"/checker/?add={quote(p)}&terms={quote(p)}"),
])
def test_echoed_text_never_escapes(client, db, place, url):
    step = 8  # 135 payloads per place (945 requests in all), every vector in several contexts
    found = []
    for marker, payload, needle in ALL[::step]:
        response = client.get(url(payload))
        found += [f"{marker}: {e}" for e in _check(response, [(marker, payload, needle)])]
    assert found == [], place


@pytest.fixture
def people(db):
    from raremap.web.community.models import Membership
    from tests.factories import make_user

    author = make_user("Author Auk", "author@example.org")
    Membership.objects.create(user=author, disease_id=POEMS, role="patient")
    admin = User.objects.create_superuser("root-xss", "root@example.org", "pw")
    return {
        "author": author,
        "moderator": make_user("Mod Murre", "mod@example.org", "moderator"),
        "specialist": make_user("Info Ibis", "spec@example.org", "information specialist"),
        "editor": make_user("Edit Egret", "ed@example.org", "editor"),
        "admin": admin,
    }


@pytest.fixture
def rules_only_deid(monkeypatch):
    # The moderation pages highlight possible personal data in each post; the rule-based
    # detector keeps 1,080 posts fast (the NER model is covered by the privacy tests).
    from raremap.privacy import build_detector

    detector = build_detector(use_ner=False)
    monkeypatch.setattr(deid, "detector", lambda: detector)


def _as(client, user):
    client.force_login(user, backend="raremap.web.accounts.backends.EmailBackend")
    return client


@pytest.mark.slow
def test_stored_community_text_never_escapes(client, people, rules_only_deid):
    from raremap.web.accounts.models import Profile
    from raremap.web.community.models import Experience, Report

    found = []
    for start in range(0, len(ALL), CHUNK):
        batch = ALL[start:start + CHUNK]
        Experience.objects.all().delete()
        half = len(batch) // 2
        rows = [Experience(author=people["author"], disease_id=POEMS, question="hereditary", text=p,
                           status="published" if i < half else "pending") for i, (_, p, _) in enumerate(batch)]
        Experience.objects.bulk_create(rows)
        for exp, (_, p, _) in zip(Experience.objects.all(), batch, strict=False):
            Report.objects.create(experience=exp, reporter=people["moderator"], reason=p[:500])
        Profile.objects.filter(user=people["author"]).update(pseudonym=batch[0][1][:40])
        pages = [
            (None, f"/community/{POEMS}/questions/hereditary/"),
            (None, f"/disease/{POEMS}/questions/hereditary/"),
            (None, f"/community/{POEMS}/"),
            (people["author"], f"/community/{POEMS}/questions/hereditary/"),
            (people["author"], "/community/me/"),
            (people["moderator"], "/community/moderation/"),
            (people["admin"], "/admin/community/experience/"),
            (people["admin"], "/admin/community/report/"),
        ]
        for user, url in pages:
            client.logout()
            if user is not None:
                _as(client, user)
            found += [f"{url}: {e}" for e in _check(client.get(url), batch)]
    assert found == []


@pytest.mark.slow
def test_inquiries_and_error_reports_never_escape(client, people, rules_only_deid):
    from raremap.web.answers.models import ErrorReport
    from raremap.web.inquiries.models import Inquiry

    found = []
    for start in range(0, len(ALL), CHUNK):
        batch = ALL[start:start + CHUNK]
        Inquiry.objects.all().delete()
        ErrorReport.objects.all().delete()
        inquiries = [Inquiry.objects.create(disease_id=POEMS, question=p, email="asker@example.org", answer=p,
                                            published_question=p, published_answer=p,
                                            status="published" if i % 2 else "answered")
                     for i, (_, p, _) in enumerate(batch)]
        ErrorReport.objects.bulk_create([ErrorReport(disease_id=POEMS, question="hereditary", message=p, editor_note=p)
                                         for _, p, _ in batch])
        first = [i for i in inquiries if i.status == "answered"][0]
        pages = [
            (None, f"/disease/{POEMS}/poems-syndrome/"),
            (None, f"/community/{POEMS}/"),
            (people["specialist"], "/inquiries/queue/"),
            (people["specialist"], f"/inquiries/{first.pk}/answer/"),
            (people["editor"], f"/inquiries/{first.pk}/publish/"),
            (people["admin"], "/admin/inquiries/inquiry/"),
            (people["admin"], f"/admin/inquiries/inquiry/{first.pk}/change/"),
            (people["admin"], "/admin/answers/errorreport/"),
        ]
        for user, url in pages:
            client.logout()
            if user is not None:
                _as(client, user)
            found += [f"{url}: {e}" for e in _check(client.get(url), batch)]
    assert found == []
