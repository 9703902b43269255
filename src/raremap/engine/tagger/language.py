"""Is this text English? The tagger reads English only; a description written in another
language (or partly in one) should say so instead of quietly finding nothing.

The guess is deliberately plain: letters of another script (Cyrillic, Arabic, CJK, ...)
against Latin letters, and, for Latin text, counts of each language's commonest short words
("the", "my", "has" against "tengo", "y", "de"). A medical word is no evidence either way
(HPO's own words are Greek and Latin), so only function words and everyday words count. Too
little text to tell gives no guess: "dolor" alone is not called Spanish.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: fewer words than this (Latin text) or letters (other scripts): no guess
MIN_WORDS = 3
MIN_LETTERS = 2
#: different words of another language that make an English text partly foreign
PARTLY_WORDS = 4

#: words that tell English; none of them is a common word of the languages below
ENGLISH = frozenset("""
the and my his her she are were have had with it we our they their not very since when
after from but been be this that him i'm i've can't cannot doesn't don't didn't isn't won't
gets keeps about can feel feels hurts always sometimes also too like just really started
daughter baby there what which who because got lot lots any some out up off or all does did
been having getting keep would could should my she's he's it's years old months weeks
a i in is on to of me he has was at an so no
""".split())

#: the commonest short and everyday words of languages people write to us in
OTHERS: dict[str, tuple[str, frozenset[str]]] = {
    "es": ("Spanish", frozenset("""
        el la los las de del y que en un una mi mis su sus tiene tengo es está están muy con
        por para pero hijo hija desde cuando años mucho mucha dolor se le lo al como también
        hace problemas niño niña tiene ella él nos tenemos
        no a en
    """.split())),
    "fr": ("French", frozenset("""
        le la les de des du et est un une mon ma mes son sa ses il elle avec pour dans pas ne
        très depuis quand ans fils fille j'ai je au aux mais qui que sur ont douleur beaucoup
        nous avons elle a été
        a on en
    """.split())),
    "de": ("German", frozenset("""
        der die das und ist sind ein eine einen mein meine sein seine ihr ihre hat habe mit
        von zu nicht sehr seit wenn nach auch ich er sie es im dem den auf für sohn tochter
        jahre schmerzen kein keine wir haben
        in so was an
    """.split())),
    "it": ("Italian", frozenset("""
        il lo la gli le di del della e è un una mio mia suo sua ha ho con per non molto da
        quando anni figlio figlia che nel nella sono dolore anche abbiamo
        a in no
    """.split())),
    "pt": ("Portuguese", frozenset("""
        o a os as de do da dos das e é um uma meu minha seu sua tem tenho com para não muito
        desde quando anos filho filha que no na em mas dor também temos
        a no o
    """.split())),
    "nl": ("Dutch", frozenset("""
        de het een en is zijn mijn haar heeft heb met van voor niet erg sinds als jaar zoon
        dochter ik hij zij ook maar op pijn geen hebben
        in is op
    """.split())),
    "pl": ("Polish", frozenset("""
        i w z na nie jest się mój moja mojego syn córka ma mam lat od do że bardzo ból jak ale
        po o czy też mamy
        i a o no
    """.split())),
    "ca": ("Catalan", frozenset("""
        el la els les de del i que en un una meu meva meus seu seva té tinc és està estan molt amb
        per però fill filla des quan anys mal també fa nen nena ell ella ens tenim
        a no
    """.split())),
    "hbs": ("Croatian, Serbian or Bosnian", frozenset("""
        i je sam su moj moja moje sin kći kćer ima imam godina od do da vrlo jako bol boli kao ali
        li također imamo nije ne se u na za sa već još
        a i o no
    """.split())),
    "cs": ("Czech or Slovak", frozenset("""
        je jsem jsi jsou se syn dcera dcéra má mám mají let roky rok od že velmi veľmi bolest
        bolesť jak ale také tiež máme není nie nemá můj moje môj moja jmenuji volám bydlím
        býva manžel manželka rokov deň dobrý
        a i o no
    """.split())),
    "sl": ("Slovenian", frozenset("""
        sem je so sin hči ima imam imamo let od do da zelo bolečine kot ampak tudi ni moj moja
        oče mama smo pri za
        a i o no
    """.split())),
    "sv": ("Swedish", frozenset("""
        och är har min mitt med av för inte mycket sedan när år dotter jag hon han det som på
        en ett till också ont vi
        i in
    """.split())),
}

#: scripts by the first word of their letters' Unicode names, with what to call them
SCRIPTS: dict[str, tuple[str, str]] = {
    "CYRILLIC": ("und-Cyrl", "Cyrillic script"),
    "GREEK": ("el", "Greek"),
    "ARABIC": ("und-Arab", "Arabic script"),
    "HEBREW": ("he", "Hebrew"),
    "DEVANAGARI": ("und-Deva", "Devanagari script"),
    "BENGALI": ("bn", "Bengali"),
    "TAMIL": ("ta", "Tamil"),
    "THAI": ("th", "Thai"),
    "GEORGIAN": ("ka", "Georgian"),
    "ARMENIAN": ("hy", "Armenian"),
    "HANGUL": ("ko", "Korean"),
    "HIRAGANA": ("ja", "Japanese"),
    "KATAKANA": ("ja", "Japanese"),
    "CJK": ("zh", "Chinese"),
}

#: a CJK character is about a word, not a letter
WEIGHT = {"CJK": 3, "HIRAGANA": 2, "KATAKANA": 2, "HANGUL": 2}

#: a word of letters only: no piece of "3f2b8c1e" or of an e-mail address or link
WORD = re.compile(r"(?<![\w.@/-])[^\W\d_]+(?:'[^\W\d_]+)?(?![\w@/]|\.\w)")


@dataclass(frozen=True, slots=True)
class Language:
    """Another language than English, as far as the text tells.

    ``code`` is a BCP 47 tag ("es", "und-Cyrl" for a language written in Cyrillic, "und"
    when the words are of no single language we know); ``partly`` is True when English
    words stand beside it."""

    code: str
    name: str
    partly: bool = False

    @property
    def notice(self) -> str:
        """One plain sentence for the person who wrote the text."""
        where = "in a language other than English" if self.code == "und" else f"in {self.name}"
        if self.partly:
            return (f"Part of this seems to be written {where}. RareMap reads English, so what is "
                    "written in another language may have been missed.")
        return (f"This seems to be written {where}. RareMap reads descriptions in English, so it "
                "may have missed or misread what you wrote.")

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "partly": self.partly, "notice": self.notice}


def guess_language(text: str) -> Language | None:
    """The language of ``text`` when it is not English, else None (English, or too little
    text to tell)."""
    found = None if text.isascii() else _other_script(text)
    words = [w.lower() for w in WORD.findall(text.replace("\u2019", "'"))]
    english = sum(w in ENGLISH for w in words)
    if found is not None:
        (code, name), mostly = found
        return Language(code, name, partly=not mostly or english >= 2)
    if len(words) < MIN_WORDS:
        return None
    # a word both languages have ("a", "no", "is") is evidence for neither
    counts = {code: (sum(w in vocabulary and w not in ENGLISH for w in words),
                     sum(w in ENGLISH and w not in vocabulary for w in words))
              for code, (_, vocabulary) in OTHERS.items()}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1][0])
    (code, (own, english_beside)), runner_up = ranked[0], ranked[1][1][0]
    if own == runner_up:  # Spanish or Portuguese? Say no more than we know
        code = "und"
    name = OTHERS[code][0] if code in OTHERS else "another language"
    if own >= 2 and own > english_beside:
        return Language(code, name, partly=english_beside >= 2)
    # English first, then a sentence or two in another language: four different words of
    # it at least (a Spanish name, "de la Cruz", is no Spanish sentence)
    distinct = {w for w in words if w not in ENGLISH and w in OTHERS.get(code, ("", frozenset()))[1]}
    if len(distinct) >= PARTLY_WORDS and own * 2 >= english_beside:
        return Language(code, name, partly=True)
    return None


def _other_script(text: str) -> tuple[tuple[str, str], bool] | None:
    """((code, name), mostly) of the other script written in ``text``, if any: ``mostly``
    when it outweighs the Latin letters. Only runs of two letters or more count, so the
    Greek letter of "β-thalassemia" is no Greek; a CJK character weighs as a short word."""
    latin = 0
    others: dict[str, int] = {}
    for run in _runs(text):
        first, n = run
        if first == "LATIN":
            latin += n
        elif first in SCRIPTS and n >= MIN_LETTERS:
            others[first] = others.get(first, 0) + n * WEIGHT.get(first, 1)
    if "HIRAGANA" in others or "KATAKANA" in others:  # Japanese mixes kana and kanji
        others = {"HIRAGANA": sum(others.get(k, 0) for k in ("HIRAGANA", "KATAKANA", "CJK"))}
    if not others:
        return None
    top, n = max(others.items(), key=lambda kv: kv[1])
    if n * 10 < latin:  # a word or two in a long English text
        return None
    return SCRIPTS[top], n >= latin


def _runs(text: str):
    """(script, length) of each run of letters of one script."""
    script, n = "", 0
    for ch in text:
        first = unicodedata.name(ch, "").split(" ", 1)[0] if ch.isalpha() else ""
        if first == script:
            n += 1
            continue
        if script:
            yield script, n
        script, n = first, 1
    if script:
        yield script, n
