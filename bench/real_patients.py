"""Benchmark of the symptom checker on real published patients (phenopacket-store).

    .venv/bin/python bench/real_patients.py                       # the report
    .venv/bin/python bench/real_patients.py --folder DIR          # another phenopacket folder
    .venv/bin/python bench/real_patients.py --every 3 --start 1 --methods phenomizer,published \
        --param eps=0.8 --param ic_power=1.0                      # a third of the patients, for tuning
    .venv/bin/python bench/real_patients.py --methods phenomizer,published --halves --by-disease 20
                          # also: figures on two halves of the papers; where withheld loses to sent

Every patient is ranked leave-one-publication-out: methods that read published patients
never see the patients of the query's own paper. Figures are given for all patients and
for "unseen" patients (their PMID is not cited in the release's phenotype.hpoa), with the
excluded features withheld and sent, per method, beside the Phenomizer baseline. Ranks are
averaged over ties (a method gains nothing from the order of disease ids). Time per query
(resolve + rank all diseases + top 100) is measured on one core; its ratio to the baseline
is printed because the machine is shared.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import hashlib  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, replace  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from rank_bench import pin_one_core, true_rank  # noqa: E402
from raremap.engine.published.calibration import cited_pmids  # noqa: E402
from raremap.engine.published.records import PublishedPatient, read_store  # noqa: E402
from raremap.engine.query import Query, resolve_query  # noqa: E402
from raremap.engine.ranker import rank_query  # noqa: E402
from raremap.engine.ranking import method_names  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

#: ``../shared`` beside the project (a clone), or two levels up (a worktree of a clone).
DEFAULT_FOLDER = next(
    (p for p in (ROOT.parent / "shared" / "data" / "phenopackets-dev",
                 ROOT.parent.parent / "shared" / "data" / "phenopackets-dev") if p.is_dir()),
    ROOT.parent / "shared" / "data" / "phenopackets-dev")
BASELINE = "phenomizer"
#: Methods that read published patients take the PMIDs to leave out.
USES_PATIENTS = {"published"}


@dataclass(frozen=True)
class Case:
    patient: PublishedPatient
    disease: int
    query: Query
    unseen: bool
    #: Other publications of the store describe patients with the same disease (so the
    #: published patients can still speak for it once the patient's own paper is left out).
    other_papers: bool = False
    #: Other entries of the release that MONDO maps to the same concept as the diagnosis
    #: without their being merged with it (one OMIM id beside several Orphanet ids).
    same_concept: tuple[int, ...] = ()


def load_cases(kb, patients: list[PublishedPatient], skipped: list[tuple[str, str]]) -> tuple[list[Case], Counter]:
    """Patients the release can rank; the others counted by reason (``skipped`` holds the
    files that could not be read as a patient at all)."""
    reasons = Counter(r for _, r in skipped)
    cited = cited_pmids(kb)
    cases = []
    for p in patients:
        disease = kb.diseases.resolve(p.disease)
        if disease is None:
            reasons["diagnosis not annotated in this release"] += 1
            continue
        query = resolve_query(kb, p.present, p.excluded, p.onset, p.sex)
        for issue in query.issues:
            reasons[f"(kept) feature id {issue.action}: {issue.reason}"] += 1
        if not query.present:
            reasons["no usable present feature"] += 1
            continue
        cases.append(Case(p, kb.diseases.index[disease], query, p.pmid not in cited))
    papers: dict[int, set[str]] = {}
    for c in cases:
        papers.setdefault(c.disease, set()).add(c.patient.pmid)
    concept = same_concept(kb)
    cases = [replace(c, other_papers=len(papers[c.disease]) > 1, same_concept=concept.get(c.disease, ()))
             for c in cases]
    return cases, reasons


def same_concept(kb) -> dict[int, tuple[int, ...]]:
    """Disease index → the other entries MONDO maps to one of its concepts."""
    d = kb.diseases
    by_concept: dict[str, set[int]] = {}
    for i, did in enumerate(d.ids):
        for mondo in d.get(did).ids[1:]:
            if mondo.startswith("MONDO:"):
                by_concept.setdefault(mondo, set()).add(i)
    out: dict[int, set[int]] = {}
    for members in by_concept.values():
        for i in members:
            out.setdefault(i, set()).update(members - {i})
    return {i: tuple(sorted(o)) for i, o in out.items() if o}


def concept_rank(total: np.ndarray, case: Case) -> float:
    """:func:`true_rank` with the diagnosis's entry and the entries of its MONDO concept
    taken as one (the best of their scores), ties averaged."""
    if not case.same_concept:
        return true_rank(total, case.disease)
    mine = np.array((case.disease, *case.same_concept))
    s = total[mine].max()
    others = np.delete(total, mine)
    return 1 + float((others > s).sum()) + float((others == s).sum()) / 2


def withheld(q: Query) -> Query:
    return Query(q.present, (), q.onset, q.sex, q.issues)


def run(kb, cases: list[Case], method: str, send_excluded: bool,
        **params) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Tie-averaged rank of the true disease, wall and CPU seconds per query, the rank
    counting the entries of the diagnosis's MONDO concept as one (:func:`concept_rank`),
    and the disease ranked first (its index), for every case."""
    ranks, wall, cpu = np.empty(len(cases)), np.empty(len(cases)), np.empty(len(cases))
    concept, first = np.empty(len(cases)), np.empty(len(cases), dtype=np.int64)
    for i, c in enumerate(cases):
        extra = {"exclude_pmids": (c.patient.pmid,)} if method in USES_PATIENTS else {}
        t0, c0 = time.perf_counter(), time.process_time()
        p = c.patient
        q = resolve_query(kb, p.present, p.excluded if send_excluded else (), p.onset, p.sex)
        ranking = rank_query(kb, q, method, **params, **extra)
        ranking.top(100)
        wall[i], cpu[i] = time.perf_counter() - t0, time.process_time() - c0
        ranks[i] = true_rank(ranking.scores.total, c.disease)
        concept[i] = concept_rank(ranking.scores.total, c)
        first[i] = int(np.argmax(ranking.scores.total))
    return ranks, wall, cpu, concept, first


