"""The symptom checker page (/checker/) through Django's test client on the real knowledge
base (programs rank through /api/v1/ranking, tested in tests/api)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

POEMS_QS = "present=HP:0001271,HP:0001744,HP:0000846&absent=HP:0001250"


def text(response) -> str:
    return " ".join(response.content.decode().split())


def test_the_empty_page_invites_symptoms_and_says_it_is_not_a_diagnosis(client, kb):
    r = client.get("/checker/")
    assert r.status_code == 200
    body = text(r)
    assert "Symptom checker" in body and "not a diagnosis" in body
    assert 'id="checker-form"' in body and 'name="add"' in body
    assert r["Cache-Control"].startswith("max-age=0") or "no-store" in r["Cache-Control"]


def test_a_shared_url_shows_the_ranking_with_links_and_explanations(client, kb):
    r = client.get(f"/checker/?{POEMS_QS}")
    assert r.status_code == 200
    body = text(r)
    assert "/disease/ORPHA:2905/poems-syndrome/" in body
    assert "Symptoms it explains" in body and "Worth checking next" in body
    assert "Polyneuropathy</strong> — 100% of people" in body
    assert "Does not have</span> <a href=\"/term/HP:0001250/\">Seizure" in body
    # Chips link to the state without them, and to the state with them switched.
    assert "present=HP:0001744,HP:0000846&amp;absent=HP:0001250" in body
    assert "present=HP:0001744,HP:0000846&amp;absent=HP:0001250,HP:0001271" in body


def test_repeated_parameters_work_like_commas(client, kb):
    a = text(client.get("/checker/?present=HP:0001271&present=HP:0001744"))
    b = text(client.get("/checker/?present=HP:0001271,HP:0001744"))
    assert "/disease/ORPHA:2905/poems-syndrome/" in a
    assert a == b


def test_adding_a_symptom_by_everyday_name_redirects_to_the_new_state(client, kb):
    r = client.get("/checker/?present=HP:0001271&add=pins+and+needles&add_as=present")
    assert r.status_code == 302
    assert r["Location"] == "/checker/?present=HP:0001271,HP:0003401"
    r = client.get("/checker/?present=HP:0001271&add=HP:0001250&add_as=absent")
    assert r["Location"] == "/checker/?present=HP:0001271&absent=HP:0001250"


def test_an_unknown_name_or_a_bad_id_is_a_clear_error(client, kb):
    r = client.get("/checker/?present=HP:0001271&add=qqqqzzzzxxxx")
    assert r.status_code == 200 and "No symptom matches" in text(r)
    r = client.get("/checker/?present=<script>")
    assert r.status_code == 400 and "is not an HPO id" in text(r)
    assert "<script>" not in r.content.decode().split('<main id="main"')[1]


def test_the_page_ranks_top_n_with_onset_and_sex_and_reports_unknown_ids(client, kb):
    r = client.get(f"/checker/?{POEMS_QS},HP:7777777&top=5&sex=female&onset=HP:0003596")
    assert r.status_code == 200
    html = r.content.decode()
    rows = html.split('class="checker-results"', 1)[1].split('class="checker-row"')[1:]
    assert len(rows) == 5
    assert "/disease/ORPHA:2905/poems-syndrome/" in rows[0].split("</div>", 1)[0]
    assert "HP:7777777" in html.split('class="checker-issues', 1)[1].split("</ul>", 1)[0]
    assert "(method: Likelihood ratios and published patients)" in text(r) and "not a diagnosis" in text(r)


@pytest.mark.parametrize(("qs", "message"), [("present=HP:0001271&sex=robot", "Sex"), ("present=HP:0001271&top=1000", "top")])
def test_the_page_refuses_bad_input_with_one_line(client, kb, qs, message):
    r = client.get(f"/checker/?{qs}")
    assert r.status_code == 400
    assert message in text(r)


def test_the_ranking_names_the_data_it_was_ranked_from(client, kb):
    # The default method also reads phenopacket-store's published patients: the line says so;
    # a method that does not read them names HPO alone.
    default = text(client.get(f"/checker/?{POEMS_QS}"))
    assert f"Ranked from HPO {kb.release} and the published patients of" in default
    assert '#sources">phenopacket-store</a>' in default
    lr = text(client.get(f"/checker/?{POEMS_QS}&method=likelihood"))
    assert f"Ranked from HPO {kb.release} (method: Likelihood ratios)" in lr


def test_the_old_duplicate_json_endpoint_is_gone(client, kb):
    assert client.get("/checker/api?present=HP:0001271").status_code == 404


def test_term_suggestions_find_everyday_names(client, kb):
    data = client.get("/checker/terms?q=pins+and+needles").json()
    assert data["suggestions"][0]["id"] == "HP:0003401"
    assert client.get("/checker/terms?q=a").json()["suggestions"] == []


def test_the_explanation_shows_published_patients_like_yours(client, kb):
    from raremap.engine.published.section import SECTION

    sec = kb.section(SECTION)
    ptr, idx = sec["present"]
    present = ",".join(kb.ontology.ids[t] for t in idx[ptr[0]:ptr[1]][:6])
    r = client.get(f"/checker/?present={present}&top=10")
    assert r.status_code == 200
    html = r.content.decode()
    assert "Published patients like yours" in html and "not a representative sample" in html
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/' in html


def test_an_id_that_cannot_be_used_is_reported_beside_the_symptoms_not_under_the_form(client, kb):
    # The note used to sit under the "describe in your own words" box, small and grey, far
    # from the list it concerns; with no other symptom it was the last thing on the page.
    html = client.get("/checker/?present=HP:9999999").content.decode()
    section = html.split('id="chips-title"', 1)[1].split("</section>", 1)[0]
    notice = section.split('class="checker-issues"', 1)[1].split("</ul>", 1)[0]
    assert "HP:9999999" in notice and "skipped" in notice
    assert section.index('class="checker-issues"') < section.index('id="checker-add"')


def test_published_patients_like_yours_name_their_paper_once(client, kb):
    from django.utils.html import escape

    # Three of Marfan syndrome's published patients come from one paper: its title was
    # repeated after each of them.
    r = client.get("/checker/?present=HP:0001166,HP:0001519,HP:0001083,HP:0002650,HP:0000768&top=3")
    marfan = next(x for x in r.context["result"]["ranking"] if x["explanation"] and x["explanation"]["disease"]["id"] == "ORPHA:558")["explanation"]
    like = marfan["published"]["like_yours"]
    papers = marfan["like_yours_by_paper"]
    assert len(like) > len(papers) >= 1
    assert [p for paper in papers for p in paper["patients"]] == sorted(like, key=lambda p: [
        paper["pmid"] for paper in papers].index(p["pmid"]))  # every patient once, under its paper
    html = " ".join(r.content.decode().split())
    marfan_html = html.split('href="/disease/ORPHA:558/', 1)[1]
    block = marfan_html.split('class="checker-papers"', 1)[1].split("</ul> </li> </ul>", 1)[0]
    title = escape(papers[0]["title"])
    assert block.count(title) == 1 and block.count("<li>Male") + block.count("<li>Female") + block.count(
        "<li>Sex not given") == len(papers[0]["patients"])


def test_the_describe_box_follows_the_results_once_there_are_some(client, kb):
    # On a phone the box stood between the symptom list and the ranking: a screen and a half
    # to scroll past before the first result.
    empty = client.get("/checker/").content.decode()
    assert 'id="describe-title">Describe your symptoms in your own words</h2>' in empty
    ranked = client.get(f"/checker/?{POEMS_QS}&top=3").content.decode()
    assert ranked.count("data-describe") == 1
    assert ranked.index('id="results"') < ranked.index("data-describe")
    assert 'id="describe-title">Add more symptoms in your own words</h2>' in ranked
    form = ranked.split('class="describe-form"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="present"' in form  # the symptoms still travel along
