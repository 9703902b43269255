"""The one-line hooks on the disease page and the answers question page."""

from __future__ import annotations

from raremap.web.community.models import Membership
from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, logged_in, post


def test_disease_page_shows_joined_count_and_join_link(client, patient, caregiver):
    page = client.get(f"/disease/{POEMS}/").content.decode()
    # Two members are below the privacy minimum: no exact count.
    assert 'Fewer than <strong data-testid="joined-count">11</strong> people have joined' in page
    assert f'href="/community/{POEMS}/"' in page


def test_disease_page_lists_published_inquiries_only(client, db):
    Inquiry.objects.create(disease_id=POEMS, question="q", email="a@example.org", status="published",
                           published_question="Can it come back after treatment?",
                           published_answer="Relapses happen in some people.")
    Inquiry.objects.create(disease_id=POEMS, question="Private question text", email="b@example.org")
    page = client.get(f"/disease/{POEMS}/").content.decode()
    assert "Can it come back after treatment?" in page
    assert "Private question text" not in page and "a@example.org" not in page


def test_question_page_shows_experiences_and_count(client, patient):
    post(patient, "Nobody else in my family has it, as the doctors expected.")
    page = client.get(f"/disease/{POEMS}/questions/hereditary/").content.decode()
    assert 'data-count="1"><strong>1</strong> person has shared' in page
    assert "Nobody else in my family has it" in page and "Hopeful Heron" in page


def test_question_page_offers_the_form_to_members(client, patient):
    logged_in(client, patient)
    page = client.get(f"/disease/{POEMS}/questions/hereditary/").content.decode()
    assert f'action="/disease/{POEMS}/questions/hereditary/#share"' in page  # posts to this page
    assert "csrfmiddlewaretoken" in page
    assert Membership.objects.filter(user=patient).exists()
