"""Hospitals and clinics named without an English keyword: a gazetteer of well-known
hospitals (``data/hospitals.txt``) and the words other languages use for a hospital
("Klinikum rechts der Isar", "Hôpital Necker", "Policlinico Gemelli").

Names with an English keyword ("St Mary's Hospital", "Mayo Clinic") are found by the
``HOSPITAL`` rule in ``patterns``; names nobody listed are left to the NER model, which
reports an organisation after "at", "to" or "from" in a sentence about care as a hospital.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources

from raremap.privacy.data_files import data_lines
from raremap.privacy.finding import Finding
from raremap.privacy.hospitals_inflected import find_inflected_hospitals
from raremap.privacy.hospitals_keywords import find_keyword_hospitals
from raremap.privacy.kinds import Kind

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# Hospital words in other languages, then the name: particles in lower case may sit between
# capitalised words ("rechts der Isar", "de la Santa Creu").
FOREIGN = re.compile(
    rf"\b(?:[{UPPER}][\wäöüß-]*)?(?:[Kk]linikum|[Kk]linik|Krankenhaus|Zentrum\s+für|Centrum\s+für|Bệnh\s+viện|Spital|Hôpital|Hopital|Ospedale|"
    rf"Policlinico|Clínica|Clinica|Hospital\s+Universitario|Hospital\s+Universitari|Centre\s+Hospitalier|"
    rf"CHU|Sjukhus|Sygehus|Ziekenhuis|Uniklinik|Szpital|Centrum\s+Zdrowia|Centrum\s+Medyczne|Nemocnice|"
    # a bare "Hospital" then a name is the Spanish or Portuguese order ("Hospital 12 de Octubre")
    rf"Kórház|Ospital|Hospital(?=\s+[{UPPER}]|\s+\d{{1,2}}\s+de\s+[{UPPER}]|\s+(?:de|do|da|dos|das|del)\s+[{UPPER}]))"
    rf"(?:\s+\d{{1,2}}(?=\s+de\s))?"
    rf"(?:\s+(?:(?:de|du|des|la|le|l['’]|d['’]|di|del|della|der|die|das|rechts|links|am|an|von|vom|"
    rf"zum|y|i|e|San|Santa|São|Santo|dos|das|do|da)\s+)*(?:[{UPPER}][\w'’.-]*|\d{{1,2}}\b(?![.:/-])(?!\s+(?:de\s+)?[^\W\d_]+\s+\d{{4}})))+")
ENGLISH_BEFORE = re.compile(rf"[{UPPER}][\w'’.-]*\s+$")
# "Wilhelmina Kinderziekenhuis", "Akademiska sjukhuset": a name before a compound that ends
# in a hospital word of another language.
COMPOUND = re.compile(
    rf"\b(?:[{UPPER}][\w'’.-]+\s+){{1,3}}[\wäöüåæø]*(?i:ziekenhuis|krankenhaus|klinikum|kliniken|"
    r"sjukhus(?:et)?|sygehus|sykehus(?:et)?|(?<!ho)spital|sairaala)\b")
# "Ege Üniversitesi Tıp Fakültesi Hastanesi", "서울대학교병원", "北京协和医院": a hospital word that
# closes the name, in Turkish, Korean, Chinese and Japanese.
CLOSING_WORD = re.compile(
    rf"\b(?:[{UPPER}][\w'’.-]+\s+){{1,4}}(?:Hastanesi|Hastahanesi|Kliniği)\b"
    r"|[\u4e00-\u9fff가-힣]{2,}(?:병원|의료원|医院|醫院|病院|医大|醫大)")
# Hospitals named in languages and scripts the rules above miss: a hospital word opening the name
# (Welsh "Ysbyty", Irish "Ospidéal", Maltese "Isptar", Icelandic "Sjúkrahús", Romanian "Spitalul",
# South Slavic "Bolnica", Slovak "Nemocnica", Indonesian "Rumah Sakit" and its short forms "RSUP",
# "RSUD", Arabic "مستشفى", Persian "بیمارستان", Thai "โรงพยาบาล"); a Baltic or Estonian one closing it,
# perhaps after words in small letters ("… klīniskā universitātes slimnīca", "… Kliinikum",
# "… klinikos"); Bengali "হাসপাতাল", Amharic "ሆስፒታል", Hindi "अस्पताल" after the name.
MORE_OPENING = re.compile(
    rf"\b(?:Ysbyty|Ospidéal|Isptar|Sjúkrahús(?:ið)?|Spitalul|Bolnica|Bolnišnica|Nemocnica|Rumah\s+Sakit|"
    rf"RSUP|RSUD|RSAB|RSIA|Instituto\s+Nacional\s+de|Institut\s+National\s+de)"
    rf"(?:\s+(?:(?:de|del|la|na|an|il|ta|dr\.?|Dr\.?)\s+)*[{UPPER}][\w'’.-]*)+"
    r"|(?:مستشفى|بیمارستان|بيمارستان)(?:\s+[\u0600-\u06FF]+){1,3}"
    r"|โรงพยาบาล[\u0E00-\u0E7F]+")
MORE_CLOSING = re.compile(
    rf"\b[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{0,2}}(?:\s+[a-zà-öø-ÿā-ž][\w'’-]{{4,}}){{0,2}}\s+(?i:slimnīc\w*|klinikos|klinikose|ligonin\w*|"
    r"kliinikum\w*|haigla\w*|sjúkrahús\w*)\b"
    r"|(?:[\u0980-\u09FF]+\s+){1,3}হাসপাতাল|(?:[\u1200-\u137F]+\s+){1,3}ሆስፒታል"
    r"|(?:[\u0900-\u097F]+\s+){1,3}अस्पताल")
# "Leicester General", "Northern General": a town's general hospital, said short.
TOWN_GENERAL = re.compile(rf"\b(?P<town>[{UPPER}][a-z]+(?:\s[{UPPER}][a-z]+)?)\s+General\b(?!\s+[{UPPER}a-z])")
# "treated at PIMS", "UZA dermatology", "Chapel Allerton rheumatology": an acronym where care
# happens, or a name before the department that gives it.
SPECIALTY = (r"(?:rheumatology|dermatology|neurology|cardiology|nephrology|ha?ematology|oncology|genetics|"
             r"endocrinology|gastroenterology|hepatology|immunology|urology|ophthalmology|"
             r"paediatrics|pediatrics|neuromuscular\s+service|metabolic\s+(?:clinic|service|unit)|"
             r"transplant\s+unit)")
CARE_AT = re.compile(
    r"\b(?i:treated|seen|followed|admitted|referred|transferred|operated|diagnosed|transfusions?|"
    r"infusions?|dialysis|surgery)\s+(?:at|to|in)\s+(?:the\s+)?(?P<a>[A-Z]{3,6})\b(?![-/]?\d)(?![\w-])"
    rf"|(?P<b>\b[A-Z]{{3,6}}|(?<![.!?]\s)(?<!^)\b[{UPPER}][a-z]+(?:\s[{UPPER}][a-z]+){{0,2}})\s+{SPECIALTY}\b")
# The same in other languages: "Liječimo se u KBC …", "Ndiqet në QSUT", "Hodi v UKC …",
# "Atenden-na no CHUAC", "seguido no …", "Han följs på …", "Hoito TYKS", "इलाज SGPGI": a verb of
# care, perhaps "at", then an acronym, perhaps with its town.
CARE_VERBS_ABROAD = (
    r"(?i:lije[čc]\w*(?:\s+se)?|lie[čc]\w*(?:\s+sa)?|ndiq\w*|hodi(?:m|mo)?|atend\w*(?:-n[ao]s?)?|"
    r"seguid[oa]s?|seguimos|seguit[oa]|følges|følger|följs|följer|behandelt|behandelt\s+wird|tratad[oa]s?|"
    r"suivie?s?|curat[oa]|gaat\s+naar|hoito|hoidossa|इलाज)")
CARE_AT_ABROAD = re.compile(
    rf"(?<!\w){CARE_VERBS_ABROAD}"
    r"\s+(?:(?i:u|na|në|ne|v|no|em|en|el|à|au|la|al|alla|presso|im|am|in|het|på|i|di)\s+){0,2}"
    rf"(?P<a>[A-Z]{{3,6}}(?:\s+[{UPPER}][a-zà-ÿā-ž]+)?)\b(?![-/]?\d)")
TITLE_BEFORE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Miss|Dr\.|Prof\.)\s+$")
NOT_DEPARTMENT_NAMES = frozenset("""
paediatric pediatric adult clinical medical general genetic neonatal child children the my our his her
their dr prof doctor professor local regional national private nhs specialist consultant
""".split())
# "Birmingham Children's", "Sheffield Children's": a town's children's hospital.
CHILDRENS = re.compile(rf"\b(?:[{UPPER}][\w'’.-]+\s+){{1,2}}Children['’]s\b(?!\s+(?:Hospital|Clinic|Health|books?|toys?|TV))"
                       # "Children's Health Ireland", "Children's Health Queensland": a children's health service
                       rf"|\bChildren['’]s\s+Health\s+[{UPPER}][a-z]+\b")
# "St George's", "Saint Luke's": a saint's name is a hospital when care happens there.
SAINTS = re.compile(rf"\b(?:St\.?|Saint)\s+[{UPPER}][a-z]+['’]s\b(?!\s+(?:Hospital|Clinic|Church|School|Day))")
CARE = re.compile(
    r"\b(?:treat\w*|admit\w*|refer\w*|seen|saw|ward|clinic|doctors?|consultant|cardiolog\w*|"
    r"neurolog\w*|specialist|surgeon|surgery|operat\w*|biops\w*|scan|infusion|appointment|works?|"
    r"born|diagnos\w*|transplant\w*|test\w*)\b", re.IGNORECASE)
# "Brook Lane Surgery", "Riverside Medical Practice", "Elm Tree Health Centre": a GP's practice.
PRACTICE = re.compile(
    rf"\b(?:[{UPPER}][\w'’.-]+\s+){{1,3}}(?:Surgery|(?:Medical|Family|Group|GP)\s+Practice|"
    r"Practice|Medical\s+Group|Health\s+Cent(?:re|er))\b")
PRACTICE_WORDS = frozenset({"surgery", "practice", "medical", "family", "group", "gp", "health", "centre", "center"})
# Words before "Surgery" or "Practice" that name an operation or a field, not a practice.
NOT_PRACTICE = frozenset("""
cardiac heart brain spinal spine plastic day general keyhole eye hip knee back dental oral weight
bariatric major minor emergency elective open robotic laser cosmetic vascular thoracic
orthopaedic orthopedic paediatric pediatric neonatal fetal foetal gastric bypass transplant
colorectal cranial craniofacial facial jaw ear nose throat ent hand foot breast lung liver kidney
bowel epilepsy tumour tumor cancer reconstructive neuro neurosurgery private best good clinical
nursing medical the a an my our his her their at in to from this that
""".split())
AT = re.compile(r"\b(?:at|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
PREPOSITION = re.compile(r"(?:\bat|\bto|\bfrom|\bin|\bnear|\bby|\bà|\bau|\baux|\bem|\bno|\bna|\bnel|\bnella|\bim|"
                         # "en el Británico", "à la Pitié", "in der Hauner", "til Riget", "sa PGH"
                         r"\ben(?:\s+(?:el|la))?|\bal|\balla|\bà\s+la|\bin\s+(?:der|het)|\bbij|\bnaar|\btil|\bpå|\bhos|\bsa)\s+(?:the\s+)?$|\bà\s+l['’]$"
                         # "the day unit (Whittington)": a place of care named in brackets
                         r"|\b(?:unit|clinic|ward|team|service|department|centre|center)\s*\($", re.IGNORECASE)


@lru_cache(maxsize=1)
def listed_hospitals() -> tuple[tuple[str, bool], ...]:
    """The well-known hospitals of ``data/hospitals.txt``, each with whether it needs a
    preposition before it (a line ending in " ?": a name that is also a place or a person)."""
    return tuple((line[:-2].strip(), True) if line.endswith(" ?") else (line, False)
                 for line in data_lines("hospitals.txt"))


# Scripts written without spaces between words (Chinese, Japanese, Korean with its particles, Thai):
# a listed name there is found inside the run of letters ("在高雄長庚追蹤", "세브란스에서").
UNSPACED = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF가-힣]")
# A name in Cyrillic takes a case ending ("в Охматдиті", "в Морозовской"); a name in Hebrew or
# Arabic may follow a one-letter preposition or "and" written as part of the word ("בשיבא",
# "بقصر العيني"), a French or Italian one an elided article ("à l'Archet", "dell'Angelo").
CYRILLIC_ENDING = "[а-яёіїєґ]{0,4}"
PREFIXED = (r"(?<=(?<!\w)[בלמוהשכ])|(?<=(?<!\w)[בלמוהשכ][בלמוהשכ])|(?<=(?<!\w)[بلوف])"
            r"|(?<=(?<!\w)[lLdD]['’])|(?<=(?<!\w)dell['’])")


def _listed(name: str) -> str:
    return re.escape(name) + (CYRILLIC_ENDING if "\u0400" <= name[-1] <= "\u04FF" else "")


@lru_cache(maxsize=1)
def gazetteer() -> tuple[re.Pattern, frozenset[str]]:
    """(pattern for every listed name, names that need a preposition before them)."""
    names = sorted((name for name, _ in listed_hospitals()), key=len, reverse=True)
    guarded = {name for name, needs_preposition in listed_hospitals() if needs_preposition}
    spaced = "|".join(_listed(n) for n in names if not UNSPACED.match(n))
    unspaced = "|".join(re.escape(n) for n in names if UNSPACED.match(n))
    pattern = re.compile(rf"(?:(?<![\w'’-])|{PREFIXED})(?:{spaced})(?![\w-])(?:['’]s\b)?|(?:{unspaced})")
    return pattern, frozenset(guarded)


# "Dr Roy at CHUS", "her neurologist at UZL": an acronym where a doctor works is a hospital.
CLINICIAN_AT = re.compile(
    r"\b(?:(?:Dr|Prof|Professor|Doctor)\.?\s+[A-Z][\w'’-]+|(?i:consultant|specialist|surgeon|doctor|team|"
    r"\w+ologist|\w+iatrician|physician|nurse|geneticist|rheumatologist))\s+at\s+(?:the\s+)?"
    r"(?P<h>[A-Z]{3,8})\b(?![-/]?\d)")
NOT_HOSPITAL_ACRONYMS = frozenset("""
NHS ICU NICU PICU HDU CCU GP GPS UK USA EU WHO CDC NIH FDA EMA NICE MRI EEG ECG EKG CT PET ER
A&E ED OPD AOK TK DAK BUPA AXA
ENT ORL HNO MDT SLT SALT CAMHS ITU OBGYN
""".split())  # the last line: departments and teams ("referred to ENT", "HNO-Ambulanz"), no place


SENTENCE_STOP = re.compile(r"\b([^\W\d_]{4,})\.(?=\s)")
TITLE_WORDS = frozenset({"Prof", "Dott", "Univ", "Doctor", "Dokter", "Prim", "Doc"})


def _more_hospitals(text: str, is_town: Callable[[str], bool]) -> Iterator[Finding]:
    for rx in (MORE_OPENING, MORE_CLOSING):
        for m in rx.finditer(text):
            start = m.start()
            while rx is MORE_CLOSING and text[start].islower() and " " in text[start:m.end()]:
                start = text.index(" ", start) + 1  # "ārstējas Paula …": Ā-Ž holds small letters too
            if rx is MORE_CLOSING and text[start].islower():
                continue
            found = text[start:m.end()].rstrip(".")
            # "Spitalul Sfânta Maria Iași. Mirela Onofrei, …": the sentence ends at a word's stop
            # (not a title's: "RSUP Prof. Ngoerah")
            stop = next((s for s in SENTENCE_STOP.finditer(found) if s.group(1) not in TITLE_WORDS), None)
            found = found[:stop.end() - 1] if stop else found
            yield Finding(Kind.HOSPITAL, start, start + len(found), found, "rule:hospital")
    for m in CLOSING_WORD.finditer(text):
        yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital")
    for m in TOWN_GENERAL.finditer(text):
        if is_town(m.group("town")):
            yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital")
    for m in CARE_AT_ABROAD.finditer(text):
        if m.group("a").split()[0] not in NOT_HOSPITAL_ACRONYMS:
            yield Finding(Kind.HOSPITAL, *m.span("a"), m.group("a"), "rule:hospital")
    for m in CARE_AT.finditer(text):
        g = "a" if m.group("a") else "b"
        words = m.group(g).lower().split()
        if (m.group(g) in NOT_HOSPITAL_ACRONYMS or any(w in NOT_DEPARTMENT_NAMES for w in words)
                or TITLE_BEFORE.search(text, max(0, m.start(g) - 8), m.start(g))):
            continue  # "Dr Okafor rheumatology": a doctor's name, not a place
        yield Finding(Kind.HOSPITAL, *m.span(g), m.group(g), "rule:hospital")


# After a listed name that is also a place or a person: a town or a record's keyword makes it
# the hospital ("Referral Beaumont Dublin:", "Chulalongkorn HN 55-…"), and so does a part of a
# hospital or its note, perhaps after its field ("the Brigham burns unit", "Severance note:",
# "Hopkins genetics clinic").
GUARDED_AFTER = re.compile(r"\s+(?:HN|MRN|UR|Hosp\.?\s+no\.?|hospital\s+no\.?)\s*[:#]?\s*\d|\s+(?P<town>[A-Z][a-z]+)\b"
                           # the words between are no disease's ("Bethlem myopathy clinic")
                           r"|(?:\s+(?![a-z]*(?:pathy|trophy|plasia|itis|osis|oma|a?emia|syndrome|disease|palsy)\b)[a-z]+){0,2}"
                           r"\s+(?:unit|ward|wards|clinic|outpatients|theatres?|note|discharge\s+letter)\b")


LONGER_NAME = re.compile(r" [A-Z][a-z]+\b")
IN_TOWN = re.compile(r"(?i:in|near|by|from|to|en|em|naar|til|sa)\b")
ID_AFTER = re.compile(r"[ :#-]{0,2}\d{5,}")


def _guarded_ok(text: str, end: int, is_town: Callable[[str], bool]) -> bool:
    m = GUARDED_AFTER.match(text, end)
    return m is not None and (m.group("town") is None or is_town(m.group("town")))


def _no_town(word: str) -> bool:
    return False


def find_hospitals(text: str, is_town: Callable[[str], bool] = _no_town) -> Iterator[Finding]:
    """Places of care in ``text``; ``is_town`` tells a known town (the caller's gazetteer), for
    "Leicester General" and a listed name followed by its town."""
    yield from _more_hospitals(text, is_town)
    yield from find_keyword_hospitals(text)
    yield from find_inflected_hospitals(text)
    for m in CLINICIAN_AT.finditer(text):
        if m.group("h") not in NOT_HOSPITAL_ACRONYMS:
            yield Finding(Kind.HOSPITAL, *m.span("h"), m.group("h"), "rule:hospital")
    pattern, guarded = gazetteer()
    for m in pattern.finditer(text):
        name = re.sub(r"['’]s$", "", m.group()) if m.group() not in _names() else m.group()
        place = PREPOSITION.search(text[max(0, m.start() - 12):m.start()])
        if name in guarded and not _guarded_ok(text, m.end(), is_town) and (
                not place or is_town(name) and IN_TOWN.match(place.group())):
            continue  # "lives in Austin", "from Austin": a town that is also a hospital's name is the town
        if name in guarded and not _guarded_ok(text, m.end(), is_town) and LONGER_NAME.match(text, m.end()):
            continue  # "at King's Cross", "at Grady Smith's": a longer name nobody listed goes on
        if name.isupper() and ID_AFTER.match(text, m.end()):
            continue  # "CUH 1188340": a hospital's initials opening a record number belong to it
        yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital-list")
    for rx in (_small_names(), _titled_initials()):
        for m in rx.finditer(text):
            if SMALL_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not is_town(m.group()):
                yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital-list")
    for m in FOREIGN.finditer(text):
        if (m.group().startswith("Hospital") and ENGLISH_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and m.group()[len("Hospital"):].replace(" ", "").isupper()):
            continue  # "Great Ormond Street Hospital MRN …": the English order, found by the keyword rule
        end = m.end() - (m.group().endswith(".") and not re.search(r"\b\w{1,3}\.$", m.group()))
        stop = re.search(r"[^\W\d_]{4,}\.(?=\s)", text[m.start():end])
        end = m.start() + stop.end() - 1 if stop else end  # "… de Santo António. Morada: …": the sentence ends
        yield Finding(Kind.HOSPITAL, m.start(), end, text[m.start():end], "rule:hospital")
    for m in COMPOUND.finditer(text):
        start, words = m.start(), m.group().split(" ")
        while len(words) > 1 and words[0] in ("The", "A", "An", "At", "In", "My", "Our", "To", "From"):
            start += len(words[0]) + 1
            words = words[1:]
        yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], "rule:hospital")
    for m in CHILDRENS.finditer(text):
        yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital")
    for m in PRACTICE.finditer(text):
        start, words = m.start(), m.group().split()
        while len(words) > 1 and words[0] in ("The", "A", "An", "At", "In", "My", "Our", "To", "From"):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        own_words = [w for w in words if w.lower() not in PRACTICE_WORDS]
        if any(w.endswith(".") and len(w) > 3 for w in words):
            continue  # "from Haifa. Surgery in August": a sentence ends before "Surgery"
        if own_words and not any(w.lower() in NOT_PRACTICE for w in own_words):
            yield Finding(Kind.HOSPITAL, start, m.end(), text[start:m.end()], "rule:hospital")
    for m in SAINTS.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if PREPOSITION.search(before) and (CARE.search(text) or AT.search(before)):
            yield Finding(Kind.HOSPITAL, m.start(), m.end(), m.group(), "rule:hospital")


# "archie in westmead again", "we go to great ormond street": a listed name written all in small
# letters after "at", "to", "from", "in" or "under"; only names of two words or more, or of one
# long word, never a name that is also a word, a town or a person's (" ?"), nor initials (those
# count written as a word, "we go to Gosh", "admitted in Aiims").
SMALL_BEFORE = re.compile(r"\b(?:at|to|from|in|into|under)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _small_names() -> re.Pattern:
    names = {name.lower() for name, guarded in listed_hospitals()
             if not guarded and "a" <= name[0].lower() <= "z" and not any(w.isupper() for w in name.split())
             and (" " in name or len(name) >= 7)}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w-])")


@lru_cache(maxsize=1)
def _titled_initials() -> re.Pattern:
    """Listed initials of four letters or more written as a word ("to Gosh", "at Aiims"), never a
    first name ("Kath")."""
    people = _first_names()
    names = {name.capitalize() for name, _ in listed_hospitals()
             if name.isupper() and name.isalpha() and len(name) >= 4 and name.lower() not in people}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])")


def _first_names() -> set[str]:
    """Every first name of the census lists and the world lists, read here as ``names`` reads
    this module's list."""
    out = {n.lower() for f in ("first_names_world.txt", "first_names_celtic.txt") for n in data_lines(f)}
    pkg = resources.files("names")
    for fname in ("dist.male.first", "dist.female.first"):
        out |= {line.split()[0].lower() for line in pkg.joinpath(fname).read_text().splitlines() if line.strip()}
    return out


def listed_hospital_names() -> frozenset[str]:
    """The listed hospitals' names as written ("SickKids", "Great Ormond Street Hospital")."""
    return _names()


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(name for name, _ in listed_hospitals())
