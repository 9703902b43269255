"""Question pages, the disease page's links, error reports and the criteria checker
(Django test client, real knowledge base, test database)."""

from __future__ import annotations

import re

import pytest

from raremap.answers import answer
from raremap.web.answers.models import ErrorReport

POEMS = "ORPHA:2905"
# The pages around the answers (community panels, accounts) read the database.
pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.fixture(autouse=True)
def _knowledge(kb):
    return kb


def test_the_disease_page_links_every_question_and_the_criteria_checker(client):
    body = text_of(client.get("/disease/ORPHA:2905/poems-syndrome/"))
    assert 'href="/disease/ORPHA:2905/questions/hereditary/"' in body
    assert 'href="/disease/ORPHA:2905/questions/contagious/"' in body
    assert 'href="/disease/ORPHA:2905/criteria/"' in body


def test_a_disease_without_criteria_links_no_checker(client):
    # Cystic fibrosis is one entry under ORPHA:586 and OMIM:219700.
    body = text_of(client.get("/disease/OMIM:219700/cystic-fibrosis/", follow=True))
    assert 'href="/disease/ORPHA:586/questions/hereditary/"' in body
    assert "/criteria/" not in body


def test_the_poems_hereditary_page_says_not_inherited_with_sources_and_status(client):
    r = client.get("/disease/ORPHA:2905/questions/hereditary/")
    assert r.status_code == 200
    body = text_of(r)
    assert "Is POEMS syndrome hereditary or genetic?" in body
    assert "not passed from parents to children" in body
    assert "Not medically reviewed" in body and "Medically reviewed by" not in body
    assert 'href="https://www.orpha.net/en/disease/detail/2905"' in body
    assert "Dispenzieri" in body
    assert 'href="/disease/ORPHA:2905/questions/hereditary/report/"' in body
    assert "not medical advice" in body


def test_an_automatic_answer_says_it_is_automatic(client, kb):
    body = text_of(client.get("/disease/OMIM:219700/questions/hereditary/", follow=True))
    assert "Automatic answer" in body
    assert (f'Compiled automatically from <a href="https://hpo.jax.org" rel="external">HPO {kb.release}</a>, '
            '<a href="https://www.orpha.net" rel="external">Orphanet (ORDO 2.6, 2018-07-12)</a> and ') in body
    assert "autosomal recessive" in body
    assert re.search(r'<li id="src-\d+"><a href="https://hpo.jax.org/browse/term/HP:0000007"', body)


def test_a_bare_reference_id_in_the_sources_names_its_site(client):
    # "ORPHA:558" alone does not say where the link goes: "Orphanet: ORPHA:558", as on the
    # disease page; a PubMed id says PubMed.
    body = text_of(client.get("/disease/ORPHA:558/questions/outlook/"))
    # (Orphanet's record is listed once, under its fullest label, which names Orphanet.)
    orphanet = re.findall(r'<li id="src-\d+">[^<]*<a href="https://www.orpha.net/en/disease/detail/558" '
                          r'rel="external">([^<]*)</a>', body)
    assert len(orphanet) == 1 and orphanet[0].startswith("Orphanet: Marfan syndrome (ORPHA:558)")
    assert re.search(r'<li id="src-\d+">PubMed: <a href="https://pubmed.ncbi.nlm.nih.gov/\d+/" rel="external">PMID:', body)


def test_question_aliases_and_id_spellings_redirect_to_the_canonical_page(client):
    r = client.get("/disease/ORPHA:2905/questions/genetic/")
    assert r.status_code == 301 and r["Location"] == "/disease/ORPHA:2905/questions/hereditary/"


def test_unknown_questions_and_diseases_are_404(client):
    assert client.get("/disease/ORPHA:2905/questions/tasty/").status_code == 404
    assert client.get("/disease/ORPHA:99999999/questions/hereditary/").status_code == 404


def test_an_unknown_question_offers_the_diseases_questions_not_look_alike_diseases(client):
    # "xyz" once suggested "47,XYY syndrome"; the page now names the disease and its questions.
    for url in ("/disease/ORPHA:558/questions/xyz/", "/disease/ORPHA:558/questions/xyz/report/"):
        r = client.get(url)
        assert r.status_code == 404
        body = " ".join(r.content.decode().split())
        assert "We do not answer a question called \u201cxyz\u201d about Marfan syndrome." in body
        assert "<h2>Questions about Marfan syndrome</h2>" in body
        assert '<a href="/disease/ORPHA:558/questions/hereditary/">Is Marfan syndrome hereditary or genetic?</a>' in body
        assert "XYY" not in body


