"""Short forms a text defines in brackets are read as their long forms afterwards."""

from __future__ import annotations

from raremap.engine.tagger.abbreviations import definitions, later_uses
from raremap.engine.tagger.words import split_words
from tests.tagger.test_abstracts import found

SEVERE_ID = "HP:0010864"
PROFOUND_ID = "HP:0002187"
PROGRESSIVE_SNHL = "HP:0000408"


def _defined(text: str) -> dict[str, str]:
    words = split_words(text)
    return {d.short: " ".join(w.raw for w in words[d.lo : d.hi]) for d in definitions(text, words)}


def test_a_short_form_in_brackets_is_paired_with_the_words_that_spell_it():
    assert _defined("All had mental retardation (MR) and seizures.") == {"MR": "mental retardation"}
    assert _defined("The girl had sensorineural hearing loss (SNHL).") == {"SNHL": "sensorineural hearing loss"}
    assert _defined("We saw autism spectrum disorder (ASD) in two.") == {"ASD": "autism spectrum disorder"}
    # not a short form of the words before it
    assert _defined("Two patients (P1 and P2) had seizures.") == {}
    assert _defined("Mutations in the receptor (FGFR3) cause it.") == {}
    assert _defined("It was severe (ID) in all.") == {}  # "severe" does not spell ID


def test_only_later_uses_are_read_as_the_long_form():
    text = "ID was mild. Intellectual disability (ID) was present; ID was severe."
    words = split_words(text)
    uses = later_uses(words, definitions(text, words))
    assert [words[i].raw for i in uses] == ["ID"]
    assert words[min(uses)].start == text.rindex("ID")


def test_a_defined_short_form_takes_the_words_around_it(tagger):
    hpo = found(tagger, "Intellectual disability (ID) was present in all. ID was severe in the two boys.")
    assert SEVERE_ID in hpo
    hpo = found(tagger, "All had mental retardation (MR); MR was profound in the eldest.")
    assert PROFOUND_ID in hpo
    hpo = found(tagger, "She had sensorineural hearing loss (SNHL), and it became a progressive SNHL.")
    assert PROGRESSIVE_SNHL in hpo


HEPATIC_CYSTS = "HP:0001407"
RENAL_CYST = "HP:0000107"


def test_a_short_form_names_nothing_but_its_long_form_and_narrower_terms(tagger):
    # "RC" stands for renal cysts: "hepatic RC" is not read as "hepatic … cysts"
    hpo = found(tagger, "Renal cysts (RC) were found in two of the sibs; hepatic RC in one.")
    assert RENAL_CYST in hpo
    assert HEPATIC_CYSTS not in hpo
