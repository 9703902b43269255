"""A phone number written right after a Chinese, Japanese or Korean word, with no space, is
still a phone number; a number glued to a Latin word is not read as one."""

from __future__ import annotations

from raremap.privacy import Kind


def test_phone_after_chinese_label(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("如有问题请联系，电话138 0000 1111。")]
    assert (Kind.PHONE, "138 0000 1111") in found


def test_phone_after_japanese_label(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("連絡先は電話090 0000 1111まで")]
    assert (Kind.PHONE, "090 0000 1111") in found


def test_number_glued_to_latin_word_is_no_phone(rules_only):
    found = [f for f in rules_only.find("sample X138 0000 1111 in the lab list") if f.kind is Kind.PHONE]
    assert found == []
