"""Finding people's names without a statistical model: courtesy titles and a gazetteer.

The gazetteer is the US 1990 census first-name lists shipped in the ``names`` package.
Names that are also everyday English words (May, Grace, Will...) are left out, so "I will"
or "by the grace of" are not flagged; the cost is that such names are missed unless the
NER model or a title ("Dr Grace Lee") catches them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from raremap.privacy.calendar_words import CALENDAR_WORDS
from raremap.privacy.data_files import data_lines
from raremap.privacy.finding import Finding
from raremap.privacy.hospitals import listed_hospitals
from raremap.privacy.kinds import Kind
from raremap.privacy.places import NATIONALITIES, PLATFORMS, country_names, place_words

# A surname as written after a title: letters of any Latin alphabet, "O'Brien", "McDonald",
# "Nakamura-Oyelaran".
SURNAME = r"(?:[A-Z][a-z]?['’]|Ma?c)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
TITLE = re.compile(
    rf"\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Dame|Sir|Auntie|Aunty|Aunt|Uncle|"
    rf"Grandma|Grandpa|Granny|Nana|Nanna|Cousin|Pastor|Fr|Rev|Reverend|Rabbi|Imam|Sheikh|Coach)\.?\s+"
    rf"(?P<name>{SURNAME}(?:\s+{SURNAME})?)"
)
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
# "my name is jenny", "i'm jenny": a first name in any case after a self-introduction.
INTRODUCTION = re.compile(r"\b(?:my name is|my name's|i'm|i’m|i am|call me|this is)\s+"
                          r"(?P<name>[A-Za-z][a-z'’-]+)", re.IGNORECASE)
# "my hubby rob", "my daughter, Emily": a first name right after a family or care relation.
RELATION = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:little\s+|baby\s+|eldest\s+|youngest\s+|older\s+|younger\s+)?"
    r"(?:step-?)?(?:husband|hubby|wife|partner|son|daughter|mum|mom|mother|dad|father|brother|"
    r"sister|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandma|grandpa|friend|"
    r"carer|caregiver|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|twins?|boy|girl)"
    r"(?:-in-law)?\s*,?\s+(?P<name>[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’-]+)"
    # "dad of Esi", "mum to Ana": a capitalised word after a parent "of"/"to"
    r"|\b(?:mum|mom|mother|mama|dad|father|papa|parent|grandma|grandmother|grandpa|grandfather)\s+"
    r"(?:of|to)\s+(?P<name2>(?-i:[A-Z][a-z'’-]+))", re.IGNORECASE)
NOT_NAMES = frozenset("""
an in so do can is see was has had and the who with went got said says told is are has
will may might must shall just also still never ever always really only even too now then
""".split())
# "the specialist nurse, Precious Dlamini,", "our geneticist Henrike Baumann": a full name right
# after a caring role.
ROLE = re.compile(
    r"\b(?i:nurse|doctor|consultant|geneticist|genetic\s+counsell?or|counsell?or|social\s+worker|"
    r"physio(?:therapist)?|therapist|coordinator|co-ordinator|GP|paediatrician|pediatrician|neurologist|"
    r"specialist|surgeon|midwife|health\s+visitor|key\s+worker|psychologist|dietitian|pharmacist|"
    r"cardiologist|endocrinologist|radiologist|haematologist|hematologist|oncologist|teacher|carer)"
    r",?\s+(?!(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Nurse|Sister|Sir|Dame)\b)(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+))(?=\s*[,.;:!?)]|\s+(?:is|was|has|had|rang|called|said|says|told|at|from|who|and)\b)")
# "I'm Ksenia, 47", "Hi, this is Leilani in Honolulu": a capitalised word nobody listed, after a
# self-introduction and before a pause.
INTRODUCED = re.compile(
    r"\b(?:my name is|my name's|(?i:i['’]m|i am|call me|this is))\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"
    r"(?=\s*[,.!;:—–]|\s+(?:from|in|here|and|again|\()\b|\s*$)")
# "Amara's treatment", "Hamza's dad": a capitalised word owning a relative or a child's things.
POSSESSIVE = re.compile(
    r"\b(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ-]+)['’]s\s+(?=(?:mum|mom|mummy|mommy|dad|daddy|mother|father|"
    r"parents|brother|sister|grandma|grandmother|grandpa|grandfather|nan|treatment|birthday|school|"
    r"teacher|class|nursery|carer)\b)")
# "You can reach Sipho on +27 …", "call Aiyana at 555 …": a capitalised word before a number.
REACH = re.compile(
    r"\b(?i:reach|contact|call|ring|text|phone|message|whatsapp)\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)"
    r"\s+(?i:on|at)\s+(?=\+?\d)")
NOT_AFTER_TITLE = frozenset("""
team teams practitioner practitioners specialist specialists manager managers led staff station
unit clinic clinics line call calls appointment appointments visit visits
""".split())
# "Halvard here, from Tromsø": a capitalised word opening a sentence, then "here".
HERE_INTRO = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+(?:family\s+)?here\b"
                        r"(?=\s*(?:[,.!;:—–-]|from\b|with\b|and\b))")
NOT_HERE = frozenset("""
anyone everyone someone nobody somebody anybody everybody noone newbie new hello hi hey me us we
i you he she they it this that who what all mum mom dad mummy mommy daddy nan grandma grandpa
lurker parent carer member admin moderator mod same also just still over out down up in back
nothing something everything anything life things people folks guys ladies day week month year
type stage part step number what how why sorry okay ok fine tired exhausted desperate
dr mr mrs ms mx prof professor doctor nurse sister
""".split())
# "Thanks, Maria", "Best wishes,\nJo", "- Kwame": a name signing off at the end of a message.
SIGNATURE = re.compile(
    r"(?:\b(?:thanks|thank\s+you|many\s+thanks|cheers|regards|best\s+wishes|best|love|warmly|"
    r"sincerely|kind\s+regards|take\s+care|hugs)\s*+(?:[,.!]\s*+)?|(?:^|(?<!\s)[^\S\n]*+\n)\s*+[-–—]\s*+)"
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s++[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?))"
    r"(?:\s*+(?:x+|\(\w+\)))?(?:\s*+(?:[.!]\s*+)?$|(?=,\s*+(?:[\w.+-]+@|\+?\d)))"
    # "..., Mele x": a name then kisses ending a message
    r"|,\s*+(?P<kiss>(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+))\s++x+\s*+$", re.IGNORECASE)
# "Zuri is my nine-year-old", "Tomasz is my eldest": a capitalised word opening a sentence
# before "is my" and a child or relative.
IS_MY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+is\s+(?:my|our)\s+(?:(?:little|baby|big|"
    r"older|younger|twin)\s+)?(?:son|daughter|boy|girl|child|baby|kid|brother|sister|husband|wife|partner|"
    r"eldest|oldest|youngest|middle\s+one|twin|grandson|granddaughter|nephew|niece|mother|father|mum|mom|dad|"
    r"\w+[\s-]year[\s-]old|\w+[\s-]month[\s-]old)\b(?!['’]s)")
# "signed on 3 May by Henrik Lindqvist", "Completed today by Adaeze Nwosu": a full name
# after a form's "signed/completed … by".
SIGNED_BY = re.compile(
    r"\b(?i:signed|countersigned|completed|filled\s+(?:in|out)|submitted|witnessed|sent|written)\b"
    r"[^.!?\n]{0,30}?\bby\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,2})\b"
    r"(?!\s+(?:Hospital|Clinic|Trust|Centre|Center|Foundation|Society|Ltd|Inc)\b)")
# "Thanks for listening. Olumide": a known first name alone (or with a surname) closing a message.
CLOSING = re.compile(r"(?:[.!?]\s++|(?<!\s)[^\S\n]*+\n\s*+)"
                     r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s++[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?)"
                     r"\s*+(?:[.!]\s*+)?$")

AMBIGUOUS = frozenset("""
may june april august will mark bill grace hope joy faith rose iris lily ivy holly dawn summer
autumn crystal ruby pearl amber jade sky art chase drew gene guy jack max miles rich rob sue
pat penny sandy rusty stormy misty precious destiny star angel baby king prince major hunter
page paris sydney florida georgia virginia carolina dakota eve don ray long young white black
brown green hazel olive ginger cherry candy honey sunny patience charity mercy harmony melody
an in so do can is see ok lee son sun china asia india jan dee ma pa my al ed bo ty van
frank earnest ernest noble sterling clay dale glen forest heath lane wade stone rock cliff
brook river hill field ford price bell hall marsh moore wood woods wells love lovely else
lane tommy christian christmas easter norman german english french an un the sie
""".split())


@lru_cache(maxsize=1)
def census_first_names() -> frozenset[str]:
    """Every census first name, ambiguous ones included (for contexts that make a name likely)."""
    pkg = resources.files("names")
    out: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in pkg.joinpath(fname).read_text().splitlines():
            if line.strip():
                out.add(line.split()[0].lower())
    return frozenset(out - NOT_NAMES)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-case first names from the census lists, without everyday English words."""
    return frozenset(census_first_names() - AMBIGUOUS - country_names() - CALENDAR_WORDS - NATIONALITIES)


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """Lower-case first names of many countries the census lists lack ("mateo", "noor",
    "lachlan"; ``data/first_names_world.txt``, and Welsh, Scottish and Irish names the generated list
    lacks, ``data/first_names_celtic.txt``), without places and everyday words."""
    names = set(data_lines("first_names_world.txt")) | set(data_lines("first_names_celtic.txt"))
    # a place of care known by one word ("Hadassah", "Kaiser") is no first name
    hospital_words = {name.lower() for name, _ in listed_hospitals() if " " not in name}
    return frozenset(names - AMBIGUOUS - country_names() - place_words() - CALENDAR_WORDS - NATIONALITIES
                     - PLATFORMS - hospital_words)


