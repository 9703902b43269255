"""Joining, the joined count, the country map and the symptom map thresholds."""

from __future__ import annotations

from raremap.web.community.models import Membership, SymptomReport
from tests.community.conftest import POEMS, logged_in, make_user


def test_joining_and_leaving(client, moderator):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/join/", {"role": "caregiver", "country": "DE", "share_country": "on"})
    m = Membership.objects.get(user=moderator)
    assert (m.role, m.country, m.share_country) == ("caregiver", "DE", True)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert '<strong data-testid="joined-count">1</strong> person has joined' in page
    client.post(f"/community/{POEMS}/leave/")
    assert not Membership.objects.exists()


def test_a_bad_role_changes_nothing(client, moderator):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/join/", {"role": "overlord"})
    assert not Membership.objects.exists()


def test_visitors_cannot_join(client, db):
    assert client.post(f"/community/{POEMS}/join/", {"role": "patient"}).status_code == 302
    assert not Membership.objects.exists()


def test_the_country_map_hides_small_countries(client, db, settings):
    settings.RAREMAP_MAP_MIN_COUNT = 5
    for i in range(5):
        Membership.objects.create(user=make_user(f"Fr {i}xx", f"fr{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="FR", share_country=True)
    for i in range(4):
        Membership.objects.create(user=make_user(f"Jp {i}xx", f"jp{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="JP", share_country=True)
    for i in range(6):  # did not opt in
        Membership.objects.create(user=make_user(f"It {i}xx", f"it{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="IT", share_country=False)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "France" in page and "Japan" not in page and "Italy" not in page
    assert "Other countries" not in page  # 4 pooled is below the minimum too


def test_the_symptom_map_needs_eleven_members_and_shows_only_shares(client, db, kb):
    disease = kb.disease(POEMS)
    neuropathy = next(a for a in disease.present_phenotypes if a.name == "Polyneuropathy")
    users = [make_user(f"Reporter {i}x", f"r{i}@example.org") for i in range(11)]
    for u in users[:10]:
        SymptomReport.objects.create(user=u, disease_id=POEMS, hpo_id=neuropathy.hpo_id)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "appears once 11 members" in page and "10 so far" in page
    SymptomReport.objects.create(user=users[10], disease_id=POEMS, hpo_id="HP:0001250")
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "11 members recorded their symptoms" in page
    assert "91%" in page  # 10 of 11 report polyneuropathy
    assert "Reporter" not in page  # never per person
    assert "Seizure" not in page  # an extra symptom from one person is not shown


def test_members_record_symptoms_including_extra_terms(client, patient, kb):
    disease = kb.disease(POEMS)
    first = disease.present_phenotypes[0].hpo_id
    logged_in(client, patient)
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [first], "extra": "HP:0001250"})
    assert set(SymptomReport.objects.values_list("hpo_id", flat=True)) == {first, "HP:0001250"}
    r = client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [], "extra": "HP:9999999"})
    assert "Unknown HPO id" in r.content.decode()
    assert SymptomReport.objects.count() == 2  # bad input loses nothing
    page = client.get(f"/community/{POEMS}/symptoms/").content.decode()
    assert "Seizure (added by you)" in page
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [first], "extra": ""})
    assert list(SymptomReport.objects.values_list("hpo_id", flat=True)) == [first]


def test_non_members_cannot_record_symptoms(client, moderator, kb):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [], "extra": "HP:0001250"})
    assert not SymptomReport.objects.exists()
