"""A learned linear map on the query side of the sentence model, trained from the ontology
and the lay vocabulary only, measured on every lay set (none of them is training data).

    taskset -c 0 nice .venv/bin/python bench/tagger/adapter_sweep.py [--templates] [--save w.npy]
    taskset -c 0 nice .venv/bin/python bench/tagger/adapter_sweep.py --tagger w.npy [--accept 0.42]

Training pairs: each layperson synonym and lay expression (already embedded in the term
vectors) ↔ its term's HPO name; with ``--synonyms`` also hp.obo's other synonyms of terms
under Phenotypic abnormality (embedded here); with ``--templates`` also each lay phrase inside
an everyday sentence frame (queries only). The map W (384×384) applies to the phrase's
vector only (then normalised); the term vectors stay as stored. Three fits:

- ``ridge λ``: closed form, W = argmin ‖XW − Y‖² + λ‖W − I‖² (Y: the name vectors);
- ``softmax λ``: a contrastive loss (softmax over every term's name vector, temperature
  0.05) by gradient descent from the identity, with λ‖W − I‖² added; fixed seed;
- ``phrases λ``: the same over every stored phrase (names 0.12 lower), the right term's
  other phrases the positives, the query's own row left out (the tagger's own scoring).

Checks: (1) the fit itself on a random fifth of the terms held out (their lay phrases
ranked against every term's other phrases, best phrase per term, names 0.12 lower);
(2) the model alone on the seven lay sets (as ``meaning_sweep.py``), each setting and the
one chosen on six sets measured on the seventh. ``--tagger W.npy``: the whole tagger on
the lay sets without and with a saved W (``--accept``: its answer bar for both runs).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.tagger.meaning_sweep import lay_lines  # noqa: E402
from bench.tagger_real import Mapper  # noqa: E402

from raremap.engine.tagger import fusion, get_tagger  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def ridge(x: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    d = x.shape[1]
    return np.linalg.solve(x.T @ x + lam * np.eye(d), x.T @ y + lam * np.eye(d)).astype(np.float32)


def _descend(x: np.ndarray, lam: float, steps: int, batch: int, lr: float, seed: int, grad_of) -> np.ndarray:
    """W from the identity by minibatch gradient descent; ``grad_of(idx, qn)`` is the
    loss's gradient with respect to the normalised mapped queries ``qn`` of rows ``idx``;
    λ‖W − I‖² is added."""
    rng = np.random.default_rng(seed)
    eye = np.eye(x.shape[1], dtype=np.float32)
    w = eye.copy()
    for _ in range(steps):
        idx = rng.choice(len(x), batch, replace=False)
        xb = x[idx]
        q = xb @ w
        norm = np.linalg.norm(q, axis=1, keepdims=True)
        qn = q / norm
        g_qn = grad_of(idx, qn)
        g_q = (g_qn - qn * (g_qn * qn).sum(1, keepdims=True)) / norm
        w -= lr * (xb.T @ g_q + 2 * lam * (w - eye))
    return w


def _softmax(logits: np.ndarray) -> np.ndarray:
    logits -= logits.max(1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(1, keepdims=True)
    return p


def softmax_fit(x: np.ndarray, pos: np.ndarray, names: np.ndarray, lam: float, steps: int = 150,
                batch: int = 256, lr: float = 0.5, temp: float = 0.05, seed: int = 0) -> np.ndarray:
    """W on −log softmax(name·(xW)/temp)[pos] + λ‖W − I‖²."""

    def grad_of(idx: np.ndarray, qn: np.ndarray) -> np.ndarray:
        p = _softmax((qn @ names.T) / temp)
        p[np.arange(len(idx)), pos[idx]] -= 1.0
        return (p @ names) / temp / len(idx)

    return _descend(x, lam, steps, batch, lr, seed, grad_of)


def phrase_softmax_fit(x: np.ndarray, slot: np.ndarray, rows: np.ndarray, matrix: np.ndarray, pt: np.ndarray,
                       offsets: np.ndarray, lam: float, steps: int = 100, batch: int = 256, lr: float = 0.5,
                       temp: float = 0.05, seed: int = 0) -> np.ndarray:
    """W on a loss shaped like the tagger's scoring: softmax over every stored phrase
    (names ``offsets`` lower), the right term's other phrases the positives (−log of their
    summed probability), the query's own row left out; + λ‖W − I‖²."""

    def grad_of(idx: np.ndarray, qn: np.ndarray) -> np.ndarray:
        logits = (qn @ matrix.T + offsets) / temp
        own = rows[idx] >= 0
        at = (np.flatnonzero(own), rows[idx][own])
        logits[at] = -1e9
        p = _softmax(logits)
        pos = pt[None, :] == slot[idx][:, None]
        pos[at] = False
        r = np.where(pos, p, 0.0)
        r /= np.maximum(r.sum(1, keepdims=True), 1e-30)
        return ((p - r) @ matrix) / temp / len(idx)

    return _descend(x, lam, steps, batch, lr, seed, grad_of)


