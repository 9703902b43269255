"""Chinese and Japanese names found by the words around them rather than by a cue of "my name is":

- a Japanese name before an honorific ("ハルトくん", "山本 健くん", "佐藤 由美 様"; in katakana or
  kanji), common nouns with the same endings ("患者さん", "赤ちゃん", "お母さん") left out;
- a Chinese name right after the record's word for the patient ("患儿王小明，5岁");
- a family and a given name split by a space before an age, an honorific between them allowed
  ("山田 花子、31歳", "木村 蒼 様（9歳）").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names_cjk import NOT_NAMES as CJK_NOT_NAMES

SOURCE = "rule:context-guess"
HAN = r"[\u4e00-\u9fff\u3005]"
KATAKANA_OR_HAN = r"[\u30a1-\u30fa\u30fc\u4e00-\u9fff\u3005]"
HONORIFICS = r"(?:くん|ちゃん|さん|様)"
HONOURED = re.compile(
    rf"(?<![\u30a0-\u30ff\u4e00-\u9fff\u3005])(?P<j>{KATAKANA_OR_HAN}{{1,4}}(?:\s{KATAKANA_OR_HAN}{{1,3}})?)"
    rf"(?=\s?{HONORIFICS})")
PATIENT = re.compile(rf"(?:患儿|患兒|患者|病人|患童)(?P<p>{HAN}{{2,3}})(?=[，,、（(\s]|\d)")
SPLIT_AGED = re.compile(
    rf"(?<![\u4e00-\u9fff\u3005])(?P<s>{HAN}{{1,2}}\s{HAN}{{1,2}})"
    rf"(?=\s?{HONORIFICS}?\s*[,，、（(]\s*[\d一二三四五六七八九十两兩]{{1,3}}\s*[岁歲歳])")
# Japanese words that take an honorific and are nobody's name.
NOT_HONOURED = frozenset("""
患者 看護師 先生 医師 医者 皆 皆様 母 父 姉 兄 妹 弟 娘 息子 奥 赤 客 主人 旦那 嫁 孫 子 子供 彼 彼女 婆 爺
親御 家族 本人 担当 先輩 後輩 店員 運転手 ママ パパ
""".split())


def honoured_names(text: str) -> Iterator[Finding]:
    for rx, g in ((HONOURED, "j"), (PATIENT, "p"), (SPLIT_AGED, "s")):
        for m in rx.finditer(text):
            name = m.group(g)
            if name in CJK_NOT_NAMES or name.split()[-1] in NOT_HONOURED:
                continue
            yield Finding(Kind.NAME, *m.span(g), name, SOURCE)
