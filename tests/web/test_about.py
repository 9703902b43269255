"""The About page names every source compiled into the knowledge base, as the API does."""


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
