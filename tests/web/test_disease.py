import re

import pytest

from raremap.knowledge.pages import disease_page

POEMS = "/disease/ORPHA:2905/poems-syndrome/"


def band_rows(body: str, band: str) -> list[str]:
    """The symptom names in one band's <tbody> of the symptom table."""
    group = re.search(rf'<tbody class="band band-{band}".*?</tbody>', body, re.S)
    return re.findall(r'<th scope="row"[^>]*><a href="/term/HP:\d+/">([^<]+)</a>', group.group(0)) if group else []


def test_poems_page_shows_name_ids_and_source_link(client, text_of):
    r = client.get(POEMS)
    assert r.status_code == 200
    body = text_of(r)
    assert '<h1 id="d-title">POEMS syndrome</h1>' in body
    assert 'href="https://www.orpha.net/en/disease/detail/2905"' in body
    assert '<link rel="canonical" href="http://testserver/disease/ORPHA:2905/poems-syndrome/">' in body


def test_polyneuropathy_is_in_the_100_percent_group(client, kb, text_of):
    body = text_of(client.get(POEMS))
    assert band_rows(body, "obligate") == ["Polyneuropathy"]
    page = disease_page(kb, "ORPHA:2905")
    for band in page["bands"]:  # every symptom of every band is in the table, in its band
        assert band_rows(body, band["band"]) == [f["name"] for f in band["features"]]


def test_symptoms_show_lay_names_and_hpo_ids(client, text_of):
    body = text_of(client.get(POEMS))
    row = re.search(r'<a href="/term/HP:0003401/">Paresthesia</a>.*?</tr>', body).group(0)
    assert "Pins and needles feeling" in row and "HP:0003401" in row


def test_the_summary_comes_first_and_agrees_with_the_answers(client, text_of):
    body = text_of(client.get(POEMS))
    assert body.index('id="s-title"') < body.index('id="sym-title"')
    assert "Always present (100% of people): polyneuropathy (peripheral nerve disease)." in body
    # HPO records neither inheritance nor onset for POEMS; the curated pack does, and the
    # page must say what the answers say (acquired, adults in their fifties and sixties).
    summary = re.search(r'<section class="summary".*?</section>', body, re.S).group(0)
    assert "acquired during adult life" in summary and "fifties and sixties" in summary
    assert "not recorded" not in summary.lower()
    # What it is comes before the counts.
    assert summary.index("abnormal plasma cells") < summary.index("Always present (100% of people)")
    assert "not reviewed by a clinician" in body


def test_the_summary_of_a_disease_without_data_says_what_is_not_recorded(client, text_of):
    body = text_of(client.get("/disease/OMIM:610628/", follow=True))
    assert "The age at which it usually starts is not recorded in the data we use." in body


def test_the_chart_is_accessible_and_counts_each_band(client, kb, text_of):
    body = text_of(client.get(POEMS))
    svg = re.search(r"<svg class=\"chart\".*?</svg>", body).group(0)
    assert 'role="img"' in svg and "<title id=\"chart-title\">" in svg and "<desc id=\"chart-desc\">" in svg
    page = disease_page(kb, "ORPHA:2905")
    counts = [int(n) for n in re.findall(r'class="count">(\d+)</text>', svg)]
    assert counts == [len(b["features"]) for b in page["bands"]]
    assert f"{page['feature_count']} symptoms by how often they occur" in body  # the text equivalent


def test_the_slug_is_optional_and_wrong_slugs_or_spellings_redirect(client):
    assert client.get("/disease/ORPHA:2905/").status_code == 200
    for url in ("/disease/ORPHA:2905/poems/", "/disease/orpha:2905/", "/disease/ORPHANET:2905/poems-syndrome/"):
        r = client.get(url)
        assert r.status_code == 301 and r["Location"] == POEMS, url


def test_the_no_script_filter_keeps_matching_symptoms_only(client, text_of):
    body = text_of(client.get(POEMS, {"filter": "bone"}))
    names = [n for band in ("obligate", "very-frequent", "frequent", "occasional") for n in band_rows(body, band)]
    assert names and all("bone" in n.lower() or "skull" in n.lower() or "sclerosis" in n.lower() for n in names)
    assert "Polyneuropathy" not in names
    assert 'value="bone"' in body and "Show all" in body


