"""German text: every noun starts with a capital letter, and the English model takes many of
them for people or places ("Die Krampfanfälle sind seltener", "Der Kinderarzt sagt",
"wegen der Spastik", "Er hat Zöliakie und Blutarmut").

In a text that reads as German, the model's guess (never a rule's) of a person or a place is
dropped when none of its words is a known first name, surname or town and the others are
German articles and possessives, and no title or family word stands right before it ("Herr",
"Frau", "Dr.", "Familie"). A person named in a German text is still found by the rules that
read such cues ("Herr Brandtner", "mein Sohn Jonas", "ich heiße ...") and by the name lists
("Lena Hoffmann")."""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import census_first_names, world_first_names
from raremap.privacy.names_surnames import surnames
from raremap.privacy.places import country_names
from raremap.privacy.towns import plain, towns

#: Words that occur in nearly every German sentence and rarely in English or Dutch ones; a
#: text reads as German with two of them, or one of them and one of WEAK (English "hat", "die",
#: "den", the eponym's "von").
GERMAN = frozenset("""
und ist nicht ich wir mit bei seit wegen für sind haben wird wurde wurden auch noch aber oder sehr
mein meine meinem meinen meiner unser unsere unserem unseren der das zum zur vom ein eine einen
einem einer keine kein hatte hatten schon immer jetzt nach über unter durch zu auf sie uns ihm ihn ihr
""".split())
WEAK = frozenset("hat die den dem des im von".split())
#: Words a guess of the model may open with ("Der Kinderarzt", "Mein Mann", "Die Nierenwerte").
ARTICLES = frozenset("""
der die das den dem des ein eine einen einem einer mein meine meinem meinen meiner unser unsere
unserem unseren sein seine ihr ihre dein deine kein keine
""".split())
TITLES = frozenset("herr herrn frau fräulein dr prof familie fam schwester pfleger".split())
CUE_BEFORE = re.compile(r"(?:\b(?:Herr|Herrn|Frau|Fräulein|Dr|Prof|Familie|Fam|Schwester|Pfleger)\.?\s+)$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: "Mein Mann", "Unsere Tochter": a relative, not a name (the relative's name may follow).
RELATIVES = frozenset("""
mann frau sohn tochter kind kinder baby bruder schwester mutter vater mama papa oma opa enkel enkelin
onkel tante cousin cousine neffe nichte freund freundin partner partnerin verlobter verlobte
""".split())


def reads_german(text: str) -> bool:
    """Whether at least two different common German words occur, one of them not also English."""
    words = {w.lower() for w in WORD.findall(text)}
    strong = len(words & GERMAN)
    return strong >= 2 or (strong == 1 and bool(words & WEAK))


def _known(word: str) -> bool:
    low = word.lower().removesuffix("s")
    return (word.lower() in census_first_names() or word.lower() in world_first_names()
            or word.lower() in surnames() or low in surnames()
            or plain(word) in towns() or word.lower() in country_names())


def is_german_noun_guess(text: str, f: Finding) -> bool:
    """The model's person or place in a German text that is only capitalised nouns (and
    articles): see the module's docstring. The caller checks :func:`reads_german` once."""
    if f.source != "ner" or f.kind not in (Kind.NAME, Kind.ADDRESS):
        return False
    if CUE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False
    words = WORD.findall(f.text)
    if len(words) == 2 and words[0].lower() in ARTICLES and words[1].lower() in RELATIVES:
        return True
    if words and words[0].lower() in TITLES:  # "Frau Oberländer": the title inside the guess
        return False
    if not words or any(_known(w) for w in words if w.lower() not in ARTICLES):
        return False
    return all(w.lower() in ARTICLES or (w[0].isupper() and not w.isupper()) for w in words)
