"""The plain-language summary (raremap.answers.summary), on real pages and on small
hand-made page objects where one fact at a time is present or missing."""

from raremap.answers.inheritance import IN_BRIEF
from raremap.answers.summary import ONSET_WORDS, SYSTEM_WORDS, summarise
from raremap.knowledge.pages import disease_page


def page(**changes) -> dict:
    """A page object with one obligate symptom, nothing else recorded."""
    base = {
        "id": "ORPHA:1", "name": "Example disease", "hpo_release": "2025-01-16", "feature_count": 1,
        "systems": [{"hpo_id": "HP:0000707", "name": "Abnormality of the nervous system", "count": 1}],
        "bands": [{"band": "obligate", "range": "100%", "heading": "Always present (100% of people)", "features": [
            {"hpo_id": "HP:0001271", "name": "Polyneuropathy", "lay_names": ["Peripheral nerve disease"]}]}],
        "inheritance": [], "onset": [],
    }
    return base | changes


def test_poems_summary_names_its_systems_and_key_features(kb):
    s = summarise(disease_page(kb, "ORPHA:2905"))
    assert s["kind"].startswith("POEMS syndrome is a condition whose 51 recorded symptoms touch")
    # Led by the heading of its group on the page, in the page's own words.
    assert "Always present (100% of people): polyneuropathy (peripheral nerve disease)." in s["features"]
    assert "hypogonadism (decreased activity of gonads)" in s["features"]
    assert "2025-01-16" in s["provenance"] and "not reviewed" in s["provenance"]


def test_missing_inheritance_and_onset_are_said_to_be_missing_not_guessed():
    s = summarise(page())
    assert s["inheritance"] == "How it is inherited, or whether it is inherited at all, is not recorded in this HPO release."
    assert s["onset"] == "The age at which symptoms usually begin is not recorded in this HPO release."


def test_one_mode_of_inheritance_is_explained_in_plain_words():
    s = summarise(page(inheritance=[{"hpo_id": "HP:0000007", "name": "Autosomal recessive inheritance"}]))
    assert s["inheritance"] == f"Its recorded inheritance is {IN_BRIEF['HP:0000007']}."


def test_an_unexplained_mode_falls_back_to_its_hpo_name():
    s = summarise(page(inheritance=[{"hpo_id": "HP:0034338", "name": "Imprinted"}]))
    assert s["inheritance"] == "Its recorded inheritance is imprinted."


def test_several_onsets_are_listed_youngest_first():
    s = summarise(page(onset=[{"hpo_id": "HP:0003581", "name": "Adult onset"},
                              {"hpo_id": "HP:0003593", "name": "Infantile onset"}]))
    assert s["onset"] == (f"Symptoms are recorded as beginning at different ages: "
                          f"{ONSET_WORDS['HP:0003593']}; {ONSET_WORDS['HP:0003581']}.")


def test_acronyms_keep_their_capitals():
    feature = {"hpo_id": "HP:0000001", "name": "IgA deposition", "lay_names": []}
    s = summarise(page(bands=[{"band": "very-frequent", "range": "80%-99%",
                               "heading": "Very frequent (80%-99% of people)", "features": [feature]}]))
    assert s["features"] == "Very frequent (80%-99% of people): IgA deposition."


def test_without_frequent_features_the_commonest_band_is_named():
    features = [{"hpo_id": "HP:0000001", "name": "Drusen", "lay_names": []}]
    s = summarise(page(bands=[{"band": "occasional", "range": "5%-29%", "features": features}]))
    assert "seen in 5%-29% of people, are drusen." in s["features"]
    counted = {"band": "occasional", "range": "5%-29%", "from_case_counts": True, "features": features}
    assert "seen in 5%-29% of the people reported so far, are drusen." in summarise(page(bands=[counted]))["features"]


def test_key_features_are_capped_with_a_count_of_the_rest():
    features = [{"hpo_id": f"HP:{i:07d}", "name": f"Sign {i}", "lay_names": []} for i in range(12)]
    s = summarise(page(feature_count=12, bands=[{"band": "obligate", "range": "100%",
                                                 "heading": "Always present (100% of people)", "features": features}]))
    assert s["features"].endswith("sign 7 and 4 more.")


def test_no_symptoms_at_all():
    s = summarise(page(feature_count=0, bands=[], systems=[]))
    assert "records no symptoms" in s["kind"]
    assert s["features"] == "No symptoms are recorded for it in this HPO release."


def test_every_system_and_mode_word_is_keyed_by_a_real_term(kb):
    ont = kb.ontology
    assert set(SYSTEM_WORDS) == set(ont.children("HP:0000118"))
    assert all(ont.is_a(t, "HP:0000005") for t in IN_BRIEF)
    assert all(ont.is_a(t, "HP:0003674") for t in ONSET_WORDS)


def test_summaries_of_a_sample_of_diseases_are_whole_sentences(kb):
    for did in kb.diseases.ids[::250]:
        for text in summarise(disease_page(kb, did)).values():
            assert text and (text[0].isupper() or text[0].isdigit()) and text.endswith("."), (did, text)


def test_symptoms_without_a_frequency_are_counted():
    frequent = {"band": "very-frequent", "range": "80%-99%", "heading": "Very frequent (80%-99% of people)", "features": [
        {"hpo_id": "HP:0000001", "name": "Dural ectasia", "lay_names": []}]}
    unknown = {"band": "unknown", "range": "", "features": [
        {"hpo_id": f"HP:{i:07d}", "name": f"Sign {i}", "lay_names": []} for i in range(3)]}
    s = summarise(page(feature_count=4, bands=[frequent, unknown]))
    assert s["features"] == ("Very frequent (80%-99% of people): dural ectasia. "
                             "For 3 of its 4 symptoms, how often they occur is not recorded.")


def test_key_features_leave_out_a_term_named_more_specifically_beside_it(kb):
    # POEMS syndrome's very frequent features include Hypogonadism and the broader
    # "Abnormality of the endocrine system"; the table lists both, the summary the first.
    p = disease_page(kb, "ORPHA:2905")
    plain = summarise(p)["features"]
    assert "abnormality of the endocrine system" in plain
    s = summarise(p, kb.ontology.ancestors)["features"]
    assert "hypogonadism (decreased activity of gonads)" in s and "abnormality of the endocrine system" not in s
    assert "Always present (100% of people): polyneuropathy" in s


def test_a_band_whose_terms_all_lie_above_the_other_is_left_out():
    nerve = {"hpo_id": "HP:0000707", "name": "Abnormality of the nervous system", "lay_names": []}
    p = page(bands=[*page()["bands"], {"band": "very-frequent", "range": "80%-99%",
                                       "heading": "Very frequent (80%-99% of people)", "features": [nerve]}])
    ancestors = {"HP:0001271": {"HP:0000707", "HP:0000118"}, "HP:0000707": {"HP:0000118"}}.__getitem__
    s = summarise(p, ancestors)["features"]
    assert s == "Always present (100% of people): polyneuropathy (peripheral nerve disease)."
