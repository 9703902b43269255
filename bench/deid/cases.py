"""Reads the labelled de-identification test set (bench/deid/cases.txt)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MARK = re.compile(r"\[\[(?P<kind>[a-z_]+):(?P<text>.+?)\]\]")
CASES = Path(__file__).with_name("cases.txt")


#: Marks for text that must NOT be redacted: disease/symptom names, lab values or doses, and
#: codes (gene names, variants, karyotypes, HPO/ORPHA/OMIM ids).
PROTECTED = ("keep", "lab", "code")


@dataclass(frozen=True)
class Case:
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (kind, start, end) of personal data
    protected: tuple[tuple[str, int, int], ...] = ()  # ("keep" | "lab" | "code", start, end)


def parse_line(line: str) -> Case:
    out, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        out.append(line[pos:m.start()])
        start = sum(len(p) for p in out)
        out.append(m.group("text"))
        spans.append((m.group("kind"), start, start + len(m.group("text"))))
        pos = m.end()
    out.append(line[pos:])
    return Case("".join(out), tuple(s for s in spans if s[0] not in PROTECTED),
                tuple(s for s in spans if s[0] in PROTECTED))


def load_cases(path: Path = CASES) -> list[Case]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_line(s) for s in lines if s.strip() and not s.startswith("#")]
