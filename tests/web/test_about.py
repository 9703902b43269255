"""The About page names every source compiled into the knowledge base, as the API does."""

import re


def test_about_attributes_every_source_the_api_lists(client, text_of):
    sources = client.get("/api/v1/sources").json()
    names = {s["name"] for s in sources}
    assert {"Human Phenotype Ontology", "Orphanet", "MONDO", "phenopacket-store"} <= names
    body = text_of(client.get("/about/"))
    for s in sources:
        assert f'rel="external">{s["name"]}</a>, release {s["release"]}. Licence: {s["licence"]}.' in body
        assert s["attribution"].replace("'", "&#x27;") in body
    assert body.count("CC BY 4.0") >= 2
    assert 'href="/browse/"' in body


def test_about_explains_the_frequency_groups_that_disease_pages_use(client, kb, text_of):
    from raremap.knowledge.pages import disease_page

    body = text_of(client.get("/about/"))
    assert '<h2 id="how-often">' in body
    assert "<strong>Very frequent</strong>: in 80%-99% of people with the disease" in body
    assert "HP:0040281" in body and "<strong>Frequency not recorded</strong>" in body
    # Every heading a disease page shows starts with a group the About page explains.
    groups = re.findall(r"<li><strong>([^<]+)</strong>", body)
    for disease_id in ("ORPHA:2905", "ORPHA:558"):
        for band in disease_page(kb, disease_id)["bands"]:
            assert any(band["heading"].startswith(g) for g in groups), band["heading"]
    assert 'href="/about/#how-often"' in text_of(client.get("/disease/ORPHA:2905/"))


def test_about_says_what_the_answers_and_the_checker_draw_on(client, text_of):
    body = text_of(client.get("/about/"))
    assert "composed from the same HPO and Orphanet facts for every disease" in body
    assert "names the data sets it was compiled from" in body
    assert "by default, how closely you resemble the patients phenopacket-store's publications describe" in body
