"""The name index behind search: entries (names, synonyms, ids), a token vocabulary and
postings, built once at compile time and stored in the artifact as arrays."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from raremap.knowledge.inverted_index import inverted_index
from raremap.knowledge.text import tokens

KIND_DISEASE = 0
KIND_TERM = 1

#: What an entry's text is, as shown in "matched ..." explanations.
MATCH_TYPES = (
    "name",
    "exact synonym",
    "lay name",
    "abbreviation",
    "plural form",
    "UK spelling",
    "related synonym",
    "broader synonym",
    "narrower synonym",
    "other name",
    "former name",
)


def _synonym_match_type(scope: int, kind: int) -> str:
    # kind codes follow compile.KIND_CODES; scope codes SCOPE_CODES
    if kind == 1:
        return "lay name"
    if kind == 2:
        return "abbreviation"
    if kind == 3:
        return "plural form"
    if kind == 4:
        return "UK spelling"
    if kind == 5:
        return "former name"
    return ("exact synonym", "related synonym", "broader synonym", "narrower synonym")[scope]


def build_search_index(ontology: dict, diseases: dict, extra_disease_names: Mapping[str, list[str]]) -> dict:
    kinds: list[int] = []
    targets: list[int] = []
    texts: list[str] = []
    types: list[int] = []

    def add(kind: int, target: int, text: str, match_type: str) -> None:
        kinds.append(kind)
        targets.append(target)
        texts.append(text)
        types.append(MATCH_TYPES.index(match_type))

    disease_index = {d: i for i, d in enumerate(diseases["ids"])}
    for i, name in enumerate(diseases["names"]):
        add(KIND_DISEASE, i, name, "name")
    merged: dict[str, list[str]] = {d: list(n) for d, n in diseases.get("other_names", {}).items()}
    for disease_id, names in extra_disease_names.items():
        merged.setdefault(disease_id, []).extend(n for n in names if n not in merged.get(disease_id, []))
    aliases = diseases.get("aliases", {})  # a merged twin's id → the canonical id
    for disease_id, names in merged.items():
        disease_id = aliases.get(disease_id, disease_id)
        if disease_id in disease_index:
            for name in names:
                add(KIND_DISEASE, disease_index[disease_id], name, "other name")
    obsolete = ontology["obsolete"]
    offsets = ontology["syn_offsets"]
    for i, name in enumerate(ontology["names"]):
        if obsolete[i]:
            continue
        add(KIND_TERM, i, name, "name")
        for s in range(offsets[i], offsets[i + 1]):
            add(KIND_TERM, i, ontology["syn_text"][s], _synonym_match_type(ontology["syn_scope"][s], ontology["syn_kind"][s]))

    index = inverted_index(tokens(text) for text in texts)
    return {
        "kind": np.asarray(kinds, dtype=np.int8),
        "target": np.asarray(targets, dtype=np.int32),
        "text": texts,
        "type": np.asarray(types, dtype=np.int8),
        "n_tokens": np.asarray([len(t) for t in index.entry_tokens], dtype=np.int16),
        "vocab": list(index.vocab),
        "postings": (index.postings_ptr, index.postings),
    }
