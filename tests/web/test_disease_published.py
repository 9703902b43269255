"""A disease page's "In N published patients" section (the counts are tested in
tests/engine/test_published_feature_counts.py; here: what the page shows of them)."""

import re

from raremap.engine.published.feature_counts import published_counts

KBG = "/disease/ORPHA:2332/kbg-syndrome/"


def _section(body: str) -> str:
    found = re.search(r'<section class="published".*?</section>', body, re.S)
    assert found, "no published patients section"
    return found.group(0)


def test_a_disease_with_published_patients_shows_them_beside_the_hpo_frequency(client, kb, text_of):
    r = client.get("/disease/OMIM:148050/", follow=True)  # the OMIM id of the merged page
    assert r.redirect_chain[-1][0] == KBG
    body = text_of(r)
    pp = published_counts(kb, "ORPHA:2332")
    section = _section(body)
    assert f'<h2 id="pub-title">In {pp["patients"]} published patients</h2>' in section
    assert "not a representative sample" in section and "phenopacket-store" in section
    assert "ORPHA:2332 or OMIM:148050" in section
    # Each reported feature is a row: lay names, the HPO frequency, the counts, the HPO id.
    top = pp["features"][0]
    row = re.search(rf'<a href="/term/{top["hpo_id"]}/">{re.escape(top["name"])}</a>.*?</tr>', section).group(0)
    assert top["lay_names"][0] in row and top["frequency"].lower() in row.lower() and top["hpo_id"] in row
    assert f'<strong>{top["observed"]}</strong> of {pp["patients"]} had it' in row
    assert f'absent in {top["excluded"]}' in row
    # Features the annotations do not name: their own group, each row marked.
    extra = re.search(r'<tbody class="band pp-extra">.*?</tbody>', section, re.S).group(0)
    assert "not in the HPO annotations" in extra
    assert extra.count('<tr class="feature">') == len(pp["unannotated"]) == extra.count("Not in the annotations")
    reported = [f for f in pp["features"] if f["observed"] or f["excluded"]]
    assert section.count('<tr class="feature">') == len(reported) + len(pp["unannotated"])
    # Every paper, linked to PubMed; the store's licence and citation.
    for p in pp["publications"]:
        assert f'<a href="{p["url"]}" rel="external">{p["pmid"]}</a>' in section
    assert "BSD-3-Clause" in section and "Danis D" in section
    assert 'href="#pub-title"' in body  # the facts box points at the section
    assert "published.css" in body


def test_a_disease_without_published_patients_has_no_such_section(client, text_of):
    body = text_of(client.get("/disease/ORPHA:2905/poems-syndrome/"))
    main = body.split('<footer class="site-footer"', 1)[0]  # the footer names every data set
    assert 'id="pub-title"' not in body and "phenopacket-store" not in main and "published.css" not in body
