"""Knowledge-base benchmark: build time, load time, memory after load, search latency.

Run:  .venv/bin/python bench/knowledge_bench.py [--queries 1000] [--loads 5]

Every figure is printed next to a baseline measured in the same run, because these
machines are noisy:
- build  vs. only reading the three release files line by line (the I/O floor);
- load   (fresh process: import + load + first page object) vs. a fresh process that
  only imports numpy;
- search vs. a naive scan: rapidfuzz WRatio of the query against every indexed name;
  quality (how often the name a query was made from comes first, or in the top 10) for
  both on the same queries.
The build is done into a temporary data directory so the project's artifact is untouched.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LOAD_SNIPPET = """
import time, resource, sys
t = time.perf_counter()
c = time.process_time()
from raremap.knowledge import load_knowledge
from raremap.sections import SECTIONS
from raremap.knowledge.pages import disease_page
kb = load_knowledge(sys.argv[1], sections=SECTIONS)
disease_page(kb, "ORPHA:2905")
kb.search("poems")
elapsed = time.perf_counter() - t
cpu = time.process_time() - c
rss = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) / 1024
print(f"{elapsed:.4f} {rss:.1f} {cpu:.4f}")
"""
BASELINE_SNIPPET = "import time; t=time.perf_counter(); import numpy; print(f'{time.perf_counter()-t:.4f}')"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def bench_build(data_dir: Path) -> tuple[float, float, float, dict[str, float]]:
    """Full `init` build, the knowledge part alone, reading alone, and time per step."""
    from raremap import paths
    from raremap.knowledge import build_knowledge
    from raremap.knowledge.compile import compile_release
    from raremap.sections import SECTIONS

    release = paths.embedded_release_dir()
    t = time.perf_counter()
    for name in ("hp.obo", "phenotype.hpoa", "genes_to_phenotype.txt"):
        with open(release / name, encoding="utf-8") as handle:
            for _ in handle:
                pass
    read = time.perf_counter() - t
    t = time.perf_counter()
    compile_release(release)
    knowledge_only = time.perf_counter() - t
    steps: dict[str, float] = {}
    last = [time.perf_counter(), "start"]

    def progress(label: str, _fraction: float) -> None:
        now = time.perf_counter()
        steps[last[1]] = steps.get(last[1], 0.0) + now - last[0]
        last[0], last[1] = now, label

    t = time.perf_counter()
    build_knowledge(release, data_dir, progress=progress, sections=SECTIONS)
    return time.perf_counter() - t, knowledge_only, read, steps


def bench_load(data_dir: Path, runs: int) -> tuple[list[float], list[float], list[float], list[float]]:
    loads, rss, base, cpus = [], [], [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET, str(data_dir)], capture_output=True, text=True, check=True)
        elapsed, mem, cpu = out.stdout.split()
        loads.append(float(elapsed))
        cpus.append(float(cpu))
        rss.append(float(mem))
        out = subprocess.run([sys.executable, "-c", BASELINE_SNIPPET], capture_output=True, text=True, check=True)
        base.append(float(out.stdout))
    return loads, rss, base, cpus


def mixed_queries(kb, n: int, seed: int = 7) -> list[str]:
    """Names, synonyms, ids, prefixes, typos and shuffled words drawn from the index."""
    return [q for q, _, _ in labelled_queries(kb, n, seed)]


def labelled_queries(kb, n: int, seed: int = 7) -> list[tuple[str, str, int]]:
    """``mixed_queries`` with how each query was made and the index entry it came from
    (-1 for ids)."""
    rng = random.Random(seed)
    texts = kb.sections["search"]["text"]
    out: list[tuple[str, str, int]] = []
    while len(out) < n:
        entry = rng.randrange(len(texts))
        text = texts[entry]
        words = text.split()
        kind = rng.random()
        if kind < 0.25:
            q, how = text, "whole name"
        elif kind < 0.4:
            q, how = text[: max(3, len(text) // 2)], "half typed"  # typing in progress
        elif kind < 0.6 and len(text) > 5:  # one typo
            i = rng.randrange(1, len(text) - 1)
            q, how = text[:i] + text[i + 1] + text[i] + text[i + 2 :], "swapped letters"
        elif kind < 0.7 and len(words) > 1:
            rng.shuffle(words)
            q, how = " ".join(words), "shuffled words"
        elif kind < 0.8:
            q, how, entry = rng.choice(kb.diseases.ids), "disease id", -1
        elif kind < 0.85:
            q, how, entry = rng.choice(kb.ontology.ids), "term id", -1
        else:
            q, how = " ".join(words[:2]).lower(), "first two words"
        out.append((q, how, entry))
    return out


def _entry_key(kb, entry: int) -> tuple[str, str]:
    index = kb.sections["search"]
    if int(index["kind"][entry]) == 0:
        return "disease", kb.diseases.ids[int(index["target"][entry])]
    return "term", kb.ontology.ids[int(index["target"][entry])]


def bench_quality(kb, labelled: list[tuple[str, str, int]]) -> None:
    """Share of queries whose source disease or term (or another entry with the same
    name, as names are shared) is first / in the top 10, per kind of query; the naive
    WRatio scan is scored on the same first 100 queries."""
    from rapidfuzz import fuzz, process

    from raremap.knowledge.text import fold

    texts = kb.sections["search"]["text"]
    same_name: dict[str, set[tuple[str, str]]] = {}
    for e, t in enumerate(texts):
        same_name.setdefault(fold(t), set()).add(_entry_key(kb, e))
    rows: dict[str, list[int]] = {}
    naive = [0, 0, 0]
    for n, (q, how, entry) in enumerate(labelled):
        if entry < 0:
            continue
        good = same_name[fold(texts[entry])]
        got = [(h.kind, h.id) for h in kb.search(q, limit=10)]
        row = rows.setdefault(how, [0, 0, 0])
        row[0] += 1
        row[1] += bool(got) and got[0] in good
        row[2] += any(g in good for g in got)
        if n < 100:
            keys: list[tuple[str, str]] = []
            for _, _, e in process.extract(q, texts, scorer=fuzz.WRatio, limit=40):
                if _entry_key(kb, e) not in keys:
                    keys.append(_entry_key(kb, e))
            naive[0] += 1
            naive[1] += bool(keys) and keys[0] in good
            naive[2] += any(k in good for k in keys[:10])
    total = [sum(r[i] for r in rows.values()) for i in range(3)]
    print("search quality (source name first / in the top 10):")
    for how, (n, first, top) in sorted(rows.items()):
        print(f"    {how:16} {n:4} queries: first {first / n:6.1%}, top 10 {top / n:6.1%}")
    print(f"    {'all named':16} {total[0]:4} queries: first {total[1] / total[0]:6.1%}, top 10 {total[2] / total[0]:6.1%}")
    if naive[0]:
        print(f"    naive WRatio scan, the named among the first 100 queries ({naive[0]}): "
              f"first {naive[1] / naive[0]:.1%}, top 10 {naive[2] / naive[0]:.1%}")


def bench_search(kb, queries: list[str]) -> tuple[list[float], list[float]]:
    from rapidfuzz import fuzz, process

    kb.search("warm up")
    ours = []
    for q in queries:
        t = time.perf_counter()
        kb.search(q, limit=10)
        ours.append((time.perf_counter() - t) * 1000)
    names = kb.sections["search"]["text"]
    naive = []
    for q in queries[:100]:  # the naive scan is slow: a sample is enough for the ratio
        t = time.perf_counter()
        process.extract(q, names, scorer=fuzz.WRatio, limit=10)
        naive.append((time.perf_counter() - t) * 1000)
    return ours, naive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="raremap-bench-") as tmp:
        data_dir = Path(tmp)
        build_s, knowledge_s, read_s, steps = bench_build(data_dir)
        size_mb = sum(p.stat().st_size for p in data_dir.glob("*.kb")) / 1e6
        print(
            f"build (knowledge part: parse, compile, index): {knowledge_s:.2f} s "
            f"(reading the files alone: {read_s:.2f} s; ratio {knowledge_s / read_s:.1f}x)"
        )
        print(f"full 'raremap init' build (with every registered section): {build_s:.2f} s; artifact {size_mb:.1f} MB")
        for label, secs in sorted(steps.items(), key=lambda kv: -kv[1])[:6]:
            print(f"    {secs:6.2f} s  {label}")
        loads, rss, base, cpus = bench_load(data_dir, args.loads)
        print(
            f"load in a fresh process (import + load + POEMS page + one search): median {statistics.median(loads):.3f} s, "
            f"max {max(loads):.3f} s (baseline 'import numpy': {statistics.median(base):.3f} s; "
            f"ratio {statistics.median(loads) / statistics.median(base):.1f}x); CPU time median {statistics.median(cpus):.3f} s"
        )
        print(f"resident memory after load: {statistics.median(rss):.0f} MB")
        from raremap.knowledge import open_knowledge
        from raremap.sections import SECTIONS

        kb = open_knowledge(data_dir, sections=SECTIONS)
        labelled = labelled_queries(kb, args.queries)
        queries = [q for q, _, _ in labelled]
        ours, naive = bench_search(kb, queries)
        print(
            f"search over {len(queries)} mixed queries: p50 {pct(ours, 50):.2f} ms, p95 {pct(ours, 95):.2f} ms, "
            f"max {max(ours):.2f} ms; naive full scan (rapidfuzz WRatio over {len(kb.sections['search']['text']):,} names, "
            f"100 queries): p50 {pct(naive, 50):.1f} ms, p95 {pct(naive, 95):.1f} ms; "
            f"p50 ratio {pct(naive, 50) / pct(ours, 50):.0f}x faster"
        )
        bench_quality(kb, labelled)


if __name__ == "__main__":
    main()