def test_a_filter_matching_nothing_says_so(client, text_of):
    body = text_of(client.get(POEMS, {"filter": "zzzz"}))
    assert '<table id="symptom-table"' not in body
    assert '<p class="empty" id="filter-empty">No symptom matches this filter.</p>' in body


def test_a_bad_filter_is_a_400_that_still_shows_the_page(client, text_of):
    for value in ("x" * 101, "skin\x00"):
        r = client.get(POEMS, {"filter": value})
        assert r.status_code == 400
        body = text_of(r)
        assert "Filter symptoms:" in body and "Polyneuropathy" in body


@pytest.mark.parametrize("given", ["ORPHA:99999999", "OMIM:1", "foo", "ORPHA:2905x", "%00"])
def test_unknown_diseases_get_a_404_page(client, given, text_of):
    r = client.get(f"/disease/{given}/")
    assert r.status_code == 404
    assert "There is no disease with the id" in text_of(r)


def test_a_mistyped_id_suggests_the_close_ones(client, text_of):
    body = text_of(client.get("/disease/ORPHA:29050/"))
    assert "Did you mean" in body and "/disease/ORPHA:2050/" in body


def test_a_name_instead_of_an_id_suggests_the_disease(client, text_of):
    r = client.get("/disease/poems syndrome/")
    assert r.status_code == 404
    assert 'href="/disease/ORPHA:2905/poems-syndrome/">POEMS syndrome</a>' in text_of(r)


def test_the_disease_with_most_annotations_renders(client, kb):
    counts = kb.diseases.offsets[1:] - kb.diseases.offsets[:-1]
    biggest = kb.diseases.ids[int(counts.argmax())]
    r = client.get(f"/disease/{biggest}/", follow=True)
    assert r.status_code == 200
    assert r.content.decode().count('<tr class="feature"') == disease_page(kb, biggest)["feature_count"]


def test_inheritance_onset_and_genes_are_listed_when_recorded(client, kb, text_of):
    page = disease_page(kb, "OMIM:154700")  # Marfan syndrome, one entry with ORPHA:558
    body = text_of(client.get("/disease/OMIM:154700/", follow=True))
    assert 'href="/term/HP:0000006/">Autosomal dominant inheritance</a>' in body
    for gene in page["genes"]:
        assert f">{gene['symbol']}</a>" in body
    assert "How it is inherited: autosomal dominant (Orphanet); autosomal dominant inheritance (HPO)." in body
    assert "In plain words, autosomal dominant: one changed copy" in body


def test_absent_symptoms_have_their_own_section(client, kb, text_of):
    did = next(d for d in kb.diseases.ids[:3000] if disease_page(kb, d)["absent"])
    body = text_of(client.get(f"/disease/{did}/", follow=True))
    assert "Symptoms known not to occur" in body


def test_related_diseases_come_from_the_engine_with_shared_features(client, kb, text_of):
    from raremap.engine.related import related_diseases

    expected = related_diseases(kb, "ORPHA:2905", limit=10)
    body = text_of(client.get(POEMS))
    if not expected:  # an artifact built without the engine's section shows no block
        assert 'id="rel-title"' not in body
        return
    assert 'id="rel-title"' in body
    for row in expected:
        assert f'<span class="id">{row["id"]}</span>' in body
        assert row["shared"][0]["name"] in body


def test_sources_are_named_as_people_write_them(client, text_of):
    assert '<span class="muted">on OMIM</span>' in text_of(client.get("/disease/OMIM:616914/"))
    assert '<span class="muted">on Orphanet</span>' in text_of(client.get(POEMS))


def test_huge_and_odd_ids_get_a_quick_404(client, text_of):
    for given in ("A" * 5000, "ORPHA:" + "9" * 400, "<b>x</b>", "ORPHA:-1", "..", "ORPHA:2905\x00"):
        r = client.get(f"/disease/{given}/")
        assert r.status_code == 404, given[:20]
        assert "<b>x</b>" not in r.content.decode()


