"""Korean and Chinese names, which no capital letter marks: a Korean name of a common family name
and two syllables where the writer introduces themselves or a relative ("저는 김하늘입니다", "제
아들 박지호는") or before an age ("최유진 (29세)"); a Chinese name of two or three characters
before an age ("陈思远, 38岁") or after a relative ("我儿子 李明").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

# The commonest Korean family names (about nine people in ten carry one of them).
KOREAN_FAMILY = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나"
KOREAN_NAME = rf"[{KOREAN_FAMILY}][가-힣]{{2}}"
KOREAN = re.compile(
    rf"(?<![가-힣])(?P<a>{KOREAN_NAME})(?=입니다|이에요|예요|이고|\s?씨|\s?님)"
    # a name right before a mobile number ("정하준 010-…")
    rf"|(?<![가-힣])(?P<e>{KOREAN_NAME})(?=\s+(?:\+82[\s-]?|0)1\d[\s-]?\d{{3,4}}[\s-]?\d{{4}})"
    rf"|(?:저는|(?:제\s*)?(?:딸|아들|남편|아내|엄마|아빠|어머니|아버지|동생|형|누나|언니|오빠))\s*(?P<b>{KOREAN_NAME})"
    rf"(?=는|은|이|가|입니다|,|\s)"
    # "아들 민준이가", "딸 서연이는": a relative's given name of two syllables, then "-이" and a particle
    rf"|(?:딸|아들|남편|아내|동생)\s+(?P<d>[가-힣]{{2}})(?=이가|이는|이도|이를|이\s|\s*[(（]\s*\d{{1,2}}\s*(?:살|세))"
    rf"|(?<![가-힣])(?P<c>{KOREAN_NAME})\s*[,(（]\s*\d{{1,3}}\s*(?:세|살)")
CHINESE = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<a>[\u4e00-\u9fff]{2,3})\s*[,，、]?\s*\d{1,3}\s*[岁歲]"
    # "王浩然（3岁）", "健太（生後8か月）", "刘德明（六十八岁）": a name with its age in brackets
    r"|(?<![\u4e00-\u9fff])(?P<c>[\u4e00-\u9fff]{2,3})(?=[（(]\s*(?:生後\s*)?[\d一二三四五六七八九十两兩]{1,4}\s*(?:岁|歲|歳|か月|ヶ月))"
    # "联系人王建军，电话 …": the contact person, a family member or guardian named in a form
    r"|(?:联系人|聯絡人|联络人|家属|家屬|监护人|監護人)\s*[:：]?\s*(?P<d>[\u4e00-\u9fff]{2,3})(?=[,，、\s]|电话|電話|$)"
    # "高橋 健、72歳": a Japanese family and given name with a space, then the age
    r"|(?<![\u4e00-\u9fff\u3005])(?P<j>[\u4e00-\u9fff\u3005]{1,3}\s[\u4e00-\u9fff\u3005]{1,3})"
    r"(?=\s*[、,，（(]\s*\d{1,3}\s*[歳岁歲])"
    r"|我(?:的)?(?:女儿|儿子|丈夫|妻子|妈妈|爸爸|母亲|父亲|孩子|哥哥|姐姐|弟弟|妹妹)\s*(?P<b>[\u4e00-\u9fff]{2,3})"
    r"(?=\s|[,，（(]|今年|是|患|确诊)")

# Words that stand before an age in a record and are nobody's name.
NOT_NAMES = frozenset("男性 女性 患者 病人 男孩 女孩 孩子 今年 目前 现在 儿子 女儿 男 女 年龄 发病 确诊 诊断 息子 娘 長男 長女 次男 次女".split())


def cjk_names(text: str) -> Iterator[Finding]:
    for rx in (KOREAN, CHINESE):
        for m in rx.finditer(text):
            g = next(g for g in "abcdej" if g in rx.groupindex and m.group(g))
            if m.group(g) in NOT_NAMES:
                continue
            yield Finding(Kind.NAME, *m.span(g), m.group(g), "rule:context-guess")
