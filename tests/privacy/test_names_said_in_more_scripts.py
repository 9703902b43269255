"""Names said after "my name is", "I am" or "my son/daughter" in languages and scripts the Latin
rules miss (Arabic, Persian, Hebrew, Hindi, Bengali, Thai, Amharic, Cyrillic, Armenian, Japanese,
Chinese) and after relatives written with the case endings of Baltic and other languages."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.names_scripts import script_names


@pytest.mark.parametrize("text, name", [
    ("مرحبا، اسمي سلمى حداد من حلب.", "سلمى حداد"),
    ("ابنتي ريم عمرها ٩ سنوات.", "ريم"),
    ("سلام، من نگار کریمی هستم از تبریز.", "نگار کریمی"),
    ("שמי יעל כהן ואני גרה בחיפה.", "יעל כהן"),
    ("הבן שלי עומר, בן 5, חולה.", "עומר"),
    ("मेरा नाम अनिल शर्मा है और मैं पुणे से हूँ।", "अनिल शर्मा"),
    ("আমার মেয়ে তানিয়া অসুস্থ।", "তানিয়া"),
    ("ผมชื่อ สมชาย ใจดี ครับ", "สมชาย ใจดี"),
    ("ሰላም፣ ስሜ ማርታ ግርማ ነው።", "ማርታ ግርማ"),
    ("Здравствуйте, меня зовут Ирина Соколова.", "Ирина Соколова"),
    ("Моєму синові Богдану 6 років.", "Богдану"),
    ("Дъщеря ми Радост е на 8.", "Радост"),
    ("Իմ դուստրը Նարե ունի հիվանդություն։", "Նարե"),
    ("山本 花子と申します。", "山本 花子"),
    ("我是林美玲，住在台中。", "林美玲"),
    ("我女兒王小雨八歲。", "王小雨"),
    ("Mano sūnui Dovydui 5 metai.", "Dovydui"),
    ("Manai meitai Elīzei ir 4 gadi.", "Elīzei"),
    ("Fiul meu Matei are epilepsie.", "Matei"),
    ("Mtoto wangu Baraka ana miaka 7.", "Baraka"),
    ("Anak saya Putri berumur 6 tahun.", "Putri"),
    ("Bună, mă numesc Irina Popescu.", "Irina Popescu"),
])
def test_names_said_in_more_languages_and_scripts(text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in script_names(text)]


@pytest.mark.parametrize("text", [
    "ابني عمره ٦ سنوات.",            # "my son is six": no name said
    "Моєму синові 10 років.",
    "我儿子今年八岁。",
    "Anak saya sakit demam.",
])
def test_a_relative_without_a_name_gives_none(text):
    assert list(script_names(text)) == []
