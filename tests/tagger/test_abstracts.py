"""Abstracts and case reports: forms of words, lists and joins of clinical prose.

Each test reads a short abstract written for it in the style of a published one (longer
than the 280 characters under which a text is read as a patient's line)."""

from __future__ import annotations

from collections import Counter

from raremap.engine.tagger.morphology import noun_adjectives

HYPOTONIA = "HP:0001252"
SCOLIOSIS = "HP:0002650"
KYPHOSIS = "HP:0002808"
SEIZURE = "HP:0001250"
MICROCEPHALY = "HP:0000252"
FACIAL_HYPOTONIA = "HP:0000297"
NARROW_PHILTRUM = "HP:0011829"
LONG_PHILTRUM = "HP:0000343"
THIN_UPPER_LIP = "HP:0000219"
PROGRESSIVE_PTOSIS = "HP:0007838"
BILATERAL_PTOSIS = "HP:0001488"
HYPOPIGMENTED_MACULE = "HP:0020073"
HYPERMELANOTIC_MACULE = "HP:0001034"
HYPOPIGMENTATION_OF_SKIN = "HP:0001010"
HYPERPIGMENTATION_OF_SKIN = "HP:0000953"
GLOBAL_DEVELOPMENTAL_DELAY = "HP:0001263"
PANCREATIC_FIBROSIS = "HP:0100732"
PANCREATIC_CYSTS = "HP:0001737"
EXOCRINE_PANCREATIC_INSUFFICIENCY = "HP:0001738"
RENAL_CYST = "HP:0000107"
HEPATIC_CYSTS = "HP:0001407"
COLLECTIONISM = "HP:0030212"

FRAME = ("We describe a family followed in our clinic for several years. {} Molecular analysis "
         "of the candidate gene was performed in all affected and unaffected members, and the "
         "results are discussed together with the cases reported before.")


def found(tagger, *sentences: str) -> set[str]:
    text = FRAME.format(" ".join(sentences))
    assert len(text) > 280
    result = tagger.tag(text)
    return {t.hpo for t in result.terms} | {t.hpo for t in result.relatives}


def test_adjectives_made_from_nouns_of_the_names():
    uses = Counter({"scoliosis": 5, "epilepsy": 3, "hypotonia": 9, "edema": 6, "angiography": 2,
                    "numerous": 4, "lipoma": 3, "tragus": 4, "rare": 1})
    pairs = noun_adjectives(uses, frozenset({"tragic"}))
    assert pairs["scoliotic"] == "scoliosis"
    assert pairs["epileptic"] == "epilepsy"
    assert pairs["hypotonic"] == "hypotonia"
    assert pairs["edematous"] == "edema"
    assert "angiographic" not in pairs  # the adjective of a method, not of a finding
    assert "lipomatous" not in pairs  # "hemangiomatous clefts" are clefts, not a tumour
    assert "tragic" not in pairs  # refused: not about the tragus
    assert not any(noun == "rare" for noun in pairs.values())  # a word of one name only


def test_a_finding_written_as_an_adjective_is_found(tagger):
    hpo = found(tagger, "The proband was hypotonic, microcephalic and epileptic from infancy.",
                "Two of her brothers were scoliotic and one was also kyphotic.")
    assert {HYPOTONIA, MICROCEPHALY, SEIZURE, SCOLIOSIS, KYPHOSIS} <= hpo
    assert FACIAL_HYPOTONIA not in hpo


def test_a_match_adds_nothing_when_better_ones_explain_all_its_words(tagger):
    hpo = found(tagger, "Facial dysmorphism included a long philtrum and thin upper lip.",
                "The patients had progressive external ophthalmoplegia with bilateral ptosis.")
    assert {LONG_PHILTRUM, THIN_UPPER_LIP, BILATERAL_PTOSIS} <= hpo
    assert NARROW_PHILTRUM not in hpo  # "philtrum and thin" read backwards
    assert PROGRESSIVE_PTOSIS not in hpo


def test_a_prefix_left_hanging_before_and_takes_the_rest_of_the_next_word(tagger):
    hpo = found(tagger, "The proband had hypo- and hyperpigmented macules on the trunk.")
    assert {HYPOPIGMENTED_MACULE, HYPERMELANOTIC_MACULE} <= hpo
    hpo = found(tagger, "Her brother showed hyper- and hypopigmentation of the skin.")
    assert {HYPOPIGMENTATION_OF_SKIN, HYPERPIGMENTATION_OF_SKIN} <= hpo


