"""Street addresses in Cyrillic, Arabic, Persian, Hebrew, Devanagari, Bengali, Armenian and Thai
script, opened by their language's word for street or house and run to the sentence's end."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, address", [
    ("Адреса: вул. Садова 12, кв. 4, Київ, 01001. Дякую!", "вул. Садова 12, кв. 4, Київ, 01001"),
    ("العنوان: شارع الرشيد ١٢، بغداد ١٠٠٠١. شكرا", "شارع الرشيد ١٢، بغداد ١٠٠٠١"),
    ("آدرس: خیابان ولیعصر، کوچه ۵، پلاک ۳، تهران. ممنون", "خیابان ولیعصر، کوچه ۵، پلاک ۳، تهران"),
    ("כתובת: רחוב הרצל 10, דירה 2, חולון 5800000. תודה", "רחוב הרצל 10, דירה 2, חולון 5800000"),
    ("पता: मकान नं. 7, गली 3, कानपुर 208001। धन्यवाद", "मकान नं. 7, गली 3, कानपुर 208001"),
    ("ঠিকানা: বাড়ি ৫, রোড ২, ঢাকা ১২০০। ধন্যবাদ", "বাড়ি ৫, রোড ২, ঢাকা ১২০০"),
    ("Հասցե՝ Աբովյանի փող. 10, բն. 3, Երևան 0001։ Շնորհակալություն", "Աբովյանի փող. 10, բն. 3, Երևան 0001"),
])
def test_street_addresses_in_more_scripts(rules_only, text, address):
    assert (Kind.ADDRESS, address) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_a_street_word_without_a_number_is_no_address(rules_only):
    text = "Мы живём на тихой улице, вул. Садова очень зелёная."
    assert [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS] == []
