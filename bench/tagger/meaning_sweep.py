"""The meaning half of the tagger on every lay set, under variants of how a phrase's
nearest terms are scored; right term first (lenient) per set, for choosing a setting on
some sets and checking it on the others.

    taskset -c 0 nice .venv/bin/python bench/tagger/meaning_sweep.py              # the model alone
    taskset -c 0 nice .venv/bin/python bench/tagger/meaning_sweep.py --tagger     # the whole tagger

The model alone: each line's vector against every phrase of every term (names, layperson
synonyms, lay expressions), best phrase per term; top-1 and top-5. Variants: a term's name
counting less (``name -d``), the vectors centred on the mean phrase vector, a hubness
correction (each phrase's similarity less beta times its mean similarity to its k nearest
phrases of other terms, CSLS), ages, times and who left out of the line before it is
embedded. ``--tagger``: the tagger itself, with the name discount set to each value of
``--discounts`` and the one-word share to each of ``--shares``; ``--set NAME=VALUE`` sets
another constant of ``engine/tagger/fusion.py`` first (``--set ACCEPT=0.42``); lines with no
answer are counted too.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.tagger_real import CLEAN_SETS, OWN_SETS, Mapper, own_and_others, read_jsonl  # noqa: E402

from raremap.engine.tagger import fusion, get_tagger  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
CONTEXT = (
    rf"\b(?:(?:she|he|they|i)(?:'s| is|'m| am|m)\s+(?:only\s+)?(?:about\s+)?{NUM}(?:\s*(?:years?|yrs?|months?|weeks?)(?:\s*old)?)?)\b",
    rf"\b(?:(?:our|my|a|the)\s+)?{NUM}[\s-]*(?:years?|yrs?|months?|weeks?|days?)[\s-]*old\b",
    rf"\b(?:since|from|at|by|until|till|before|after)\s+(?:(?:he|she|i|they)\s+(?:was|were|turned)\s+)?"
    rf"(?:about\s+|around\s+)?(?:age\s+)?{NUM}\b(?:\s*(?:years?|months?|weeks?))?",
    rf"\b(?:for|over|in)\s+(?:the\s+)?(?:last|past)?\s*(?:a\s+few|several|{NUM})\s+(?:years?|months?|weeks?|days?)\b",
    r"\b(?:this|last|every|each)\s+(?:week|month|year|morning|night|day|time)\b",
    r"\b(?:my|our|his|her)\s+(?:husband|wife|son|daughter|boy|girl|baby|mum|mom|dad|father|mother|grandad|grandma|"
    r"nan|brother|sister|partner|kid|child|toddler|little one|newborn)\b",
)


def lay_lines(data: Path) -> list[tuple[str, dict]]:
    sets = {"lay-dev": read_jsonl(data / "lay-dev" / "lay-dev.jsonl")}
    for name in OWN_SETS:
        if name in CLEAN_SETS:  # measured only, never tuned on
            continue
        sets[name] = read_jsonl(ROOT / "bench" / "tagger" / f"{name.replace('-', '_')}.jsonl")
    return [(name, r) for name, records in sets.items() for r in records if "hpo" in r]


def report(label: str, lines, right: np.ndarray, top5: np.ndarray | None = None, empty: int | None = None) -> None:
    names = list(dict.fromkeys(s for s, _ in lines))
    of = np.array([s for s, _ in lines])
    per = " ".join(f"{s.removeprefix('lay-')} {right[of == s].mean():.3f}" for s in names)
    five = f" top-5 {top5.mean():.3f}" if top5 is not None else ""
    none = f" empty {empty}" if empty is not None else ""
    print(f"{label:<34} all {int(right.sum())}/{len(right)} {right.mean():.3f}{five}{none} | {per}", flush=True)


def model_alone(tagger, lines, mapper) -> None:
    index = tagger.semantic
    v = index.vectors
    matrix = v.matrix.astype(np.float32)
    pt = v.phrase_term
    is_name = v.offsets != 0
    order = np.argsort(pt, kind="stable")
    counts = np.bincount(pt, minlength=len(v.term_ids))
    at = np.minimum(np.concatenate([[0], np.cumsum(counts)[:-1]]), len(pt) - 1)
    slot_of = {h: i for i, h in enumerate(v.term_ids)}
    accept = [{slot_of[m] for m in (mapper(a) for a in r["accept"]) if m in slot_of} for _, r in lines]

    def score(sims: np.ndarray, label: str) -> None:
        terms = np.maximum.reduceat(sims[:, order], at, axis=1)
        terms[:, counts == 0] = -9
        top = np.argsort(-terms, axis=1)[:, :5]
        right = np.array([top[i, 0] in accept[i] for i in range(len(lines))])
        five = np.array([bool(set(top[i].tolist()) & accept[i]) for i in range(len(lines))])
        report(label, lines, right, five)

    texts = [r["text"] for _, r in lines]
    queries = index.encoder.encode(texts, batch_size=32)
    raw = queries @ matrix.T
    for d in (0.0, 0.03, 0.08, 0.12, 0.2):
        score(raw - d * is_name, f"model alone, name -{d}")
    mean = matrix.mean(0)
    centred = matrix - mean
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
    centred[np.linalg.norm(matrix, axis=1) == 0] = 0
    cq = queries - mean
    cq /= np.linalg.norm(cq, axis=1, keepdims=True)
    score(cq @ centred.T, "centred")
    score(cq @ centred.T - 0.12 * is_name, "centred, name -0.12")
    sample = np.random.default_rng(0).choice(len(matrix), 6000, replace=False)
    near = matrix[sample] @ matrix.T
    near[pt[sample][:, None] == pt[None, :]] = -1
    for k in (10, 50):
        hub = (-np.partition(-near, k, axis=0)[:k]).mean(0)
        for beta in (0.25, 0.5):
            score(raw - beta * (hub - np.median(hub)), f"hubness k={k} beta={beta}")
    stripped = []
    for t in texts:
        out = t
        for pattern in CONTEXT:
            out = re.sub(pattern, " ", out, flags=re.I)
        stripped.append(re.sub(r"\s+", " ", out).strip() or t)
    print(f"(ages, times and who taken out of {sum(a != b for a, b in zip(stripped, texts, strict=True))} lines)")
    bare = index.encoder.encode(stripped, batch_size=32) @ matrix.T
    score(bare, "context out")
    score(bare - 0.12 * is_name, "context out, name -0.12")


def whole_tagger(tagger, lines, mapper, discounts, shares) -> None:
    v = tagger.semantic.vectors
    is_name = v.offsets != 0
    for share in shares:
        for d in discounts:
            v.offsets[:] = np.where(is_name, -d, 0.0)
            fusion.ONE_WORD_SHARE = share
            right, empty = [], 0
            for _, r in lines:
                got = [h for h in (mapper(h) for h, neg in own_and_others(tagger.tag(r["text"])) if not neg) if h]
                right.append(bool(got) and got[0] in {mapper(a) for a in r["accept"]})
                empty += not got
            report(f"tagger, name -{d}, share {share}", lines, np.array(right), empty=empty)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--tagger", action="store_true", help="the whole tagger, not the model alone")
    parser.add_argument("--discounts", type=float, nargs="+", default=[0.0, 0.03, 0.08, 0.12, 0.16])
    parser.add_argument("--shares", type=float, nargs="+", default=[0.5, 0.0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a constant of engine/tagger/fusion.py, set before the runs")
    args = parser.parse_args()
    for item in args.set:
        name, _, value = item.partition("=")
        if not hasattr(fusion, name):
            sys.exit(f"fusion has no constant {name!r}")
        setattr(fusion, name, type(getattr(fusion, name))(value))
    if not (args.data / "lay-dev").is_dir():
        args.data = Path("/work/shared/data")
    kb = ensure_knowledge(sections=SECTIONS)
    tagger = get_tagger(kb)
    if tagger.semantic is None:
        sys.exit("The tagger has no semantic index: run 'raremap init' first.")
    lines, mapper = lay_lines(args.data), Mapper(kb.ontology)
    if args.tagger:
        whole_tagger(tagger, lines, mapper, args.discounts, args.shares)
    else:
        model_alone(tagger, lines, mapper)


if __name__ == "__main__":
    main()
