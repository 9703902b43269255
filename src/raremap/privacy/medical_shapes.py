"""Words shaped like a disease, a symptom or a medicine in any language, whether or not the
knowledge base lists them: a guessed name or place that is one ("Kniesyndrom", "Efgartigimod"),
or that an eponym's disease word follows ("Navajo neurohepatopathy", "Waldenströms
makroglobulinemi", "Friedreichin ataksia"), is no person and no place."""

from __future__ import annotations

import re

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind

# The endings of words for diseases and symptoms: "-pathy", "-itis", "-aemia", "-ataxia" and the
# words for "disease" or "syndrome" written as the end of one compound ("Skelleftesjukan").
DISEASE_SHAPE = re.compile(
    r"(?i:\w{3,}(?:pathy|pathie|pathia|patia|patía|patie|pati|opathi|itis|iitti|ose|osis|oosi|ämie|"
    r"dystrophy|dystrophie|dystrofi[ae]?|trophy|trofi[ae]?)|\w{4,}a?emia|\w{5,}(?:a?emi|émie|emie)"
    r"|(?:\w*)(?:ataxia|ataksia|ataxie|ataksi|ataxi)"
    r"|\w{3,}(?:sjukan|sjuka|sjukdom|sjukdomen|sygdom|sykdom|sykdommen|krankheit|erkrankung|syndrom|"
    r"syndromet|syndroom|ziekte|tauti|taudin|oireyhtymä|syndrome))")
# "-ose" ends first names too ("Rose", "Ambrose"): a word so shaped counts only when long.
SHORT_OSE = re.compile(r"(?i:\w{0,5}ose)")
# INN stems of medicine names ("-mab", "-ersen", "-gimod", "-ase"), and a medicine's form after it
# ("Agalsidase alfa", "Peginterferon beta").
MEDICINE_SHAPE = re.compile(
    r"(?i:\w{3,}(?:mab|cept|gimod|imod|ersen|irsen|siran|meran|ase|stat|tinib|ciclib|sertib|parin|vir|"
    r"tide|glutide|olimus|platin|azole|mycin|cillin|floxacin|prazole|sartan|dronate|lukast))")
MEDICINE_FORM_AFTER = re.compile(r"\s+(?i:alfa|alpha|beta|pegol|gamma)\b")
# "começou Kaftrio", "had Zolgensma", "ha iniziato Spinraza": a verb of starting, taking or being
# given before one capitalised word that is no known first name.
MEDICINE_VERB_BEFORE = re.compile(
    r"(?<!\w)(?i:começou|começa|comecei|iniciou|inicia|toma|tomou|empezó|empecé|comenzó|comenzamos|"
    r"inició|recibió|recibe|iniziato|iniziata|inizia|prende|commencé|commence|prend|reçu|reçoit|"
    r"nimmt|bekommt|bekam|erhält|erhielt|neemt|krijgt|kreeg|startet|började\s+med|får|fick|tar|"
    r"fået|fik|fått|gekregen|bekommen|erhalten|"
    r"aloitti|sai|bierze|dostał[aoy]?|przyjmuje|had|received|receives|given|gets|got|on)\s+$")
# after the guess: its genitive ending ("Waldenströms", "Friedreichin", "Graves'") then the word
GENITIVE_GAP = re.compile(r"(?:['’]s?)?[\s-]+(?P<w>[^\W\d_]+)")


def disease_shaped(word: str) -> bool:
    """``word`` (one word, no spaces) has the shape of a disease or symptom name."""
    return bool(DISEASE_SHAPE.fullmatch(word)) and not SHORT_OSE.fullmatch(word)


def medicine_shaped(text: str, start: int, end: int) -> bool:
    """The one word ``text[start:end]`` has a medicine's shape: an INN stem, or a medicine's form
    after it."""
    word = text[start:end]
    if " " in word:  # "seit dem Sommer Avalglucosidase alfa": a guess of two words ending in a medicine
        last = word.split()[-1]
        return bool(MEDICINE_SHAPE.fullmatch(last) and len(last) >= 9 and MEDICINE_FORM_AFTER.match(text, end))
    return bool(MEDICINE_SHAPE.fullmatch(word) and len(word) >= 7) or MEDICINE_FORM_AFTER.match(text, end) is not None


def medicine_verb_before(text: str, start: int) -> bool:
    return MEDICINE_VERB_BEFORE.search(text, max(0, start - 24), start) is not None


def disease_word_after(text: str, end: int) -> bool:
    """A word shaped like a disease's follows at ``end`` ("… neurohepatopathy", "…s makroglobulinemi")."""
    m = GENITIVE_GAP.match(text, end)
    return m is not None and m.group("w")[0].islower() and disease_shaped(m.group("w"))


def has_disease_part(words: str) -> bool:
    """Some word or hyphenated part of ``words`` has a disease's shape ("Diagnose Friedreich-Ataxie")."""
    return any(disease_shaped(p) for p in re.split(r"[\s-]+", words) if p)


# guesses of these sources lose a last word that an eponym's disease word follows
CUT_SOURCES = frozenset({"ner", "gazetteer", "rule:context-guess", "rule:town"})


def cut_eponym(text: str, f: Finding, first_names: frozenset[str]) -> Finding | None:
    """"Tampereelta, Friedreichin ataksia": a guessed name or place whose last word is an eponym (a
    disease word follows it) ends before that word; a one-word guess so placed is no finding."""
    if (f.kind not in (Kind.NAME, Kind.ADDRESS, Kind.HOSPITAL) or f.source not in CUT_SOURCES
            or not disease_word_after(text, f.end)):
        return f
    last = re.search(r"[^\s,;-]+$", f.text)
    if last is None or last.group().lower() in first_names:
        return f
    end = len(text[:f.start + last.start()].rstrip(" ,;-"))
    return Finding(f.kind, f.start, end, text[f.start:end], f.source) if end > f.start else None
