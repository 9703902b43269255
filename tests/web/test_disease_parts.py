import re

import pytest

from raremap.knowledge.pages import disease_page, term_diseases
from raremap.web.pages import disease_parts as parts_module
from raremap.web.pages.disease_parts import disease_parts
from raremap.web.pages.term_rows import term_rows


def test_parts_are_computed_once_and_match_the_core_page(kb):
    kb.derived.forget(parts_module.DERIVED_NAME)
    first = disease_parts(kb, "ORPHA:2905")
    assert disease_parts(kb, "ORPHA:2905") is first
    assert kb.derived.kept(parts_module.DERIVED_NAME) == ["ORPHA:2905"]
    assert first["page"] == disease_page(kb, "ORPHA:2905")
    assert "Polyneuropathy" in first["symptom_rows"]


def test_term_rows_sort_by_band_or_name_and_carry_urls(kb):
    by_band = term_rows(kb, "HP:0003401", "band")
    assert [r["id"] for r in by_band] == [r["id"] for r in term_diseases(kb, "HP:0003401")]
    assert all(r["url"].startswith(f"/disease/{r['id']}/") for r in by_band)
    by_name = term_rows(kb, "HP:0003401", "name")
    assert sorted(r["id"] for r in by_name) == sorted(r["id"] for r in by_band)
    assert [r["name"].lower() for r in by_name] == sorted(r["name"].lower() for r in by_name)
    assert term_rows(kb, "HP:0003401", "name") is by_name


@pytest.mark.parametrize("disease_id", ["ORPHA:558", "OMIM:212790", "DECIPHER:62"])
def test_the_on_this_page_links_each_lead_to_a_section_of_the_page(client, disease_id):
    # Marfan syndrome's page is about thirty phone screens long: its later sections are a
    # jump away; a small page lists only the sections it has.
    body = client.get(f"/disease/{disease_id}/", follow=True).content.decode()
    nav = body.split('<nav class="on-this-page"', 1)[1].split("</nav>", 1)[0]
    targets = re.findall(r'href="#([a-z-]+)"', nav)
    assert {"q-title", "sym-title", "community-title", "src-title"} <= set(targets)
    for target in targets:
        assert body.count(f'id="{target}"') == 1, target
    assert ("pub-title" in targets) == ('id="pub-title"' in body)
