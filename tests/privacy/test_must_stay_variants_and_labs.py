"""What must stay: protein variants and genotypes ("N370S/L444P", "Val30Met"), haemoglobin
genotypes ("HbSS"), "Morbus" and "Maladie de" before an eponym, and a lab value named with
its specimen ("Kupfer im Urin 180 µg/24h"). Each with a case where the personal data next to
it is still found."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from tests.privacy.conftest import kinds


def _covered(detector, text, part):
    s = text.index(part)
    return [f for f in detector.find(text) if f.start < s + len(part) and s < f.end]


@pytest.mark.parametrize(("text", "part"), [
    ("Genotype N370S/L444P on the report, started enzyme therapy.", "N370S/L444P"),
    ("He carries G542X and R117H, said the letter.", "R117H"),
    ("Our tumour board mentioned BRAF V600E again.", "V600E"),
    ("Homozygous M694V, colchicine since last spring.", "M694V"),
    ("The TTR Val30Met change runs in my dad's family.", "Val30Met"),
    ("The lab wrote Arg117His as the second variant.", "Arg117His"),
    ("Both kids are HbSS and I am HbAS.", "HbSS"),
    ("Sickle cell (HbSC) was picked up at birth.", "HbSC"),
])
def test_variants_and_genotypes_stay(detector, text, part):
    assert _covered(detector, text, part) == []


def test_a_postcode_is_no_variant(detector):
    text = "Send it to Flat 2, 31 Rathbone Place, London W1T 1JH please."
    assert any(f.kind is Kind.ADDRESS and "W1T 1JH" in f.text for f in detector.find(text))


def test_an_id_with_letters_around_digits_is_still_an_id(detector):
    assert (Kind.RECORD_NUMBER, "S7723419H") in kinds(detector, "Her NRIC is S7723419H, says the form.")


@pytest.mark.parametrize(("text", "part"), [
    ("Diagnose Morbus Wilson, seit 2019 in Behandlung.", "Morbus Wilson"),
    ("Mein Vater hat Morbus Bechterew und Morbus Crohn.", "Morbus Bechterew"),
    ("On m'a dit maladie de Wilson il y a un an.", "maladie de Wilson"),
])
def test_morbus_and_maladie_before_an_eponym_stay(detector, text, part):
    assert _covered(detector, text, part) == []


def test_a_person_named_like_an_eponym_is_still_a_name(detector):
    assert (Kind.NAME, "Wilson") in kinds(detector, "Dr Wilson said Morbus Crohn is likely.")


@pytest.mark.parametrize(("text", "part"), [
    ("Befund: Kupfer im Urin 180 µg/24h, Coeruloplasmin niedrig.", "Kupfer im Urin 180 µg/24h"),
    ("Copper in urine 180 µg/24h was the clue.", "Copper in urine 180 µg/24h"),
    ("Bilan: Cuivre dans les urines 2.1 µmol/24h.", "Cuivre dans les urines 2.1 µmol/24h"),
    ("Protein in CSF 0.9 g/L, so they did the nerve biopsy.", "Protein in CSF 0.9 g/L"),
])
def test_a_lab_value_named_with_its_specimen_stays(detector, text, part):
    assert _covered(detector, text, part) == []


def test_a_person_before_a_weight_is_still_a_name(detector):
    assert (Kind.NAME, "Marisol") in kinds(detector, "My daughter Marisol was 3.1 kg at birth.")