def test_a_graded_synonym_without_its_grade_names_the_parent(tagger):
    # hp.obo has "Psychomotor retardation, mild" under Mild global developmental delay only
    hpo = found(tagger, "The girl showed psychomotor retardation and autistic features.")
    assert GLOBAL_DEVELOPMENTAL_DELAY in hpo


def test_a_match_does_not_span_a_word_that_joins_two_findings(tagger):
    hpo = found(tagger, "Mutations in the gene cause cystic fibrosis with pancreatic insufficiency.")
    assert EXOCRINE_PANCREATIC_INSUFFICIENCY in hpo
    assert not {PANCREATIC_FIBROSIS, PANCREATIC_CYSTS} & hpo
    hpo = found(tagger, "Renal and hepatic cysts were found in three patients.")
    assert {RENAL_CYST, HEPATIC_CYSTS} <= hpo  # a list still shares its head word


def test_collecting_is_not_collectionism(tagger):
    hpo = found(tagger, "Ultrasound showed malformations of the kidney or collecting system.")
    assert COLLECTIONISM not in hpo


def test_defects_and_malignancies_in_clinical_prose(tagger):
    hpo = found(tagger, "Eye defects were seen in three patients.",
                "The others developed multiple malignancies at a young age.")
    assert {"HP:0000478", "HP:0002664"} <= hpo  # Abnormality of the eye, Neoplasm


def test_on_a_tie_the_entry_with_no_unread_words_wins(tagger):
    # "Very low visual acuity" reads as "low visual acuity" once "very" is left out
    hpo = found(tagger, "Decreased visual acuity and night blindness started in adolescence.")
    assert "HP:0007663" in hpo  # Reduced visual acuity (synonym: Decreased visual acuity)
    assert "HP:0032122" not in hpo  # Very low visual acuity


def test_each_item_of_a_list_keeps_the_shared_head_words(tagger):
    hpo = found(tagger, "Three of five patients had atrial and ventricular septal defects.")
    assert {"HP:0001631", "HP:0001629"} <= hpo  # Atrial and Ventricular septal defect


def test_a_lay_expression_is_read_whole_in_clinical_prose(tagger):
    hpo = found(tagger, "Charcot-Marie-Tooth disease causes distal muscle weakness and atrophy.")
    assert "HP:0002460" in hpo  # Distal muscle weakness
    assert "HP:0003198" not in hpo  # Myopathy ("muscle disease", words far apart)


def test_laboratory_findings_in_serum_and_plasma(tagger):
    hpo = found(tagger, "She had high blood glucose and decreased serum calcium levels.",
                "Laboratory tests also showed increased plasma ammonia.")
    assert {"HP:0003074", "HP:0002901", "HP:0001987"} <= hpo  # hyperglycemia, hypocalcemia, hyperammonemia
    assert "HP:0003072" not in hpo  # no hypercalcemia from "high … calcium"


def test_the_adjective_of_the_pancreas(tagger):
    hpo = found(tagger, "In addition to the renal cysts, some patients have cysts in the pancreas.")
    assert {"HP:0000107", "HP:0001737"} <= hpo  # Renal cyst, Pancreatic cysts


def test_denials_in_clinical_style(tagger):
    text = FRAME.format("Seizures were not observed in any patient. Hepatomegaly was absent, and "
                        "the spleen was normal. There was no evidence of retinopathy. Absent "
                        "thumbs were seen in two brothers. Scoliosis was present in one.")
    denied = {t.hpo: t.negated for t in tagger.tag(text).terms}
    assert denied["HP:0001250"] and denied["HP:0002240"]  # Seizure, Hepatomegaly
    assert denied["HP:0000488"]  # Retinopathy
    assert not denied["HP:0009777"]  # Absent thumb: the word is the finding
    assert not denied["HP:0002650"]  # Scoliosis


def test_a_denial_between_the_words_of_a_match_denies_it(tagger):
    result = tagger.tag("Cardiac examination did not reveal any murmur.")
    murmur = [t for t in result.terms if t.hpo == "HP:0030148"]  # Heart murmur
    assert murmur and murmur[0].negated


def test_modifiers_joined_by_commas_share_their_head(tagger):
    hpo = found(tagger, "The boy had low-set, posteriorly rotated ears and a short, broad neck.")
    assert {"HP:0000369", "HP:0000358", "HP:0000470", "HP:0000475"} <= hpo  # Low-set and
    # Posteriorly rotated ears, Short and Broad neck
    hpo = found(tagger, "Features were microcephaly, short stature, seizures and hypotonia.")
    assert hpo >= {MICROCEPHALY, "HP:0004322", SEIZURE, HYPOTONIA}
    assert len(hpo) == 4  # a list of findings gives nothing more
