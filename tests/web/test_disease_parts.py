from raremap.knowledge.pages import disease_page
from raremap.web.pages import disease_parts as parts_module
from raremap.web.pages.disease_parts import disease_parts, forget_all


def test_parts_are_computed_once_and_match_the_core_page(kb):
    forget_all()
    first = disease_parts(kb, "ORPHA:2905")
    assert disease_parts(kb, "ORPHA:2905") is first
    assert first["page"] == disease_page(kb, "ORPHA:2905")
    assert "Polyneuropathy" in first["symptom_rows"]


def test_the_kept_pages_are_bounded_least_recently_used_first(kb, monkeypatch):
    forget_all()
    monkeypatch.setattr(parts_module, "MAX_KEPT", 2)
    a = disease_parts(kb, "ORPHA:2905")
    disease_parts(kb, "OMIM:154700")
    disease_parts(kb, "ORPHA:2905")  # used again: now the most recent
    disease_parts(kb, "OMIM:147791")  # evicts OMIM:154700
    assert disease_parts(kb, "ORPHA:2905") is a
    assert len(parts_module._kept) == 2
    assert (id(kb), "OMIM:154700") not in parts_module._kept
    forget_all()
