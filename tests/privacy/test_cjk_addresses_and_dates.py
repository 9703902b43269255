"""Chinese and Japanese addresses (city, ward or prefecture, then block, house and floor numbers),
towns after "住在" or before "在住", and dates written with 年/月/日; a region and a count in a
medical sentence is no address."""

from __future__ import annotations

import pytest

from raremap.privacy import Kind


@pytest.mark.parametrize("text, address", [
    ("住所：〒530-0001 大阪府大阪市北区梅田3丁目2-14 グランドハイツ705。", "〒530-0001 大阪府大阪市北区梅田3丁目2-14 グランドハイツ705"),
    ("地址：台中市西屯區福科路55號12樓。電話 04-555-1234", "台中市西屯區福科路55號12樓"),
    ("仙台市在住の主婦です。", "仙台市"),
    ("我住在台南市，女兒六歲。", "台南市"),
])
def test_chinese_and_japanese_addresses_and_towns(rules_only, text, address):
    assert (Kind.ADDRESS, address) in [(f.kind, f.text) for f in rules_only.find(text)]


def test_dates_with_year_month_day_characters(rules_only):
    found = [(f.kind, f.text) for f in rules_only.find("紹介状 2024年11月3日：腎臓内科")]
    assert (Kind.DATE, "2024年11月3日") in found


@pytest.mark.parametrize("text", [
    "病变区域3个，血糖 7.2 mmol/L。",
    "患者は第21番染色体の異常（21トリソミー）、体重 12 kg。",
])
def test_regions_and_counts_are_no_addresses(rules_only, text):
    assert not [f for f in rules_only.find(text) if f.kind is Kind.ADDRESS]
