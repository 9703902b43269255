"""The public parts of a community through the API: only what a visitor can see."""

from __future__ import annotations

import pytest

from tests.api.conftest import error_of
from tests.factories import inquiry, member, post

POEMS = "ORPHA:2905"


@pytest.fixture
def community(db):
    # Two members; one published post, one waiting for moderation, one hidden.
    heron = member("Hopeful Heron", "heron@example.org")
    kestrel = member("Kind Kestrel", "kestrel@example.org")
    post(heron, "Published words.")
    post(kestrel, "Pending words.", status="pending")
    post(kestrel, "Hidden words.", question="symptoms", status="hidden")
    inquiry("Raw question from jo@example.org", email="jo@example.org",
            status="published", published_question="Is it inherited?", published_answer="No.")
    inquiry("Unanswered", email="amy@example.org")


def test_the_community_summary_counts_members_and_published_posts(api, community):
    body = api.get(f"/api/v1/communities/{POEMS}").json()
    assert body["disease"] == {"id": POEMS, "name": "POEMS syndrome"}
    # Two members are below the privacy minimum (11): null, never the exact number.
    assert (body["members"], body["experiences"], body["people_who_shared"]) == (None, 1, 1)
    assert body["symptom_map"]["shown"] is False and body["symptom_map"]["reporters"] is None
    assert body["member_map"]["countries"] == []


def test_only_published_experiences_are_listed_with_pseudonyms(api, community):
    body = api.get(f"/api/v1/communities/{POEMS}/experiences").json()
    assert body["count"] == 1 and [e["text"] for e in body["items"]] == ["Published words."]
    assert body["items"][0]["author"] == "Hopeful Heron"
    assert "@" not in str(body)
    assert api.get(f"/api/v1/communities/{POEMS}/experiences", {"question": "symptoms"}).json()["count"] == 0


def test_only_published_inquiries_in_their_deidentified_form(api, community):
    body = api.get(f"/api/v1/communities/{POEMS}/inquiries").json()
    assert body["items"] == [{"id": body["items"][0]["id"], "question": "Is it inherited?", "answer": "No."}]
    assert "@" not in str(body)


def test_unknown_diseases_and_questions_are_404s(api, db):
    assert error_of(api.get("/api/v1/communities/ORPHA:0000000"))["code"] == "not_found"
    response = api.get(f"/api/v1/communities/{POEMS}/experiences", {"question": "astrology"})
    assert response.status_code == 404 and error_of(response)["code"] == "not_found"
