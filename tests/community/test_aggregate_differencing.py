"""Community counts against differencing: two snapshots around one member's arrival show
nothing of that member, and the 11th reporter learns no exact count."""

from __future__ import annotations

import hashlib
import json

import pytest
from django.core.management import call_command
from django.test import Client

from raremap.web.community import aggregates
from raremap.web.community.aggregates import CommunitySnapshot, refresh
from raremap.web.community.models import Membership, SymptomReport
from tests.factories import POEMS, logged_in, make_user

SEIZURE, PECTUS = "HP:0001250", "HP:0000768"


@pytest.fixture(autouse=True)
def _no_period(settings):
    settings.RAREMAP_AGGREGATE_PERIOD = 0  # only the batch rule holds the snapshot back


def _member(i: int, symptoms: list[str], country: str = "IT"):
    u = make_user(f"Member {i:03d}", f"member{i}@example.org")
    Membership.objects.create(user=u, disease_id=POEMS, role="patient", country=country, share_country=True)
    for h in symptoms:
        SymptomReport.objects.create(user=u, disease_id=POEMS, hpo_id=h)
    return u


def _neuropathy(kb) -> str:
    return next(a.hpo_id for a in kb.disease(POEMS).present_phenotypes if a.name == "Polyneuropathy")


def _anonymous_view() -> tuple[dict, str]:
    visitor = Client()
    api = visitor.get(f"/api/v1/communities/{POEMS}").json()
    page = visitor.get(f"/community/{POEMS}/").content.decode()
    return api, page


def _counts(api: dict) -> str:
    return json.dumps({k: api[k] for k in ("members", "member_map", "symptom_map")}, sort_keys=True)


def _join_and_record(client: Client, kb, symptoms: list[str], country: str = "IT") -> None:
    client.post(f"/community/{POEMS}/join/", {"role": "patient", "country": country, "share_country": "on"})
    first = kb.disease(POEMS).present_phenotypes[0].hpo_id
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [first], "extra": symptoms[0]})


def test_two_snapshots_around_a_new_member_show_nothing_of_them(db, kb):
    neuropathy = _neuropathy(kb)
    for i in range(20):
        _member(i, [neuropathy] + ([SEIZURE] if i < 12 else []))
    before_api, before_page = _anonymous_view()
    assert before_api["members"] == 20 and before_api["symptom_map"]["shown"]

    newcomer = make_user("New Arrival", "newcomer@example.org")
    _join_and_record(logged_in(Client(), newcomer), kb, [PECTUS], country="ES")
    call_command("refresh_community_counts", "--force")
    after_api, after_page = _anonymous_view()
    # Nothing attributable to the newcomer: the counts, shares and countries are identical.
    assert _counts(after_api) == _counts(before_api)
    assert "Spain" not in after_page and "Pectus" not in after_page

    # Once a batch of five has changed, the snapshot moves, by a group and in rounded steps.
    for i in range(20, 24):
        _member(i, [neuropathy, SEIZURE])
    call_command("refresh_community_counts", "--force")
    later = _anonymous_view()[0]
    assert _counts(later) != _counts(before_api)
    assert later["members"] == 25 and later["members"] % 5 == 0
    assert later["symptom_map"]["reporters"] % 5 == 0


def test_the_eleventh_reporter_learns_no_exact_count(db, kb):
    neuropathy = _neuropathy(kb)
    for i in range(10):
        _member(i, [neuropathy] + ([PECTUS] if i == 0 else []))
    before_api, before_page = _anonymous_view()
    assert before_api["symptom_map"]["reporters"] is None and before_api["members"] is None
    assert "10 so far" not in before_page and ": 10" not in json.dumps(before_api)

    attacker = make_user("Curious Cat", "attacker@example.org")
    session = logged_in(Client(), attacker)
    _join_and_record(session, kb, [SEIZURE])
    call_command("refresh_community_counts", "--force")
    for view in (session, Client()):
        api = view.get(f"/api/v1/communities/{POEMS}").json()
        page = view.get(f"/community/{POEMS}/").content.decode()
        assert api["symptom_map"] == {**before_api["symptom_map"]}
        assert api["members"] is None and "Pectus" not in page and "Seizure" not in page
        assert "10 so far" not in page and "11 so far" not in page

    # Even in a snapshot that includes them, the attacker is not one of the 11.
    assert refresh(POEMS, force=True)[1] is False  # still one change: nothing moves
    CommunitySnapshot.objects.all().delete()  # a first snapshot, taken with the attacker in it
    mine = session.get(f"/api/v1/communities/{POEMS}").json()
    assert mine["members"] is None and mine["symptom_map"]["shown"] is False
    # Logged out, the attacker sees exactly the same: no pair of views to compare.
    assert _counts(Client().get(f"/api/v1/communities/{POEMS}").json()) == _counts(mine)


def test_a_member_and_a_visitor_see_the_same_counts(db, kb):
    neuropathy = _neuropathy(kb)
    members = [_member(i, [neuropathy]) for i in range(12)]
    mine = logged_in(Client(), members[0]).get(f"/api/v1/communities/{POEMS}").json()
    theirs = Client().get(f"/api/v1/communities/{POEMS}").json()
    assert _counts(mine) == _counts(theirs)
    assert theirs["members"] == 10 and theirs["symptom_map"]["reporters"] == 10  # 12, rounded


def test_first_readers_at_once_share_the_first_snapshot(db, monkeypatch):
    # Several first readers of a community race to make its first snapshot: the one that
    # loses the race reads the winner's instead of failing (a 500 under PostgreSQL).
    live = aggregates._live

    def other_request_wins(disease_id):
        got = live(disease_id)
        CommunitySnapshot.objects.create(disease_id=disease_id, computed=aggregates.timezone.now(),
                                         contributors={}, counts={"members": 0})
        return got

    monkeypatch.setattr(aggregates, "_live", other_request_wins)
    snap, recomputed = refresh(POEMS)
    assert not recomputed and snap.counts == {"members": 0}
    assert CommunitySnapshot.objects.filter(disease_id=POEMS).count() == 1


def test_the_snapshot_keeps_no_id_and_nothing_recorded_in_the_clear(db, settings):
    """The snapshot's contributors are keyed hashes: a plain hash of someone's id, country and
    few symptoms would give them back to anyone trying every combination."""
    recorded = [[SEIZURE] + ([PECTUS] if i % 2 else []) for i in range(6)]
    members = [_member(i, symptoms, country="ES") for i, symptoms in enumerate(recorded)]
    snap, _ = refresh(POEMS, force=True)
    stored = json.dumps(snap.contributors)
    for u, symptoms in zip(members, recorded, strict=True):
        plain = hashlib.sha256(f"{u.pk}|ES|{','.join(sorted(symptoms))}".encode()).hexdigest()[:16]
        assert str(u.pk) not in snap.contributors and plain not in stored
    assert len(snap.contributors) == 6 and all(len(v) == 16 for v in snap.contributors.values())

    settings.SECRET_KEY = "another-key"  # keyed: another key, other hashes
    assert not aggregates._live(POEMS)[0].keys() & snap.contributors.keys()
