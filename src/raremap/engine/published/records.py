"""Published patients as plain records: read from GA4GH phenopackets of the
phenopacket-store, written to and read from the compact TSV file kept in the repository.

One line per patient, tab-separated, with a header line::

    patient  disease  sex  age  onset  present  excluded  pmid  title

``present``/``excluded`` are comma-separated HPO ids (as the paper gave them; the build
maps obsolete ids), ``sex`` is male/female/empty, ``age`` an ISO 8601 duration (age at
last encounter) or empty, ``onset`` the patient's earliest HPO onset class or empty.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from raremap.engine.phenopacket import PhenopacketError, parse_phenopacket

COLUMNS = ("patient", "disease", "sex", "age", "onset", "present", "excluded", "pmid", "title")
#: The compact file shipped with the package.
DATA_FILE = Path(__file__).with_name("data") / "published_patients.tsv.gz"


class SkippedPatient(ValueError):
    """A phenopacket that cannot be a published patient; the message says why (one line)."""


@dataclass(frozen=True)
class PublishedPatient:
    patient: str
    disease: str
    sex: str | None
    age: str | None
    onset: str | None
    present: tuple[str, ...]
    excluded: tuple[str, ...]
    pmid: str
    title: str


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def from_phenopacket(data) -> PublishedPatient:
    """The record of one decoded phenopacket; raises :class:`SkippedPatient` when it has
    no features, no diagnosis or several diagnoses, or no PMID."""
    try:
        packet = parse_phenopacket(data)
    except PhenopacketError as exc:
        raise SkippedPatient(str(exc)) from None
    if not packet.present:
        raise SkippedPatient("no phenotypic features present")
    diagnoses = {
        (i.get("diagnosis") or {}).get("disease", {}).get("id")
        for i in data.get("interpretations") or [] if isinstance(i, dict)
    } - {None}
    if not diagnoses:
        raise SkippedPatient("no diagnosis")
    if len(diagnoses) > 1:
        raise SkippedPatient(f"several diagnoses ({', '.join(sorted(diagnoses))})")
    refs = [r for r in (data.get("metaData") or {}).get("externalReferences") or []
            if isinstance(r, dict) and str(r.get("id", "")).startswith("PMID:")]
    if not refs:
        raise SkippedPatient("no PMID")
    age = ((data.get("subject") or {}).get("timeAtLastEncounter") or {}).get("age") or {}
    return PublishedPatient(
        patient=_clean(packet.id or ""),
        disease=diagnoses.pop().strip(),
        sex=packet.sex,
        age=age.get("iso8601duration") if isinstance(age, dict) else None,
        onset=packet.onset,
        present=packet.present,
        excluded=tuple(x for x in packet.excluded if x not in packet.present),
        pmid=refs[0]["id"].strip(),
        title=_clean(refs[0].get("description", "")),
    )


def read_store(folder: Path | str) -> tuple[list[PublishedPatient], list[tuple[str, str]]]:
    """Every ``*.json`` below ``folder`` (sorted by path): the records, and ``(file,
    reason)`` for each file skipped."""
    kept, skipped = [], []
    folder = Path(folder)
    for path in sorted(folder.rglob("*.json")):
        name = str(path.relative_to(folder))
        try:
            kept.append(from_phenopacket(json.loads(path.read_text(encoding="utf-8"))))
        except (SkippedPatient, json.JSONDecodeError, UnicodeDecodeError) as exc:
            skipped.append((name, str(exc).splitlines()[0]))
    return kept, skipped


def write_tsv(patients: Iterable[PublishedPatient], out) -> None:
    w = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(COLUMNS)
    for p in patients:
        w.writerow([p.patient, p.disease, p.sex or "", p.age or "", p.onset or "",
                    ",".join(p.present), ",".join(p.excluded), p.pmid, p.title])


def parse_tsv(text: str) -> Iterator[PublishedPatient]:
    rows = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
    header = next(rows, None)
    if header is None or tuple(header) != COLUMNS:
        raise ValueError(f"published patients file: expected the columns {', '.join(COLUMNS)}")
    for n, row in enumerate(rows, start=2):
        if len(row) != len(COLUMNS):
            raise ValueError(f"published patients file, line {n}: {len(row)} fields, expected {len(COLUMNS)}")
        patient, disease, sex, age, onset, present, excluded, pmid, title = row
        yield PublishedPatient(patient, disease, sex or None, age or None, onset or None,
                               tuple(filter(None, present.split(","))),
                               tuple(filter(None, excluded.split(","))), pmid, title)


def read_tsv(path: Path | str = DATA_FILE) -> list[PublishedPatient]:
    """Records of a TSV file (gzip-compressed when its name ends in ``.gz``)."""
    path = Path(path)
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return list(parse_tsv(raw.decode("utf-8")))


def save_tsv(patients: Iterable[PublishedPatient], path: Path | str = DATA_FILE) -> None:
    """Write the file, gzip-compressed (without a timestamp, so a rebuild is byte-identical)
    when its name ends in ``.gz``."""
    path = Path(path)
    out = io.StringIO()
    write_tsv(patients, out)
    data = out.getvalue().encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)
