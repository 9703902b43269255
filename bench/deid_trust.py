"""De-identification for publication: recall per kind and per group, precision, and how many
disease names and lab values get redacted, for the current detector and, in the same run,
the detector as it was before (bench/deid/baseline.py, loaded from git history).

    .venv/bin/python bench/deid_trust.py [--misses] [--set bench/deid/trust.txt ...]

Default sets: bench/deid/trust.txt (written for this benchmark: hospitals with and without
a keyword, full addresses, ages, dates in many formats, ids, IP addresses, phones, names,
plus disease names and lab values that must stay), then the older cases.txt, heldout.txt and
heldout2.txt. Recall: labelled spans overlapped by a finding of their kind. Precision:
findings that overlap a labelled span of their kind (one finding may cover several labelled
parts, e.g. a street and its postcode). Also printed: labelled spans redacted under any label
(an id taken for a phone number is still hidden).

Held-out sets (never tuned on when first measured): trust_heldout2.txt, trust_heldout3.txt
(measured before and after the changes tuned on trust.txt, then its misses were analysed),
trust_heldout4.txt (written before that analysis, measured once at the end). Later sets
(trust_heldout5.txt to trust_heldout9.txt) were each measured clean first and have since been
tuned on; trust_heldout10.txt was measured clean before and after one round, then tuned on;
trust_heldout11.txt (242 messages written blind) was measured clean before and after the
round that tuned on set 10, then tuned on in the next round (no longer clean);
trust_heldout12.txt (243 messages written blind) was measured clean before and after the
round that tuned on set 11, then tuned on in the next round (no longer clean);
trust_heldout13.txt (254 messages written blind) was measured clean before and after the round
that tuned on set 12, then tuned on from 2026-12-01 01:55 UTC; trust_heldout14.txt (257
messages written blind, on every kind the issue lists, about 60 % English) was measured before
and after the round that tuned on set 13 (clean then); trust_heldout15.txt (269 messages
written blind, about 60 % English, 1,102 spans) was measured before and after the round of
2026-12-01 07:30-09:15 UTC, as set 14 was again; both were clean until they were tuned on
from the round of 2026-12-02 07:35 UTC (no longer clean). trust_heldout16.txt (288 messages
written blind, about 59 % English, 1,200 spans, 740 must-stay items) was measured before and
after that round, and tuned on from the round of 2026-12-02 11:50 UTC (no longer clean).
trust_heldout17.txt (306 messages written blind by an author who read only sets 10-16, about
57 % English, 1,215 spans, 703 must-stay items) was measured before and after that round, and
tuned on from the round of 2026-12-02 15:00 UTC (no longer clean). trust_heldout18.txt (317
messages written blind by an author who read only sets 14-17, about 57 % English, 1,266 spans,
740 must-stay items) was measured before and after that round, and tuned on from the round of
2026-12-02 18:15 UTC (no longer clean). trust_heldout19.txt (335 messages written blind by an
author who read only sets 15-18, 1,381 spans, 833 must-stay items) was measured before that
round (its changes were not merged, so there is no "after") and is clean. A set listed in CLEAN_SETS (trust_heldout19.txt) is measured
as a whole:
``--misses`` does not list its misses.
docs/benchmarks.md gives each clean figure and which sets are no longer clean.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.deid import baseline  # noqa: E402
from bench.deid.cases import load_cases  # noqa: E402

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.privacy import build_detector  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

GROUPS = {
    "names": ("name",),
    "contacts": ("email", "phone", "url", "address", "username"),
    "places": ("hospital", "address"),
    "ids": ("record_number", "ip_address", "username"),
    "times": ("date", "age"),
}
KINDS = ("name", "email", "phone", "url", "address", "hospital", "date", "age",
         "record_number", "ip_address", "username")
DEFAULT_SETS = ("trust.txt", "cases.txt", "heldout.txt", "heldout2.txt")


def score(find, cases, misses: list[str] | None = None) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    found_ok = Counter()  # findings that cover at least one labelled span of their kind
    protected = Counter()  # (kind "keep"/"lab") -> [total, redacted]
    hit_protected = Counter()
    hidden = Counter()  # labelled spans covered by a finding of any kind (redacted all the same)
    t0 = time.perf_counter()
    for case in cases:
        found = [(f.kind.value, f.start, f.end) for f in find(case.text)]
        matched: set[int] = set()
        for kind, s, e in found:
            hits = [i for i, (k, gs, ge) in enumerate(case.spans) if k == kind and s < ge and gs < e]
            if not hits:
                fp[kind] += 1
                if misses is not None:
                    misses.append(f"  FP {kind:<13} {case.text[s:e]!r}  in: {case.text[:80]}")
            else:
                found_ok[kind] += 1
            matched.update(hits)
        for i, (k, s, e) in enumerate(case.spans):
            hidden["all"] += 1
            hidden["hit"] += any(fs < e and s < fe for _, fs, fe in found)
            if i in matched:
                tp[k] += 1
            else:
                fn[k] += 1
                if misses is not None:
                    misses.append(f"  FN {k:<13} {case.text[s:e]!r}  in: {case.text[:80]}")
        for k, s, e in case.protected:
            protected[k] += 1
            if any(fs < e and s < fe for _, fs, fe in found):
                hit_protected[k] += 1
                if misses is not None:
                    misses.append(f"  REDACTED {k:<7} {case.text[s:e]!r}  in: {case.text[:80]}")
    return {"tp": tp, "fp": fp, "fn": fn, "ok": found_ok, "protected": protected, "hit": hit_protected, "hidden": hidden,
            "ms": (time.perf_counter() - t0) * 1000 / max(1, len(cases))}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def report(title: str, r: dict, n: int) -> None:
    tp, fp, fn, ok = r["tp"], r["fp"], r["fn"], r["ok"]
    print(f"\n{title}  ({n} texts, {r['ms']:.1f} ms/text)")
    print(f"{'':<16}{'gold':>5}{'found':>6}{'recall':>8}{'precision':>10}")
    rows = [(k, (k,)) for k in KINDS] + [(f"[{g}]", ks) for g, ks in GROUPS.items()] + [("OVERALL", KINDS)]
    for label, ks in rows:
        t, p, f, o = (sum(c[k] for k in ks) for c in (tp, fp, fn, ok))
        if t + f + p:
            print(f"{label:<16}{t + f:>5}{o + p:>6}{_ratio(t, t + f):>8}{_ratio(o, o + p):>10}")
    h = r["hidden"]
    print(f"personal data redacted under any label: {h['hit']} of {h['all']} ({_ratio(h['hit'], h['all'])})")
    for k, label in (("keep", "disease/symptom names redacted"), ("lab", "lab values redacted"),
                     ("code", "gene names, variants and codes redacted")):
        if r["protected"][k]:
            print(f"{label}: {r['hit'][k]} of {r['protected'][k]}")


#: held-out sets written blind and never tuned on: measured as a whole, their misses never listed
CLEAN_SETS: frozenset[str] = frozenset({"trust_heldout19.txt"})


def main(argv: list[str]) -> None:
    show = "--misses" in argv
    sets = [a for a in argv if a.endswith(".txt")] or [str(ROOT / "bench/deid" / s) for s in DEFAULT_SETS]
    kb = ensure_knowledge(sections=SECTIONS)
    current = build_detector(kb)
    current.find("warm-up Sarah at Charité")
    old_pkg = baseline.load(ROOT)
    old = old_pkg.build_detector(kb) if old_pkg else None
    print(f"current engine: {current.engine_name}")
    print(f"baseline: the detector at commit {baseline.COMMIT}" if old else "baseline: git history unavailable")
    for path in sets:
        cases = load_cases(Path(path))
        clean = Path(path).name in CLEAN_SETS
        misses: list[str] | None = [] if show and not clean else None
        report(f"CURRENT  {Path(path).name}", score(current.find, cases, misses), len(cases))
        if show and clean:
            print(f"{Path(path).name}: written blind and never tuned on, its misses are not listed")
        if misses:
            print("\n".join(misses))
        if old is not None:
            report(f"BASELINE {Path(path).name}", score(old.find, cases), len(cases))


if __name__ == "__main__":
    main(sys.argv[1:])
