"""More embedded rows per term, measured without rebuilding the stored vectors: the tagger
on every tuned lay set with extra phrases of the HPO release added to its term matrix,
each counting a given amount less than a lay phrase; right term first (lenient, the
bench's rule) per set, the sets written blind against the others, odd against even lines.

    PYTHONPATH=src nice -n 5 .venv/bin/python bench/tagger/extra_phrases_sweep.py [--gsc]

Extra phrases (none of them is in the stored vectors): ``comment_named`` / ``comment_all``,
the term's ``comment:`` (whole when at most 200 characters, else its first sentence) for
the terms embedded with their definition (no everyday phrase) / for every term;
``def2``, the definition's second sentence where the first is under 60 characters or
contains the name; ``def12``, the first two sentences together, for the same terms;
``def2_all``, the second sentence for every term embedded with its definition;
``syn_EXACT`` / ``syn_RELATED`` / ``syn_NARROW`` / ``syn_BROAD``, the synonyms of that
scope that are not layperson synonyms. The phrases are embedded once and kept in
``~/.cache/raremap-bench/extra_phrases.npz``. The clean set (lay-blind6) is not scored.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.tagger_real import Mapper, gsc_scores, lay_scores, own_and_others, read_jsonl  # noqa: E402

from raremap.engine.tagger import get_tagger  # noqa: E402
from raremap.engine.tagger import semantic as sem  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data")
CACHE = Path.home() / ".cache" / "raremap-bench" / "extra_phrases.npz"
BLIND = ("lay-blind", "lay-blind2", "lay-blind3", "lay-blind4", "lay-blind5")
OTHERS = ("lay-own", "lay-own2", "lay-own3")
#: (label, ((kind, amount below a lay phrase), ...))
VARIANTS: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    ("before", ()),
    *((f"comment_named {o}", (("comment_named", o),)) for o in (0.0, 0.02, 0.05, 0.1)),
    *((f"comment_all {o}", (("comment_all", o),)) for o in (0.02, 0.05, 0.1)),
    *((f"def2 {o}", (("def2", o),)) for o in (0.0, 0.02, 0.035, 0.05, 0.1)),
    *((f"def12 {o}", (("def12", o),)) for o in (0.0, 0.05)),
    *((f"def2_all {o}", (("def2_all", o),)) for o in (0.0, 0.05)),
    ("def2 0 + comment_named 0.05", (("def2", 0.0), ("comment_named", 0.05))),
    *((f"syn_EXACT {o}", (("syn_EXACT", o),)) for o in (0.05, 0.08, 0.12, 0.2)),
    *((f"syn_RELATED {o}", (("syn_RELATED", o),)) for o in (0.0, 0.05, 0.12)),
    ("syn_NARROW+BROAD 0.12", (("syn_NARROW", 0.12), ("syn_BROAD", 0.12))),
    ("syn_RELATED+NARROW+BROAD 0.05", (("syn_RELATED", 0.05), ("syn_NARROW", 0.05), ("syn_BROAD", 0.05))),
)


def sentences(text: str | None) -> list[str]:
    text = " ".join((text or "").split())
    return [m.strip() for m in re.findall(r".+?\.(?=\s|$)|.+$", text) if m.strip()]


def extra_phrases(ont, base) -> dict[str, list[tuple[int, str]]]:
    """(term slot, phrase) per kind, phrases already embedded for the term left out."""
    keep = base.term_ids
    with_definition = {int(s) for s, p in zip(base.phrase_term, base.phrases, strict=True)
                       if p and p == sem.definition_phrase(ont.term(keep[int(s)]).definition)
                       and p.lower() != ont.term(keep[int(s)]).name.strip().lower()}
    existing = {(int(s), p.strip().lower()) for s, p in zip(base.phrase_term, base.phrases, strict=True)}
    extra: dict[str, list[tuple[int, str]]] = {}
    for slot, tid in enumerate(keep):
        term = ont.term(tid)
        comment = " ".join((term.comment or "").split())
        if comment:
            first = sentences(comment)[0][:300]
            phrase = comment if len(comment) <= 200 else first
            extra.setdefault("comment_all", []).append((slot, phrase))
            if slot in with_definition:
                extra.setdefault("comment_named", []).append((slot, phrase))
        parts = sentences(term.definition)
        if slot in with_definition and len(parts) >= 2:
            extra.setdefault("def2_all", []).append((slot, parts[1][:300]))
            if len(parts[0]) < 60 or term.name.strip().lower() in parts[0].lower():
                extra.setdefault("def2", []).append((slot, parts[1][:300]))
                extra.setdefault("def12", []).append((slot, f"{parts[0]} {parts[1]}"[:300]))
        for syn in term.synonyms:
            if syn.kind not in sem.LAY_KINDS:
                extra.setdefault(f"syn_{syn.scope}", []).append((slot, syn.text.strip()))
    return {k: [(s, p) for s, p in v if p and (s, p.lower()) not in existing] for k, v in extra.items()}


def embeddings(encoder, phrases: list[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE, allow_pickle=False) as data:
            out = dict(zip(data["phrases"].tolist(), data["vectors"], strict=True))
    missing = [p for p in phrases if p not in out]
    for i in range(0, len(missing), 512):
        chunk = missing[i : i + 512]
        out.update(zip(chunk, encoder.encode([sem.embedded_text(p) for p in chunk], batch_size=128), strict=True))
    if missing:
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez(CACHE, phrases=np.array(list(out)), vectors=np.stack(list(out.values())))
    return out


def with_extra(base, extra, vectors, adds) -> sem.TermVectors:
    columns, slots, phrases = [base.columns], [base.phrase_term], list(base.phrases)
    offsets = [base.offsets if base.offsets is not None else np.zeros(len(base.phrases), np.float32)]
    seen: set[tuple[int, str]] = set()
    for kind, amount in adds:
        rows = [(s, p) for s, p in extra[kind] if (s, p.lower()) not in seen]
        seen.update((s, p.lower()) for s, p in rows)
        if rows:
            columns.append(np.stack([vectors[p] for _, p in rows]).T.astype(np.float32))
            slots.append(np.array([s for s, _ in rows], np.int32))
            phrases += [p for _, p in rows]
            offsets.append(np.full(len(rows), -amount, np.float32))
    return sem.TermVectors(base.term_ids, np.concatenate(slots), phrases,
                           np.ascontiguousarray(np.concatenate(columns, axis=1)), base.header, np.concatenate(offsets))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gsc", action="store_true", help="GSC+ dev F1 too")
    args = parser.parse_args()
    kb = ensure_knowledge(sections=SECTIONS)
    mapper = Mapper(kb.ontology)
    tagger = get_tagger(kb)
    base = tagger.semantic.vectors
    extra = extra_phrases(kb.ontology, base)
    print(", ".join(f"{k} {len(v)}" for k, v in extra.items()))
    vectors = embeddings(tagger.semantic.encoder, sorted({p for v in extra.values() for _, p in v}))
    sets = {"lay-dev": read_jsonl(DATA / "lay-dev" / "lay-dev.jsonl")}
    for name in (*OTHERS, *BLIND):
        sets[name] = read_jsonl(ROOT / "bench" / "tagger" / f"{name.replace('-', '_')}.jsonl")
    gsc = read_jsonl(DATA / "gsc-plus-dev" / "gsc-plus-dev.jsonl")

    def predict(text):
        return own_and_others(tagger.tag(text))

    for label, adds in VARIANTS:
        tagger.semantic = sem.SemanticIndex(tagger.semantic.encoder, with_extra(base, extra, vectors, adds))
        right = {name: lay_scores(records, predict, mapper) for name, records in sets.items()}
        blind = sum(sum(right[n]["right"]) for n in BLIND)
        others = sum(sum(r["right"]) for n, r in right.items() if n not in BLIND)
        odd = sum(sum(r["right"][0::2]) for r in right.values())
        even = sum(sum(r["right"][1::2]) for r in right.values())
        dev = right["lay-dev"]
        gsc_f1 = f" GSC+ F1 {gsc_scores(gsc, predict, mapper)['f1']:.3f}" if args.gsc else ""
        print(f"{label:<32} all {blind + others} blind/others {blind}/{others} odd/even {odd}/{even} "
              f"msg P/R {dev['msg_precision']:.3f}/{dev['msg_recall']:.3f}{gsc_f1} | "
              + " ".join(f"{n} {sum(r['right'])}" for n, r in right.items()), flush=True)


if __name__ == "__main__":
    main()