def test_the_questions_index_lists_every_tldr(client):
    body = text_of(client.get("/disease/ORPHA:2905/questions/"))
    assert body.count('class="answer-row"') == 10


def test_reporting_an_error_feeds_the_editors_queue(client):
    r = client.post("/disease/ORPHA:2905/questions/outlook/report/", {"message": "The survival figure looks old."})
    assert r.status_code == 302
    report = ErrorReport.objects.get()
    assert (report.disease_id, report.question, report.status) == (POEMS, "outlook", "open")


def test_a_too_short_report_is_refused_and_stores_nothing(client):
    r = client.post("/disease/ORPHA:2905/questions/outlook/report/", {"message": "bad"})
    assert r.status_code == 400
    assert ErrorReport.objects.count() == 0


def test_the_criteria_checker_explains_a_patient_who_meets_the_set(client):
    r = client.post("/disease/ORPHA:2905/criteria/", {
        "item_polyneuropathy": ["HP:0001271"],
        "item_monoclonal-plasma-cell-disorder": ["lambda-monoclonal-protein"],
        "item_vegf": ["elevated-vegf"],
        "other": "Fluctuating hepatomegaly",  # a descendant of Hepatomegaly
    })
    assert r.status_code == 200
    body = text_of(r)
    assert "The findings entered meet the criteria set" in body
    assert "only a doctor can diagnose POEMS syndrome" in body
    assert "Met by Fluctuating hepatomegaly (HP:0006564), a kind of organomegaly" in body


def test_the_criteria_checker_does_not_count_diabetes_alone(client):
    body = text_of(client.post("/disease/ORPHA:2905/criteria/", {
        "item_polyneuropathy": ["HP:0001271"],
        "item_monoclonal-plasma-cell-disorder": ["lambda-monoclonal-protein"],
        "item_castleman-disease": ["castleman-disease"],
        "item_endocrinopathy": ["HP:0000819"],
    }))
    assert "do not meet the criteria set" in body
    assert "on their own they do not meet this criterion" in body


def test_the_criteria_checker_rejects_unknown_findings(client):
    r = client.post("/disease/ORPHA:2905/criteria/", {"other": "purple elbows"})
    assert r.status_code == 400
    assert "is not an HPO term or a named finding" in text_of(r)


def test_diseases_without_criteria_have_no_checker(client):
    assert client.get("/disease/OMIM:219700/criteria/").status_code == 404


def test_error_reports_are_stored_without_contact_details(client):
    client.post("/disease/ORPHA:2905/questions/outlook/report/",
                {"message": "Figure is old; write to jo.bloggs@example.org or call 555-123-4567."})
    message = ErrorReport.objects.get().message
    assert "example.org" not in message and "555-123-4567" not in message
    assert "[email]" in message and "Figure is old" in message


def test_error_reports_use_the_sites_one_detector_places_included(client):
    client.post("/disease/ORPHA:2905/questions/outlook/report/",
                {"message": "My Pompe doctor at Charité in Berlin, Hauptstraße 12, 80331 München, disagrees."})
    message = ErrorReport.objects.get().message
    assert "Charité" not in message and "Hauptstraße" not in message and "80331" not in message
    assert "Pompe" in message and "[hospital]" in message


def test_error_reports_are_rate_limited(client):
    from django.core.cache import cache

    from raremap.web.accounts.throttle import LIMITS

    cache.clear()
    limit = LIMITS["report"][0]
    url = "/disease/ORPHA:2905/questions/outlook/report/"
    codes = [client.post(url, {"message": f"Report number {i} about the outlook."}).status_code for i in range(limit + 1)]
    cache.clear()
    assert codes[:limit] == [302] * limit and codes[-1] == 429
    assert ErrorReport.objects.count() == limit


def test_a_curated_answer_says_not_medically_reviewed_once(client):
    body = text_of(client.get("/disease/ORPHA:2905/questions/hereditary/"))
    status = re.search(r'<p class="answer-status">(.*?)</p>', body, re.S).group(1)
    assert status.lower().count("not medically reviewed") == 1
    assert "Written by" in status


def test_the_questions_index_speaks_of_answers_in_the_plural(client):
    body = text_of(client.get("/disease/ORPHA:2905/questions/"))
    assert "These answers are general information, not medical advice." in body
    assert "This answer is general information" not in body
    assert "Check findings against the diagnostic criteria (POEMS syndrome" in body


