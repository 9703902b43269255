"""Names in Chinese, Japanese, Korean and Thai where a form or a note announces them: the contact
person ("联系人"), a family and given name with a space before an age ("…、72歳"), a Korean name
before "님" or a mobile number, a Thai title ("ด.ญ.") or a name before "โทร"."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, name", [
    ("已在医院治疗。联系人王建军，电话 021 0000 0000", "王建军"),
    ("父（高橋 健、72歳）が入院しました。", "高橋 健"),
    ("안내: 정하준 님, 예약이 변경되었습니다.", "정하준"),
    ("문의는 정하준 010-0000-0000 으로 주세요.", "정하준"),
    ("ลูกสาวชื่อ ด.ญ. มาลี ใจดี อายุ 8 ขวบ", "มาลี ใจดี"),
    ("ติดต่อได้ที่ สมชาย ใจดี โทร 081 000 0000", "สมชาย ใจดี"),
])
def test_names_announced_in_forms(rules_only, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in rules_only.find(text)]


@pytest.mark.parametrize("text", [
    "ลูกสาวชื่อ ด.ญ. มาลี ใจดี อายุ 8 ขวบ",   # the word "ชื่อ" (name) is no name
    "연락처 010-0000-0000 으로 주세요.",       # the word for "contact" before a number
])
def test_labels_are_no_names(rules_only, text):
    names = [f.text for f in rules_only.find(text) if f.kind is Kind.NAME]
    assert "ชื่อ" not in names and "연락처" not in names


@pytest.mark.parametrize("text, name", [
    ("둘째 딸 지아 (4살) 때문에 글 올려요", "지아"),
    ("ملخص: نورة القحطاني، ٤٠ سنة، ذئبة حمراء", "نورة القحطاني"),
])
def test_names_before_ages_in_korean_and_arabic(rules_only, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_arabic_disease_before_an_age_is_no_name(rules_only):
    found = rules_only.find("الذئبة الحمراء، ٤٠ سنة")
    assert Kind.NAME not in [f.kind for f in found]
