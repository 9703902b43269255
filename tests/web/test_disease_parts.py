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