@lru_cache(maxsize=1)
def any_first_names() -> frozenset[str]:
    """:func:`census_first_names` and :func:`world_first_names` together, built once: a word
    any list knows as a first name."""
    return census_first_names() | world_first_names()


@lru_cache(maxsize=1)
def plain_first_names() -> frozenset[str]:
    """:func:`first_names` and :func:`world_first_names` together, built once: first names
    that are not also everyday words."""
    return first_names() | world_first_names()


# A surname after name particles: "de Vries", "van den Berg", "da Silva", "ben Ali", "al-Sayed".
PARTICLE_SURNAME = re.compile(
    r" (?:(?:de|van|von|da|das|dos|do|di|du|del|della|der|den|ten|ter|le|la|ben|bin|ibn|bint|abu)"
    r" (?:(?:de|der|den|la|le|los|las|del) )?|(?:al|el)-)(?-i:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?)\b")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n:\"“("


def find_names(text: str) -> Iterator[Finding]:
    for m in TITLE.finditer(text):
        s, e = m.span("name")
        if text[s:e].split()[0].lower() in NOT_AFTER_TITLE:
            continue  # "Nurse Team", "Nurse Practitioner"
        yield Finding(Kind.NAME, s, e, text[s:e], "rule:title")
    world = world_first_names()
    for rx, names in ((INTRODUCTION, first_names() | world), (RELATION, census_first_names() | world)):
        for m in rx.finditer(text):
            s, e = m.span("name" if m.groupdict().get("name") else "name2")
            if text[s:e].endswith(("'s", "’s")):
                e -= 2  # "my husband Kenji's family"
            word = text[s:e]
            # After "my brother" a capitalised word is a name even if no list knows it ("Lukas").
            known = word.lower() in names or (
                rx is RELATION and word[0].isupper() and word[1:].islower()
                and word.lower() not in NOT_NAMES and word.lower() not in country_names()
                and word.lower() not in CALENDAR_WORDS)
            if word.lower() in names:
                yield Finding(Kind.NAME, s, e, word, "rule:context")
            elif known:  # a guess: a disease name ("my cousin Hurler syndrome") cancels it
                yield Finding(Kind.NAME, s, e, word, "rule:context-guess")
    for rx in (HERE_INTRO, SIGNATURE, INTRODUCED, ROLE, POSSESSIVE, REACH, IS_MY, SIGNED_BY):
        for m in rx.finditer(text):
            s, e = m.span("kiss" if rx is SIGNATURE and m.group("kiss") else "name")
            if all(w.lower() not in NOT_HERE and w.lower() not in CALENDAR_WORDS
                   and w.lower() not in country_names() and w.lower() not in NATIONALITIES
                   for w in text[s:e].split()) and text[s:e].lower() not in PLATFORMS:
                yield Finding(Kind.NAME, s, e, text[s:e], "rule:context-guess")
    yield from context_pairs(text)
    yield from subjects(text)
    gaz = plain_first_names()
    closing = CLOSING.search(text)
    if closing and closing.group("name").split()[0].lower() in gaz and not any(
            w.lower() in NOT_HERE or w.lower() in CALENDAR_WORDS for w in closing.group("name").split()):
        yield Finding(Kind.NAME, *closing.span("name"), closing.group("name"), "rule:context-guess")
    words = list(WORD.finditer(text))
    for i, m in enumerate(words):
        w = m.group()
        # "James", "Dorcas": only a possessive "'s" comes off, not every final s
        if not (w[0].isupper() and w[1:].islower()) or re.sub(r"['’]s$", "", w.lower()) not in gaz:
            continue
        if w.lower() not in gaz and not w.endswith(("'s", "’s")):
            continue
        start, end = m.start(), m.end()
        nxt = words[i + 1] if i + 1 < len(words) else None
        has_surname = (nxt is not None and nxt.group()[0].isupper() and nxt.group()[1:].islower()
                       and text[end:nxt.start()] == " " and not w.endswith(("'s", "’s")))
        particle = PARTICLE_SURNAME.match(text, end)
        if not has_surname and particle:
            has_surname, nxt = True, particle  # "Sanne de Vries", "Pieter van den Berg", "Omar al-Sayed"
        if _sentence_initial(text, start) and not has_surname and not w.endswith(("'s", "’s")):
            continue  # "Will you..." style openings: too risky on their own
        if has_surname and nxt is not None:  # has_surname: nxt is the surname
            end = nxt.end()
        name = text[start:end]
        if name.lower() in PLATFORMS:
            continue  # "Royal Mail"
        if name.endswith(("'s", "’s")):
            end -= 2
        yield Finding(Kind.NAME, start, end, text[start:end], "gazetteer")


