"""Answers benchmark: composing all ten answers of a disease, and checking criteria.

Run:  .venv/bin/python bench/answers_bench.py [--step 10] [--checks 500]

Printed next to baselines measured in the same run (the machine is shared and noisy):
- compose: the ten answers of every ``step``-th disease vs. building the same disease's
  page object (``raremap.knowledge.pages.disease_page``), which reads the same facts;
- criteria: parsing and evaluating a constructed POEMS patient vs. parsing the findings only.
Similar conditions come from the engine's precomputed ``related`` section when it exists.
"""

from __future__ import annotations

import argparse
import statistics
import time


def _timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=10, help="use every n-th disease")
    parser.add_argument("--checks", type=int, default=500, help="criteria evaluations")
    args = parser.parse_args()

    from raremap.answers.compose import answers
    from raremap.engine.criteria import evaluate, get_set, parse_findings
    from raremap.knowledge import ensure_knowledge
    from raremap.knowledge.pages import disease_page
    from raremap.sections import SECTIONS

    kb = ensure_knowledge(sections=SECTIONS)
    ids = list(kb.diseases.ids[:: args.step])
    answers(kb, ids[0])  # warm caches (ontology arrays, criteria files, engine section)
    compose, page = [], []
    for disease_id in ids:
        compose.append(_timed(answers, kb, disease_id))
        page.append(_timed(disease_page, kb, disease_id))
    n = len(ids)
    print(f"HPO {kb.release}: {n} diseases (every {args.step}th), 10 answers each")
    for label, xs in (("compose 10 answers", compose), ("disease_page baseline", page)):
        xs_ms = sorted(x * 1000 for x in xs)
        print(f"  {label:22s} p50 {statistics.median(xs_ms):6.2f} ms  p95 {xs_ms[int(0.95 * n)]:6.2f} ms  "
              f"max {xs_ms[-1]:7.2f} ms  total {sum(xs):5.2f} s")  # fmt: skip
    print(f"  ratio (median compose / median page): {statistics.median(compose) / statistics.median(page):.1f}x")
    print(f"  all {len(kb.diseases):,} diseases x 10 answers, extrapolated: {sum(compose) * len(kb.diseases) / n:.0f} s")

    crit = get_set("poems")
    patient = ["HP:0001271", "lambda", "elevated-vegf", "Hepatomegaly", "Diabetes mellitus", "HP:0000953"]
    parse = [_timed(parse_findings, kb, crit, patient) for _ in range(args.checks)]
    full = [_timed(lambda: evaluate(kb, crit, parse_findings(kb, crit, patient))) for _ in range(args.checks)]
    p, f = statistics.median(parse) * 1000, statistics.median(full) * 1000
    print(f"criteria ({args.checks} runs, 6 findings): parse+evaluate p50 {f:.2f} ms; "
          f"parse only p50 {p:.2f} ms (evaluate adds {f / p:.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
