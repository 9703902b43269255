"""Clinical prose: findings written in shortened or measured forms (issue 15, point 2).

Each text is an abstract-style sentence written for the test, put in the frame of
``test_abstracts`` so that it is read as clinical prose (longer than 280 characters)."""

from __future__ import annotations

from collections import Counter

from raremap.engine.tagger.morphology import noun_adjectives
from tests.tagger.test_abstracts import found

UPPER_LIMB_SPASTICITY = "HP:0006986"
LOWER_LIMB_SPASTICITY = "HP:0002061"
UPPER_LIMB_WEAKNESS = "HP:0003484"
LOWER_LIMB_WEAKNESS = "HP:0007340"


def test_an_item_borrows_the_rest_of_a_phrase_after_and(tagger):
    # "lower limb" is one phrase (the leg): "upper" takes its "limb" too
    hpo = found(tagger, "Upper and lower limb spasticity developed during the second decade.")
    assert {UPPER_LIMB_SPASTICITY, LOWER_LIMB_SPASTICITY} <= hpo
    hpo = found(tagger, "Examination showed weakness of the upper and lower limbs in both brothers.")
    assert {UPPER_LIMB_WEAKNESS, LOWER_LIMB_WEAKNESS} <= hpo


def test_a_phrase_not_shared_by_a_list_stays_as_written(tagger):
    # "upper" is not an item of "lower limb" here: no list joins them
    hpo = found(tagger, "The upper lip was thin, and lower limb spasticity developed later.")
    assert UPPER_LIMB_SPASTICITY not in hpo
    assert LOWER_LIMB_SPASTICITY in hpo


JOINT_HYPERMOBILITY = "HP:0001382"
RETINAL_ARTERIAL_TORTUOSITY = "HP:0000631"


def test_adjectives_the_stemmer_parts_from_their_nouns():
    uses = Counter({"hypermobility": 6, "tortuosity": 9, "fragility": 3, "mobility": 1})
    pairs = noun_adjectives(uses, frozenset({"fragile"}))
    assert pairs["hypermobile"] == "hypermobility"
    assert pairs["tortuous"] == "tortuosity"
    assert "fragile" not in pairs  # refused
    assert "mobile" not in pairs  # a noun of one name only


def test_hypermobile_joints_and_tortuous_arteries(tagger):
    hpo = found(tagger, "Her joints were hypermobile and the retinal arteries were tortuous.")
    assert {JOINT_HYPERMOBILITY, RETINAL_ARTERIAL_TORTUOSITY} <= hpo


SENSORINEURAL = "HP:0000407"
ABNORMAL_HEART = "HP:0001627"
TETRALOGY = "HP:0001636"
ROD_CONE = "HP:0000510"


def test_short_forms_papers_use_without_defining_them(tagger):
    hpo = found(tagger, "SNHL was found in three, CHD in two, and one boy had TOF and RP.")
    assert {SENSORINEURAL, ABNORMAL_HEART, TETRALOGY, ROD_CONE} <= hpo


def test_a_short_form_defined_as_something_else_keeps_its_definition(tagger):
    hpo = found(tagger, "Coronary heart disease (CHD) was common in the fathers; CHD was treated.",
                "The clone RP11-88G17 spans the breakpoint.")
    assert ABNORMAL_HEART not in hpo
    assert ROD_CONE not in hpo  # part of a clone's name


COLON_CANCER = "HP:0003003"
COLORECTAL_POLYPOSIS = "HP:0200063"


def test_colorectal_names_the_colon(tagger):
    assert COLON_CANCER in found(tagger, "Colorectal cancer developed in twelve carriers before fifty.")
    # the word as written still reaches the names that use it
    assert COLORECTAL_POLYPOSIS in found(tagger, "Colorectal polyposis was found at colonoscopy in the father.")


UPPER_EYELID_EDEMA = "HP:0012724"
LOWER_EYELID_EDEMA = "HP:0012568"


def test_a_noun_after_the_last_item_of_a_list_after_of_is_every_items(tagger):
    hpo = found(tagger, "Examination showed oedema of the upper and lower eyelids in the morning.")
    assert {UPPER_EYELID_EDEMA, LOWER_EYELID_EDEMA} <= hpo


DEPRESSED_NASAL_BRIDGE = "HP:0005280"
WIDE_NASAL_BRIDGE = "HP:0000431"
CEREBRAL_HEMORRHAGE = "HP:0001342"


def test_the_subject_of_was_is_each_joined_predicates(tagger):
    hpo = found(tagger, "On examination the nasal bridge was flat and broad, and the ears were normal.")
    assert {DEPRESSED_NASAL_BRIDGE, WIDE_NASAL_BRIDGE} <= hpo


def test_a_passive_verb_and_its_objects_are_no_predicates(tagger):
    hpo = found(tagger, "Hereditary hemorrhagic telangiectasia is characterised by malformations of the brain.",
                "Pulmonary shunts were associated with stroke.")
    assert CEREBRAL_HEMORRHAGE not in hpo


HEPATOMEGALY = "HP:0002240"
SPLENOMEGALY = "HP:0001744"
BRACHYDACTYLY = "HP:0001156"
CLEFT_PALATE = "HP:0000175"


def test_a_first_part_left_hanging_takes_the_ending_of_the_next_word(tagger):
    hpo = found(tagger, "The boy had hepato- and splenomegaly, and brachy- and syndactyly of both hands.")
    assert {HEPATOMEGALY, SPLENOMEGALY, BRACHYDACTYLY} <= hpo


def test_with_or_without_denies_nothing(tagger):
    result = tagger.tag(("Cleft lip with or without cleft palate is the most common facial malformation "
                         "seen in the clinic of the hospital. ") * 3)
    palate = [t for t in result.terms if t.hpo == CLEFT_PALATE]
    assert palate and not palate[0].negated
