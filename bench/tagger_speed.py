"""CPU time of the symptom tagger per phrase and per abstract on one core, p50 and p95,
beside baselines timed in the same run, and where a phrase's time goes.

    taskset -c 0 .venv/bin/python bench/tagger_speed.py [--rounds 3] [--numpy] [--profile] [--keep-states]

Phrases: the single-symptom lines of lay-dev, lay-own, lay-own2 and lay-own3 (328 lines,
the sets the tagger is worked on; the blind sets are left out). Abstracts: the GSC+
development abstracts and clinical-own2 (52 texts, all longer than 280 characters, so
read by words only). Every text is tagged ``--rounds`` times, the tagger and the
baselines one after the other for each text (which goes first changes every round), and a
text's time is the median of its rounds; p50 and p95 are taken over the texts. The encoder's kept token states and
the index's kept similarities are cleared before each phrase (every text is new to it, the worst case) unless
``--keep-states``.

Baselines in the same run, as the machine is shared and its speed varies:

* ``exact dictionary``: the exact-dictionary recogniser of ``bench/tagger/baseline.py``;
* ``yardstick``: a fixed numpy workload shaped like one model pass over a 24-token
  phrase (six rounds of the four products of a layer with the same weight shapes, 42 MB
  of float32): it moves with the machine's load and memory traffic, not with the tagger.

The ratio tagger / yardstick is the figure to compare between runs on a busy machine.
``--numpy`` adds the same tagger with its model run by numpy instead of onnxruntime
(the same term vectors).

``--profile`` times the parts of a phrase (wrapping the functions adds a little time):
tokenizing, the model's matrix products, attention, GELU, layer normalisation, the
similarity to every term and to single terms, the lexical matcher and the rest of the
fusion, for the faster half of the phrases and the slowest tenth.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import copy  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.tagger.baseline import ExactMatcher  # noqa: E402

from raremap.engine.tagger import embedding, fusion, get_tagger  # noqa: E402
from raremap.engine.tagger.embedding import load_encoder  # noqa: E402
from raremap.engine.tagger.semantic import SemanticIndex  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

PHRASE_SETS = ("lay_own", "lay_own2", "lay_own3")
ABSTRACT_SETS = ("clinical_own2",)
WARM_UP = ("my knees hurt when I climb stairs", "He was born with a cleft lip. His ears are low set.")


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def texts(data: Path) -> tuple[list[str], list[str]]:
    phrases = [r["text"] for r in read_jsonl(data / "lay-dev" / "lay-dev.jsonl") if "hpo" in r]
    for name in PHRASE_SETS:
        phrases += [r["text"] for r in read_jsonl(ROOT / "bench" / "tagger" / f"{name}.jsonl")]
    abstracts = [r["text"] for r in read_jsonl(data / "gsc-plus-dev" / "gsc-plus-dev.jsonl")]
    for name in ABSTRACT_SETS:
        abstracts += [r["text"] for r in read_jsonl(ROOT / "bench" / "tagger" / f"{name}.jsonl")]
    return phrases, abstracts


class Yardstick:
    """A fixed numpy workload the size of one model pass over 24 tokens."""

    def __init__(self) -> None:
        rng = np.random.default_rng(0)
        shapes = [(384, 1152), (384, 384), (384, 1536), (1536, 384)]
        self.weights = [[rng.standard_normal(s).astype(np.float32) for s in shapes] for _ in range(6)]
        self.inputs = {n: rng.standard_normal((24, n)).astype(np.float32) for n in (384, 1536)}

    def __call__(self, _text: str) -> None:
        for layer in self.weights:
            for w in layer:
                self.inputs[w.shape[0]] @ w


def forget(tagger) -> None:
    """Clear what the tagger keeps of texts it read (token states, per-term similarities)."""
    tagger.semantic.encoder._states.clear()
    getattr(tagger.semantic, "_recent", {}).clear()


def cpu_ms(fn: Callable[[str], object], text: str) -> float:
    started = time.process_time()
    fn(text)
    return 1000 * (time.process_time() - started)


def timed(items: list[str], methods: dict[str, Callable[[str], object]], rounds: int,
          before: Callable[[], None]) -> dict[str, np.ndarray]:
    """Median CPU ms of each text per method, the methods taking turns on each text; the
    method that goes first (into caches the previous text left cold) changes every round."""
    runs = {name: np.zeros((rounds, len(items))) for name in methods}
    names = list(methods)
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for i, text in enumerate(items):
            for name in order:
                before()
                runs[name][r, i] = cpu_ms(methods[name], text)
    return {name: np.median(v, axis=0) for name, v in runs.items()}


def table(title: str, times: dict[str, np.ndarray]) -> None:
    ref = times["yardstick"]
    print(f"\n{title}\n| method | mean | p50 | p95 | max | p50 / yardstick | p95 / yardstick |"
          "\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, v in times.items():
        p50, p95 = np.median(v), np.percentile(v, 95)
        print(f"| {name} | {v.mean():.2f} | {p50:.2f} | {p95:.2f} | {v.max():.2f} "
              f"| {p50 / np.median(ref):.2f} | {p95 / np.percentile(ref, 95):.2f} |")
    tag, exact = times["tagger"], times["exact dictionary"]
    print(f"tagger / exact dictionary: p50 {np.median(tag) / np.median(exact):.1f}x, "
          f"p95 {np.percentile(tag, 95) / np.percentile(exact, 95):.1f}x")


class Profile:
    """CPU time per named part of one phrase, by wrapping the functions that do it."""

    PARTS = {"tokenize": "tokenizing", "forward": "model pass", "attention": "  attention",
             "gelu": "  GELU", "layer_norm": "  layer normalisation", "term_similarities": "similarity to every term",
             "term_similarity": "similarity to single terms", "fuse": "fusion (model pass and similarities included)"}

    def __init__(self, tagger) -> None:
        self.acc: dict[str, float] = {}
        self.tokens = 0
        self.passes = 0
        index, encoder = tagger.semantic, tagger.semantic.encoder
        for name in ("_attention", "_gelu", "_layer_norm"):
            self._wrap(embedding, name, name.strip("_"))
        self._wrap(encoder, "_hidden_packed", "forward", count=True)
        self._wrap(index, "term_similarities", "term_similarities")
        self._wrap(index, "term_similarity", "term_similarity")
        self._wrap(fusion, "fuse", "fuse")
        tokenizer = encoder.tokenizer
        profile = self

        class Tokenizer:
            def encode(self, text):
                started = time.process_time()
                out = tokenizer.encode(text)
                profile.acc["tokenize"] = profile.acc.get("tokenize", 0.0) + time.process_time() - started
                return out

            def __getattr__(self, name):
                return getattr(tokenizer, name)

        encoder.tokenizer = Tokenizer()

    def _wrap(self, owner, name: str, key: str, count: bool = False) -> None:
        fn = getattr(owner, name)

        def wrapped(*args, **kwargs):
            if count:
                self.passes += 1
                self.tokens += sum(len(a) for a in args[0])
            started = time.process_time()
            out = fn(*args, **kwargs)
            self.acc[key] = self.acc.get(key, 0.0) + time.process_time() - started
            return out

        setattr(owner, name, wrapped)

    def run(self, tagger, phrases: list[str]) -> None:
        in_numpy = tagger.semantic.encoder.runtime == "numpy"
        rows = []
        for text in phrases:
            forget(tagger)
            self.acc, self.tokens, self.passes = {}, 0, 0
            total = cpu_ms(tagger.tag, text)
            parts = {k: 1000 * v for k, v in self.acc.items()}
            parts["matrix products"] = parts.get("forward", 0.0) - sum(
                parts.get(k, 0.0) for k in ("attention", "gelu", "layer_norm"))
            parts["lexical matcher"] = total - parts.get("fuse", 0.0)
            rows.append((total, self.tokens, self.passes, parts))
        rows.sort(key=lambda r: r[0])
        groups = {"faster half": rows[: len(rows) // 2], "slowest tenth": rows[-max(1, len(rows) // 10):], "all": rows}
        print("\nWhere a phrase's time goes (CPU ms per phrase, mean; one run with the parts wrapped)")
        print("| part | " + " | ".join(groups) + " |\n| --- |" + " ---: |" * len(groups))
        print("| whole phrase | " + " | ".join(f"{statistics.fmean(r[0] for r in g):.2f}" for g in groups.values()) + " |")
        keys = ["tokenize", "forward", *(("matrix products", "attention", "gelu", "layer_norm") if in_numpy else ()),
                "term_similarities", "term_similarity", "fuse", "lexical matcher"]
        labels = {**self.PARTS, "matrix products": "  matrix products", "lexical matcher": "lexical matcher and questions",
                  "forward": f"model pass ({tagger.semantic.encoder.runtime})"}
        for k in keys:
            print(f"| {labels[k]} | " + " | ".join(f"{statistics.fmean(r[3].get(k, 0.0) for r in g):.2f}"
                                                  for g in groups.values()) + " |")
        print("| tokens through the model | " + " | ".join(f"{statistics.fmean(r[1] for r in g):.1f}"
                                                         for g in groups.values()) + " |")
        print("| model passes | " + " | ".join(f"{statistics.fmean(r[2] for r in g):.2f}" for g in groups.values()) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="also show where a phrase's time goes")
    ap.add_argument("--numpy", action="store_true", help="also time the tagger with its model run by numpy")
    ap.add_argument("--keep-states", action="store_true", help="do not clear the encoder's kept token states")
    args = ap.parse_args()
    if not (args.data / "lay-dev").is_dir():
        args.data = Path("/work/shared/data")
    phrases, abstracts = texts(args.data)
    kb = ensure_knowledge(sections=SECTIONS)
    tagger = get_tagger(kb)
    if tagger.semantic is None:
        sys.exit("The tagger has no term vectors (run 'raremap init'): nothing to time.")
    exact = ExactMatcher(kb)
    methods = {"tagger": tagger.tag, "exact dictionary": exact.tag, "yardstick": Yardstick()}
    if args.numpy:
        plain = copy.copy(tagger)
        plain.semantic = SemanticIndex(load_encoder(runtime="numpy"), tagger.semantic.vectors)
        methods = {"tagger": tagger.tag, "tagger, numpy": plain.tag, **methods}
    print(f"the tagger's model runs in {tagger.semantic.encoder.runtime}")
    for fn in methods.values():
        for text in WARM_UP:
            fn(text)

    def clear() -> None:
        if not args.keep_states:
            forget(tagger)
            if args.numpy:
                forget(plain)

    print(f"# Tagger CPU time, one core: {len(phrases)} phrases, {len(abstracts)} abstracts, {args.rounds} rounds; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs at the start")
    table("Per phrase (CPU ms)", timed(phrases, methods, args.rounds, clear))
    table("Per abstract (CPU ms; longer than 280 characters: words only)", timed(abstracts, methods, args.rounds, clear))
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    if args.profile:
        Profile(tagger).run(tagger, phrases)


if __name__ == "__main__":
    main()
