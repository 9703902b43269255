"""Parser for phenotype.hpoa, the HPO disease annotation file.

Columns (tab-separated, after ``#`` header lines and one column-name line):
database_id, disease_name, qualifier, hpo_id, reference, evidence, onset, frequency, sex,
modifier, aspect, biocuration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from raremap.knowledge.frequency import Frequency, FrequencyError, parse_frequency
from raremap.knowledge.parsers.errors import ParseError

COLUMNS = (
    "database_id", "disease_name", "qualifier", "hpo_id", "reference", "evidence",
    "onset", "frequency", "sex", "modifier", "aspect", "biocuration",
)  # fmt: skip
ASPECTS = {"P", "I", "C", "M", "H"}
_DISEASE_ID = re.compile(r"^(OMIM|ORPHA|DECIPHER):\w+$")
_HP_ID = re.compile(r"^HP:\d{7}$")
_DATE = re.compile(r"\[(\d{4}-\d{2}-\d{2})\]")


@dataclass
class HpoaHeader:
    description: str = ""
    version: str = ""
    counts: dict[str, int] = field(default_factory=dict)  # {"OMIM": 8359, ...} from description


@dataclass(slots=True)
class RawAnnotation:
    disease_id: str
    disease_name: str
    negated: bool
    hpo_id: str
    references: tuple[str, ...]
    evidence: str
    onset: str | None
    frequency: Frequency
    sex: str | None
    modifiers: tuple[str, ...]
    aspect: str
    curated_on: str | None  # latest date in the biocuration column


def parse_hpoa(lines: Iterable[str], source: str = "phenotype.hpoa") -> tuple[HpoaHeader, list[RawAnnotation]]:
    header = HpoaHeader()
    rows: list[RawAnnotation] = []
    seen_columns = False
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            value = value.strip().strip('"')
            if key == "description":
                header.description = value
                for count, name in re.findall(r"(\d+):?\s*(OMIM|DECIPHER|ORPHANET)", value):
                    header.counts[name] = int(count)
            elif key == "version":
                header.version = value
            continue
        fields = line.split("\t")
        if not seen_columns and fields[0] == "database_id":
            if tuple(f.strip() for f in fields) != COLUMNS:
                raise ParseError(source, line_no, "the column names are not those of phenotype.hpoa")
            seen_columns = True
            continue
        if len(fields) != len(COLUMNS):
            raise ParseError(
                source, line_no, f"expected {len(COLUMNS)} tab-separated columns, found {len(fields)}"
            )
        rows.append(_read_row(fields, source, line_no))
    return header, rows


def _read_row(fields: list[str], source: str, line_no: int) -> RawAnnotation:
    (disease_id, name, qualifier, hpo_id, reference, evidence, onset, frequency, sex, modifier,
     aspect, biocuration) = (f.strip() for f in fields)  # fmt: skip
    if not _DISEASE_ID.match(disease_id):
        raise ParseError(source, line_no, f"{disease_id!r} is not an OMIM, ORPHA or DECIPHER id")
    if not _HP_ID.match(hpo_id):
        raise ParseError(source, line_no, f"{hpo_id!r} is not an HPO id")
    if qualifier not in ("", "NOT"):
        raise ParseError(source, line_no, f"unknown qualifier {qualifier!r} (expected NOT or empty)")
    if aspect not in ASPECTS:
        raise ParseError(source, line_no, f"unknown aspect {aspect!r} (expected P, I, C, M or H)")
    try:
        freq = parse_frequency(frequency)
    except FrequencyError as exc:
        raise ParseError(source, line_no, str(exc)) from None
    if onset and not _HP_ID.match(onset):
        raise ParseError(source, line_no, f"onset {onset!r} is not an HPO id")
    sex_value = sex.upper() or None
    if sex_value not in (None, "MALE", "FEMALE"):
        raise ParseError(source, line_no, f"unknown sex {sex!r} (expected MALE, FEMALE or empty)")
    dates = _DATE.findall(biocuration)
    return RawAnnotation(
        disease_id=disease_id,
        disease_name=name,
        negated=qualifier == "NOT",
        hpo_id=hpo_id,
        references=tuple(r.strip() for r in reference.split(";") if r.strip()),
        evidence=evidence,
        onset=onset or None,
        frequency=freq,
        sex=sex_value,
        modifiers=tuple(m.strip() for m in modifier.split(";") if m.strip()),
        aspect=aspect,
        curated_on=max(dates) if dates else None,
    )
