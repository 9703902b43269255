"""Joining, the joined count, the country map and the symptom map thresholds."""

from __future__ import annotations

from raremap.web.community.aggregates import refresh
from raremap.web.community.models import Membership, SymptomReport
from tests.factories import POEMS, logged_in, make_user


def test_joining_and_leaving(client, moderator):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/join/", {"role": "caregiver", "country": "DE", "share_country": "on"})
    m = Membership.objects.get(user=moderator)
    assert (m.role, m.country, m.share_country) == ("caregiver", "DE", True)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert 'Fewer than <strong data-testid="joined-count">11</strong> people have joined' in page
    client.post(f"/community/{POEMS}/leave/")
    assert not Membership.objects.exists()


def test_the_join_form_states_the_country_maps_real_threshold(client, moderator, settings):
    # The box comes before its words (one clickable line), and the words give the number the
    # map applies, not "a handful".
    settings.RAREMAP_MAP_MIN_COUNT = 13
    logged_in(client, moderator)
    page = " ".join(client.get(f"/community/{POEMS}/").content.decode().split())
    assert ('<div class="checkbox-row"><input type="checkbox" name="share_country" id="id_share_country"> '
            '<label for="id_share_country">Count me on the community&#x27;s country map') in page
    assert "a country appears only from 13 members)</label>" in page
    assert "handful" not in page


def test_a_bad_role_changes_nothing(client, moderator):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/join/", {"role": "overlord"})
    assert not Membership.objects.exists()


def test_visitors_cannot_join(client, db):
    assert client.post(f"/community/{POEMS}/join/", {"role": "patient"}).status_code == 302
    assert not Membership.objects.exists()


def test_the_country_map_shows_countries_of_eleven_rounded(client, db, settings):
    assert settings.RAREMAP_MAP_MIN_COUNT == 11  # the default
    for i in range(12):
        Membership.objects.create(user=make_user(f"Fr {i}xx", f"fr{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="FR", share_country=True)
    for i in range(10):
        Membership.objects.create(user=make_user(f"Jp {i}xx", f"jp{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="JP", share_country=True)
    for i in range(12):  # did not opt in
        Membership.objects.create(user=make_user(f"It {i}xx", f"it{i}@example.org"),
                                  disease_id=POEMS, role="patient", country="IT", share_country=False)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "France" in page and "Japan" not in page and "Italy" not in page
    assert "Other countries" not in page  # 10 pooled is below the minimum too
    assert 'About <strong data-testid="joined-count">35</strong> people have joined' in page  # 34
    body = client.get(f"/api/v1/communities/{POEMS}").json()
    assert body["member_map"]["countries"][0]["count"] == 10  # 12 France, rounded to 5


def test_the_symptom_map_needs_eleven_members_and_shows_only_shares(client, db, kb):
    disease = kb.disease(POEMS)
    neuropathy = next(a for a in disease.present_phenotypes if a.name == "Polyneuropathy")
    users = [make_user(f"Reporter {i}x", f"r{i}@example.org") for i in range(16)]
    for u in users[:10]:
        SymptomReport.objects.create(user=u, disease_id=POEMS, hpo_id=neuropathy.hpo_id)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "appears once 11 members" in page and "10 so far" not in page
    # A batch of six more (two with polyneuropathy): the snapshot is recomputed.
    for u in users[10:12]:
        SymptomReport.objects.create(user=u, disease_id=POEMS, hpo_id=neuropathy.hpo_id)
    for u in users[12:]:
        SymptomReport.objects.create(user=u, disease_id=POEMS, hpo_id="HP:0001250")
    refresh(POEMS, force=True)
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "About 15 members recorded their symptoms" in page  # 16, rounded
    assert "67%" in page  # 12 of 16 report polyneuropathy: shown as 10 of 15
    assert "Reporter" not in page  # never per person
    assert "Seizure" not in page  # four people are below the minimum


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
    added = page.split("Symptoms you added", 1)[1].split("</fieldset>", 1)[0]
    assert 'value="HP:0001250" checked' in added and "Seizure" in added
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [first], "extra": ""})
    assert list(SymptomReport.objects.values_list("hpo_id", flat=True)) == [first]


def test_non_members_cannot_record_symptoms(client, moderator, kb):
    logged_in(client, moderator)
    client.post(f"/community/{POEMS}/symptoms/", {"symptoms": [], "extra": "HP:0001250"})
    assert not SymptomReport.objects.exists()


def test_leaving_a_community_takes_the_symptoms_recorded_there_with_it(client, patient):
    """A member who left kept their symptom reports: no page showed them any more (the symptoms
    page asks to join first), yet they stayed in the database and in the community's reporter
    and symptom counts. Leaving now deletes them; the symptoms recorded elsewhere stay."""
    SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id="HP:0001271")
    Membership.objects.create(user=patient, disease_id="ORPHA:558", role="patient")
    SymptomReport.objects.create(user=patient, disease_id="ORPHA:558", hpo_id="HP:0001166")
    logged_in(client, patient)
    client.post(f"/community/{POEMS}/leave/")
    assert not SymptomReport.objects.filter(user=patient, disease_id=POEMS).exists()
    snapshot, _ = refresh(POEMS, force=True)  # the community's first snapshot, from the tables
    assert (snapshot.counts["reporters"], snapshot.counts["symptoms"]) == (0, {})
    assert SymptomReport.objects.filter(user=patient, disease_id="ORPHA:558").exists()


def test_leaving_asks_first_and_says_how_many_symptoms_go(client, patient):
    """The link in the community page opens a page that says what leaving deletes; opening it
    changes nothing, its button leaves, and the message says what was deleted."""
    SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id="HP:0001271")
    SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id="HP:0001250")
    logged_in(client, patient)
    assert f'href="/community/{POEMS}/leave/"' in client.get(f"/community/{POEMS}/").content.decode()
    page = client.get(f"/community/{POEMS}/leave/").content.decode()
    assert "The 2 symptoms you recorded here are deleted" in page and "<button" in page
    assert Membership.objects.filter(user=patient, disease_id=POEMS).exists()
    done = client.post(f"/community/{POEMS}/leave/", follow=True).content.decode()
    assert "You left the POEMS syndrome community. The 2 symptoms you recorded there are deleted." in done
    assert not Membership.objects.filter(user=patient, disease_id=POEMS).exists()
    # Once out, the page has nothing to ask: back to the community page
    assert client.get(f"/community/{POEMS}/leave/").url == f"/community/{POEMS}/"
