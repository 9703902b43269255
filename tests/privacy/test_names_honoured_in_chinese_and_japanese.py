"""Chinese and Japanese names found by the words around them: a Japanese name before an honorific,
a Chinese name after the record's word for the patient, a family and given name split by a space
before an age; the common nouns that take the same honorifics stay."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind
from raremap.privacy.names_honorifics import honoured_names


@pytest.mark.parametrize("text, name", [
    ("ユウトくん（4歳）はファブリー病です。", "ユウト"),
    ("担当医から：山本 健くんは元気です。", "山本 健"),
    ("紹介状：佐藤 由美 様、外来で診ました。", "佐藤 由美"),
    ("患儿张子轩，8岁，苯丙酮尿症。", "张子轩"),
    ("紹介状：木村 花、12歳、ポンペ病。", "木村 花"),
])
def test_names_found_by_the_words_around_them(detector, text, name):
    assert (Kind.NAME, name) in [(f.kind, f.text) for f in detector.find(text)]


@pytest.mark.parametrize("text", [
    "赤ちゃんもお母さんも患者さんも元気です。",   # baby, mother, patient: nouns with honorifics
    "看護師さんと先生様にお礼を言いました。",
    "ママさんたちの会に行きました。",
    "患者男性，8岁。",                             # the patient's sex, not a name
])
def test_common_nouns_with_honorifics_stay(text):
    assert list(honoured_names(text)) == []
