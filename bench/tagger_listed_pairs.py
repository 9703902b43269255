"""Secondary check of reading the parts of a sentence that lists findings
(raremap.engine.tagger.listed): two single-finding lines of the tuned blind sets
(lay-blind to lay-blind9, each under 90 characters and one sentence, the second starting
with a subject such as "my" or "she") are joined with "and", and the tagger is run with
the parts read and, in the same run, without (the baseline). Printed: findings of the two
lines found (any accepted id among the present terms) and terms that are neither line's.
It is built from our own tuned sets, so it is a secondary check, not a headline.

    PYTHONPATH=src .venv/bin/python bench/tagger_listed_pairs.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from raremap.engine.tagger import get_tagger, listed  # noqa: E402
from raremap.knowledge import ensure_knowledge  # noqa: E402
from raremap.sections import SECTIONS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = ["lay_blind.jsonl", *(f"lay_blind{n}.jsonl" for n in range(2, 10))]
SUBJECT = re.compile(r"(?i)(my|her|his|she|he|i|the|our|their|they|we)\b")


def main() -> None:
    tagger = get_tagger(ensure_knowledge(sections=SECTIONS))
    lines = []
    for name in SETS:
        for raw in (ROOT / "bench" / "tagger" / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(raw)
            text = r["text"].strip().rstrip(".!")
            if len(text) < 90 and not re.search(r"[.!?;]", text):
                lines.append({**r, "text": text, "subject": bool(SUBJECT.match(text))})
    random.Random(7).shuffle(lines)
    led = [r for r in lines if r["subject"]]
    pairs = list(zip([r for r in lines if not r["subject"]] + led[::2], led[1::2], strict=False))[:200]
    print(f"{len(pairs)} pairs of lines joined with 'and'")
    kept = listed.PART_ACCEPT
    for name, bar in (("parts not read (baseline)", 9.0), ("parts read", kept)):
        listed.PART_ACCEPT = bar
        found = extra = 0
        for a, b in pairs:
            second = b["text"] if b["text"].startswith("I ") else b["text"][0].lower() + b["text"][1:]
            got = {t.hpo for t in tagger.tag(f"{a['text']} and {second}").terms if not t.negated}
            found += bool(got & set(a["accept"])) + bool(got & set(b["accept"]))
            extra += len(got - set(a["accept"]) - set(b["accept"]))
        print(f"  {name:<28} findings found {found} of {2 * len(pairs)}, other terms {extra}")
    listed.PART_ACCEPT = kept


if __name__ == "__main__":
    main()
