"""One row per symptom on a disease page, even when a merged disease (an Orphanet/OMIM
pair) annotates the same term once per source."""

from collections import Counter

from raremap.answers import answer
from raremap.engine.published.feature_counts import published_counts
from raremap.knowledge.feature_rows import COHORT, by_term, how_often, support
from raremap.knowledge.frequency import parse_frequency
from raremap.knowledge.model import Annotation
from raremap.knowledge.pages import disease_page, term_diseases

KBG = "ORPHA:2332"  # merged with OMIM:148050
ANTEVERTED_NARES = "HP:0000463"  # Orphanet 30%-79%, OMIM 7 of 7


def _a(raw: str, source: str = "OMIM:1", sex: str | None = None) -> Annotation:
    return Annotation("HP:0000463", "Anteverted nares", "P", parse_frequency(raw), sex=sex, source_id=source)


def _features(page: dict) -> list[dict]:
    return [f for band in page["bands"] for f in band["features"]]


def test_the_best_supported_estimate_places_a_symptom():
    term, small, large = _a("HP:0040282", "ORPHA:1"), _a("7/7"), _a(f"{COHORT}/{COHORT}")
    unknown = _a("")
    assert support(term) > support(small) > support(unknown)  # a curated band beats a case series
    assert support(large) > support(term)  # a count over a cohort beats a band term
    assert support(_a("9/10")) > support(_a("3/3"))  # between counts, more people
    assert support(_a("HP:0040281")) > support(_a("HP:0040282"))  # disagreeing bands: the commoner
    [rows] = by_term([small, unknown, term])
    assert rows == [term, small, unknown]


def test_how_often_names_every_source_when_a_page_has_several():
    rows = [_a("HP:0040282", "ORPHA:1"), _a("7/7", "OMIM:1")]
    assert how_often(rows, labelled=True) == "Orphanet: 30%-79% of people; OMIM: 7 of 7 people (100%)"
    assert how_often(rows[:1], labelled=False) == "30%-79% of people"
    assert how_often(rows, labelled=True, prose=True) == (
        "30%-79% of people according to Orphanet; 7 of 7 people (100%) according to OMIM")
    by_sex = [_a("1/2", sex="MALE"), _a("2/2", sex="FEMALE")]
    assert how_often(by_sex, labelled=False) == "In males: 1 of 2 people (50%); In females: 2 of 2 people (100%)"


def test_a_merged_disease_shows_each_symptom_once(kb):
    page = disease_page(kb, KBG)
    disease = kb.disease(KBG)
    ids = [f["hpo_id"] for f in _features(page)]
    present = {a.hpo_id for a in disease.phenotypes if not a.is_absent}
    assert len([a for a in disease.phenotypes if not a.is_absent]) > len(present)  # the sources overlap
    assert sorted(ids) == sorted(present)  # each term once, none lost
    assert page["feature_count"] == len(present)
    [nares] = [f for f in _features(page) if f["hpo_id"] == ANTEVERTED_NARES]
    assert {(x["source"], x["frequency"]) for x in nares["frequencies"]} == {
        ("Orphanet", "30%-79% of people"), ("OMIM", "7 of 7 people (100%)")}
    assert nares["how_often"] == "Orphanet: 30%-79% of people; OMIM: 7 of 7 people (100%)"
    band = next(b["band"] for b in page["bands"] if nares in b["features"])
    assert band == "frequent"  # Orphanet's band beats a count over 7 people
    # Body systems count each term once.
    assert max(s["count"] for s in page["systems"]) <= len(present)


def test_a_count_over_a_cohort_places_the_symptom(kb):
    page = disease_page(kb, "ORPHA:586")  # cystic fibrosis: Orphanet 80%-99%, OMIM 77 of 77
    obligate = next(b for b in page["bands"] if b["band"] == "obligate")
    [sweat] = [f for f in obligate["features"] if f["name"] == "Elevated sweat chloride"]
    assert sweat["frequency_raw"] == "77/77" and len(sweat["frequencies"]) == 2


def test_the_absent_list_names_each_term_once(kb):
    page = disease_page(kb, "OMIM:609192")  # two sources record HP:0001631 as absent
    ids = [f["hpo_id"] for f in page["absent"]]
    assert "HP:0001631" in ids and len(ids) == len(set(ids))


def test_a_term_page_lists_a_merged_disease_once(kb):
    rows = term_diseases(kb, ANTEVERTED_NARES)
    ids = [r["id"] for r in rows]
    assert ids.count(KBG) == 1 and len(ids) == len(set(ids))


def test_the_symptoms_answer_and_published_patients_count_each_symptom_once(kb):
    a = answer(kb, KBG, "symptoms")
    names = Counter(s.text.split(":")[0] for sec in a.sections[:-1] for s in sec.statements)
    assert names and max(names.values()) == 1
    assert f"lists {len(_features(disease_page(kb, KBG)))} features" in a.tldr.text
    counts = published_counts(kb, KBG)
    if counts:  # the published section is in the artifact
        ids = [f["hpo_id"] for f in counts["features"]]
        assert len(ids) == len(set(ids))
