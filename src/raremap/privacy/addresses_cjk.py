"""Addresses and towns written in Chinese or Japanese, which name the city (市), ward (区/區) or
prefecture (県/道/府/都) before the block, house and floor numbers instead of a street first:

- "〒060-0807 北海道札幌市北区北7条西5丁目8-1 サンハイツ402" (postcode, prefecture, city, ward,
  block and house, then a building and its room);
- "高雄市鼓山區美術東二路128號7樓" (city, district, road, number 號, floor 樓);
- a town after "住在" (Chinese "living in") or before "在住" (Japanese "resident"): "住在台中市",
  "横浜市在住".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

HAN = r"\u4e00-\u9fff"
KANA = r"\u3040-\u30ff"
UNIT = r"(?:丁目|號|号|番地|番|樓|楼|階|条|條|巷|弄)"
ADDRESS = re.compile(
    rf"(?:〒\s?\d{{3}}-\d{{4}}\s*)?[{HAN}{KANA}]{{1,12}}?(?:市|区|區|県|縣|省|府|道|都)"
    rf"[{HAN}{KANA}\d]{{0,16}}?\d+{UNIT}?(?:[-−ー]?[{HAN}]{{0,2}}\d+{UNIT}?){{0,5}}"
    rf"(?:\s*[\u30a0-\u30ff{HAN}]{{2,10}}\s?\d{{1,4}}(?:号室|室)?)?")
TOWN = re.compile(rf"住在(?P<a>[{HAN}]{{1,4}}[市縣县])|(?P<b>[{HAN}]{{1,4}}市)(?:在住|に住ん|出身)")


def find_cjk_addresses(text: str) -> Iterator[Finding]:
    for m in ADDRESS.finditer(text):
        if not re.search(rf"〒|\d\s?{UNIT}|\d[-−ー]\d", m.group()):
            continue  # "病变区域3个" (a region, then a count): no house number, no address
        yield Finding(Kind.ADDRESS, m.start(), m.end(), m.group(), "rule:address-cue")
    for m in TOWN.finditer(text):
        g = "a" if m.group("a") else "b"
        yield Finding(Kind.ADDRESS, *m.span(g), m.group(g), "rule:town")
