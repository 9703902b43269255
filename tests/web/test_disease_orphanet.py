"""The disease page's side of Orphanet and MONDO: breadcrumbs, canonical address, every id,
prevalence, gene roles, broader/narrower entries, Learn more links, twins never 'similar'."""

import re

from raremap.knowledge.pages import disease_page

MARFAN = "ORPHA:558"
HUNTINGTON = "ORPHA:399"  # Orphanet: HTT disease-causing, SLC2A3 modifying


def _page(client, text_of, did):
    r = client.get(f"/disease/{did}/", follow=True)
    assert r.status_code == 200
    return text_of(r)


def test_twin_id_answers_301_to_the_canonical_page(client):
    r = client.get("/disease/OMIM:154700/")
    assert r.status_code == 301
    assert r["Location"] == "/disease/ORPHA:558/marfan-syndrome/"
    body = client.get(r["Location"]).content.decode()
    assert '<link rel="canonical" href="http://testserver/disease/ORPHA:558/marfan-syndrome/">' in body


def test_every_id_is_shown_with_its_site(client, kb, text_of):
    body = _page(client, text_of, MARFAN)
    ids = re.search(r'<ul class="ids id-list".*?</ul>', body).group(0)
    for i in kb.disease(MARFAN).ids:
        assert f">{i}</a>" in ids
    assert "OMIM:154700</a> <span class=\"muted\">on OMIM</span>" in ids


def test_orphanet_groups_are_breadcrumbs(client, kb, text_of):
    body = _page(client, text_of, MARFAN)
    paths = kb.classification.paths(MARFAN)
    assert paths
    crumbs = " ".join(re.findall(r'<nav class="crumbs".*?</nav>', body))
    assert 'href="/browse/">Browse</a>' in crumbs
    for g in paths[0]:
        assert f'href="/browse/{g.id}/">{g.name}</a>' in crumbs


def test_a_disease_outside_orphanet_links_to_browse(client, text_of):
    body = _page(client, text_of, "OMIM:620851")
    assert '<nav class="crumbs" aria-label="Category"><ol><li><a href="/browse/">Browse by category</a>' in body


def test_prevalence_class_is_in_plain_words(client, kb, text_of):
    did = next(d for d in kb.diseases.ids if d.startswith("ORPHA:") and (o := kb.disease(d).orphanet)
               and o.prevalence and o.prevalence[0].label.startswith("<"))
    facts = re.search(r'<dl class="facts">.*?</dl>', _page(client, text_of, did)).group(0)
    plain = kb.disease(did).orphanet.prevalence[0].plain
    assert plain.startswith("fewer than")
    assert f"{plain[0].upper()}{plain[1:]} <span" in facts and "(point prevalence, Orphanet)" in facts


def test_a_modifier_gene_is_never_shown_as_the_cause(client, kb, text_of):
    genes = {g.symbol: g for g in kb.disease(HUNTINGTON).orphanet.genes}
    assert genes["HTT"].is_cause and not genes["SLC2A3"].is_cause
    facts = re.search(r'<dl class="facts">.*?</dl>', _page(client, text_of, HUNTINGTON)).group(0)
    row = re.search(r'>SLC2A3</a> <span class="gene-role">([^<]*)</span>', facts).group(1)
    assert "modif" in row and "cause" not in row
    assert re.search(r'>HTT</a> <span class="gene-role">causes the disease \(Orphanet', facts)


def test_hpo_and_orphanet_inheritance_side_by_side_under_a_curated_fact(client, kb, text_of):
    # POEMS: the content pack states it; Orphanet's own record is shown beside it.
    facts = re.search(r'<dl class="facts">.*?</dl>', _page(client, text_of, "ORPHA:2905")).group(0)
    inheritance = re.search(r"<dt>Inheritance</dt><dd>.*?</dd>", facts).group(0)
    assert "RareMap notes on POEMS syndrome" in inheritance
    for i in kb.disease("ORPHA:2905").orphanet.inheritance:
        assert "(Orphanet)" in inheritance and i.label.split()[0].lower() in inheritance.lower()


def test_narrower_entries_are_listed_as_subtypes(client, kb, text_of):
    did = next(d for d in kb.diseases.ids if len(kb.disease(d).narrower) >= 2)
    body = _page(client, text_of, did)
    section = re.search(r'<section aria-labelledby="rel-entries-title">.*?</section>', body).group(0)
    assert f"Subtypes ({len(kb.disease(did).narrower)})" in section
    for n in kb.disease(did).narrower:
        assert f'<span class="id">{n}</span>' in section
    sub = kb.disease(did).narrower[0]
    broader = re.search(r'<section aria-labelledby="rel-entries-title">.*?</section>', _page(client, text_of, sub)).group(0)
    assert "Broader:" in broader and f'<span class="id">{did}</span>' in broader


def test_learn_more_with_and_without_a_gard_id(client, kb, text_of):
    with_gard = kb.disease(MARFAN)
    assert with_gard.gard_ids
    section = re.search(r'<section class="learn-more".*?</section>', _page(client, text_of, MARFAN)).group(0)
    for site in ("GARD", "Orphanet", "OMIM", "Monarch Initiative"):
        assert f'rel="external">{site}</a>' in section
    assert "rarediseases.info.nih.gov/diseases/" + with_gard.gard_ids[0].split(":")[1].lstrip("0") in section
    without = next(d for d in kb.diseases.ids if d.startswith("OMIM:") and not kb.disease(d).gard_ids)
    body = _page(client, text_of, without)
    section = re.search(r'<section class="learn-more".*?</section>', body)
    assert "rarediseases.info.nih.gov" not in body
    assert section is None or 'rel="external">GARD</a>' not in section.group(0)
    assert [link["site"] for link in disease_page(kb, without)["learn_more"]][:1] == ["OMIM"]


def test_similar_diseases_never_list_a_twin(client, kb, text_of):
    from raremap.engine.related import related_diseases

    for did in (MARFAN, "ORPHA:98896"):  # Marfan; Duchenne muscular dystrophy
        ids = set(kb.disease(did).ids)
        assert len([i for i in ids if i.startswith(("ORPHA:", "OMIM:"))]) == 2, "a merged twin"
        related = {r["id"] for r in related_diseases(kb, did, limit=50)}
        assert related and not related & ids
        body = _page(client, text_of, did)
        listed = re.search(r'<ol class="related">.*?</ol>', body).group(0)
        assert not any(f'<span class="id">{i}</span>' in listed for i in ids)
