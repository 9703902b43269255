"""A lay phrase is embedded without the words that say whose finding it is: "her", "his",
"I" are not the finding, and with them a phrase is near every sentence that says them."""

from __future__ import annotations

from raremap.engine.tagger.semantic import embedded_text

CEREBRAL_VISUAL_IMPAIRMENT = "HP:0100704"


def test_person_words_are_left_out_of_a_lay_phrase():
    assert embedded_text("slow writhing of her hands") == "slow writhing of hands"
    assert embedded_text("burning when I pee") == "burning when pee"
    assert embedded_text("walks like he's marching to clear his feet") == "walks like marching to clear feet"
    assert embedded_text("their eyes water") == "eyes water"


def test_names_and_clinical_synonyms_keep_every_word():
    assert embedded_text("Type I diabetes") == "Type I diabetes"
    assert embedded_text("Decreased activity of mitochondrial complex I") == "Decreased activity of mitochondrial complex I"


def test_a_phrase_of_person_words_only_is_kept_whole():
    assert embedded_text("she") == "she"


def test_a_sentence_about_her_face_is_not_taken_by_a_phrase_about_her_eyes(tagger):
    # "her brain can't process what her eyes see" was nearest, by its person words
    got = tagger.tag("she holds her tablet an inch from her face to see it")
    assert CEREBRAL_VISUAL_IMPAIRMENT not in [t.hpo for t in got.terms]