# A full name no list knows: two or three capitalised words after a thanking or asking word
# ("Thanks to Aoife Ní Bhriain", "ask for Nkechi Okafor"), or opening a sentence before what
# people do ("Olumide Adeyemi runs the evenings", "Nkechi Okafor and her mum came").
CAP = r"[A-Z][a-zà-ÿ'’-]+"
PAIR_AFTER = re.compile(
    r"\b(?:[Tt]hanks?\s+(?:to\s+)?|[Tt]hank\s+you,?\s+|[Gg]rateful\s+to\s+|[Aa]sk\s+for\s+|"
    r"[Aa]ccording\s+to\s+|[Ss]hout-?out\s+to\s+|[Cc]ontact\s+|[Mm]essage\s+)"
    rf"(?P<name>{CAP}(?:\s+{CAP}){{1,2}})\b(?!['’]s)")
PAIR_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>{CAP}\s+{CAP})\s+(?=(?:runs|leads|organi[sz]es|founded|coordinates|"
    r"chairs|hosts|set\s+up|started|helped|helps|told|said|says|drives|wrote|messaged|rang|called|"
    r"and\s+(?:her|his|their|I)\b|who\b|is\s+(?:our|my|the|a)\b|was\s+(?:our|my|the|a)\b|has\s+been)\b)")
NOT_IN_NAMES = frozenset("""
the a an our my your his her their this that these those last next every each some all no one
support group team society foundation trust charity association network alliance centre center
service services hospital hospitals clinic clinics unit ward department school university
college club council committee board nhs uk fund research institute project day week month
year street road avenue doctor doctors nurse nurses mum mom dad mother father gp consultant
care health medical children's kids family families parents patient patients rare disease
syndrome genetic genetics national international european british american royal general
community church library office home house city county state government ministry pharmacy
online facebook instagram twitter youtube whatsapp google zoom teams email e-mail thanks thank
sister brother dr mr mrs ms miss mx prof professor sir dame great little new old north south east west
saint st upper lower
""".split())


def context_pairs(text: str) -> Iterator[Finding]:
    """Guesses (a disease name cancels them) for full names in the contexts above."""
    for rx in (PAIR_AFTER, PAIR_OPENING):
        for m in rx.finditer(text):
            words = m.group("name").split()
            if any(w.lower().rstrip("'’s") in NOT_IN_NAMES or w.lower() in CALENDAR_WORDS
                   or w.lower() in country_names() or w.lower() in NATIONALITIES for w in words):
                continue
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), "rule:context-guess")


