"""De-identification benchmark: recall and precision per kind on bench/deid/cases.txt.

    .venv/bin/python bench/deid_bench.py [--misses]

Tuning set cases.txt (the rules were adjusted while writing it: optimistic figures);
heldout.txt (held out for the first version, whose misses then prompted general rules:
self-introductions, relations, spelled-out ages and e-mails); heldout2.txt (written after
that, never tuned on: the honest estimate). Compares, in the same run, the full detector (rules + gazetteer + Presidio/spaCy NER +
disease allow-list) with two baselines: rules + gazetteer only, and the full detector
without the disease allow-list. A prediction counts when it overlaps a labelled span of
the same kind (overlap match, not exact boundaries).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.deid.cases import CASES, load_cases  # noqa: E402

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.privacy import Detector, DiseaseVocabulary, Kind  # noqa: E402
from raremap.privacy.detector import build_detector  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402


def score(detector: Detector, cases, show_misses: bool = False):
    tp, fp, fn = Counter(), Counter(), Counter()
    misses: list[str] = []
    t0 = time.perf_counter()
    for case in cases:
        found = detector.find(case.text)
        gold = list(case.spans)
        matched_gold = set()
        for f in found:
            hit = next((i for i, (k, s, e) in enumerate(gold)
                        if k == f.kind.value and f.start < e and s < f.end and i not in matched_gold), None)
            if hit is None:
                fp[f.kind.value] += 1
                misses.append(f"  FP {f.kind.value:<13} {f.text!r}  in: {case.text[:70]}")
            else:
                matched_gold.add(hit)
                tp[f.kind.value] += 1
        for i, (k, s, e) in enumerate(gold):
            if i not in matched_gold:
                fn[k] += 1
                misses.append(f"  FN {k:<13} {case.text[s:e]!r}  in: {case.text[:70]}")
    elapsed = time.perf_counter() - t0
    if show_misses:
        print("\n".join(misses))
    return tp, fp, fn, elapsed


def table(name: str, tp, fp, fn, elapsed: float, n: int) -> None:
    print(f"\n{name}  ({n} texts, {elapsed * 1000 / n:.1f} ms/text)")
    print(f"{'kind':<14}{'gold':>5}{'found':>6}{'recall':>8}{'precision':>10}")
    for kind in [k.value for k in Kind] + ["ALL"]:
        if kind == "ALL":
            t, p, f = sum(tp.values()), sum(fp.values()), sum(fn.values())
        else:
            t, p, f = tp[kind], fp[kind], fn[kind]
        rec = t / (t + f) if t + f else float("nan")
        prec = t / (t + p) if t + p else float("nan")
        print(f"{kind:<14}{t + f:>5}{t + p:>6}{rec:>8.2f}{prec:>10.2f}")


def main() -> None:
    show = "--misses" in sys.argv
    cases = load_cases()
    kb = ensure_knowledge(sections=SECTIONS)
    full = build_detector(kb)
    print(f"engine: {full.engine_name}; allow-list: {len(full.vocabulary.phrases)} phrases")
    full.find("warm-up Sarah")
    res = score(full, cases, show)
    table("full detector", *res, len(cases))
    rules = Detector(full.vocabulary, None)
    res_r = score(rules, cases)
    table("baseline: rules + gazetteer, no NER", *res_r, len(cases))
    no_allow = Detector(DiseaseVocabulary(frozenset(), frozenset()), full.ner)
    res_n = score(no_allow, cases)
    table("baseline: no disease allow-list", *res_n, len(cases))
    print(f"\nspeed ratio full / rules-only: {res[3] / res_r[3]:.1f}x")
    held = load_cases(CASES.with_name("heldout.txt"))
    res_h = score(full, held, show)
    table("heldout.txt (held out for the first version; its misses then prompted rules)",
          *res_h, len(held))
    held2 = load_cases(CASES.with_name("heldout2.txt"))
    res_h2 = score(full, held2, show)
    table("HELD-OUT heldout2.txt (never used for tuning), full detector", *res_h2, len(held2))


if __name__ == "__main__":
    main()