def test_curated_inheritance_and_onset_come_first_in_the_facts_box(client, text_of):
    # HPO records no inheritance or onset for POEMS syndrome; the content pack does, and the
    # box says so with its source and points to the answer that explains it.
    body = text_of(client.get(POEMS))
    facts = re.search(r'<dl class="facts">.*?</dl>', body, re.S).group(0)
    assert "Not inherited; acquired during adult life" in facts and "(RareMap notes on POEMS syndrome)" in facts
    assert "Adults, most often in their fifties and sixties" in facts
    assert "Not recorded" not in facts
    assert 'href="/disease/ORPHA:2905/questions/hereditary/"' in facts


def test_orphanet_and_hpo_inheritance_are_both_shown_with_their_source(client, text_of):
    facts = re.search(r'<dl class="facts">.*?</dl>', text_of(client.get("/disease/ORPHA:586/")), re.S).group(0)
    assert "Autosomal recessive <span" in facts and "(Orphanet)" in facts and "(HPO)" in facts


def test_inheritance_qualifiers_are_not_read_as_patterns_in_the_summary(client, text_of):
    body = text_of(client.get("/disease/OMIM:610628/", follow=True))
    summary = re.search(r'<section class="summary".*?</section>', body, re.S).group(0)
    assert "which HPO qualifies as typified by incomplete penetrance" in summary
    assert "Several inheritance patterns" not in summary


def test_recorded_inheritance_has_no_pointer(client, text_of):
    facts = re.search(r'<dl class="facts">.*?</dl>', text_of(client.get("/disease/OMIM:219700/", follow=True)), re.S)
    assert "Autosomal recessive inheritance" in facts.group(0) and "/questions/hereditary/" not in facts.group(0)


def test_a_merged_disease_shows_each_symptom_once_with_every_sources_figure(client, text_of):
    body = text_of(client.get("/disease/ORPHA:2332/kbg-syndrome/"))
    table = re.search(r'<table id="symptom-table".*?</table>', body).group(0)
    rows = re.findall(r'<tr class="feature".*?</tr>', table)
    names = [re.search(r'<a href="/term/HP:\d+/">([^<]+)</a>', r).group(1) for r in rows]
    assert names.count("Anteverted nares") == 1 and len(names) == len(set(names))
    [row] = [r for r in rows if "Anteverted nares" in r]
    assert ('<td data-label="How often"><span class="freq">Orphanet: 30%-79% of people</span>; '
            '<span class="freq">OMIM: 7 of 7 people (100%)</span></td>' in row)
    assert "Anteverted nares" in band_rows(body, "frequent")


def test_everyday_names_are_clean_but_the_filter_still_finds_the_old_ones(client, text_of):
    body = text_of(client.get("/disease/ORPHA:2332/kbg-syndrome/"))
    table = re.search(r'<table id="symptom-table".*?</table>', body).group(0)
    row = re.search(r'<tr class="feature"[^>]*>.{0,200}Intellectual disability</a>.*?</tr>', table).group(0)
    assert "Mental deficiency, Low intelligence, Poor school performance" in row
    assert "Mental retardation" not in row.split("</th>", 1)[1]  # not shown in the cells
    filtered = text_of(client.get("/disease/ORPHA:2332/kbg-syndrome/", {"filter": "retardation"}))
    assert band_rows(filtered, "obligate") == ["Intellectual disability"]


def test_a_note_explains_counts_of_reported_people_only_where_there_are_some(client, text_of):
    # ReNU syndrome (OMIM:620851) gives counts such as 1/1; POEMS only HPO frequency terms.
    body = text_of(client.get("/disease/OMIM:620851/"))
    assert "In all of the people reported so far (100%)" in body
    assert 'id="count-note"' in body and "counts the people described in published reports" in body
    body = text_of(client.get(POEMS))
    assert "Always present (100% of people)" in body and 'id="count-note"' not in body


def test_the_chart_caption_uses_the_band_headings(client, kb, text_of):
    body = text_of(client.get(POEMS))
    caption = re.search(r"<figcaption>(.*?)</figcaption>", body, re.S).group(1)
    page = disease_page(kb, "ORPHA:2905")
    assert "1 always present (100% of people);" in caption
    for band in page["bands"]:
        assert f'{len(band["features"])} {band["heading"][0].lower()}{band["heading"][1:]}' in caption


