"""Everyday names shown beside a term: each variant once, no outdated stigmatising names;
every layperson synonym stays in the term for search."""

from raremap.knowledge.lay_names import OUTDATED_WORDS, is_outdated, shown_lay_names, variant_key
from raremap.knowledge.model import Synonym, Term
from raremap.knowledge.pages import disease_page, term_page

INTELLECTUAL_DISABILITY = "HP:0001249"


def test_variants_differing_in_punctuation_case_order_or_plural_collapse():
    assert variant_key("Nasal tip, upturned") == variant_key("upturned nasal tip")
    assert variant_key("Mental-retardation") == variant_key("Mental retardation")
    assert variant_key("Short palms") == variant_key("Short palm")
    assert variant_key("Short palm") != variant_key("Short hand")
    assert shown_lay_names("Short palm", ["Short hands", "Short palms", "Short Hand"]) == ["Short hands"]
    # The natural order beats an inverted, comma form.
    assert shown_lay_names("Anteverted nares", ["Nasal tip, upturned", "Upturned nasal tip"]) == ["Upturned nasal tip"]


def test_outdated_words_are_whole_words():
    assert is_outdated("Mental retardation, nonspecific") and is_outdated("Harelip")
    assert not is_outdated("Dumbbell-shaped long bone")
    assert {"retardation", "retarded", "mongolism", "cretinism", "idiocy"} <= OUTDATED_WORDS


def test_a_term_keeps_every_synonym_but_shows_a_clean_list():
    t = Term("HP:1", "Intellectual disability", synonyms=(
        Synonym("Mental retardation", kind="layperson"), Synonym("Mental-retardation", kind="layperson"),
        Synonym("Low intelligence", kind="layperson"), Synonym("Low Intelligence", "RELATED", "layperson")))
    assert t.lay_names == ["Low intelligence"]
    assert len([s for s in t.synonyms if s.is_layperson]) == 4


def test_intellectual_disability_on_the_real_release(kb):
    term = kb.ontology.term(INTELLECTUAL_DISABILITY)
    assert term.lay_names == ["Mental deficiency", "Low intelligence", "Poor school performance"]
    assert "Mental retardation" in [s.text for s in term.synonyms]  # kept for search
    assert kb.search("mental retardation", limit=3)[0].id == INTELLECTUAL_DISABILITY
    page = term_page(kb, INTELLECTUAL_DISABILITY)
    assert page["lay_names"] == term.lay_names
    [feature] = [f for b in disease_page(kb, "ORPHA:2332")["bands"] for f in b["features"]
                 if f["hpo_id"] == INTELLECTUAL_DISABILITY]
    assert feature["lay_names"] == term.lay_names and "Mental retardation" in feature["search_names"]


def test_no_shown_lay_name_repeats_a_variant_or_an_outdated_word(kb):
    ont = kb.ontology
    for hpo_id in ont.ids:
        term = ont.term(hpo_id)
        shown = term.lay_names
        keys = [variant_key(x) for x in shown]
        assert len(keys) == len(set(keys)) and variant_key(term.name) not in keys, hpo_id
        assert not any(is_outdated(x) for x in shown), hpo_id


def test_other_names_are_exact_synonyms_without_hidden_types_variants_or_near_repeats():
    t = Term("HP:1", "Atrial septal defect", synonyms=(
        Synonym("Hole in heart wall", kind="layperson"),
        Synonym("ASD", kind="abbreviation"),
        Synonym("Atria septal defect"),                      # a letter off the name
        Synonym("Defect in the atrial septum"),
        Synonym("Septal defect, atrial"),                    # the name in another order
        Synonym("Atrial septal defects", kind="plural_form"),
        Synonym("Old name", kind="obsolete_synonym"),
        Synonym("Hole in the heart", "RELATED"),             # not EXACT
        Synonym("monoallelic_autosomal"),                    # a code, whatever its type
        Synonym("Retarded septum"),                          # an outdated word
        Synonym("Defect of the atrial septum"),              # near the one kept before it
    ))
    assert t.other_names == ["ASD", "Defect in the atrial septum"]
    assert "other_names" in t.to_dict()


def test_other_names_on_the_real_release(kb):
    # Atrial septal defect: "Atria septal defect" and "Atrial septum defect" only respell the name.
    assert kb.ontology.term("HP:0001631").other_names == ["ASD", "Atrioseptal defect", "Defect in the atrial septum"]
    # Autosomal dominant inheritance: its allelic-requirement code is not a name.
    assert kb.ontology.term("HP:0000006").other_names == ["Autosomal dominant"]
    # Intellectual disability: its outdated exact synonyms are left out.
    assert kb.ontology.term(INTELLECTUAL_DISABILITY).other_names == ["Nonprogressive intellectual disability"]
    assert term_page(kb, "HP:0001631")["other_names"] == ["ASD", "Atrioseptal defect", "Defect in the atrial septum"]


def test_no_other_name_is_obsolete_a_variant_or_a_shown_lay_name(kb):
    ont = kb.ontology
    for hpo_id in ont.ids:
        term = ont.term(hpo_id)
        hidden = {s.text for s in term.synonyms if s.kind in ("obsolete_synonym", "plural_form", "uk_spelling")}
        keys = [variant_key(x) for x in (term.name, *term.lay_names, *term.other_names)]
        assert len(keys) == len(set(keys)), hpo_id
        assert not hidden & set(term.other_names), hpo_id
