"""Hospitals named with a word for "hospital" or "clinic" that the rules of ``hospitals`` do not
read: in Cyrillic ("Морозовская детская больница", "больница имени Филатова", "ДГКБ № 9",
"УМБАЛ Александровска"), Greek ("Νοσοκομείο Παίδων Αγία Σοφία"), Hebrew ("בית החולים שיבא"),
Arabic ("مدينة الملك فهد الطبية"), Urdu, Indian scripts, Sinhala, Georgian and Armenian (the
word after the name), Khmer and Lao; and in Latin letters "Clinique …", "Sanatorio …",
"Centro Hospitalar …", "Azienda Ospedaliera …", "Universitätsmedizin …", "… Medisch Centrum",
"Fakultní nemocnice …", "… Kórház", "Klinički centar …", "Spitali …", "bệnh viện …", "RS …",
"Hospitali ya …", "… Medical College", "… Medical City".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME = rf"[{UPPER}][\w'’.-]*"
_NAMES = rf"{_NAME}(?:\s+(?:(?:de|del|la|di|da|do|dos|das|du|des|d['’]|l['’]|y|e|i)\s+)*{_NAME}){{0,4}}"
SOURCE = "rule:hospital"

# Russian, Ukrainian and Bulgarian: adjectives then the word for a hospital or clinic
# ("Морозовская детская городская клиническая больница"), the word then "имени …" or "№ 9", or
# the initials of a kind of hospital ("ДГКБ № 9", "ОДКБ", "УМБАЛ Александровска").
_CYR_UP = "А-ЯЁІЇЄҐ"
_CYR = "а-яёіїєґ"
_ADJ_END = rf"[{_CYR}-]*(?:ая|яя|ой|ей|ую|ый|ий|ое|ого|ому|ої|ій|на|ча|ка|ва|ска|ська)"
_CYR_WORD = rf"(?:больниц|лікарн|болниц|клиник|клінік|госпитал|шпитал)[{_CYR}]*"
_CYR_NAME = rf"(?:им\.|имени|імені|ім\.)\s+(?:[{_CYR_UP}]\.\s*){{0,2}}[{_CYR_UP}][{_CYR}-]+"
_CYR_NUMBER = r"(?:\s*№\s*\d{1,3})"
NOT_ADJECTIVES = frozenset("""
вчера сегодня завтра потом тогда теперь сейчас сначала наша ваша моя твоя эта та одна вся своя
ця вона мама дочка сына сина его она они мы вы
""".split())
CYRILLIC = re.compile(
    rf"(?<![{_CYR_UP}{_CYR}])(?P<adj>[{_CYR_UP}]{_ADJ_END}(?:\s+[{_CYR}]{_ADJ_END}){{0,4}})\s+{_CYR_WORD}"
    rf"{_CYR_NUMBER}?(?:\s+{_CYR_NAME})?"
    rf"|(?<![{_CYR_UP}{_CYR}]){_CYR_WORD}(?:{_CYR_NUMBER}(?:\s+{_CYR_NAME})?|\s+{_CYR_NAME})"
    rf"|(?<![{_CYR_UP}{_CYR}])(?:Д?ГКБ|ОД?КБ|РД?КБ|ДРКБ|ДОКБ|ЦРБ|ОДБ|ФНКЦ|У?МБАЛ|СБАЛ[{_CYR_UP}]*)(?![{_CYR_UP}{_CYR}])"
    rf"(?:{_CYR_NUMBER}|\s+[«\"]?[{_CYR_UP}][{_CYR}-]+»?)?(?:\s+{_CYR_NAME})?")
# Greek: "Νοσοκομείο Παίδων «Η Αγία Σοφία»", "στο νοσοκομείο Ευαγγελισμός", "Κλινική Υγεία".
_GR_UP = "Α-ΩΆΈΉΊΌΎΏ"
GREEK = re.compile(
    rf"(?:[{_GR_UP}][\u0370-\u03FF\u1F00-\u1FFF]+\s+)?[Νν]οσοκομεί[\u0370-\u03FF]*(?:\s+Παίδων)?"
    rf"\s+«?(?:(?:Η|Ο|Το|η|ο|το)\s+)?[{_GR_UP}][\u0370-\u03FF\u1F00-\u1FFF.-]*"
    rf"(?:\s+(?:&\s+|και\s+)?[{_GR_UP}][\u0370-\u03FF\u1F00-\u1FFF.-]*){{0,2}}»?"
    rf"|\b[Κκ]λινικ[\u0370-\u03FF]*\s+[{_GR_UP}][\u0370-\u03FF\u1F00-\u1FFF.-]*")
# Hebrew: "בית החולים שיבא", "בבית החולים לילדים שניידר", "ביה\"ח איכילוב", "המרכז הרפואי סורוקה".
_HE = "\u05D0-\u05EA"
HEBREW = re.compile(
    rf"(?:בית\s+(?:ה)?חולים|בי(?:ה)?[\"״]ח|(?:ה)?מרכז\s+(?:ה)?רפואי)"
    rf"(?:\s+(?:לילדים|לנשים|הכללי|האוניברסיטאי|הממשלתי))?\s+(?P<name>[{_HE}][{_HE}\"״׳'-]+)")
# Arabic: "مدينة الملك فهد الطبية", "مركز الملك حسين للسرطان"; Urdu "آغا خان ہسپتال".
ARABIC = re.compile(
    r"مدينة(?:\s+[\u0600-\u06FF]+){1,3}\s+الطبية"
    r"|مركز(?:\s+[\u0600-\u06FF]+){1,3}\s+(?:الطبي|للسرطان|للقلب)"
    r"|[\u0600-\u06FF]+\s+(?:ہسپتال|اسپتال|ہاسپٹل)")
# The word for a hospital after the name, in Indian scripts, Sinhala, Georgian and Armenian;
# before it in Khmer and Lao, written without spaces.
AFTER_NAME = re.compile(
    r"[\u0B80-\u0BFF]+\s+மருத்துவமனை"
    r"|[\u0C00-\u0C7F]+\s+(?:ఆసుపత్రి|వైద్యశాల)"
    r"|[\u0C80-\u0CFF]+\s+ಆಸ್ಪತ್ರೆ"
    r"|[\u0D00-\u0D7F]+\s+ആശുപത്രി"
    r"|[\u0900-\u097F]+\s+(?:रुग्णालय|चिकित्सालय|हॉस्पिटल)"
    r"|[\u0A80-\u0AFF]+\s+હોસ્પિટલ"
    r"|[\u0A00-\u0A7F]+\s+ਹਸਪਤਾਲ"
    r"|[\u0D80-\u0DFF]+\s+රෝහල"
    r"|(?:[\u10A0-\u10FF]+\s+){1,2}(?:საავადმყოფო|კლინიკა|ჰოსპიტალი)"
    r"|[\u0531-\u0556][\u0561-\u0587]+(?:\s+[\u0561-\u0587]+)?\s+(?:հիվանդանոց[\u0561-\u0587]*|բժշկական\s+կենտրոն[\u0561-\u0587]*)"
    r"|មន្ទីរពេទ្យ\s*[\u1780-\u17FF]+|ໂຮງໝໍ\s*[\u0E80-\u0EFF]+")
# Latin letters: a word for a hospital or clinic before the name.
OPENING = re.compile(
    r"\b(?:Clinique|Polyclinique|Groupe\s+[Hh]ospitalier|Centre\s+hospitalier(?:\s+universitaire)?|Sanatorio|Sanatório|"
    r"Centro\s+M[ée]dico|Complejo\s+Hospitalario|Centro\s+Hospitalario|Centro\s+Hospitalar|Complexo\s+Hospitalar|"
    r"Unidade\s+Local\s+de\s+Saúde|Maternidade|Policl[íi]nica|Azienda\s+Ospedalier[ao](?:[\s-]+[Uu]niversitaria)?|"
    r"Presidio\s+Ospedaliero|IRCCS|Universitätsmedizin|Unimedizin|"
    r"(?:Herz|Epilepsie|Kinder|Tumor|Krebs|Transplantations|Stoffwechsel|Muskel|Rheuma|Perinatal)zentrum|"
    r"[Ff]akultní\s+nemocnice|[Ff]akultná\s+nemocnica|[Nn]emocnice\s+(?:v|na|u)|[Ss]plošna\s+bolnišnica|"
    r"Klinički\s+(?:bolnički\s+)?cent(?:ar|er)|Univerzitetni\s+klinični\s+center|Spitali|Institutul\s+(?:Clinic|Oncologic|Național|National)|"
    r"[Bb]ệnh\s+[Vv]iện|RS(?:U|UD|UP|IA|AB|PAD|AL|AU|K|J)?|Hospitali\s+ya|Zahanati\s+ya|Ospital\s+ng)"
    rf"\s+(?P<name>(?:(?:di|de|del|della|do|da|dos|du|des|la|d['’]|l['’])\s*){{0,2}}{_NAMES}(?:\s+\d{{1,2}}\b)?|\d{{1,3}}\b)")
# Latin letters: the name, then the word for a hospital or clinic.
CLOSING = re.compile(
    rf"\b(?P<name>{_NAME}(?:\s+{_NAME}){{0,3}})[\s-]+(?:[Mm]edisch\s+[Cc]entrum|[\w]*[Gg]asthuis|[\w]*hospitaal|"
    r"[\w]*sjukehus(?:et)?|[Uu]niversitetshospital(?:et)?|[\w]*[Kk]órház(?:a)?|Klinikai\s+Központ|Tıp\s+Fakültesi|"
    r"Medical\s+College|Medical\s+City|Health\s+Sciences\s+Cent(?:re|er)|Polyclinic|Sanatorium|"
    r"(?:Cancer|Heart|Eye|Neurological|Children['’]s)\s+Institute|"
    r"Institute\s+of\s+(?:Medical\s+Sciences|Child\s+Health|Cardiology|Neurology|Oncology|Paediatrics|Pediatrics|"
    r"Health\s+Sciences|Kidney\s+Diseases|Mental\s+Health))\b")
LEADING = frozenset({"The", "A", "An", "At", "In", "My", "Our", "To", "From", "We", "I", "Het", "De", "Een", "Im", "Die",
                     "Der", "Das", "La", "Le", "El", "Il", "Lo", "O"})


def find_keyword_hospitals(text: str) -> Iterator[Finding]:
    """Hospitals named with a word for "hospital" in the languages and scripts above."""
    for rx in (CYRILLIC, GREEK, ARABIC, AFTER_NAME, OPENING):
        for m in rx.finditer(text):
            if rx is CYRILLIC and m.group("adj") and m.group("adj").split()[0].lower() in NOT_ADJECTIVES:
                continue  # "Вчера в больнице": a word opening the sentence, no hospital's name
            found = m.group()
            stop = re.search(r"[^\W\d_]{3,}\.(?=\s)", found)  # "… de Toulouse. Je …": the sentence ends
            found = (found[:stop.end() - 1] if stop else found).rstrip(".,")
            yield Finding(Kind.HOSPITAL, m.start(), m.start() + len(found), found, SOURCE)
    for m in HEBREW.finditer(text):
        yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), SOURCE)
    for m in CLOSING.finditer(text):
        start, words = m.start(), m.group("name").split()
        while len(words) > 1 and words[0] in LEADING:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0] in LEADING:
            continue
        yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], SOURCE)
