import re

import pytest

from raremap.knowledge.pages import term_diseases

PARESTHESIA = "/term/HP:0003401/"


def rows(body: str) -> list[str]:
    table = re.search(r'<table class="term-diseases">.*?</table>', body, re.S).group(0)
    return re.findall(r'<th scope="row"><a href="/disease/([^/]+)/', table)


def test_it_shows_definition_lay_names_and_hierarchy(client, kb, text_of):
    r = client.get(PARESTHESIA)
    assert r.status_code == 200
    body = text_of(r)
    term = kb.term("HP:0003401")
    assert '<h1 id="t-title">Paresthesia</h1>' in body
    assert "Pins and needles feeling" in body
    assert term.definition.split(".")[0] in body
    for parent in term.parents:
        assert f'href="/term/{parent}/"' in body
    for child in term.children:
        assert f'href="/term/{child}/"' in body


def test_diseases_are_paged_fifty_at_a_time_commonest_first(client, kb, text_of):
    expected = term_diseases(kb, "HP:0003401")
    body = text_of(client.get(PARESTHESIA))
    assert rows(body) == [r["id"] for r in expected[:50]]
    assert f"({len(expected)})" in body
    second = text_of(client.get(PARESTHESIA, {"page": 2}))
    assert rows(second) == [r["id"] for r in expected[50:100]]
    assert 'rel="prev"' in second


def test_diseases_sort_by_name(client, kb, text_of):
    body = text_of(client.get(PARESTHESIA, {"sort": "name"}))
    names = [kb.diseases.name(d) for d in rows(body)]
    assert names == sorted(names, key=str.lower)
    assert 'href="?sort=name&amp;page=2#dis-title"' in body


def test_a_page_past_the_end_shows_the_last_page(client, kb, text_of):
    expected = term_diseases(kb, "HP:0003401")
    body = text_of(client.get(PARESTHESIA, {"page": 9999}))
    assert rows(body) == [r["id"] for r in expected[(len(expected) - 1) // 50 * 50:]]


@pytest.mark.parametrize("params", [{"page": "abc"}, {"page": "-1"}, {"sort": "evil"}, {"sort": "x\x00"}])
def test_bad_parameters_fall_back_to_the_first_page_with_a_400(client, kb, params, text_of):
    r = client.get(PARESTHESIA, params)
    assert r.status_code == 400
    body = text_of(r)
    assert "The sort or page requested is not valid" in body
    assert rows(body) == [d["id"] for d in term_diseases(kb, "HP:0003401")[:50]]


def test_alt_ids_and_other_spellings_redirect_to_the_primary_id(client):
    for given in ("HP:0002082", "hp:0003401", "HP_0003401"):
        r = client.get(f"/term/{given}/", {"sort": "name"})
        assert r.status_code == 301, given
        assert r["Location"] == "/term/HP:0003401/?sort=name"


def test_unknown_terms_get_a_404_with_suggestions(client, text_of):
    r = client.get("/term/HP:00034010/")
    assert r.status_code == 404
    assert "There is no symptom (HPO term) with the id" in text_of(r)
    r = client.get("/term/paresthesia/")
    assert r.status_code == 404 and 'href="/term/HP:0003401/">Paresthesia</a>' in text_of(r)


def test_obsolete_terms_say_so_and_link_their_replacement(client, kb, text_of):
    ont = kb.ontology
    # (some obsolete ids are alt ids of their replacement and simply redirect there)
    obsolete = next(t for t in ont.ids if ont.is_obsolete(t) and ont.current(t) and ont.resolve(t) == t)
    body = text_of(client.get(f"/term/{obsolete}/"))
    assert "This term is obsolete" in body
    assert f'href="/term/{ont.current(obsolete)}/"' in body


def test_a_term_without_diseases_says_so(client, kb, text_of):
    ont = kb.ontology
    lonely = next(t for t in ont.ids if not ont.is_obsolete(t) and not term_diseases(kb, t))
    body = text_of(client.get(f"/term/{lonely}/"))
    assert "No disease in this HPO release is recorded with exactly this term" in body


def test_other_names_show_exact_synonyms_but_not_obsolete_or_variant_ones(client, kb, text_of):
    body = text_of(client.get("/term/HP:0001631/"))  # Atrial septal defect
    assert "Other medical names:</span> ASD; Atrioseptal defect; Defect in the atrial septum</p>" in body
    assert "Atria septal defect" not in body
    # Nevus of Ota: "Mongolian spot" is a discarded (obsolete) synonym in hp.obo.
    assert "Mongolian spot" in [s.text for s in kb.term("HP:0009920").synonyms if s.kind == "obsolete_synonym"]
    assert "Mongolian spot" not in text_of(client.get("/term/HP:0009920/"))


def test_the_hpo_comment_is_labelled_as_a_note_apart_from_the_definition(client, kb, text_of):
    term = kb.term("HP:0001263")  # Global developmental delay has a definition and a comment
    assert term.definition and term.comment
    body = text_of(client.get("/term/HP:0001263/"))
    assert '<p class="definition">' in body
    assert '<p class="comment"><span class="label">Note from the HPO:</span> ' in body
