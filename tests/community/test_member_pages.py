"""Pages a member sees: dashboard, symptom form, editing with a personal-data warning."""

from __future__ import annotations

from raremap.web.deid import confirmation_digest
from tests.factories import POEMS, logged_in, post


def test_dashboard_lists_communities_posts_and_data_links(client, patient):
    post(patient, "Numb feet first, then weakness in my legs.", question="symptoms", status="pending")
    logged_in(client, patient)
    page = client.get("/community/me/").content.decode()
    assert "POEMS syndrome" in page and "Patient" in page and "France" in page
    assert "Waiting for moderation" in page
    assert "/accounts/export/" in page and "/accounts/delete/" in page
    assert "/community/moderation/" not in page


def test_dashboard_counts_symptoms_per_community_with_a_link_to_record_them(client, patient):
    from raremap.web.community.models import SymptomReport

    logged_in(client, patient)
    page = " ".join(client.get("/community/me/").content.decode().split())
    assert f'0 symptoms recorded: <a href="/community/{POEMS}/symptoms/">record my symptoms</a>' in page
    for hpo_id in ("HP:0001271", "HP:0001744"):
        SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id=hpo_id)
    page = " ".join(client.get("/community/me/").content.decode().split())
    assert f'2 symptoms recorded: <a href="/community/{POEMS}/symptoms/">change my symptoms</a>' in page
    assert "Symptoms recorded:" not in page  # no longer a bare total under the posts


def test_dashboard_links_staff_to_their_queues(client, moderator, specialist):
    logged_in(client, moderator)
    assert "/community/moderation/" in client.get("/community/me/").content.decode()
    logged_in(client, specialist)
    assert "/inquiries/queue/" in client.get("/community/me/").content.decode()


def test_symptom_form_lists_the_diseases_symptoms(client, patient, kb):
    logged_in(client, patient)
    page = client.get(f"/community/{POEMS}/symptoms/").content.decode()
    assert "Polyneuropathy" in page and 'type="checkbox"' in page
    assert 'data-terms="/checker/terms"' in page
    # Everyday names beside the medical ones: Paresthesia with "Pins and needles feeling".
    para = page.split('value="HP:0003401"', 1)[1].split("</label>", 1)[0]
    assert "Paresthesia" in para and "Pins and needles" in para


def test_editing_warns_about_personal_data_before_saving(client, patient, settings):
    settings.RAREMAP_TRUSTED_AFTER = 0
    exp = post(patient, "Numb feet first, then weakness in my legs.", question="symptoms")
    logged_in(client, patient)
    url = f"/community/experience/{exp.pk}/edit/"
    text = "Numb feet first; write to me at heron@example.net for details."
    r = client.post(url, {"text": text})
    assert '<mark class="pii pii-email"' in r.content.decode()
    exp.refresh_from_db()
    assert exp.text.startswith("Numb feet first, then")  # unchanged until confirmed
    client.post(url, {"text": text, "confirm_personal": "on", "confirmed_text": confirmation_digest(text)})
    exp.refresh_from_db()
    assert exp.text == text and exp.status == "pending" and exp.flagged_kinds == ["email"]


def test_a_hidden_post_stays_hidden_when_its_author_edits_it(client, patient):
    exp = post(patient, "Numb feet first, then weakness in my legs.", question="symptoms", status="hidden")
    logged_in(client, patient)
    client.post(f"/community/experience/{exp.pk}/edit/", {"text": "Numb feet first, then weak legs too."})
    exp.refresh_from_db()
    assert exp.status == "hidden"


def test_the_community_page_says_how_a_member_joined_in_a_sentence(client):
    from tests.factories import member

    for role, said in [("patient", "You are a member of this community as a patient."),
                       ("caregiver", "You are a member of this community as a caregiver."),
                       ("other", "You are a member of this community.")]:  # not "as other"
        logged_in(client, member(f"Role {role}", f"{role}@example.org", role=role))
        assert said in client.get(f"/community/{POEMS}/").content.decode()
        client.logout()


def test_a_member_who_recorded_symptoms_is_offered_to_change_them(client, patient):
    from raremap.web.community.models import SymptomReport

    logged_in(client, patient)
    assert ">Record your symptoms</a>" in client.get(f"/community/{POEMS}/").content.decode()
    SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id="HP:0001271")
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert ">Change your symptoms</a>" in page and "Record your symptoms" not in page
