"""Benchmark of the symptom tagger on the development set, against the exact-dictionary
baseline in the same run.

    .venv/bin/python bench/tagger/run.py [--split dev|heldout|all] [--misses]

Figures per method: top-1 (the first term returned is a gold term with the right
polarity), top-5 (share of gold terms, with polarity, among the first five returned),
document-level micro precision / recall / F1 over (term, negated) pairs, F1~ (the same
where a term one step above or below the gold term also counts), and time per document
after load; then the throughput on short phrases (one core, one process).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.tagger.baseline import ExactMatcher  # noqa: E402
from bench.tagger.devset import load_cases  # noqa: E402

from raremap.engine.tagger import get_tagger  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402


def near(ont, a: str, b: str) -> bool:
    """The same term, or one is a parent of the other (one step in the ontology)."""
    return a == b or b in ont.parents(a) or a in ont.parents(b)


def near_f1(ont, gold: set, got: set) -> tuple[int, int, int]:
    """(tp, fp, fn) where a predicted term counts if it is near a gold term of the same polarity."""
    tp_pred = sum(any(n == gn and near(ont, h, g) for g, gn in gold) for h, n in got)
    tp_gold = sum(any(n == gn and near(ont, h, g) for h, n in got) for g, gn in gold)
    return tp_pred, len(got) - tp_pred, len(gold) - tp_gold


def score(cases, predict, ont):
    top1 = top5_hits = top5_total = tp = fp = fn = 0
    ntp = nfp = nfn = 0
    times = []
    misses = []
    for case in cases:
        started = time.perf_counter()
        ranked = predict(case.text)
        times.append(time.perf_counter() - started)
        gold = case.gold
        if ranked and ranked[0] in gold:
            top1 += 1
        top5_hits += len(gold & set(ranked[:5]))
        top5_total += len(gold)
        got = set(ranked)
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        a, b, c = near_f1(ont, gold, got)
        ntp, nfp, nfn = ntp + a, nfp + b, nfn + c
        if got != gold:
            misses.append((case, ranked))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    near_p = ntp / (ntp + nfp) if ntp + nfp else 0.0
    near_r = 1 - nfn / max(1, top5_total)
    return {
        "near_f1": 2 * near_p * near_r / (near_p + near_r) if near_p + near_r else 0.0,
        "top1": top1 / len(cases),
        "top5": top5_hits / top5_total,
        "precision": p,
        "recall": r,
        "f1": f1,
        "ms_mean": 1000 * statistics.fmean(times),
        "ms_p95": 1000 * sorted(times)[int(0.95 * (len(times) - 1))],
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="all", choices=["dev", "heldout", "all"])
    parser.add_argument("--misses", action="store_true", help="list the cases each method got wrong")
    args = parser.parse_args()
    kb = ensure_knowledge(sections=SECTIONS)
    cases = load_cases(kb)
    kb.ontology  # noqa: B018 (loaded before timing the tagger build)
    started, started_cpu = time.perf_counter(), time.process_time()
    tagger = get_tagger(kb)
    load_s, load_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    started = time.perf_counter()
    baseline = ExactMatcher(kb)
    base_load_s = time.perf_counter() - started

    def tagger_predict(text):
        return [(t.hpo, t.negated) for t in tagger.tag(text).terms]

    methods = {"tagger": tagger_predict, "exact-dictionary baseline": baseline.tag}
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    print(f"HPO {kb.release}; {len(cases)} cases ({', '.join(f'{s}: {sum(c.split == s for c in cases)}' for s in ('dev', 'heldout'))}); "
          f"tagger built in {load_s:.2f} s ({load_cpu:.2f} s CPU), baseline in {base_load_s:.2f} s")
    for split in [*splits, *(["all"] if args.split == "all" else [])]:
        subset = [c for c in cases if split == "all" or c.split == split]
        print(f"\n{split} ({len(subset)} cases, {sum(len(c.gold) for c in subset)} gold terms)")
        print(f"{'method':<28}{'top-1':>7}{'top-5':>7}{'P':>7}{'R':>7}{'F1':>7}{'F1~':>7}{'ms/doc':>9}{'p95 ms':>9}")
        results = {}
        for name, fn in methods.items():
            res = results[name] = score(subset, fn, kb.ontology)
            print(f"{name:<28}{res['top1']:>7.3f}{res['top5']:>7.3f}{res['precision']:>7.3f}"
                  f"{res['recall']:>7.3f}{res['f1']:>7.3f}{res['near_f1']:>7.3f}{res['ms_mean']:>9.2f}{res['ms_p95']:>9.2f}")
        t, b = results["tagger"], results["exact-dictionary baseline"]
        print(f"gap: F1 {t['f1']:.3f} vs {b['f1']:.3f} ({t['f1'] / b['f1']:.2f}x); "
              f"recall {t['recall'] / max(b['recall'], 1e-9):.2f}x")
        if args.misses:
            for case, ranked in t["misses"]:
                print(f"  MISS [{case.split} {case.number}] {case.text!r}\n     gold {sorted(case.gold)}\n     got  "
                      + ", ".join(f"{h}{'(neg)' if n else ''} {kb.ontology.name(h)}" for h, n in ranked))

    short = [c.text for c in cases if len(c.text.split()) <= 12]
    rounds = max(1, 2000 // len(short))
    for name, fn in methods.items():
        elapsed = cpu = 0.0
        for _ in range(rounds):
            # Repeating the same phrases must not turn typo correction into cache hits.
            tagger._fuzzy_cache.clear()
            started, started_cpu = time.perf_counter(), time.process_time()
            for text in short:
                fn(text)
            elapsed += time.perf_counter() - started
            cpu += time.process_time() - started_cpu
        n = rounds * len(short)
        print(f"throughput {name}: {n / elapsed:,.0f} short phrases/s wall clock, {n / cpu:,.0f} per CPU second "
              f"({len(short)} phrases of <= 12 words x {rounds} rounds, one process)")


if __name__ == "__main__":
    main()