def embedded(encoder, texts: list[str], what: str) -> np.ndarray:
    """The texts' vectors, kept in the temporary folder under a digest of the texts and
    the model (embedding them takes a minute or more on one core)."""
    digest = hashlib.sha256("\n".join([encoder.fingerprint, *texts]).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"raremap_adapter_{digest}.npy"
    if cache.exists():
        return np.load(cache)
    started = time.perf_counter()
    out = encoder.encode(texts, batch_size=64)
    np.save(cache, out)
    print(f"embedded {len(texts)} {what} in {time.perf_counter() - started:.0f} s")
    return out


def rank_scores(queries: np.ndarray, matrix: np.ndarray, offsets: np.ndarray, order, at, counts) -> np.ndarray:
    sims = queries @ matrix.T + offsets
    terms = np.maximum.reduceat(sims[:, order], at, axis=1)
    terms[:, counts == 0] = -9
    return terms


def whole_tagger(tagger, data: Path, kb, w: np.ndarray) -> None:
    """The tagger's first present term on every lay line, without and with ``w`` applied
    to every query vector the meaning half reads (the index's two entry points)."""
    from bench.tagger.meaning_sweep import report
    from bench.tagger_real import own_and_others

    index = tagger.semantic
    lines, mapper = lay_lines(data), Mapper(kb.ontology)
    plain_sims, plain_one = index.similarities, index.term_similarity

    def adapt(q: np.ndarray) -> np.ndarray:
        out = q @ w
        return out / max(float(np.linalg.norm(out)), 1e-12)

    for label, on in (("tagger, no adapter", False), ("tagger, adapter", True)):
        index.similarities = (lambda q: plain_sims(adapt(q))) if on else plain_sims
        index.term_similarity = (lambda q, slot: plain_one(adapt(q), slot)) if on else plain_one
        right, empty, spent = [], 0, []
        for _, r in lines:
            t0 = time.process_time()
            found = own_and_others(tagger.tag(r["text"]))
            spent.append(time.process_time() - t0)
            got = [h for h in (mapper(h) for h, neg in found if not neg) if h]
            right.append(bool(got) and got[0] in {mapper(a) for a in r["accept"]})
            empty += not got
        report(label, lines, np.array(right), empty=empty)
        print(f"  CPU per line p50 {1000 * np.median(spent):.1f} ms, p95 {1000 * np.percentile(spent, 95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--synonyms", action="store_true", help="hp.obo's other synonyms as training queries too")
    parser.add_argument("--ridge", type=float, nargs="*", default=[1, 3, 10, 30, 100])
    parser.add_argument("--softmax", type=float, nargs="*", default=[0.01, 0.1])
    parser.add_argument("--phrases", type=float, nargs="*", default=[0.01, 0.1],
                        help="λ of the softmax over every stored phrase")
    parser.add_argument("--templates", action="store_true", help="the lay phrases in sentence frames too")
    parser.add_argument("--save", type=Path, help="write W of the first --phrases fit here (.npy)")
    parser.add_argument("--tagger", type=Path, metavar="W.npy",
                        help="the whole tagger on the lay sets, without and with this W; nothing is fitted")
    parser.add_argument("--accept", type=float, help="with --tagger: fusion.ACCEPT for both runs")
    parser.add_argument("--steps", type=int, default=150)
    args = parser.parse_args()
    kb = ensure_knowledge(sections=SECTIONS)
    tagger = get_tagger(kb)
    index = tagger.semantic
    v = index.vectors
    matrix = v.matrix.astype(np.float32)
    pt = v.phrase_term
    offsets = v.offsets.astype(np.float32)
    is_name = offsets != 0
    alive = np.linalg.norm(matrix, axis=1) > 0
    order = np.argsort(pt, kind="stable")
    counts = np.bincount(pt, minlength=len(v.term_ids))
    at = np.minimum(np.concatenate([[0], np.cumsum(counts)[:-1]]), len(pt) - 1)
    name_row = np.full(len(v.term_ids), -1)
    name_row[pt[is_name]] = np.flatnonzero(is_name)
    names = matrix[np.maximum(name_row, 0)]

    if args.tagger:
        if args.accept is not None:
            fusion.ACCEPT = args.accept
        whole_tagger(tagger, args.data, kb, np.load(args.tagger).astype(np.float32))
        return

    # training pairs: lay phrases (and optionally other synonyms) -> the term's name
    q_rows = np.flatnonzero(~is_name & alive & (name_row[pt] >= 0))
    x, slot = matrix[q_rows], pt[q_rows]
    if args.synonyms:
        ont = kb.ontology
        slot_of = {t: i for i, t in enumerate(v.term_ids)}
        have = {(int(s), p.lower()) for s, p in zip(pt, v.phrases, strict=True)}
        extra, extra_slot = [], []
        for tid, s in slot_of.items():
            for syn in ont.term(tid).synonyms:
                if (s, syn.text.strip().lower()) not in have and name_row[s] >= 0:
                    extra.append(syn.text.strip())
                    extra_slot.append(s)
        ex = embedded(index.encoder, extra, "other synonyms")
        x = np.concatenate([x, ex])
        slot = np.concatenate([slot, np.asarray(extra_slot)])
        q_rows = np.concatenate([q_rows, np.full(len(extra), -1)])
    if args.templates:  # the lay phrases inside everyday sentence frames (queries only)
        frames = ("my son has {}", "for a few months now i've had {}", "{} since she was little",
                  "i'm worried because of {}", "she is 4 and has {}", "the thing is {}, it started last year",
                  "my mum says i have {}", "we noticed {} when he was a baby")
        lay = np.flatnonzero(q_rows >= 0)
        texts = [frames[i % len(frames)].format(v.phrases[q_rows[j]].lower()) for i, j in enumerate(lay)]
        fx = embedded(index.encoder, texts, "framed phrases")
        x = np.concatenate([x, fx])
        slot = np.concatenate([slot, slot[lay]])
        q_rows = np.concatenate([q_rows, q_rows[lay]])  # a framed phrase is not its own witness either
    print(f"{len(x)} training pairs over {len(set(slot.tolist()))} terms")

    # (1) the fit on a fifth of the terms held out
    rng = np.random.default_rng(0)
    terms = np.unique(slot)
    held = set(rng.choice(terms, len(terms) // 5, replace=False).tolist())
    is_held = np.array([s in held for s in slot.tolist()])
    test = np.flatnonzero(is_held)
    test = test[rng.choice(len(test), min(1500, len(test)), replace=False)]

    def fit_check(w: np.ndarray | None) -> str:
        q = x[test] if w is None else x[test] @ w
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
        sims = q @ matrix.T + offsets
        self_rows = q_rows[test]
        ok = self_rows >= 0
        sims[np.flatnonzero(ok), self_rows[ok]] = -9  # a phrase is not its own witness
        t = np.maximum.reduceat(sims[:, order], at, axis=1)
        t[:, counts == 0] = -9
        top = np.argsort(-t, axis=1)[:, :5]
        right = top[:, 0] == slot[test]
        five = (top == slot[test][:, None]).any(1)
        return f"held-out terms' phrases top-1 {right.mean():.3f} top-5 {five.mean():.3f}"

    # (2) the lay sets
    lines, mapper = lay_lines(args.data), Mapper(kb.ontology)
    slot_of = {h: i for i, h in enumerate(v.term_ids)}
    accept = [{slot_of[m] for m in (mapper(a) for a in r["accept"]) if m in slot_of} for _, r in lines]
    set_of = np.array([s for s, _ in lines])
    set_names = list(dict.fromkeys(set_of.tolist()))
    lay_q = index.encoder.encode([r["text"] for _, r in lines], batch_size=32)

    def lay_check(w: np.ndarray | None) -> np.ndarray:
        q = lay_q if w is None else lay_q @ w
        q = q / np.linalg.norm(q, axis=1, keepdims=True)
        top = np.argsort(-rank_scores(q, matrix, offsets, order, at, counts), axis=1)[:, :5]
        right = np.array([top[i, 0] in accept[i] for i in range(len(lines))])
        five = np.array([bool(set(top[i].tolist()) & accept[i]) for i in range(len(lines))])
        return np.stack([right, five])

    results: dict[str, np.ndarray] = {}

    def show(label: str, w: np.ndarray | None) -> None:
        r = lay_check(w)
        results[label] = r
        per = " ".join(f"{s.removeprefix('lay-')} {int(r[0][set_of == s].sum())}" for s in set_names)
        print(f"{label:<22} {fit_check(w)} | lay top-1 {int(r[0].sum())}/{len(lines)} {r[0].mean():.3f} "
              f"top-5 {r[1].mean():.3f} | {per}", flush=True)

    show("identity", None)
    train = ~is_held
    for lam in args.ridge:
        show(f"ridge {lam}", ridge(x[train], names[slot[train]], lam))
    for lam in args.softmax:
        t0 = time.perf_counter()
        w = softmax_fit(x[train], slot[train], names, lam, steps=args.steps)
        print(f"(softmax {lam}: {time.perf_counter() - t0:.0f} s)")
        show(f"softmax {lam}", w)

    for lam in args.phrases:
        t0 = time.perf_counter()
        w = phrase_softmax_fit(x[train], slot[train], q_rows[train], matrix, pt, offsets, lam, steps=args.steps)
        print(f"(phrases {lam}: {time.perf_counter() - t0:.0f} s)")
        show(f"phrases {lam}", w)
        if args.save and lam == args.phrases[0]:
            np.save(args.save, w)

    # choose on six sets, measure on the seventh
    gain = 0
    for s in set_names:
        rest = set_of != s
        best = max(results, key=lambda k: (results[k][0][rest].sum(), k == "identity"))
        delta = int(results[best][0][set_of == s].sum() - results["identity"][0][set_of == s].sum())
        gain += delta
        print(f"held out {s}: chosen on the others {best!r}, {delta:+d} lines against identity")
    print(f"held-out total {gain:+d} lines of {len(lines)}")


if __name__ == "__main__":
    main()
