"""Towns named in scripts other than Latin where someone lives or comes from: "я живу в Казани",
"мы из Харькова", "από τη Θεσσαλονίκη", "أعيش في الرياض", "از شیراز", "גרה בבאר שבע",
"मैं पुणे में रहता हूँ", "ঢাকা থেকে", "Երևանից", "თბილისში", "อยู่ที่เชียงใหม่", "我住在上海",
"東京に住んでいます", "부산에 살아요".

A word is a town only when data/towns_scripts.txt (names of towns of 100,000 people or more in
those scripts, from GeoNames) knows it, and only next to a word of living or coming from: before it
("в", "из", "από", "في", "از"), after it ("में", "से", "থেকে"), or joined to it (the Hebrew "ב" and
"מ", the Armenian "ից" and "ում", the Georgian "ში" and "დან", the Korean "에" and "에서"). The
Cyrillic town may carry a case ending ("Новосибирске", "Казани", "Харькова").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from raremap.privacy.data_files import data_lines
from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

_DROP_MARKS = ("COMBINING", "ARABIC", "HEBREW")
_SAME = str.maketrans({"ё": "е", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": None})


def script_plain(name: str) -> str:
    """Lower case, without Greek and Cyrillic accents or Arabic and Hebrew vowel marks
    ("Αθήνα" -> "αθηνα", "عمّان" -> "عمان", "Ё" -> "е"); Indic vowel signs are kept."""
    t = unicodedata.normalize("NFKD", name)
    t = "".join(c for c in t if not (unicodedata.category(c) == "Mn" and unicodedata.name(c, "").startswith(_DROP_MARKS)))
    return unicodedata.normalize("NFC", t).lower().translate(_SAME)


@lru_cache(maxsize=1)
def script_towns() -> frozenset[str]:
    return frozenset(data_lines("towns_scripts.txt"))


# Letters of each script, with their vowel signs (a word of Devanagari is not only \w).
CYRILLIC = "\u0400-\u052f"
GREEK = "\u0370-\u03ff\u1f00-\u1fff"
ARABIC = "\u0620-\u064a\u064b-\u065f\u0671-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f"
HEBREW = "\u05b0-\u05ea\u05f0-\u05f2"
DEVANAGARI = "\u0900-\u0963\u0971-\u097f"
BENGALI = "\u0980-\u09e3\u09f0-\u09fe"
ARMENIAN = "\u0531-\u0587"
GEORGIAN = "\u10a0-\u10ff"
ETHIOPIC = "\u1200-\u135f"
WORD = "|".join(f"[{s}]+" for s in (CYRILLIC, GREEK, ARABIC, HEBREW, DEVANAGARI, BENGALI, ARMENIAN, GEORGIAN, ETHIOPIC))
WORDS = re.compile(rf"(?:{WORD})(?:-(?:{WORD}))*")

# Words of living, staying or coming from before the town (lower case, as script_plain writes them).
BEFORE = frozenset("""
в во из изо с со у зі із з зо від до под около возле біля під поблизу недалеко рядом живу живем живём
проживаю проживаем родом город города городе місто міста місті
από στη στην στο στον απο τη την το τον ζω μενω μενουμε κατοικω κοντα
من في ب بمدينة مدينة مدينه اسكن أسكن نسكن أعيش اعيش نعيش قرب بالقرب ساكن ساكنة
از در اهل ساکن شهر نزدیک
ከ በ
""".split())
# Words after the town: "लखनऊ से", "पुणे में रहता", "ঢাকা থেকে", "لاہور سے", "አዲስ አበባ ነው" is left out.
AFTER = frozenset("""
में से निवासी की के का मध्ये मधून येथे इथे
থেকে এ শহরে শহর থাকি থাকেন
سے میں کی کا کے
""".split())
# Letters joined to the town's name: before it (Hebrew "בחיפה", "מירושלים", Arabic "بالرياض")
# and after it (Armenian "Երևանից", Georgian "თბილისში", Bengali "ঢাকায়").
PREFIXES = ("וב", "ומ", "ב", "מ", "ל", "وب", "ب")
SUFFIXES = ("ից", "ում", "ში", "დან", "ელი", "য়", "তে", "ে")
# Cyrillic case endings: "Казани", "Новосибирске", "Харькова", "Москве", "Львові", "Ростовом".
CASE_ENDINGS = ("е", "и", "а", "у", "ы", "я", "ю", "і", "ї", "ом", "ем", "ой", "ей", "ою", "ею", "ах", "ях")
STEM_ENDS = ("", "а", "я", "ь", "й", "о", "е", "ы", "и")

# Scripts written without spaces: the town after or before a phrase of living or coming from.
THAI = re.compile(r"(?:อยู่ที่|อาศัยอยู่ที่|อาศัยอยู่|มาจาก|จาก|จังหวัด|จ\.)\s*(?P<town>[\u0e00-\u0e7f]{2,20})")
CJK_BEFORE = re.compile(r"(?:住在|住于|来自|來自|生活在|居住在)(?P<town>[\u4e00-\u9fff]{2,6})")
CJK_AFTER = re.compile(r"(?P<town>[\u4e00-\u9fff\u30a0-\u30ff]{2,6})(?:に住|在住|出身|から来|市に|に暮ら|で暮ら)")
HANGUL = re.compile(r"(?P<town>[\uac00-\ud7af]{2,6})(?:에서|에|시에)(?=\s*(?:살|왔|거주|사는|삽|지내))")


def _is_town(words: list[str]) -> int:
    """How many of the leading words name a known town (0 if none)."""
    for n in range(min(3, len(words)), 0, -1):
        if script_plain(" ".join(words[:n])) in script_towns():
            return n
    return 0


def _cased_small(word: str) -> bool:
    return word[0].lower() != word[0].upper() and word[0].islower()


def _inflected(word: str) -> bool:
    low = script_plain(word)
    for ending in CASE_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            if any(stem + e in script_towns() for e in STEM_ENDS):
                return True
    return False


def _spaced_towns(text: str) -> Iterator[Finding]:
    words = list(WORDS.finditer(text))
    for i, m in enumerate(words):
        prev = words[i - 1] if i else None
        cued = prev is not None and script_plain(prev.group()) in BEFORE and not text[prev.end():m.start()].strip()
        rest = [w.group() for w in words[i:i + 3]]
        n = _is_town(rest) if cued else 0
        if n == 0 and cued and m.group()[:1].isupper() and _inflected(m.group()):
            n = 1
        if n and _cased_small(m.group()):
            n = 0  # "в городе": a town of a script with capitals starts with one
        if n:
            yield Finding(Kind.ADDRESS, m.start(), words[i + n - 1].end(), text[m.start():words[i + n - 1].end()], "rule:town")
            continue
        n = _is_town(rest)
        nxt = words[i + n] if n and i + n < len(words) else None
        if n and nxt is not None and script_plain(nxt.group()) in AFTER and not text[words[i + n - 1].end():nxt.start()].strip():
            yield Finding(Kind.ADDRESS, m.start(), words[i + n - 1].end(), text[m.start():words[i + n - 1].end()], "rule:town")
            continue
        yield from _joined(text, m, [w.group() for w in words[i + 1:i + 3]])


def _joined(text: str, m: re.Match[str], more: list[str]) -> Iterator[Finding]:
    word = m.group()
    for p in PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            n = _is_town([word[len(p):], *more])
            if n:
                end = m.end() if n == 1 else m.end() + _span_of(text, m.end(), more[:n - 1])
                yield Finding(Kind.ADDRESS, m.start() + len(p), end, text[m.start() + len(p):end], "rule:town")
                return
    for s in SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 2:
            stem = word[: -len(s)]
            if _is_town([stem]) or _is_town([stem + "ი"]) or _is_town([stem + "ა"]):
                yield Finding(Kind.ADDRESS, m.start(), m.end() - len(s), stem, "rule:town")
                return


def _span_of(text: str, pos: int, more: list[str]) -> int:
    end = pos
    for w in more:
        end = text.index(w, end) + len(w)
    return end - pos


def _unspaced_towns(text: str) -> Iterator[Finding]:
    for rx in (THAI, CJK_BEFORE, CJK_AFTER, HANGUL):
        for m in rx.finditer(text):
            town = m.group("town")
            s = m.start("town")
            # the longest known town at the start (after a cue) or at the end (before one)
            lengths = range(len(town), 1, -1)
            if rx is CJK_AFTER or rx is HANGUL:
                hit = next((k for k in lengths if script_plain(town[-k:]) in script_towns()), 0)
                if hit:
                    yield Finding(Kind.ADDRESS, m.end("town") - hit, m.end("town"), town[-hit:], "rule:town")
            else:
                hit = next((k for k in lengths if script_plain(town[:k]) in script_towns()), 0)
                if hit:
                    yield Finding(Kind.ADDRESS, s, s + hit, town[:hit], "rule:town")


def find_script_towns(text: str) -> Iterator[Finding]:
    yield from _spaced_towns(text)
    yield from _unspaced_towns(text)
