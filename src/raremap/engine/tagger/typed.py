"""What a person types into a search or "add a symptom" box, read by the tagger.

A name ("paresthesia", "pins and n") is best served by the name search
(``kb.search``); a description ("skin getting darker", "my son has pins and needles in
his feet") by the tagger, lexical and semantic matching together. Every box that offers
HPO terms — the main search, the checker's "Add a symptom", the community's symptom
finder — asks :func:`described_terms` first and the name search after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from raremap.engine.tagger.matcher import MAX_TEXT_CHARS

MIN_WORDS = 2  #: one word is a name to look up, not a description
MAX_TYPED_CHARS = 500  #: a search box's worth; longer text belongs in the describe box
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Described:
    hpo: str
    label: str
    lay: tuple[str, ...]
    matched: str  #: the words of the query that describe it


def is_description(query: str) -> bool:
    return len(_WORD.findall(query)) >= MIN_WORDS and len(query) <= MAX_TYPED_CHARS


def described_terms(kb, query: str, limit: int = 5) -> list[Described]:
    """Terms the typed words describe (present, not denied), best first; empty for a
    single word, an over-long query or a query with nothing close."""
    return read_typed(kb, query, limit)[0]


def read_typed(kb, query: str, limit: int = 5) -> tuple[list[Described], list[Described]]:
    """What typed words describe, in two lists: the findings the person has and those they
    say they do not have ("no fever"), each best first and at most ``limit`` long."""
    from raremap.engine.tagger import get_tagger

    query = query.replace("\x00", " ").strip()
    if not is_description(query) or len(query) > MAX_TEXT_CHARS:
        return [], []
    result = get_tagger(kb).tag(query, questions=False)
    present: list[Described] = []
    denied: list[Described] = []
    for t in result.terms:
        into = denied if t.negated else present
        if len(into) < limit:
            into.append(Described(t.hpo, t.label, tuple(kb.ontology.term(t.hpo).lay_names[:2]),
                                  query[t.start : t.end]))
    return present, denied


#: A disease name hit this good, and at least as good as the best symptom hit, means the
#: words name that disease ("cystic fibrosis", "marfan syndrom"), not symptoms: the search
#: box then does not read them as a description ("Fibrocystic lung disease", "Synotia").
NAME_OF_A_DISEASE = 0.55


def names_a_disease(kb, query: str) -> bool:
    """Whether ``query`` is, closely, a disease's name (see :data:`NAME_OF_A_DISEASE`)."""
    diseases = kb.search(query, kind="disease", limit=1)
    if not diseases or diseases[0].score < NAME_OF_A_DISEASE:
        return False
    terms = kb.search(query, kind="term", limit=1)
    return not terms or diseases[0].score >= terms[0].score


#: Once the words describe a term, a name hit must match this well to follow it (the name
#: search offers "Impotence" for "skin getting darker" through "getting").
NAME_FLOOR_AFTER_DESCRIPTION = 0.5


def name_hits_after(kb, query: str, described: list[Described], limit: int, kind: str | None = None) -> list:
    """Name-search hits to list after the terms ``described`` by the words: none already
    described and, once the words describe a term, only names matching well."""
    seen = {d.hpo for d in described}
    floor = NAME_FLOOR_AFTER_DESCRIPTION if described else 0.0
    return [h for h in kb.search(query, kind=kind, limit=limit) if h.id not in seen and h.score >= floor]


def term_suggestions(kb, query: str, limit: int = 8) -> list[Described]:
    """For an "add a symptom" box: the described terms first, then name-search hits."""
    out = described_terms(kb, query, limit)
    if len(query.strip()) >= 2:
        for h in name_hits_after(kb, query, out, limit, kind="term")[: limit - len(out)]:
            out.append(Described(h.id, h.label, tuple(kb.ontology.term(h.id).lay_names[:2]), h.matched))
    return out
