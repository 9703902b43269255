"""Export all my data; delete my account; no personal data in logs."""

from __future__ import annotations

import json
import logging

import pytest
from django.apps import apps
from django.db import connection

from raremap.web.answers.models import CuratedAnswer
from raremap.web.community.models import AuditEntry, Experience, Membership, Report, SymptomReport
from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, logged_in, post

PERSONAL = ("patient@example.org", "Hopeful Heron", "secret-marker-text")


@pytest.fixture
def rich_patient(client, patient, caregiver, moderator):
    """The patient with a row in every table that can hold their data."""
    mine = post(patient, "secret-marker-text about my feet", question="symptoms")
    theirs = post(caregiver, "caregiver words here", question="symptoms")
    SymptomReport.objects.create(user=patient, disease_id=POEMS, hpo_id="HP:0001271")
    Report.objects.create(experience=theirs, reporter=patient, reason="secret-marker-text report")
    Report.objects.create(experience=mine, reporter=caregiver, reason="about the patient's post")
    Inquiry.objects.create(disease_id=POEMS, question="secret-marker-text question",
                           email="patient@example.org", asker=patient)
    AuditEntry.objects.create(actor=moderator, action="approve", target=f"experience:{mine.pk}")
    # a failed log-in recorded by axes, then a good one
    client.post("/accounts/login/", {"username": "patient@example.org", "password": "nope"})
    logged_in(client, patient)
    return patient


def all_rows_text() -> str:
    """Every row of every table, as text: what a leak check must search."""
    chunks = []
    with connection.cursor() as cur:
        for table in connection.introspection.table_names():
            if table == "django_session":
                continue  # opaque session blobs; the session is flushed at log-out
            cur.execute(f'SELECT * FROM "{table}"')
            chunks.extend(repr(row) for row in cur.fetchall())
    return "\n".join(chunks)


def test_export_holds_every_kind_of_data(client, rich_patient):
    response = client.get("/accounts/export/")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["account"]["email"] == "patient@example.org"
    assert data["profile"]["pseudonym"] == "Hopeful Heron"
    assert [m["disease_id"] for m in data["memberships"]] == [POEMS]
    assert data["experiences"][0]["text"].startswith("secret-marker-text")
    assert data["symptom_reports"][0]["hpo_id"] == "HP:0001271"
    # Names beside the ids, so the file reads without looking them up.
    assert data["memberships"][0]["disease_name"] == "POEMS syndrome"
    assert data["symptom_reports"][0]["hpo_name"] == "Polyneuropathy"
    assert data["experiences"][0]["disease_name"] == "POEMS syndrome"
    assert data["reports_made"][0]["reason"].startswith("secret-marker-text")
    assert data["inquiries"][0]["question"].startswith("secret-marker-text")
    assert any(a["kind"] == "failed" for a in data["login_attempts"])
    assert "caregiver words" not in response.content.decode()


def test_export_needs_log_in(client, db):
    assert client.get("/accounts/export/").status_code == 302


@pytest.mark.parametrize("choice", ["delete", "anonymise"])
def test_deleting_the_account_reaches_every_table(client, rich_patient, choice):
    assert all(p in all_rows_text() for p in PERSONAL)
    r = client.post("/accounts/delete/", {"posts": choice, "password": "correct horse 42"})
    assert r.status_code == 302
    text = all_rows_text()
    for p in ("patient@example.org", "Hopeful Heron"):
        assert p not in text
    user_tables = [m for m in apps.get_models() for f in m._meta.get_fields()
                   if getattr(f, "related_model", None) is type(rich_patient) and f.concrete]
    assert user_tables  # the check below really looked somewhere
    for model in user_tables:
        for f in model._meta.get_fields():
            if getattr(f, "related_model", None) is type(rich_patient) and f.concrete:
                assert not model.objects.filter(**{f.name: rich_patient.pk}).exists(), model
    post = Experience.objects.filter(text__startswith="secret-marker-text")
    if choice == "delete":
        assert not post.exists()
        assert "secret-marker-text" not in text
    else:
        assert post.get().author is None
        page = client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()
        assert "Former member" in page
    assert Membership.objects.filter(disease_id=POEMS).count() == 1  # the caregiver's


def test_deleting_needs_the_password(client, rich_patient):
    client.post("/accounts/delete/", {"posts": "delete", "password": "wrong"})
    assert type(rich_patient).objects.filter(pk=rich_patient.pk).exists()


def test_no_personal_data_in_logs(client, patient, caplog):
    caplog.set_level(logging.DEBUG)
    for _ in range(7):
        client.post("/accounts/login/", {"username": "patient@example.org", "password": "bad"})
    logged_in(client, patient)
    client.post(f"/community/{POEMS}/questions/symptoms/",
                {"text": "My name is Sarah Jones and my phone is 555-123-4567, honestly."})
    client.post(f"/inquiries/ask/{POEMS}/", {"email": "asker@example.org",
                                            "question": "Sarah Jones asks whether it is inherited?"})
    logged = caplog.text
    for secret in ("patient@example.org", "Sarah Jones", "555-123-4567", "asker@example.org"):
        assert secret not in logged


def test_export_holds_what_others_recorded_about_the_member(client, patient, moderator, specialist):
    """The export left out the reviewer's real name and qualification (on the profile), the
    account's names, the answers published with their signature as a reviewer, the reason a
    moderator gave for hiding the member's post (shown in "My RareMap" but not exported), and
    what became of their inquiry (the published texts and whether they agreed). Never who
    moderated."""
    patient.first_name, patient.last_name = "Helena", "Heron-Smith"
    patient.save()
    profile = patient.profile
    profile.professional_name, profile.qualification = "Dr Helena Heron-Smith", "consultant neurologist"
    profile.save()
    mine = post(patient, "a post a moderator hides", question="symptoms", status="published")
    mine.hide(moderator, "secret-marker-reason names a relative")
    inquiry = Inquiry.objects.create(disease_id=POEMS, question="Is POEMS syndrome inherited?",
                                     email=patient.email, asker=patient, may_publish=True)
    inquiry.give_answer(specialist, "It is not inherited.")
    CuratedAnswer.objects.create(disease_id=POEMS, question="hereditary", tldr="Not inherited.", sources="ORPHA:2905",
                                 reviewed_by=patient, reviewer_name=profile.professional_name,
                                 reviewer_qualification=profile.qualification)
    logged_in(client, patient)
    data = json.loads(client.get("/accounts/export/").content)
    assert (data["account"]["first_name"], data["account"]["last_name"]) == ("Helena", "Heron-Smith")
    assert data["profile"]["professional_name"] == "Dr Helena Heron-Smith"
    assert data["profile"]["qualification"] == "consultant neurologist"
    assert {(d["action"], d["target"], d["reason"]) for d in data["moderation_of_my_posts_and_inquiries"]} == {
        ("hide", f"experience:{mine.pk}", "secret-marker-reason names a relative"),
        ("answer", f"inquiry:{inquiry.pk}", "")}
    assert data["inquiries"][0]["may_publish"] is True and data["inquiries"][0]["answered"]
    assert [a["reviewer_name"] for a in data["answers_signed"]] == ["Dr Helena Heron-Smith"]
    assert "Mod Marten" not in json.dumps(data) and "Info Ibis" not in json.dumps(data)
