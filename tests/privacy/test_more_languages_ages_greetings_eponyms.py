"""Ages, greetings and eponyms in languages the earlier rules did not know: the word for "years"
after the number in Romanian, South Slavic, Baltic, Ukrainian, Catalan, Albanian, Welsh, Armenian,
Bengali, Thai, Persian and more, or before it (Swahili "miaka", Hebrew "בן"/"בת"), joined by a
hyphen ("-vuotias", "-aastane"), Chinese numerals before "歲"; a greeting of several words that
opens a guessed name ("Dobrý deň", "Selamat pagi"); and an eponym beside another language's word
for disease or syndrome ("Gaucherova bolezen", "синдром Марфана", "boala Wilson")."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.detector import Detector
from tests.privacy.guessing import GuessingModel, covered


@pytest.mark.parametrize("text, age", [
    ("Fiul meu Tudor are 13 ani și boala Pompe.", "13 ani"),
    ("Kći mi ima 15 godina, dijagnoza je Fabry.", "15 godina"),
    ("Mano sūnui 8 metai, jam cistinė fibrozė.", "8 metai"),
    ("Manai meitai ir 3 gadi.", "3 gadi"),
    ("Моїй доньці 12 років, у неї муковісцидоз.", "12 років"),
    ("La meva filla té 16 anys.", "16 anys"),
    ("Vajza ime është 9 vjeç.", "9 vjeç"),
    ("Mae fy merch yn 4 oed.", "4 oed"),
    ("Իմ որդին 6 տարեկան է։", "6 տարեկան"),
    ("আমার মেয়ের বয়স ৭ বছর।", "৭ বছর"),
    ("ลูกสาวอายุ 3 ขวบครับ", "3 ขวบ"),
    ("پسرم ۱۲ ساله است.", "۱۲ ساله"),
    ("Tyttäreni on 11-vuotias.", "11-vuotias"),
    ("Mu poeg on 9-aastane.", "9-aastane"),
    ("我儿子今年八岁。", "八岁"),
    ("Binti yangu ana miaka 6 sasa.", "miaka 6"),
    ("הבת שלי בת 7 ויש לה תסמונת מרפן.", "בת 7"),
])
def test_ages_said_in_more_languages(rules_only, text, age):
    assert (Kind.AGE, age) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "Захворіла 5 років тому.",
])
def test_years_ago_or_for_years_are_no_age(rules_only, text):
    assert [f for f in rules_only.find(text) if f.kind is Kind.AGE] == []


@pytest.mark.parametrize("text, guess, name", [
    ("Dobrý deň Ondrej, posielam výsledky.", "Dobrý deň Ondrej", "Ondrej"),
    ("Selamat pagi Bayu, hasil lab sudah keluar.", "Selamat pagi Bayu", "Bayu"),
    ("God dag Torvald, her er brevet.", "God dag Torvald", "Torvald"),
])
def test_a_greeting_of_several_words_is_no_part_of_a_name(rules_only, text, guess, name):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess))
    names = [f.text for f in detector.find(text) if f.kind is Kind.NAME]
    assert name in names and guess not in names


@pytest.mark.parametrize("text, guess", [
    ("Adresa: Zelená 4, Brno.", "Adresa"),
    ("Telefon 0721 555 019, e-mail na formulári.", "Telefon"),
])
def test_a_form_label_of_another_language_is_no_name(rules_only, text, guess):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess))
    assert (Kind.NAME, guess) not in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text, keep, guess", [
    ("Mojemu možu so odkrili Gaucherovo bolezen.", "Gaucherovo bolezen", "Gaucherovo"),
    ("У сына синдром Марфана, наблюдаемся у кардиолога.", "синдром Марфана", "Марфана"),
    ("Tatăl meu are boala Wilson de doi ani.", "boala Wilson", "Wilson"),
    ("Dēlam ir Fabri slimība.", "Fabri slimība", "Fabri"),
    ("Anak saya didiagnosis penyakit Kawasaki.", "penyakit Kawasaki", "Kawasaki"),
])
def test_eponyms_beside_another_languages_word_for_disease_stay(rules_only, text, keep, guess):
    detector = Detector(rules_only.vocabulary, GuessingModel(guess))
    assert covered(detector, text, keep) == []


@pytest.mark.parametrize("text, hospital", [
    ("Mab yn cael triniaeth yn Ysbyty Maelor Wrecsam bob mis.", "Ysbyty Maelor Wrecsam"),
    ("Anak saya dirawat di RSUD Dr. Soetomo sejak Mei.", "RSUD Dr. Soetomo"),
    ("Sūnus gydomas Vilniaus universiteto ligoninėje.", "Vilniaus universiteto ligoninėje"),
    ("Meita ārstējas Paula Stradiņa klīniskajā universitātes slimnīcā.",
     "Paula Stradiņa klīniskajā universitātes slimnīcā"),
    ("ابني يتابع في مستشفى الملك فيصل التخصصي منذ سنة.", "مستشفى الملك فيصل التخصصي"),
    ("ลูกรักษาที่โรงพยาบาลศิริราช ค่ะ", "โรงพยาบาลศิริราช"),
    ("ও চট্টগ্রাম মেডিকেল কলেজ হাসপাতাল থেকে এসেছে।", "চট্টগ্রাম মেডিকেল কলেজ হাসপাতাল"),
])
def test_hospitals_named_in_more_languages_and_scripts(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_a_lower_case_clause_before_a_hospital_word_is_no_hospital(rules_only):
    assert [f for f in rules_only.find("He was in slimnīca for a week.") if f.kind is Kind.HOSPITAL] == []


@pytest.mark.parametrize("text, hospital", [
    ("Liječimo se u KBC Rijeka od 2020.", "KBC Rijeka"),
    ("Vajza ndiqet në QKUM prej dy vitesh.", "QKUM"),
    ("A miña filla é atendida no CHUS dende o ano pasado.", "CHUS"),
    ("Hodi v UKC Ljubljana na kontrole.", "UKC Ljubljana"),
    ("Hon följs på SUS sedan födseln.", "SUS"),
])
def test_acronyms_after_a_verb_of_care_in_other_languages_are_hospitals(rules_only, text, hospital):
    assert (Kind.HOSPITAL, hospital) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_an_acronym_after_a_verb_of_other_sense_is_no_hospital(rules_only):
    text = "Ele segue a MRI de controlo."
    assert [f for f in rules_only.find(text) if f.kind is Kind.HOSPITAL] == []