# "Aoife and Liam Byrne", "Liam Byrne and Aoife": a capitalised word joined by "and" to a name
# ("et", "und", "y", "e", "en", "og", "och", "és" in other languages: "Thibault et Sandrine Roux").
AND = r"(?:and|&|et|und|y|e|en|og|och|és)"
COORD_BEFORE = re.compile(rf"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+{AND}\s+$")
COORD_AFTER = re.compile(rf"\s++{AND}\s++(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\b(?!['’]s)")
NOT_COORDINATED = frozenset("""
the a an my our his her their we i you he she they it this that then and but so mum mom dad
mother father grandma grandpa nan granny doctor doctors nurse nurses sister brother dr mr mrs ms
miss mx prof professor sir dame i'm i’m i've i’ve i'd i’d i'll i’ll we're we’re
""".split())


def coordinated_names(text: str, found: list[Finding]) -> Iterator[Finding]:
    """Guesses (cancelled by a disease name like any guess) for words joined to a found name."""
    # A model's guess of another kind does not block: "Aiyana and Dakota" (Dakota read as a place).
    taken = [(f.start, f.end) for f in found if f.kind is Kind.NAME or f.source != "ner"]
    for f in found:
        if f.kind is not Kind.NAME:
            continue
        for m in (COORD_BEFORE.search(text, max(0, f.start - 40), f.start), COORD_AFTER.match(text, f.end)):
            if m is None:
                continue
            s, e = m.span("name")
            word = m.group("name").lower()
            if (word in NOT_COORDINATED or word in CALENDAR_WORDS or word in country_names()
                    or any(s < te and ts < e for ts, te in taken)):
                continue
            yield Finding(Kind.NAME, s, e, text[s:e], "rule:context-guess")