def figures(r: np.ndarray) -> str:
    return (f"{len(r)} | {(r <= 1).mean():.3f} | {(r <= 3).mean():.3f} | {(r <= 10).mean():.3f} "
            f"| {(1 / r).mean():.3f}")


def report(kb, cases: list[Case], methods: list[str], params: dict | None = None,
           firsts: dict | None = None) -> dict:
    unseen = np.array([c.unseen for c in cases])
    print("| method | excluded features | patients | top-1 | top-3 | top-10 | MRR "
          "| unseen patients | top-1 | top-3 | top-10 | MRR | wall p50 ms | CPU p50 ms | CPU × baseline |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    out, base_cpu, concepts = {}, None, {}
    for method in methods:
        for send in (False, True):
            ranks, wall, cpu, concepts[(method, send)], first = run(
                kb, cases, method, send, **((params or {}) if method in USES_PATIENTS else {}))
            if firsts is not None:
                firsts[(method, send)] = first
            p50, cpu50 = float(np.median(wall)) * 1000, float(np.median(cpu)) * 1000
            if method == BASELINE and base_cpu is None:
                base_cpu = cpu50
            out[(method, send)] = ranks
            ratio = f"{cpu50 / base_cpu:.1f}" if base_cpu else "–"
            print(f"| {method} | {'sent' if send else 'withheld'} | {figures(ranks)} "
                  f"| {figures(ranks[unseen])} | {p50:.2f} | {cpu50:.2f} | {ratio} |", flush=True)
    touched = np.array([bool(c.same_concept) for c in cases])
    print(f"\nCounting the entries MONDO maps to the diagnosis's concept as one (not merged in the "
          f"release; {int(touched.sum())} patients, {int((touched & unseen).sum())} unseen, have such a diagnosis):\n")
    print("| method | excluded features | patients | top-1 | top-3 | top-10 | MRR "
          "| unseen patients | top-1 | top-3 | top-10 | MRR |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (method, send), ranks in concepts.items():
        print(f"| {method} | {'sent' if send else 'withheld'} | {figures(ranks)} | {figures(ranks[unseen])} |")
    return out


def breakdown(cases: list[Case], results: dict, methods: list[str]) -> None:
    """Unseen patients split by whether other papers describe their disease."""
    groups = {
        "unseen, disease also in another paper": [c.unseen and c.other_papers for c in cases],
        "unseen, disease in this paper only": [c.unseen and not c.other_papers for c in cases],
    }
    print("\n| method | excluded features | subset | patients | top-1 | top-3 | top-10 | MRR |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for (method, send), ranks in results.items():
        if method not in methods:
            continue
        for name, mask in groups.items():
            print(f"| {method} | {'sent' if send else 'withheld'} | {name} | {figures(ranks[np.array(mask)])} |")


def paper_half(pmid: str) -> int:
    """0 or 1: which half of the papers a publication falls in (by a hash of its PMID, so
    a paper's patients stay together and the halves do not depend on the order of files)."""
    return int(hashlib.md5(pmid.encode()).hexdigest(), 16) % 2


def halves(cases: list[Case], results: dict) -> None:
    """The figures on each half of the papers (:func:`paper_half`): a change chosen on one
    half is checked on the other."""
    half = np.array([paper_half(c.patient.pmid) for c in cases])
    unseen = np.array([c.unseen for c in cases])
    print("\n| method | excluded features | half of the papers | patients | top-1 | top-3 | top-10 | MRR "
          "| unseen patients | top-1 | top-3 | top-10 | MRR |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (method, send), ranks in results.items():
        for h in (0, 1):
            mine = half == h
            print(f"| {method} | {'sent' if send else 'withheld'} | {'AB'[h]} | {figures(ranks[mine])} "
                  f"| {figures(ranks[mine & unseen])} |")


def by_disease(kb, cases: list[Case], results: dict, firsts: dict, method: str, top: int) -> None:
    """Where the excluded features withheld lose most against sent: the diagnoses with the
    most patients not ranked first when they are withheld, and what is ranked first instead."""
    withheld, sent, first = results[(method, False)], results[(method, True)], firsts[(method, False)]
    by: dict[int, list[int]] = {}
    for i, c in enumerate(cases):
        by.setdefault(c.disease, []).append(i)
    d = kb.diseases
    rows = sorted(by.items(), key=lambda kv: (-sum(withheld[i] > 1 for i in kv[1]), d.ids[kv[0]]))[:top]
    print(f"\n| diagnosis ({method}) | patients | unseen | papers | first, withheld | first, sent "
          "| ranked first instead most often (withheld) |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for dis, ii in rows:
        instead = Counter(int(first[i]) for i in ii if withheld[i] > 1).most_common(1)
        other = f"{d.ids[instead[0][0]]} {d.names[instead[0][0]]} ({instead[0][1]})" if instead else ""
        print(f"| {d.ids[dis]} {d.names[dis]} | {len(ii)} | {sum(cases[i].unseen for i in ii)} "
              f"| {len({cases[i].patient.pmid for i in ii})} | {int((withheld[ii] <= 1).sum())} "
              f"| {int((sent[ii] <= 1).sum())} | {other} |")


def failures(kb, cases: list[Case], ranks: np.ndarray, top: int) -> None:
    """The diseases whose unseen patients rank worst (by patients outside the top 10)."""
    by: dict[int, list[float]] = {}
    for c, r in zip(cases, ranks, strict=True):
        if c.unseen:
            by.setdefault(c.disease, []).append(r)
    d = kb.diseases
    rows = sorted(by.items(), key=lambda kv: -sum(r > 10 for r in kv[1]))[:top]
    print("\n| disease | unseen patients | outside top 10 | median rank | annotated features |")
    print("|---|---:|---:|---:|---:|")
    for i, rs in rows:
        n_feat = int(((d.aspect[d.offsets[i]:d.offsets[i + 1]] == 0)).sum())
        print(f"| {d.ids[i]} {d.names[i]} | {len(rs)} | {sum(r > 10 for r in rs)} | {np.median(rs):.0f} | {n_feat} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--methods", default=",".join([BASELINE] + [m for m in method_names() if m != BASELINE]))
    ap.add_argument("--failures", type=int, default=15, help="diseases listed where the last method fails most")
    ap.add_argument("--every", type=int, default=1, help="rank every N-th patient only (tuning on a part)")
    ap.add_argument("--start", type=int, default=0, help="with --every: the first patient ranked")
    ap.add_argument("--halves", action="store_true", help="also the figures on each half of the papers")
    ap.add_argument("--by-disease", type=int, default=0, metavar="N",
                    help="the N diagnoses where the last method loses most with the excluded features withheld")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="a numeric parameter of the methods that read published patients")
    args = ap.parse_args()
    try:
        params = {k: float(v) for k, v in (p.split("=", 1) for p in args.param)}
    except ValueError:
        ap.error("--param takes NAME=VALUE with a number")
    if args.every < 1 or args.start < 0:
        ap.error("--every must be at least 1 and --start at least 0")
    if not args.folder.is_dir():
        ap.error(f"no phenopacket folder at {args.folder}: give one with --folder")
    cpu = pin_one_core()
    kb = ensure_knowledge(sections=SECTIONS)
    patients, skipped = read_store(args.folder)
    cases, reasons = load_cases(kb, patients, skipped)
    cases = cases[args.start::args.every]
    if not cases:
        ap.error(f"no patient in {args.folder} could be ranked ({len(skipped)} phenopackets skipped)")
    print(f"# Real patients: {args.folder.name} (HPO {kb.release}; one core: cpu {cpu}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)\n")
    print(f"{len(patients) + len(skipped)} phenopackets; {len(cases)} patients ranked "
          f"({sum(c.unseen for c in cases)} unseen: paper not cited by the annotations) "
          f"from {len({c.patient.pmid for c in cases})} papers, {len({c.disease for c in cases})} diseases.")
    for reason, n in sorted(reasons.items(), key=lambda kv: (kv[0].startswith("(kept)"), -kv[1])):
        print(f"- {'' if reason.startswith('(kept)') else 'skipped '}{n}: {reason}")
    print()
    for c in cases[:20]:  # warm up caches and matrices
        for m in args.methods.split(","):
            rank_query(kb, c.query, m, **({"exclude_pmids": ()} if m in USES_PATIENTS else {}))
    methods = args.methods.split(",")
    firsts: dict = {}
    results = report(kb, cases, methods, params, firsts)
    breakdown(cases, results, methods[1:])
    if args.halves:
        halves(cases, results)
    if args.by_disease:
        by_disease(kb, cases, results, firsts, methods[-1], args.by_disease)
    if args.failures:
        failures(kb, cases, results[(methods[-1], True)], args.failures)


if __name__ == "__main__":
    main()
