import pytest

from raremap.knowledge.search import MAX_QUERY_CHARS


def test_it_finds_poems_syndrome_by_name(client, text_of):
    r = client.get("/search/", {"q": "poems"})
    assert r.status_code == 200
    assert 'href="/disease/ORPHA:2905/poems-syndrome/">POEMS syndrome</a>' in text_of(r)


def test_it_tolerates_typos(client, text_of):
    body = text_of(client.get("/search/", {"q": "poems syndrom"}))
    assert "/disease/ORPHA:2905/" in body


def test_it_finds_symptoms_by_lay_name(client, text_of):
    body = text_of(client.get("/search/", {"q": "pins and needles", "kind": "term"}))
    assert 'href="/term/HP:0003401/">Paresthesia</a>' in body
    assert 'id="res-d"' not in body  # diseases were not asked for


def test_an_exact_id_goes_straight_to_its_page(client):
    r = client.get("/search/", {"q": "orpha:2905"})
    assert r.status_code == 302 and r["Location"] == "/disease/ORPHA:2905/poems-syndrome/"
    r = client.get("/search/", {"q": "HP:0002082"})  # an alt id of Paresthesia
    assert r.status_code == 302 and r["Location"] == "/term/HP:0003401/"


def test_an_empty_query_shows_the_form_only(client, text_of):
    r = client.get("/search/")
    assert r.status_code == 200
    assert "Results for" not in text_of(r)


def test_nothing_found_says_so(client, text_of):
    r = client.get("/search/", {"q": "qqqqxxxxzzzz"})
    assert r.status_code == 200
    assert "Nothing matches “qqqqxxxxzzzz”" in text_of(r)
    # ... and offers the ways in that need no name: the categories and plain words.
    assert '<a href="/browse/">browse diseases by category</a>' in text_of(r)
    assert '<a href="/tagging/">describe symptoms in your own words</a>' in text_of(r)


@pytest.mark.parametrize(("params", "message"), [
    ({"q": "a" * (MAX_QUERY_CHARS + 1)}, "at most 200 characters"),
    ({"q": "poems\x00"}, "Null characters are not allowed"),
    ({"q": "poems", "kind": "gene"}, "Select a valid choice"),
])
def test_bad_queries_get_a_400_with_one_clear_message(client, params, message, text_of):
    r = client.get("/search/", params)
    assert r.status_code == 400
    body = text_of(r)
    assert 'role="alert"' in body and message in body


def test_hostile_text_is_escaped(client):
    r = client.get("/search/", {"q": '<script>alert("x")</script>'})
    assert r.status_code == 200
    body = r.content.decode()
    assert '<script>alert("x")</script>' not in body
    assert "&lt;script&gt;" in body


def test_a_query_at_the_length_limit_is_answered(client):
    r = client.get("/search/", {"q": ("abnormal " * 40)[:MAX_QUERY_CHARS]})
    assert r.status_code == 200


def test_a_typo_shows_the_close_matches_not_every_word_match(client, text_of):
    body = text_of(client.get("/search/?q=marfan+syndrom"))
    assert "Marfan syndrome</a>" in body and "Marfan lipodystrophy syndrome</a>" in body
    assert "Arima syndrome" not in body and "Uterine synechiae" not in body  # one shared word
    assert 'href="?q=marfan%20syndrom&amp;kind=disease">all matching diseases</a>' in body


def test_the_kind_views_keep_the_weaker_matches(client, text_of):
    assert "Perlman syndrome" in text_of(client.get("/search/?q=marfan+syndrom&kind=disease"))
    assert "Melnick-Needles syndrome" in text_of(client.get("/search/?q=pins+and+needles&kind=disease"))
    body = text_of(client.get("/search/?q=pins+and+needles"))
    assert "Paresthesia" in body and "Melnick-Needles" not in body