# "Chidi is home!!", "Leo has hand foot and mouth n Ivy has a temp": a known first name as the
# subject of a sentence (or of a clause after "and") before what a person is or does. A first
# name that is also a word ("Ivy", "Sunny") needs a state only a person is in.
SUBJECT = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=\n)|(?<=[.!?]\s\s)|\b(?:and|n|&|but|while|then)\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+(?P<verb>is|was|has|had|loves|loved|gets|got|went|came|started|"
    r"turned|needs|needed|can|could|will|would|did|does|isn['’]t|wasn['’]t|hasn['’]t|doesn['’]t|didn['’]t|"
    r"won['’]t|can['’]t|slept|sleeps|ate|eats|walked|walks|cried|cries)\b")
PERSON_STATE = re.compile(
    r"\s+(?:(?:now\s+|finally\s+|still\s+|back\s+)?(?:home|asleep|awake|poorly|unwell|teething|"
    r"in\s+hospital|off\s+school|at\s+school|in\s+nursery)\b|(?:a\s+)?(?:temp|temperature|fever|"
    r"high\s+temp|cold|cough|rash|seizure|fit|nosebleed|tummy\s+bug)\b|(?:his|her)\s+(?:first|own|"
    r"nap|bottle|feed|meds|medicine|jab|jabs|check-?up)\b)")


def subjects(text: str) -> Iterator[Finding]:
    plain_names = plain_first_names()
    census = census_first_names()
    for m in SUBJECT.finditer(text):
        word = m.group("name").lower()
        if word in CALENDAR_WORDS or word in NOT_HERE or word in country_names() or word in NATIONALITIES:
            continue
        if word in plain_names or (word in census and PERSON_STATE.match(text, m.end("verb"))):
            yield Finding(Kind.NAME, *m.span("name"), m.group("name"), "rule:context-guess")
