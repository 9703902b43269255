"""Ages told with number words and short forms of more languages: Catalan "cinc anys", Croatian
"sedam godina", Romanian "34 de ani", Hungarian "hétéves", Polish "trzy latka" and "rok i osiem
miesięcy", Turkish "33 yaşındayım", German "49 J.", Swahili "miaka sita" and "miezi 18", Hindi
"सात साल", Arabic "خمس سنوات", Korean "여섯 살", Tamil "10 வயது", Japanese "生後8か月", Spanish
"a los 22 días"; in English an age in weeks or months in brackets after a name ("(10 weeks)",
"(2 and a half)") or said with "is … today", and a number after a self-introduction ("Sanne
here (27)", "Korbinian hier, 58")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.ages_more import DURATION_BEFORE
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

_CATALAN = (r"un|dos|tres|quatre|cinc|sis|set|vuit|nou|deu|onze|dotze|tretze|catorze|quinze|setze|disset|"
            r"divuit|dinou|vint(?:-i-\w+)?|trenta(?:-\w+)?|quaranta(?:-\w+)?")
_CROATIAN = (r"jednu|jedna|dvije|dva|tri|četiri|pet|šest|sedam|osam|devet|deset|jedanaest|dvanaest|trinaest|"
             r"četrnaest|petnaest|šesnaest|sedamnaest|osamnaest|devetnaest|dvadeset(?:\s+i\s+\w+)?")
_ROMANIAN = r"doi|două|trei|patru|cinci|șase|şase|șapte|şapte|opt|nouă|zece"
_HUNGARIAN = (r"egy|két|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizen\w{2,6}|húsz|huszon\w{2,6}|harminc\w{0,6}|"
              r"negyven\w{0,6}|ötven\w{0,6}|hatvan\w{0,6}|hetven\w{0,6}|nyolcvan\w{0,6}|kilencven\w{0,6}")
_POLISH = r"\d{1,2}|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć"
_SWAHILI = r"mmoja|miwili|mitatu|minne|mitano|sita|saba|minane|nane|tisa|kumi(?:\s+na\s+\w+)?"
_HINDI = r"एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|ग्यारह|बारह"
_ARABIC = r"ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر"
_KOREAN_UNIT = r"한|두|세|네|다섯|여섯|일곱|여덟|아홉"
_KOREAN = rf"(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:{_KOREAN_UNIT})?|스무|{_KOREAN_UNIT}"
WORDED = re.compile(
    rf"(?<![\w-])(?P<age>(?:{_CATALAN})\s+anys|(?:{_CROATIAN})\s+(?:godina|godine|godinu)"
    rf"|\d{{1,3}}\s+de\s+ani|(?:{_ROMANIAN})\s+ani|(?:{_HUNGARIAN})éves|(?:{_POLISH})\s+latk[ai]"
    rf"|rok\s+i\s+\w+\s+miesi(?:ęcy|ące|ąc)|roczek|\d{{1,3}}\s+yaşında(?:yım|yız|dır|ydı|ki)"
    rf"|\d{{1,3}}\s?J\.(?=[\s,;)]|$)|miaka\s+(?:{_SWAHILI})|miezi\s+\d{{1,2}}"
    rf"|(?:{_HINDI})\s+(?:साल|वर्ष)|(?:{_ARABIC})\s+(?:سنوات|أعوام|اعوام)|\d{{1,3}}\s?வயது"
    rf"|(?<=a\slos\s)\d{{1,2}}\s+(?:días|semanas|meses)|(?<=aos\s)\d{{1,2}}\s+(?:dias|semanas|meses))"
    r"(?![\w-])")
# Korean and Japanese write particles right after the age ("여섯 살인데", "生後5か月です")
WORDED_CJK = re.compile(rf"(?P<age>(?<![가-힣])(?:{_KOREAN})\s?살|生後\s?\d{{1,2}}\s?(?:か月|ヶ月|カ月|ヵ月|日|週))")
# "Kōwhai (10 weeks)", "Reece (2 and a half)": an age in brackets right after a capitalised word
IN_BRACKETS = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s*\((?P<age>\d{1,2}\s+(?:weeks?|wks|months?|mths?|days?)(?:\s+old)?"
    r"|\d{1,2}\s+and\s+a\s+half)\)")
# "(Bachisio, 47)": a capitalised word and a number in brackets are a person and an age
NAME_AGE_BRACKET = re.compile(r"\((?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+),\s*(?P<age>\d{1,2})\)")
# labels that a number follows ("(Type, 2)", "(Ward, 4)") are no person
LABELS = frozenset("""type typ tipo grade stage class group level step day week month year page part figure table
chapter version room bed ward visit dose cycle score item question line section""".split())
# "Tolu is 6 months today", "Ava is 10 weeks old"
IS_TODAY = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’-]+\s+is\s+(?P<age>\d{1,2}\s+(?:weeks?|months?))\s+(?:today|now|old)\b")
# "Sanne hier (27)", "Korbinian Aigner hier, 58,": a number right after "here" in a self-introduction
HERE_AGE = re.compile(r"\b(?i:here|hier|ici|aquí|aqui|qui|tässä|tutaj|här)\s*(?:\((?P<b>\d{1,2})\)|,\s*(?P<c>\d{1,2})(?=,))")


def find_ages_abroad(text: str) -> Iterator[Finding]:
    for m in WORDED.finditer(text):
        if not m.group("age").startswith(("miaka", "miezi")) and DURATION_BEFORE.search(text, max(0, m.start() - 30), m.start()) or re.search(
                r"\b(?i:acum|timp\s+de|prije|pre|peste|već|vec)\s+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "for twenty years", "acum 20 de ani" (ago), "prije pet godina" (ago)
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for rx in (WORDED_CJK, IN_BRACKETS, IS_TODAY):
        for m in rx.finditer(text):
            yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for m in NAME_AGE_BRACKET.finditer(text):
        if m.group("name").lower() in LABELS:
            continue
        yield Finding(Kind.NAME, *m.span("name"), m.group("name"), "rule:context-guess")
        yield Finding(Kind.AGE, *m.span("age"), m.group("age"), "rule:age")
    for m in HERE_AGE.finditer(text):
        g = "b" if m.group("b") else "c"
        yield Finding(Kind.AGE, *m.span(g), m.group(g), "rule:age")