def test_results_say_which_name_matched_in_plain_words(client, text_of):
    # One word: a name to look up, not a description (a description's terms are listed once,
    # under "Symptoms your words describe", with the words they come from).
    body = text_of(client.get("/search/", {"q": "tingling", "kind": "term"}))
    assert '<span class="matched">also called: Tingling</span>' in body
    body = text_of(client.get("/search/", {"q": "marfan"}))
    assert "also called: Marfanoid habitus" in body
    assert "exact synonym:" not in body and "lay name:" not in body and "other name:" not in body


def test_a_described_symptom_is_not_listed_again_under_symptoms(client, text_of):
    body = text_of(client.get("/search/", {"q": "my son has pins and needles in his feet"}))
    assert "Symptoms your words describe" in body
    assert body.count('href="/term/HP:0003401/"') == 1  # Paresthesia, under the described symptoms only


def test_the_checker_link_of_a_description_is_styled_as_a_button(client, text_of):
    # The site's button style for links is .button-link; a bare "button" class matched no rule.
    body = text_of(client.get("/search/", {"q": "my son has pins and needles in his feet"}))
    assert '<a class="button-link" href="/checker/?present=HP:0003401' in body


def test_the_weaker_matches_line_has_no_space_before_its_full_stop(client, text_of):
    body = text_of(client.get("/search/", {"q": "cystic fibrosis"}))
    line = body.split('<p class="weaker">', 1)[1].split("</p>", 1)[0]
    assert line.endswith("</a>.") and " ." not in line


def test_a_misspelt_last_word_shows_the_disease_first(client, text_of):
    # "fibrosys" was read as a plural ("fibrosy"), one edit from "fibrosa": Brown tumor
    # ("Osteitis fibrosa cystica") was the first result
    body = text_of(client.get("/search/", {"q": "cystic fibrosys"}))
    first = body.index('href="/disease/ORPHA:586/')
    assert "Brown tumor" not in body[:first] and 'href="/term/' not in body[:first]
    assert body.index('href="/disease/') == first


@pytest.mark.parametrize(("query", "what"), [("OMIM:999999", "disease"), ("orpha 99999999", "disease"),
                                             ("HP:9999999", "symptom (HPO term)")])
def test_an_id_that_names_nothing_says_so_instead_of_matching_its_letters(client, text_of, query, what):
    # "OMIM:999999" listed Ophthalmomandibulomelic dysplasia ("OMM syndrome") as a name match
    body = text_of(client.get("/search/", {"q": query}))
    given = query.upper().replace("ORPHA ", "ORPHA:")
    assert f"There is no {what} with the id “{given}” in this release." in body
    assert "Ophthalmomandibulomelic" not in body and 'id="res-d"' not in body and 'class="kind-filter"' not in body


def test_an_id_close_to_a_real_one_offers_it(client, text_of):
    body = text_of(client.get("/search/", {"q": "ORPHA:29050"}))
    assert "There is no disease with the id “ORPHA:29050”" in body
    near = body.split("Ids close to it:", 1)[1].split("</ul>", 1)[0]
    assert 'href="/disease/ORPHA:2050/' in near  # one digit away


def test_the_id_of_an_orphanet_group_leads_to_its_category_page(client, text_of):
    body = text_of(client.get("/search/", {"q": "ORPHA:98043"}))
    assert "Diaphragmatic or abdominal wall malformation (ORPHA:98043) has no disease page here." in body
    assert 'href="/browse/ORPHA:98043/"' in body


def test_a_number_in_a_name_is_still_searched_as_a_name(client, text_of):
    assert "22q11" in text_of(client.get("/search/", {"q": "22q11 deletion"}))


def test_a_list_cut_at_the_limit_says_so_and_how_to_narrow_it(client, text_of):
    # "Diseases (25+)" gave no way to see the rest and no hint why
    full = text_of(client.get("/search/", {"q": "seizures", "kind": "disease"}))
    assert "(25+)" in full and "The 25 closest are shown. Add a word to narrow the search." in full
    short = text_of(client.get("/search/", {"q": "cystic fibrosis"}))
    assert "closest are shown" not in short
