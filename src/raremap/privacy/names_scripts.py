"""Names said after "my name is", "I am" or "my son/daughter" in languages whose names no rule of
the Latin alphabet sees: Arabic, Persian, Hebrew, Hindi, Bengali, Thai, Amharic, Russian, Ukrainian,
Bulgarian, Armenian, Japanese and Chinese (traditional and simplified), and the relatives of
Baltic, Romanian, South Slavic, Albanian, Icelandic, Swahili, Indonesian and Filipino, whose
case endings ("dukrai", "dēlam") the English cues miss.

Each cue is the grammar of its language ("اسمي", "меня зовут", "मेरा नाम … है", "ስሜ … ነው",
"と申します", "我兒子"), never a name; the words after it count only when written in the same
script (one or two words; two only for "my name is" and "I am").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names_cjk import NOT_NAMES as CJK_NOT_NAMES

SOURCE = "rule:context-guess"
ARABIC = r"[\u0620-\u064A\u066E-\u06D3]+"
HEBREW = r"[\u05D0-\u05EA][\u05D0-\u05EA\u05F3]*"
DEVANAGARI = r"[\u0904-\u0939\u093D\u0950-\u0961\u0972-\u097F][\u0900-\u0963\u0971-\u097F]*"
BENGALI = r"[\u0985-\u09B9\u09DC-\u09E1][\u0980-\u09E3\u09F0-\u09FF]*"
THAI = r"[\u0E01-\u0E2E\u0E40-\u0E44][\u0E01-\u0E4E]*"
ETHIOPIC = r"[\u1200-\u135A]+"
CYRILLIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+"
ARMENIAN = r"[\u0531-\u0556][\u0561-\u0587]+"
LATIN = r"[A-ZÀ-ÖØ-ÞĀĒĪŪČŠŽĢĶĻŅĖĘĮŲ][a-zß-öø-ÿāēīūčšžģķļņėęįųő'’]+"
CJK = r"[\u4e00-\u9fff\u3005]"


def _two(word: str) -> str:
    return rf"{word}(?:\s+{word})?"


PATTERNS = [
    # Arabic and Persian: "اسمي …", "ابني …", "من … هستم", "پسرم …"
    re.compile(rf"(?<!\w)(?:اسمي|اسم\s+من|اسمم)\s+(?P<n>{_two(ARABIC)})(?=\s|[،,.]|$)"),
    re.compile(rf"(?<!\w)(?:ابني|ابنتي|بنتي|زوجي|زوجتي|پسرم|دخترم|همسرم)\s+(?P<n>{ARABIC})(?=\s|[،,.]|$)"),
    re.compile(rf"(?<!\w)من\s+(?P<n>{_two(ARABIC)})\s+هستم"),
    # a first name (no "ال" before it, as a noun has) and a family name with "ال" before an Arabic comma
    # and an age in years ("…، ٤٠ سنة")
    re.compile(rf"(?<!\w)(?P<n>(?!ال){ARABIC}\s+ال{ARABIC})\s*[،,]\s*[٠-٩\d]{{1,3}}\s*(?:سنة|سنوات|عاما|عامًا|عام)"),
    # Hebrew: "שמי …", "קוראים לי …", "הבת שלי …", "לבן שלי …", "בעלי …"
    re.compile(rf"(?<!\w)(?:שמי|קוראים\s+לי)\s+(?P<n>{_two(HEBREW)})(?=\s|[,.]|$)"),
    re.compile(rf"(?<!\w)(?:ל?ה?(?:בן|בת)\s+שלי|בני|בתי|בעלי|אשתי)\s+(?P<n>{HEBREW})(?=\s*[,.]|\s)"),
    # Hindi: "मेरा नाम … है", "मेरे बेटे …", "मेरी बेटी …"
    re.compile(rf"मेरा\s+नाम\s+(?P<n>{_two(DEVANAGARI)})\s+(?:है|हैं)"),
    re.compile(rf"(?:मेरा|मेरे|मेरी)\s+(?:बेटा|बेटे|बेटी|पति|पत्नी)\s+(?P<n>{DEVANAGARI})(?=\s|[,।]|$)"),
    # Bengali: "আমার নাম …", "আমি … (name) …", "আমার মেয়ে …", "আমার ছেলে …"
    re.compile(rf"আমার\s+নাম\s+(?P<n>{_two(BENGALI)})(?=\s|[,।]|$)"),
    re.compile(rf"আমার\s+(?:মেয়ে|মেয়ে|ছেলে|স্বামী|স্ত্রী)\s+(?P<n>{BENGALI})(?=\s|[,।]|$)"),
    # Thai: "ชื่อ …" (my name is; the first and family name split by a space), "ลูกชาย …", "ลูกสาว …"
    re.compile(rf"ชื่อ\s*(?:(?:ด\.ญ\.|ด\.ช\.|น\.ส\.)\s*)?(?P<n>{THAI}(?:\s{THAI})?)(?=\s|$)"),
    # a child's or a woman's title ("ด.ญ." girl, "ด.ช." boy, "น.ส." Miss), then the name
    re.compile(rf"(?:ด\.ญ\.|ด\.ช\.|น\.ส\.)\s*(?P<n>{THAI}(?:\s{THAI})?)(?=\s|$)"),
    # a first and a family name right before "โทร" (telephone) and its number
    re.compile(rf"(?<=\s)(?P<n>{THAI}\s{THAI})\s+โทร\.?\s*[+\d]"),
    re.compile(rf"(?:ลูกชาย|ลูกสาว)(?:ชื่อ)?\s*(?!ชื่อ)(?P<n>{THAI})(?=\s|$)"),
    # Amharic: "ስሜ … ነው" (my name is), "ልጄ …" (my child)
    re.compile(rf"ስሜ\s+(?P<n>{_two(ETHIOPIC)})\s+ነው"),
    re.compile(rf"(?:ልጄ|ልጅ(?:ዬ|ሽ)?)\s+(?P<n>{ETHIOPIC})(?=\s|[፣።]|$)"),
    # Russian, Ukrainian, Bulgarian: "меня зовут …", "мене звати …", "казвам се …", "моєму синові …"
    re.compile(rf"(?i:меня\s+зовут|мене\s+звати|казвам\s+се|зовут|звуть|звати)\s+(?P<n>{_two(CYRILLIC)})"),
    re.compile(r"(?i:мой|моя|моего|моей|моему|мою|мій|моя|мого|моєму|моїй|мою)\s+"
               rf"(?i:сын|сына|сыну|дочь|дочери|синові|сину|сина|син|донька|доньці|доньку|доня|муж|мужа|чоловік|дружина)"
               rf"\s+(?P<n>{CYRILLIC})"),
    re.compile(rf"(?i:синът|сина|дъщеря|съпругът|съпругата)\s+ми\s+(?P<n>{CYRILLIC})"),
    # Armenian: "Իմ որդին …", "Իմ դուստրը …", "ես … եմ"
    re.compile(rf"(?i:իմ)\s+(?:որդին|որդուն|դուստրը|դստերը|ամուսինը|կինը)\s+(?P<n>{ARMENIAN})"),
    re.compile(rf"(?<!\w)(?i:ես)\s+(?P<n>{_two(ARMENIAN)})\s+եմ"),
    # Japanese: "… と申します", "…です" after "私は", "娘の…", "息子の…"; Chinese "我是…", "我叫…", "我兒子…"
    re.compile(rf"(?P<n>{CJK}{{1,4}}(?:\s{CJK}{{1,3}})?)\s*(?:と申します|といいます)"),
    re.compile(rf"(?:娘|息子|夫|妻)の(?P<n>{CJK}{{1,3}})(?=[（(、,，はがもの]|\s)"),
    re.compile(rf"我(?:是|叫)(?P<n>{CJK}{{2,3}})(?=[，,。、\s]|$)"),
    re.compile(rf"我(?:的)?(?:兒子|女兒|儿子|女儿|丈夫|妻子|先生|太太)(?P<n>{CJK}{{2,3}}?)(?=[\d一二三四五六七八九十两兩]+[歲岁]|[，,。、\s])"),
    # Baltic, Romanian, South Slavic, Albanian, Icelandic, Estonian, Swahili, Indonesian, Filipino:
    # "Mano dukrai …", "Manam dēlam …", "Fiica mea …", "Moj sin …", "Djali im …", "Sonur minn …",
    # "Minu poeg …", "mtoto wangu …", "Anak saya …", "anak kong si …"
    re.compile(r"\b(?i:mano\s+(?:sūnui|sūnus|sūnaus|dukrai|dukra|dukters|vyras|vyrui|žmona)|"
               r"man(?:am|s)\s+(?:dēlam|dēls|vīram|vīrs)|man(?:ai|a)\s+(?:meitai|meita|sievai|sieva)|"
               r"fiica\s+mea|fiul\s+meu|fiicei\s+mele|fiului\s+meu|"
               r"mo(?:j|ja|jem|joj)\s+(?:sin|sinu|kći|kćeri|kćer|muž|supruga|sestra|brat|oče|mama)|"
               r"djali\s+im|vajza\s+ime|burri\s+im|gruaja\s+ime|"
               r"sonur\s+minn|dóttir\s+mín|maðurinn\s+minn|konan\s+mín|"
               r"minu\s+(?:poeg|tütar|abikaasa|mees|naine)|"
               r"mtoto\s+wangu|mwanangu|binti\s+yangu|mume\s+wangu|mke\s+wangu|"
               r"anak\s+(?:saya|kami|aku)|suami\s+saya|istri\s+saya|"
               r"anak\s+kong(?:\s+(?:lalaki|babae))?\s+(?:si|na\s+si)|asawa\s+kong\s+si|"
               # Galician and Afrikaans: "A miña nai, …", "o meu fillo …", "my pa …", "ons seun …"
               r"(?:a\s+)?miña\s+(?:nai|filla|muller|irmá|avoa)|(?:o\s+)?meu\s+(?:pai|fillo|home|irmán|avó)|"
               r"(?:my|ons)\s+(?:pa|ma|seun|dogter|oupa|ouma))"
               rf"\s*,?\s+(?P<n>{LATIN})\b"),
    # "my name is" / "I am" in the same languages: "mă numesc …", "volám sa …", "jina langu ni …",
    # "nama saya …", "ako si …", "ég heiti …", "zovem se …"
    re.compile(r"\b(?i:mă\s+numesc|ma\s+numesc|numele\s+meu\s+este|volám\s+sa|jmenuji\s+se|zovem\s+se|"
               r"jina\s+langu\s+ni|nama\s+saya|ako\s+si|ég\s+heiti|mano\s+vardas|mani\s+sauc|minu\s+nimi\s+on|"
               r"quhem|unë\s+quhem|emri\s+im\s+është)"
               rf"\s+(?P<n>{LATIN}(?:\s+{LATIN})?)\b"),
    # French, German, Dutch, Italian, Spanish, Portuguese and Scandinavian "I am" before a first and
    # last name ("je suis Awa Diallo", "ich bin Jonas Weber"): two capitalised words, so "soy
    # Argentina" or "je suis Belge" is none
    re.compile(r"\b(?i:je\s+suis|je\s+m['’]appelle|moi\s+c['’]est|ich\s+bin|ich\s+hei(?:ß|ss)e|ik\s+ben|ik\s+heet|"
               r"mi\s+chiamo|io\s+sono|me\s+llamo|yo\s+soy|eu\s+sou|chamo-me|jag\s+heter|jeg\s+heter|jeg\s+hedder)"
               rf"\s+(?P<n>{LATIN}\s+{LATIN}(?:-{LATIN})?)\b"),
]


# Words that follow "my son" or "my daughter" and are no name: "his age", "has", "is", "ill", "was".
NOT_NAMES = frozenset("""
عمره عمرها يبلغ تبلغ لديه لديها عنده عندها مصاب مصابة يعاني تعاني كان كانت هو هي الذي التي الصغير الكبرى الكبير الصغرى
است هست بود دارد ساله هم
הוא היא חולה סובל סובלת היה הייתה
को का की के है था थी भी
অসুস্থ আছে ছিল
был была болеет болен больна тоже теж хворіє
""".split())


def script_names(text: str) -> Iterator[Finding]:
    for rx in PATTERNS:
        for m in rx.finditer(text):
            name = m.group("n")
            if any(w.lower() in NOT_NAMES for w in name.split()) or any(
                    name.startswith(w) for w in CJK_NOT_NAMES if len(w) > 1):
                continue
            yield Finding(Kind.NAME, *m.span("n"), m.group("n"), SOURCE)
