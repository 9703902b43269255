"""CPU time per symptom-checker query on real published patients, cold and warm, beside the
Phenomizer baseline in the same run.

    taskset -c 0 .venv/bin/python bench/checker_speed.py [--patients 300] [--methods phenomizer,published]

A query is resolve + rank every disease + the top 100, as in bench/real_patients.py (each
patient's own paper left out for the methods that read published patients). "Warm": the
per-term vectors the methods keep are already there (the steady state of a running
server). "Cold": every kept per-term value is forgotten before each query, so that all of
its terms are computed afresh (a query whose terms nobody asked before). CPU time of the
process, median over an evenly spaced sample of the patients; the ratio to the baseline is
printed because the machine may be shared.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from raremap.engine.published.records import read_store  # noqa: E402
from raremap.engine.query import resolve_query  # noqa: E402
from raremap.engine.ranker import rank_query  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402
from real_patients import BASELINE, DEFAULT_FOLDER, USES_PATIENTS, load_cases  # noqa: E402

PER_TERM = "per-term"  #: kept values whose name says they are per term


def forget_per_term(kb) -> None:
    for name in kb.derived.names():
        if PER_TERM in name:
            kb.derived.forget(name)


def query_cpu(kb, case, method: str, send: bool) -> float:
    p = case.patient
    extra = {"exclude_pmids": (p.pmid,)} if method in USES_PATIENTS else {}
    started = time.process_time()
    q = resolve_query(kb, p.present, p.excluded if send else (), p.onset, p.sex)
    rank_query(kb, q, method, **extra).top(100)
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--patients", type=int, default=300, help="evenly spaced sample of the patients")
    ap.add_argument("--methods", default=f"{BASELINE},published")
    args = ap.parse_args()
    kb = ensure_knowledge(sections=SECTIONS)
    patients, skipped = read_store(args.folder)
    cases, _ = load_cases(kb, patients, skipped)
    cases = cases[:: max(1, len(cases) // args.patients)][: args.patients]
    methods = args.methods.split(",")
    for c in cases[:20]:  # matrices and tables built once per process
        for m in methods:
            query_cpu(kb, c, m, True)
    print(f"# Checker CPU per query: {len(cases)} of the real patients, HPO {kb.release}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs\n")
    print("| method | excluded features | cold p50 ms | cold × baseline | warm p50 ms | warm × baseline |")
    print("|---|---|---:|---:|---:|---:|")
    base: dict[tuple[bool, str], float] = {}
    for method in methods:
        for send in (False, True):
            p50 = {}
            for state in ("cold", "warm"):
                cpu = []
                for c in cases:
                    if state == "cold":
                        forget_per_term(kb)
                    cpu.append(query_cpu(kb, c, method, send))
                p50[state] = 1000 * float(np.median(cpu))
                if method == BASELINE:
                    base[(send, state)] = p50[state]
            ratio = {s: f"{p50[s] / base[(send, s)]:.2f}" if (send, s) in base else "–" for s in p50}
            print(f"| {method} | {'sent' if send else 'withheld'} | {p50['cold']:.2f} | {ratio['cold']} "
                  f"| {p50['warm']:.2f} | {ratio['warm']} |", flush=True)


if __name__ == "__main__":
    main()
