"""Batches of lay expressions for ``expressions_told.yaml``, measured without rebuilding the
stored vectors: each argument is a variant, the batch files it holds joined by '+' (YAML in
the file's format) or ``none``; the tagger is built with the variant in place of the file's
entries, its term matrix made of the stored rows (float16, as ``raremap init`` stores them)
and the new phrases embedded here, and it is scored on the tuned lay sets (lenient right term
first, the bench's rule; lay-blind6 is clean and neither read nor scored), lay-dev's
messages and GSC+ dev F1. The file is written for each variant and given back at the end.

    PYTHONPATH=src nice -n 5 .venv/bin/python bench/tagger/told_batches.py none a.yaml a.yaml+b.yaml

The stored vectors must match the file as it is when the run starts (``raremap init``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.tagger_real import Mapper, gsc_scores, lay_scores, own_and_others, read_jsonl  # noqa: E402

from raremap.engine.tagger import semantic as sem  # noqa: E402
from raremap.engine.tagger import vocabulary as voc  # noqa: E402
from raremap.engine.tagger.matcher import Tagger  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DATA = Path("/work/shared/data")
TOLD = ROOT / "src" / "raremap" / "engine" / "tagger" / "data" / "expressions_told.yaml"
#: the tuned sets of our own (lay-blind6, clean, is left out)
SETS = ("lay-own", "lay-own2", "lay-own3", "lay-blind", "lay-blind2", "lay-blind3", "lay-blind4", "lay-blind5")


def header(text: str) -> str:
    """The file's leading comment lines."""
    lines = text.splitlines(keepends=True)
    n = next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    return "".join(lines[:n]) + "\n"


def main() -> None:
    original = TOLD.read_text(encoding="utf-8")
    head = header(original)
    kb = ensure_knowledge(sections=SECTIONS)
    mapper = Mapper(kb.ontology)
    index = sem.load_semantic(kb)
    if index is None:
        sys.exit("the stored term vectors do not match the lay vocabulary: run 'raremap init' first")
    encoder = index.encoder
    _ids, phrases, _slots = sem.term_phrases(kb)
    with np.load(sem.vectors_path(kb), allow_pickle=False) as data:
        stored = data["matrix"]
    cache = {sem.embedded_text(p): stored[i] for i, p in enumerate(phrases)}
    sets = {"lay-dev": read_jsonl(DATA / "lay-dev" / "lay-dev.jsonl")}
    for name in SETS:
        sets[name] = read_jsonl(ROOT / "bench" / "tagger" / f"{name.replace('-', '_')}.jsonl")
    gsc = read_jsonl(DATA / "gsc-plus-dev" / "gsc-plus-dev.jsonl")

    def tagger_with(files: list[str]) -> tuple[Tagger, int]:
        TOLD.write_text(head + "".join(Path(f).read_text(encoding="utf-8") for f in files), encoding="utf-8")
        voc.lay_vocabulary.cache_clear()
        ids, texts, slots = sem.term_phrases(kb)
        embedded = [sem.embedded_text(p) for p in texts]
        missing = sorted({t for t in embedded if t not in cache})
        for i in range(0, len(missing), 256):
            chunk = missing[i : i + 256]
            cache.update(zip(chunk, encoder.encode(chunk, batch_size=128).astype(np.float16), strict=True))
        matrix = np.stack([cache[t] for t in embedded]).astype(np.float32)
        refused = voc.lay_vocabulary().not_synonyms
        for i, (text, slot) in enumerate(zip(texts, slots, strict=True)):
            if text.lower() in refused.get(ids[slot], ()):
                matrix[i] = 0.0
        vectors = sem.TermVectors(ids, np.asarray(slots, np.int32), texts, np.ascontiguousarray(matrix.T), {},
                                  sem.name_offsets(kb, ids, texts, slots))
        tagger = Tagger(kb, semantic=False)
        tagger.semantic = sem.SemanticIndex(encoder, vectors)
        return tagger, len(missing)

    try:
        for spec in sys.argv[1:]:
            started = time.perf_counter()
            tagger, new = tagger_with([] if spec == "none" else spec.split("+"))

            def predict(text, tagger=tagger):
                return own_and_others(tagger.tag(text))

            right = {name: lay_scores(records, predict, mapper) for name, records in sets.items()}
            counts = {name: round(r["lenient"] * len(sets[name])) for name, r in right.items()}
            dev = right["lay-dev"]
            print(f"{spec}: all {sum(counts.values())} | lay-dev msg P/R {dev['msg_precision']:.3f}/"
                  f"{dev['msg_recall']:.3f} | GSC+ F1 {gsc_scores(gsc, predict, mapper)['f1']:.3f} | "
                  + " ".join(f"{n} {c}" for n, c in counts.items())
                  + f" [{new} phrases embedded, {time.perf_counter() - started:.0f} s]", flush=True)
    finally:
        TOLD.write_text(original, encoding="utf-8")
        voc.lay_vocabulary.cache_clear()


if __name__ == "__main__":
    main()
