"""Things that must stay, said in other languages or beside a person of the same name: an eponym
before or after another language's word for a disease ("Wilson hastalığı", "Fabry-kór",
"Alport-Syndrom", "bệnh Wilson", "Akdeniz Ateşi"), the label after "type" ("type Ia"), a medicine
after a verb of taking ("after starting Trikafta"), a lab value named with a timed specimen ("Kupfer
im 24h-Urin"), a place of care's name that runs into the disease or gene it treats, an eponym closing
a guessed name in a record line, and a name repeated where it opens a disease's eponym."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.detector import Detector
from tests.privacy.guessing import GuessingModel, covered


@pytest.mark.parametrize("text, keep, guess, kind", [
    ("Oğlumun Wilson hastalığı var, enzim tedavisi başladı.", "Wilson hastalığı", "Wilson", Kind.NAME),
    ("A lányomnak Fabry-kór miatt agalsidase 1 mg/kg-ot adnak.", "Fabry-kór", "Fabry-kór miatt agalsidase", Kind.NAME),
    ("Verdacht auf Alport-Syndrom? Kreatinin 1,4 mg/dl.", "Alport-Syndrom", "Alport-Syndrom", Kind.NAME),
    ("Bố tôi mắc bệnh Wilson từ năm ngoái.", "bệnh Wilson", "Wilson", Kind.NAME),
    ("Kızımda Ailevi Akdeniz Ateşi var, kolşisin kullanıyor.", "Akdeniz Ateşi", "Ailevi Akdeniz Ateşi", Kind.NAME),
    ("He has had glycogen storage disease type Ia since birth.", "type Ia", "Ia", Kind.ADDRESS),
    ("Sweat chloride down to 40 after starting Trikafta last spring.", "Trikafta", "Trikafta", Kind.NAME),
    ("Befund: Kupfer im 24h-Urin 290 µg, Coeruloplasmin erniedrigt.", "Kupfer im 24h-Urin 290 µg", "Kupfer", Kind.NAME),
    ("Registry: RX-4471 Ottoline Vance Hurler; RX-4472 Bram Ellery.", "Hurler", "Ottoline Vance Hurler", Kind.NAME),
])
def test_disease_names_medicines_and_lab_values_stay(rules_only, text, keep, guess, kind):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess, kind))
    assert covered(detector, text, keep) == []


@pytest.mark.parametrize("text, keep", [
    ("Referred to the Royal Free CFTR clinic for a second opinion.", "CFTR"),
    ("Bell's palsy or Ramsay Hunt syndrome? Mrs Ramsay in bay 2 asked.", "Ramsay Hunt syndrome"),
])
def test_places_of_care_and_repeated_names_leave_diseases_and_genes(detector, text, keep):
    assert covered(detector, text, keep) == []


@pytest.mark.parametrize("text, name", [
    ("The consultant started Idris on sodium benzoate last week.", "Idris"),
    ("Bell's palsy or Ramsay Hunt syndrome? Mrs Ramsay in bay 2 asked.", "Ramsay"),
    ("Dr Wilson in clinic today, Wilson-kór kérdés.", "Wilson"),
])
def test_people_beside_those_words_are_still_names(detector, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]


def test_a_guessed_name_keeps_its_own_words_before_the_eponym(rules_only):
    text = "Registry: RX-4471 Ottoline Vance Hurler; RX-4472 Bram Ellery."
    detector = Detector(rules_only.vocabulary, GuessingModel("Ottoline Vance Hurler"))
    assert (Kind.NAME, "Ottoline Vance") in [(f.kind, f.text) for f in detector.find(text)]


def test_the_models_name_right_before_an_id_is_its_label(rules_only):
    text = "Entlassung heute. Fallnummer 5512 8830 12, Station B."
    detector = Detector(rules_only.vocabulary, GuessingModel("Fallnummer"))
    kinds = [(f.kind, f.text) for f in detector.find(text)]
    assert (Kind.RECORD_NUMBER, "5512 8830 12") in kinds and not any(k is Kind.NAME for k, _ in kinds)


def test_a_short_weekday_is_no_name(rules_only):
    assert not any(f.kind is Kind.NAME for f in rules_only.find("Next review Thu 6 Mar, bloods Wed."))
