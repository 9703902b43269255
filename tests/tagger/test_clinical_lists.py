"""Lists in clinical prose: which words of "A and B" belong together.

Each text is an abstract-style sentence written for the test, put in the frame of
``test_abstracts`` so that it is read as clinical prose (longer than 280 characters)."""

from __future__ import annotations

from tests.tagger.test_abstracts import found

GLOBAL_DEVELOPMENTAL_DELAY = "HP:0001263"
DELAYED_SPEECH = "HP:0000750"  # Delayed speech and language development
INTELLECTUAL_DISABILITY = "HP:0001249"
MACROTIA = "HP:0000400"
LONG_FACE = "HP:0000276"
LONG_EAR = "HP:0400004"
RENAL_HYPOPLASIA = "HP:0000089"
BLADDER_HYPOPLASIA = "HP:0005343"
CLEFT_LIP = "HP:0410030"
CLEFT_PALATE = "HP:0000175"


def test_a_word_written_twice_pairs_with_the_nearer_one(tagger):
    # "speech" goes with the "delay" after it, not with the one across "and"
    hpo = found(tagger, "Global developmental delay and speech delay were noted in all.")
    assert {GLOBAL_DEVELOPMENTAL_DELAY, DELAYED_SPEECH} <= hpo


def test_an_item_that_is_a_finding_does_not_share_the_next_head(tagger):
    # "developmental delay" is a finding of its own, not a modifier of "speech"
    hpo = found(tagger, "She had developmental delay and delayed speech from infancy.")
    assert {GLOBAL_DEVELOPMENTAL_DELAY, DELAYED_SPEECH} <= hpo
    hpo = found(tagger, "He had speech and language delay and walked late in childhood.")
    assert DELAYED_SPEECH in hpo


def test_a_shared_head_goes_with_the_word_before_and(tagger):
    hpo = found(tagger, "He had a speech impediment and learning difficulties at school.")
    assert INTELLECTUAL_DISABILITY in hpo
    assert DELAYED_SPEECH not in hpo  # "speech … difficulties" skips "impediment"


def test_an_article_after_and_starts_the_next_item(tagger):
    hpo = found(tagger, "The affected males had macroorchidism, large ears and a long face.")
    assert {MACROTIA, LONG_FACE} <= hpo
    assert LONG_EAR not in hpo  # "ears and a long" is two items
    hpo = found(tagger, "Both kidneys were hypoplastic and the bladder was small.")
    assert RENAL_HYPOPLASIA in hpo
    assert BLADDER_HYPOPLASIA not in hpo


def test_a_name_holding_and_still_matches_its_own_list(tagger):
    hpo = found(tagger, "He had cleft lip and cleft palate repaired in infancy.")
    assert {CLEFT_LIP, CLEFT_PALATE} <= hpo


HYPOPIGMENTATION_OF_HAIR = "HP:0005599"
HYPOPIGMENTATION_OF_SKIN = "HP:0001010"
BASAL_GANGLIA_CALCIFICATION = "HP:0002135"


def test_a_participle_stands_for_the_noun_of_its_process(tagger):
    # "hypopigmented" and "hypopigmentation" part ways in the stemmer
    hpo = found(tagger, "He had hypopigmented skin and hair compared to his parents.")
    assert {HYPOPIGMENTATION_OF_SKIN, HYPOPIGMENTATION_OF_HAIR} <= hpo
    hpo = found(tagger, "Computed tomography showed calcified basal ganglia in both sibs.")
    assert BASAL_GANGLIA_CALCIFICATION in hpo


def test_participles_that_say_what_a_thing_has_are_not_merged():
    from collections import Counter

    from raremap.engine.tagger.morphology import participle_nouns

    uses = Counter({"hypopigmentation": 4, "calcification": 9, "pigmentation": 7, "rare": 1})
    pairs = participle_nouns(uses, frozenset({"pigmented"}))
    assert pairs["hypopigmented"] == "hypopigmentation"
    assert pairs["calcified"] == "calcification"
    assert "pigmented" not in pairs  # refused: "pigmented papules" are no pigmentation


DIABETES_MELLITUS = "HP:0000819"
TYPE_1_DIABETES = "HP:0100651"
CENTRAL_DIABETES_INSIPIDUS = "HP:0000863"
LETHARGY = "HP:0001254"