def test_cross_check_sources_are_labelled_as_not_re_read_on_the_page(client):
    body = client.get("/disease/ORPHA:2905/questions/causes/").content.decode()
    assert "(cross-check)" in body
    assert "named from the writers&#x27; knowledge of it" in body
    assert "not re-read when these notes were written" in body
    assert "PubMed id not verified" in body
    checks = [li for li in body.split("<li") if "(cross-check)" in li]
    assert checks and all(li.lower().count("not re-read") == 1 for li in checks)  # said once per source


def test_source_numbers_after_a_statement_are_in_order(client):
    body = client.get("/disease/ORPHA:2905/questions/causes/").content.decode()
    groups = [[int(n) for n in re.findall(r'href="#src-(\d+)"', sup)]
              for sup in re.findall(r'<sup class="refs">(.*?)</sup>', body)]
    assert groups and all(g == sorted(set(g)) for g in groups)
    assert any(len(g) > 2 for g in groups)


def test_an_answer_on_orphanet_facts_links_every_source_it_names(client, kb):
    body = text_of(client.get("/disease/ORPHA:558/questions/hereditary/"))
    status = re.search(r'<p class="answer-status">(.*?)</p>', body).group(1)
    assert "Compiled automatically from" in status and "not yet reviewed" in status
    assert [m for m in re.findall(r'<a href="([^"]+)" rel="external">', status)] == [
        "https://hpo.jax.org", "https://www.orpha.net", "https://mondo.monarchinitiative.org"]
    assert "Orphanet (ORDO 2.6, 2018-07-12)</a> and <a" in status


@pytest.mark.parametrize("disease_id", ["ORPHA:558", "ORPHA:586", "ORPHA:2398", "ORPHA:2905"])
def test_each_record_is_listed_once_in_an_answers_sources(client, disease_id):
    # Orphanet's record was listed up to three times (the disease record, Orphanet's data,
    # the "Learn more" link): each address appears once in the numbered list.
    for question in ("outlook", "prevalence", "treatment", "what-is-it"):
        body = text_of(client.get(f"/disease/{disease_id}/questions/{question}/", follow=True))
        listed = re.findall(r'<li id="src-\d+">.*?</li>', body)
        hrefs = [h for li in listed for h in re.findall(r'href="([^"]+)"', li)]
        assert listed, question
        assert len(hrefs) == len(set(hrefs)), (question, hrefs)


def test_marfans_symptoms_list_each_record_and_publication_once_with_its_features_folded(client, kb):
    body = client.get("/disease/ORPHA:558/questions/symptoms/").content.decode()
    entries = re.findall(r'<li id="src-(\d+)">', body)
    short = answer(kb, "ORPHA:558", "symptoms").source_list()
    assert [int(n) for n in entries] == list(range(1, len(short.groups) + 1)) and len(entries) < 30
    refs = {int(n) for n in re.findall(r'href="#src-(\d+)"', body)}
    assert refs == set(range(1, len(entries) + 1))  # every entry is cited, no footnote points nowhere
    for record in kb.disease("ORPHA:558").disease_ids:
        assert f'href="https://hpo.jax.org/browse/disease/{record}" rel="external">HPO annotations of {record}</a>' in body
        assert re.search(rf"<summary>\d+ HPO terms annotated on {record}</summary>", body)
    # Folded inside: each feature, linked to its own page.
    assert '<a href="/term/HP:0002650/">Scoliosis</a> <span class="id">HP:0002650</span>' in body


def test_a_long_disease_name_is_not_repeated_in_every_question_link(client, kb):
    # "1q21.1 recurrent microdeletion (susceptibility locus for neurodevelopmental disorders)"
    # made each of the ten links three or four lines long on a phone.
    long_name = "DECIPHER:62"
    assert len(kb.diseases.name(long_name)) > 60
    body = client.get(f"/disease/{long_name}/", follow=True).content.decode()
    body = body.split('data-answers="questions"', 1)[1].split("</section>", 1)[0]
    links = re.findall(rf'<a href="/disease/{long_name}/questions/[a-z-]+/">(.*?)</a>', body)
    assert links[:3] == ["What is it?", "Symptoms", "Causes"] and len(links) == 10
    short = client.get("/disease/ORPHA:558/", follow=True).content.decode()
    assert '<a href="/disease/ORPHA:558/questions/causes/">What causes Marfan syndrome?</a>' in short