def test_the_annotations_references_are_one_labelled_list(client, kb, text_of):
    body = text_of(client.get("/disease/ORPHA:558/"))
    cited = re.search(r"<li>Cited by the HPO annotations of this disease: (.*?)</li>", body, re.S).group(1)
    refs = [r["id"] for r in disease_page(kb, "ORPHA:558")["references"] if r["id"] != "ORPHA:558"]
    assert re.findall(r'rel="external">([^<]+)</a>', cited) == refs


def test_the_sources_name_the_notes_the_summary_draws_on(client, text_of):
    body = text_of(client.get(POEMS))
    sources = re.search(r'<section class="sources".*?</section>', body, re.S).group(0)
    assert ("RareMap notes on POEMS syndrome, written by the RareMap content team on 2026-11-22 "
            "(not medically reviewed): what it is, inheritance, onset") in " ".join(sources.split())
    assert 'href="/disease/ORPHA:2905/questions/"' in sources
    marfan = text_of(client.get("/disease/ORPHA:558/", follow=True))
    assert "RareMap notes" not in re.search(r'<section class="sources".*?</section>', marfan, re.S).group(0)


def test_a_disease_without_recorded_symptoms_says_so_without_the_tables_introduction(client, kb, text_of):
    disease_id = next(d for d in kb.diseases.ids if not kb.disease(d).present_phenotypes)
    body = text_of(client.get(f"/disease/{disease_id}/", follow=True))
    section = body.split('id="sym-title"', 1)[1].split("</section>", 1)[0]
    assert "How often each symptom occurs" not in section
    assert ("No symptoms are recorded for this disease in this HPO release. That does not mean the disease has "
            "none, only that this release lists none.") in section


def test_a_disease_with_too_few_features_says_so_instead_of_listing_weak_matches(client, kb, text_of):
    from raremap.web.pages.related import TOO_FEW

    body = text_of(client.get("/disease/OMIM:212790/", follow=True))
    assert 'id="rel-title"' in body and TOO_FEW in body
    assert '<ol class="related">' not in body
    # A disease with enough features keeps its list and no such sentence.
    poems = text_of(client.get(POEMS))
    assert '<ol class="related">' in poems and TOO_FEW not in poems


def test_the_symptom_filter_is_offered_only_for_a_table_worth_filtering(client, text_of):
    # Colorectal cancer, susceptibility to, 3 has one recorded symptom: a filter box over a
    # one-row table was noise
    sparse = text_of(client.get("/disease/OMIM:612229/", follow=True))
    assert "Colon cancer" in sparse and 'id="symptom-filter"' not in sparse
    assert 'id="symptom-filter"' in text_of(client.get(POEMS))
    asked = text_of(client.get("/disease/OMIM:612229/", {"filter": "colon"}, follow=True))
    assert 'id="symptom-filter"' in asked  # a filter typed in the address keeps its box


def test_a_decipher_syndrome_has_a_learn_more_link_like_the_others(client, text_of):
    # DECIPHER pages were the only ones without a "Learn more" section
    body = text_of(client.get("/disease/DECIPHER:17/", follow=True))
    section = re.search(r'<section class="learn-more".*?</section>', body, re.S).group(0)
    assert 'href="https://www.deciphergenomics.org/syndrome/17"' in section and ">DECIPHER</a>" in section


def test_a_similar_disease_with_the_pages_own_name_says_it_is_another_sources_entry(client, text_of):
    # Sotos syndrome (DECIPHER:17) listed "Sotos syndrome ORPHA:821" as a similar disease with
    # no word on why a disease resembles itself
    body = text_of(client.get("/disease/DECIPHER:17/", follow=True))
    similar = re.search(r'<ol class="related">.*?</ol>', body, re.S).group(0)
    row = re.search(r"<li><a [^>]*>Sotos syndrome</a> <span class=\"id\">ORPHA:821</span>[^<]*<span[^>]*>([^<]*)</span>",
                    similar)
    assert row and row.group(1) == "(same name: Orphanet's entry, kept separate in the HPO annotations)"
    assert similar.count("same name:") == 1  # only that one
