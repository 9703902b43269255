"""Towns in Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari, Bengali, Armenian, Georgian, Thai,
Chinese, Japanese and Korean where someone lives or comes from; a word that is no town, a small
Cyrillic word and a town without a word of living stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.towns_scripts import find_script_towns, script_plain

from .conftest import kinds


@pytest.mark.parametrize("text, town", [
    ("Добрый день, мы живём в Самаре, дочке шесть лет.", "Самаре"),
    ("Пишу из Новосибирска, сыну поставили диагноз.", "Новосибирска"),
    ("Ми з Одеси, донька хворіє третій рік.", "Одеси"),
    ("Καλησπέρα, μένουμε στη Λάρισα με τα παιδιά.", "Λάρισα"),
    ("مرحبا، نحن من حلب وابنتي عمرها سبع سنوات.", "حلب"),
    ("سلام، ما در تبریز زندگی می‌کنیم.", "تبریز"),
    ("שלום, אנחנו גרים בנתניה כבר שנתיים.", "נתניה"),
    ("नमस्ते, हम जयपुर में रहते हैं।", "जयपुर"),
    ("আমি খুলনা থেকে লিখছি।", "খুলনা"),
    ("Մենք Գյումրիից ենք։", "Գյումրի"),
    ("ჩვენ ვცხოვრობთ ბათუმში.", "ბათუმ"),
    ("ผมอาศัยอยู่ที่ขอนแก่น ครับ", "ขอนแก่น"),
    ("我们住在成都，孩子五岁。", "成都"),
    ("札幌に住んでいる母親です。", "札幌"),
    ("저는 대구에 살고 있어요.", "대구"),
])
def test_towns_of_other_scripts_after_words_of_living(text, town):
    assert (Kind.ADDRESS, town) in [(f.kind, f.text) for f in find_script_towns(text)]


@pytest.mark.parametrize("text", [
    "Мы живём в городе, врач в больнице.",        # "in the town", "in the hospital": no town named
    "Самара и Казань: два города на Волге.",       # towns named, but no one lives there
    "نحن من عائلة كبيرة.",                          # "from a large family"
    "我在医院等了三个小时。",                          # "in the hospital" in Chinese
])
def test_words_that_are_no_town_where_someone_lives_stay(text):
    assert list(find_script_towns(text)) == []


def test_greek_accents_and_arabic_vowel_marks_are_read_plainly():
    assert script_plain("Πάτρα") == script_plain("ΠΑΤΡΑ") == "πατρα"
    assert script_plain("عمّان") == "عمان"


def test_a_town_in_cyrillic_is_an_address_for_the_detector(rules_only):
    found = kinds(rules_only, "Здравствуйте, я Ирина, живу в Перми, у сына муковисцидоз.")
    assert (Kind.ADDRESS, "Перми") in found
