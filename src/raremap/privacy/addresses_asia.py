"""Street addresses written the Korean, Vietnamese and Turkish way, which carry their own words for
city, district, street and flat instead of a house number first:

- "서울특별시 강남구 테헤란로 152, 1203호" (city, district, road with its number, flat 호);
- "Số 12 Ngõ 45 Phố Huế, Phường Ngô Thì Nhậm, Quận Hai Bà Trưng, Hà Nội" (number, lane, street,
  ward, district, city);
- "Alsancak Mah. 1453 Sok. No:12 D:5, 35220 Konak/İzmir" (quarter, street, number, flat, postcode
  and district/city).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

KOREAN = re.compile(
    r"(?:[가-힣]+(?:특별시|광역시|특별자치시|특별자치도|시|도|구|군|읍|면|동|리)\s+)*"
    r"[가-힣\d]+(?:로|길|대로)\s*\d+(?:-\d+)?(?:번길\s*\d+(?:-\d+)?)?"
    r"(?:\s*,?\s*(?:[가-힣]+\s+)?\d+(?:동|층|호)(?:\s*\d+(?:층|호))*)?")
VI_UP = "A-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝĂĐĨŨƠƯẠ-Ỹ"
VI_WORD = rf"[{VI_UP}\d][\wÀ-ỹ]*"
VI_PART = r"(?:Đường|Phố|Ngõ|Ngách|Hẻm|Phường|Quận|Huyện|Xã|Thị\s+xã|Thị\s+trấn|Tỉnh|Thành\s+phố|TP\.|P\.|Q\.)"
VIETNAMESE = re.compile(
    rf"(?<![\w.])(?:(?:Số\s+)?\d+[A-Z]?(?:/\d+)*\s+)?{VI_PART}\s+{VI_WORD}(?:\s+{VI_WORD}){{0,4}}"
    rf"(?:(?:,\s*|\s+)(?:{VI_PART}\s+)?{VI_WORD}(?:\s+{VI_WORD}){{0,4}}){{1,5}}")
TR_UP = "A-ZÇĞİÖŞÜ"
TR_WORD = rf"[{TR_UP}\d][\wçğıöşüÇĞİÖŞÜ]*"
TURKISH = re.compile(
    rf"(?:{TR_WORD}\s+){{1,3}}(?:Mah\.|Mahallesi|Mh\.)\s*,?\s*(?:{TR_WORD}\s+){{0,3}}"
    r"(?:Sok\.|Sokak|Sokağı|Sk\.|Cad\.|Caddesi|Cd\.|Bulvarı|Blv\.)"
    r"(?:\s*,?\s*No\s*:\s*\d+[A-Za-z]?(?:/\d+)?)?(?:\s*,?\s*(?:D|Daire|Kat)\s*:\s*\d+)?"
    rf"(?:\s*,?\s*\d{{5}}\s+{TR_WORD}(?:\s*/\s*{TR_WORD})?)?")


# "Atatürk Cad. No: 45 Daire: 3, 06420 Çankaya/Ankara": a street and its number without the quarter.
TURKISH_STREET = re.compile(
    rf"(?:(?!Adres){TR_WORD}\s+){{1,3}}(?:Sok\.|Sokak|Sokağı|Sk\.|Cad\.|Caddesi|Cd\.|Bulvarı|Blv\.)\s*,?\s*No\s*:\s*\d+[A-Za-z]?(?:/\d+)?"
    r"(?:\s*,?\s*(?:D|Daire|Kat)\s*:\s*\d+)*"
    rf"(?:\s*,?\s*\d{{5}}\s+{TR_WORD}(?:\s*/\s*{TR_WORD})?)?")


def find_asian_addresses(text: str) -> Iterator[Finding]:
    for rx in (KOREAN, VIETNAMESE, TURKISH, TURKISH_STREET):
        for m in rx.finditer(text):
            if rx is VIETNAMESE and not (re.search(r"\b(?:Đường|Phố|Ngõ|Ngách|Hẻm|Phường|Quận|Huyện|Xã|Tỉnh)\b", m.group())
                                         and re.search(r"\d|Phường|Quận|Huyện|Tỉnh", m.group())):
                continue  # "Phố Huế" alone is a street's name; "P." and "Q." alone are no Vietnamese
            end = m.start() + len(m.group().rstrip(" ,"))
            yield Finding(Kind.ADDRESS, m.start(), end, text[m.start():end], "rule:address-cue")
