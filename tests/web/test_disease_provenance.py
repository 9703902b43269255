"""The line under "In short" names the data sets the summary rests on, each linked, and
no other: HPO always; Orphanet when its groups, inheritance or onset are used; MONDO
when the page joins two records; a content pack's notes when they are used."""

import re

MARFAN = "ORPHA:558"  # Orphanet groups and inheritance; joins OMIM:154700 through MONDO
POEMS = "ORPHA:2905"  # a content pack's notes


def _provenance(client, text_of, did) -> str:
    body = text_of(client.get(f"/disease/{did}/", follow=True))
    return re.search(r'<p class="provenance">(.*?)</p>', body).group(1)


def _hpo_only(kb) -> str:
    packed = set((kb.section("answers") or {}).get("by_disease", {}))
    for did in kb.diseases.ids:
        d = kb.disease(did)
        if not d.orphanet and len(d.disease_ids) == 1 and did not in packed and d.present_phenotypes:
            return did
    raise AssertionError("the release has no such disease")


def test_a_page_on_orphanet_facts_names_and_links_orphanet_and_mondo(client, kb, text_of):
    line = _provenance(client, text_of, MARFAN)
    assert line.startswith("Composed automatically from ")
    assert re.findall(r'<a href="([^"]+)" rel="external">', line) == [
        "https://hpo.jax.org", "https://www.orpha.net", "https://mondo.monarchinitiative.org"]
    assert f">HPO {kb.release}</a>, " in line and f">{kb.disease(MARFAN).orphanet.source}</a> and " in line
    assert "; not reviewed by a clinician." in line


def test_a_page_from_hpo_alone_names_hpo_alone(client, kb, text_of):
    line = _provenance(client, text_of, _hpo_only(kb))
    assert line.startswith(f'Composed automatically from <a href="https://hpo.jax.org" rel="external">HPO {kb.release}</a>;')
    assert "Orphanet" not in line and "MONDO" not in line


def test_a_page_with_notes_names_them_last(client, text_of):
    line = _provenance(client, text_of, POEMS)
    assert re.search(r"</a> and RareMap notes on POEMS syndrome; not reviewed", line)
