"""Names signing a message in scripts other than the Latin alphabet: two or three words of one
script opening a sentence (or after a dash) right before a phone number or an e-mail address
("… . אורית דהן, 054-…", "— राजेश त्रिपाठी, 94150 …", "… هالة المصري، هاتف +20 …"); in Chinese and
Japanese two to four characters, or a family and a given name split by a space, before
"，电话 …" or "。name@…" ("… 。黄丽华，电话 138 …"); in Korean a name before the sign-off
"드림" or "올림" ("박서윤 드림").

The words of a place of care ("مستشفى", "больница", "अस्पताल") make no signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

SOURCE = "rule:context-guess"
WORD = (r"(?:[\u05D0-\u05EA][\u05D0-\u05EA\u05F3]*|[\u0620-\u064A\u066E-\u06D3]+|"
        r"[\u0904-\u0939][\u0900-\u0963\u0971-\u097F]*|[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+|[Α-ΩΆ-Ώ][α-ωά-ώΐΰϊϋ]+)")
OPEN = r"(?:^|(?<=[.!?؟।]\s)|(?<=[—–]\s)|(?<=\n))"
# after the name: a comma, at most one label word ("هاتف", "tel.", "тел."), then the number; or an e-mail
CONTACT = r"(?=\s*[,،]\s*(?:[^\W\d_]{1,10}\.?:?\s*)?[+(]?\d[\d\s()-]{5,}|\s*[,،]?\s+[\w.+-]+@[\w-]+\.)"
SIGNED = re.compile(rf"{OPEN}(?P<n>{WORD}(?:\s+{WORD}){{1,2}}){CONTACT}")
CJK = r"[\u4e00-\u9fff\u3005]"
CJK_SIGNED = re.compile(
    rf"(?:^|(?<=[。！？、，\s]))(?P<n>{CJK}{{2,4}}|{CJK}{{1,2}}\s{CJK}{{1,2}})"
    r"(?=[，,。]\s*(?:(?:电话|電話|手机|手機|TEL|Tel|tel|携帯)[:：]?\s*)?[+\d]|[，,。]\s*[\w.+-]+@[\w-]+\.)")
KOREAN_SIGNED = re.compile(r"(?<![\uAC00-\uD7A3])(?P<n>[\uAC00-\uD7A3]{2,4})\s*(?:드림|올림)(?![\uAC00-\uD7A3])")
CARE_WORDS = frozenset("""
مستشفى مركز عيادة مستوصف بيمارستان درمانگاه בית חולים מרכז מרפאה अस्पताल चिकित्सालय केंद्र
больница больницы клиника центр лікарня νοσοκομείο κλινική
クリニック
""".split())
CJK_CARE = ("医院", "醫院", "病院", "中心", "诊所", "病")


def signed_names(text: str) -> Iterator[Finding]:
    for rx in (SIGNED, CJK_SIGNED, KOREAN_SIGNED):
        for m in rx.finditer(text):
            name = m.group("n")
            if any(w in CARE_WORDS for w in name.split()) or any(w in name for w in CJK_CARE):
                continue
            yield Finding(Kind.NAME, *m.span("n"), name, SOURCE)