def test_diabetes_alone_is_diabetes_mellitus(tagger):
    hpo = found(tagger, "Diabetes developed in two of the sibs during adolescence.")
    assert DIABETES_MELLITUS in hpo
    hpo = found(tagger, "The eldest developed insulin-dependent diabetes at 14 years.")
    assert TYPE_1_DIABETES in hpo
    hpo = found(tagger, "The youngest had central diabetes insipidus from birth.")
    assert CENTRAL_DIABETES_INSIPIDUS in hpo and DIABETES_MELLITUS not in hpo


def test_slow_waves_are_no_lethargy(tagger):
    hpo = found(tagger, "The EEG showed high-amplitude slow waves over both hemispheres.")
    assert LETHARGY not in hpo


ABSENT_ACHILLES_REFLEX = "HP:0003438"
MYOCLONUS = "HP:0001336"
GLAUCOMA = "HP:0000501"
DEVELOPMENTAL_GLAUCOMA = "HP:0001087"
HYPEREXTENSIBLE_SKIN = "HP:0000974"
SOFT_SKIN = "HP:0000977"
JOINT_HYPERMOBILITY = "HP:0001382"


def test_older_clinical_wording(tagger):
    hpo = found(tagger, "One had a peripheral neuropathy with absent ankle jerks.",
                "Myoclonic jerks started at age 12 in his sister.")
    assert {ABSENT_ACHILLES_REFLEX, MYOCLONUS} <= hpo
    hpo = found(tagger, "The clinical picture consisted of mental handicap and obesity.")
    assert INTELLECTUAL_DISABILITY in hpo


def test_developed_is_a_verb(tagger):
    hpo = found(tagger, "Glaucoma developed in one boy at the age of ten years.")
    assert GLAUCOMA in hpo
    assert DEVELOPMENTAL_GLAUCOMA not in hpo


def test_a_noun_before_a_comma_modifies_nothing_after_it(tagger):
    hpo = found(tagger, "Joint hyperextensibility, soft skin and flat feet are also common.")
    assert {JOINT_HYPERMOBILITY, SOFT_SKIN} <= hpo
    assert HYPEREXTENSIBLE_SKIN not in hpo  # "hyperextensibility, soft skin" is two findings


ABNORMAL_SPEECH = "HP:0002167"


def test_a_speech_impediment_is_abnormal_speech(tagger):
    hpo = found(tagger, "He had a speech impediment and learning difficulties at school.")
    assert ABNORMAL_SPEECH in hpo


SHORT_4TH_METACARPAL = "HP:0010044"
SHORTENING_OF_ALL_METACARPALS = "HP:0005720"
WIDE_ANTERIOR_FONTANEL = "HP:0000260"
PLATYSPONDYLY = "HP:0000926"


def test_a_change_of_shape_is_the_shape(tagger):
    hpo = found(tagger, "Marked shortening of the fourth metacarpals was evident on radiographs.")
    assert SHORT_4TH_METACARPAL in hpo
    assert SHORTENING_OF_ALL_METACARPALS not in hpo
    hpo = found(tagger, "The anterior fontanelle was widened, and flattening of the vertebral bodies was seen.")
    assert {WIDE_ANTERIOR_FONTANEL, PLATYSPONDYLY} <= hpo


MOTOR_DELAY = "HP:0001270"


def test_a_name_joining_two_things_needs_the_join_in_the_text(tagger):
    # "Motor and developmental delay" (a synonym of Global developmental delay) joins two
    # delays; "motor development was delayed" names one
    hpo = found(tagger, "Motor development was delayed in all three affected children.")
    assert MOTOR_DELAY in hpo
    assert GLOBAL_DEVELOPMENTAL_DELAY not in hpo


HYPERTONIA = "HP:0001276"
HYPOTONIA = "HP:0001252"


def test_tone_alone_is_muscle_tone(tagger):
    hpo = found(tagger, "Tone was increased in the lower limbs of the younger boy.")
    assert HYPERTONIA in hpo
    hpo = found(tagger, "Muscle tone was reduced in all four limbs of the girl.")
    assert HYPOTONIA in hpo
