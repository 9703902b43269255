"""Disease and phenotype names that must not be taken for people or places.

Eponyms (Wilson disease, Fabry disease, Crohn's disease, Down syndrome) look like surnames
to any name finder. The vocabulary here holds every disease name and synonym and every HPO
term label and synonym of the knowledge base, normalised; the detector drops a name or place
finding that lies inside a mention of one of them. Built from a knowledge base object, so
this module imports neither Django nor the loader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from raremap.privacy.data_files import data_lines
from raremap.privacy.places import place_words

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
DISEASE_WORDS = {"disease", "syndrome", "disorder", "sign", "anomaly", "phenomenon", "palsy",
                 "sarcoma", "lymphoma", "tumor", "tumour", "dystrophy", "ataxia", "anemia"}
MAX_TOKENS = 8
# "Morbus Wilson", "maladie de Wilson", "ziekte van Pompe": a word for "disease" in another
# language before an eponym (one or two capitalised words) makes the eponym a disease.
DISEASE_BEFORE_EPONYM = re.compile(
    r"\b(?i:morbus|maladie\s+de|malattia\s+di|enfermedad\s+de|doen[çc]a\s+de|ziekte\s+van|"
    r"chorob[aęyąi]e?|zesp[oó]ł(?:u|em)?|sindrome\s+di|s[íi]ndrome\s+de|syndrome\s+de|"
    # "miopatía de McArdle", "myopathie de Bethlem", "distrofia di Becker", "anemia de Fanconi"
    r"(?:miopat[íi]a|myopathie|distrofia|dystrophie|atrofia|atrophie|ataxia|ataxie|an[ée]mia|an[ée]mie|"
    r"neuropat[íi]a|neuropathie|enfermedad|malad[íi]a|coreia|corea|chorée|mal)\s+(?:de|di|du|d['’])|"
    r"(?:Morbus|Krankheit|Syndrom)\s+(?:von\s+)?)\s*(?:(?:von|van|de|la|du)\s+)?"
    r"[A-ZÀ-ÞĀ-Ž][\w'’]+(?:[\s-][A-ZÀ-ÞĀ-Ž][\w'’]+)?")
# "Wilson hastalığı", "Wilson-kór", "Zellweger-Syndrom", "Pompe-ziekte": an eponym then the word for
# "disease" or "syndrome" of another language; "bệnh Wilson", "hội chứng Down": the word before it.
FOREIGN_DISEASE_WORD = (
    r"(?i:hastalığı|hastalıkları|hastalık|sendromu|ateşi|kór|betegség|szindróma|Syndrom|Krankheit|Erkrankung|"
    r"syndroom|ziekte|sjukdom|sjukdomen|sygdom|sykdom|syndromet|tauti|oireyhtymä|nemoc|syndrom|sindromu|"
    r"sindrom|bolest|choroba|disease|syndrome|fever|"
    # Latvian, Lithuanian, Estonian, Slovene, Romanian, Icelandic, Indonesian, Ukrainian, Russian, Bulgarian
    r"slimība|slimības|slimību|liga|ligos|ligą|haigus|sündroom|bolezen|boala|boală|sjúkdómur|sjúkdóms|"
    r"heilkenni|penyakit|хвороба|хвороби|хворобу|болезнь|болест|синдром|синдрому|sindromul|sindroms|sindromas)")
DISEASE_AFTER_EPONYM = re.compile(
    rf"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’]+(?:-[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’]+)?(?:['’]s)?[\s-]{FOREIGN_DISEASE_WORD}(?![\w-])"
    # the word before the eponym: "bệnh Wilson", "синдром Марфана", "boala Wilson", "sëmundja e Stillit",
    # "penyakit Kawasaki", "ugonjwa wa Wilson"
    r"|\b(?i:bệnh|hội\s+chứng|hastalığı|синдром|синдрому|хвороба|хворобу|болезнь|болест(?:\s+на)?|sindromul|boala|boală|"
    r"sëmundj\w*\s+e|penyakit|ugonjwa\s+wa)\s+[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’]+(?:[\s-][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’]+)?")
PARTICLES = frozenset({"von", "van", "de", "der", "den", "la", "le", "du", "di", "da", "del"})
# Surnames written with inner capitals ("McArdle", "MacLeod", "DiGeorge") are not lab words.
SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+$")


def normalise_token(tok: str) -> str:
    t = unicodedata.normalize("NFKD", tok.lower().replace("’", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c))
    return t[:-2] if t.endswith("'s") else t


def tokens(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def _phrase(text: str) -> str:
    return " ".join(normalise_token(m.group()) for m in TOKEN.finditer(text))


def _variants(name: str) -> set[str]:
    """A name and its shortened forms: 'Parkinson disease 15, autosomal recessive' also
    yields 'parkinson disease 15' and 'parkinson disease'."""
    out = {_phrase(name)}
    head = _phrase(name.split(",")[0])
    out.add(head)
    words = head.split()
    while words and (words[-1].isdigit() or words[-1] in {"type", "i", "ii", "iii", "iv"}
                     or (len(words[-1]) <= 2 and any(c.isdigit() for c in words[-1]))):
        words = words[:-1]
        out.add(" ".join(words))
    # Eponyms inside longer names: "Paraparetic variant of Guillain-Barré syndrome" also
    # yields "guillain barre syndrome" (up to three words before a disease word).
    for j, w in enumerate(words):
        if w in DISEASE_WORDS:
            for k in range(max(0, j - 3), j):
                out.add(" ".join(words[k:j + 1]))
    return {p for p in out if p}


def _proper_tokens(name: str) -> list[str]:
    """Candidate proper nouns (eponyms) of a disease name: its capitalised words ("Niemann-Pick
    disease" -> niemann, pick; "Duchenne muscular dystrophy" -> duchenne). A one-word name
    counts only when joined by a hyphen or possessive. The caller drops words that other
    names use in lower case (plain medical words like "Severe")."""
    words = re.findall(r"[^\W\d_]+(?:['’]s)?", name)
    out = []
    for i, w in enumerate(words):
        if len(w) < 3 or not w[0].isupper() or w.isupper() or not w[1:].replace("’", "'").replace("'s", "").islower():
            continue
        following = words[i + 1].lower() if i + 1 < len(words) else ""
        joined = name.find(w) >= 0 and name[name.find(w) + len(w):name.find(w) + len(w) + 1] == "-"
        if i > 0 or len(words) > 1 or following in DISEASE_WORDS or joined or w.endswith(("'s", "’s")):
            out.append(normalise_token(w))
    return out


@lru_cache(maxsize=1)
def common_eponyms() -> tuple[str, ...]:
    """Names people use for diseases the knowledge base names otherwise ("Batten disease")."""
    return data_lines("eponyms.txt")


@dataclass(frozen=True)
class DiseaseVocabulary:
    phrases: frozenset[str]
    eponyms: frozenset[str]
    # Proper nouns inside disease and phenotype names ("pompe", "stevens", "johnson",
    # "sjogren"): a guessed name or place made only of these is a disease, not a person.
    eponym_tokens: frozenset[str] = frozenset()
    # Gene symbols of the knowledge base ("BRCA1", "COL1A1", "SMN1") and lab words of its names
    # written with inner capitals ("IgA", "HbA1c"): a finding that is exactly one of them is
    # not an id, a person or a place.
    genes: frozenset[str] = frozenset()
    # Words the names use in lower case ("creatinine", "ferritin", "seizure"): a guessed name or
    # place that is one of them, capitalised at the start of a sentence, is not a person.
    medical_words: frozenset[str] = frozenset()

    @classmethod
    def from_names(cls, names, person_names: frozenset[str] = frozenset()) -> DiseaseVocabulary:
        phrases: set[str] = set()
        eponyms: set[str] = set()
        proper: set[str] = set()
        lower_words: set[str] = set()
        compounds: set[str] = set()
        for name in names:
            proper.update(_proper_tokens(name))
            compounds.update("-".join(normalise_token(t) for t in c.split("-"))
                             for c in re.findall(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})+", name) if c[:1].isupper())
            lower_words.update(w for w in re.findall(r"[^\W\d_]+", name) if w.islower())
            for p in _variants(name):
                words = p.split()
                if len(words) > MAX_TOKENS:
                    continue
                if len(words) == 1 and words[0] in person_names:
                    continue  # a bare "Alexander" stays a possible name
                phrases.add(p)
                if len(words) >= 2 and words[1] in DISEASE_WORDS and words[0].isalpha():
                    eponyms.add(words[0])
                # "von willebrand" from "von willebrand disease": a guess that is exactly the
                # words before the disease word (two or more) is the disease said short.
                for j in range(2, min(5, len(words))):
                    if words[j] in DISEASE_WORDS and all(w.isalpha() for w in words[:j]):
                        compounds.add(" ".join(words[:j]))
        # Not: words the names also use in lower case (plain medical words), and common first
        # names ("Alexander disease" must not hide a person called Alexander).
        tokens_ok = frozenset((proper - lower_words - person_names) | compounds)
        return cls(frozenset(phrases), frozenset(eponyms), tokens_ok,
                   medical_words=frozenset(w for w in lower_words if len(w) >= 5) - person_names - place_words())

    def is_gene(self, text: str) -> bool:
        return text in self.genes

    def is_medical_word(self, text: str) -> bool:
        return " " not in text and normalise_token(text) in self.medical_words

    def is_eponym_span(self, text: str) -> bool:
        """True when every word of ``text`` is a disease-name proper noun; name particles
        ("Von Hippel-Lindau", "de Lange") need not be."""
        words = [normalise_token(m.group()) for m in TOKEN.finditer(text)]
        core = [w for w in words if w not in PARTICLES] or words
        if len(words) > 1 and " ".join(words) in self.eponym_tokens:
            return True  # the words before "disease": "Von Willebrand", "Charcot Marie Tooth"
        if len(core) > 1 and "-".join(core) in self.eponym_tokens:
            return True  # a hyphenated eponym: "Stevens-Johnson", "Niemann-Pick"
        return bool(core) and all(w in self.eponym_tokens for w in core)

    @classmethod
    def from_knowledge(cls, kb, person_names: frozenset[str] = frozenset()) -> DiseaseVocabulary:
        def names():
            orphanet = getattr(kb.diseases, "orphanet_facts", None)
            for disease_id, name in zip(kb.diseases.ids, kb.diseases.names, strict=True):
                yield name
                yield from kb.diseases.other_names(disease_id)
                facts = orphanet(disease_id) if orphanet is not None else None
                if facts is not None:
                    yield facts.name
                    yield from facts.synonyms
            yield from common_eponyms()
            for term in kb.ontology.terms():
                yield term.name
                yield from (s.text for s in term.synonyms)
        technical: set[str] = set()

        def collect():
            for name in names():
                # "IgA", "HbA1c", "IgG4": lab words written with inner capitals or digits
                technical.update(w for w in re.findall(r"[^\W_]+", name)
                                 if len(w) >= 3 and not w.isupper() and any(c.isupper() for c in w[1:])
                                 and not SURNAME_PREFIX.match(w))
                yield name
        vocab = cls.from_names(collect(), person_names)
        genes = getattr(kb.diseases, "gene_symbols", None)
        symbols = genes() if genes is not None else ()
        return replace(vocab, genes=frozenset(technical).union(
            g for g in symbols if (len(g) >= 3 and g.isupper()) or any(c.isdigit() for c in g)))

    def mentions(self, text: str) -> list[tuple[int, int]]:
        """Character spans of disease/phenotype name mentions in ``text``."""
        toks = tokens(text)
        norm = [normalise_token(m.group()) for m in toks]
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(toks):
            hit = 0
            for n in range(min(MAX_TOKENS, len(toks) - i), 0, -1):
                phrase = " ".join(norm[i:i + n])
                # ... or an eponym of two or more words said without "syndrome" ("it's
                # Cornelia de Lange", "Von Willebrand"): its first word may be a first name.
                if phrase in self.phrases or (n > 1 and phrase in self.eponym_tokens):
                    if n == 1 and len(phrase) <= 3 and not toks[i].group().isupper():
                        continue  # "at", "als": a short name only as written in capitals ("AT", "ALS")
                    hit = n
                    break
            raw = toks[i].group()
            if not hit and norm[i] in self.eponyms and (
                raw.lower().endswith(("'s", "’s")) or (raw.isupper() and len(raw) > 2)
                or (i + 1 < len(norm) and norm[i + 1] in DISEASE_WORDS)
            ):
                hit = 1
            if hit:
                spans.append((toks[i].start(), toks[i + hit - 1].end()))
                i += hit
            else:
                i += 1
        spans += [m.span() for m in DISEASE_BEFORE_EPONYM.finditer(text)]
        spans += [m.span() for m in DISEASE_AFTER_EPONYM.finditer(text)]
        return spans
