"""Read the parts of a GA4GH Phenopacket (schema v2, JSON) that the engine uses.

Used: ``id``, ``subject.sex``, ``phenotypicFeatures[].type.id``, ``.excluded`` and
``.onset`` (an HPO onset class, or an ISO 8601 age mapped to the HPO onset classes).
The patient's onset is the earliest onset given. Anything else is ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


class PhenopacketError(ValueError):
    """The file is not a phenopacket the engine can read; the message says why."""


@dataclass(frozen=True)
class PhenopacketInput:
    id: str | None
    present: tuple[str, ...]
    excluded: tuple[str, ...]
    onset: str | None = None
    sex: str | None = None
    notes: tuple[str, ...] = field(default=())


#: HPO onset classes by the upper end of their age range in years, youngest first.
_ONSET_BY_AGE = (
    (28 / 365.25, "HP:0003623"),  # Neonatal onset: first 28 days
    (1.0, "HP:0003593"),          # Infantile onset: 28 days to 1 year
    (5.0, "HP:0011463"),          # Childhood onset: 1 to 5 years
    (16.0, "HP:0003621"),         # Juvenile onset: 5 to 15 years
    (40.0, "HP:0011462"),         # Young adult onset: 16 to 40 years
    (60.0, "HP:0003596"),         # Middle age onset: 40 to 60 years
    (float("inf"), "HP:0003584"),  # Late onset: after 60 years
)
#: Order of onset classes from earliest to latest, to pick a patient's earliest onset.
_ONSET_ORDER = ["HP:0030674", "HP:0003577"] + [t for _, t in _ONSET_BY_AGE]
_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?$")


def onset_for_age(iso8601: str) -> str | None:
    """``"P3Y"`` → ``HP:0011463`` (Childhood onset); None when not a duration."""
    m = _DURATION.match((iso8601 or "").strip())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (float(g) if g else 0.0 for g in m.groups())
    years = y + mo / 12 + w * 7 / 365.25 + d / 365.25
    if years == 0:
        return "HP:0003577"  # Congenital onset: present at birth
    return next(term for limit, term in _ONSET_BY_AGE if years < limit)


def _onset_of(feature: dict) -> str | None:
    onset = feature.get("onset")
    if not isinstance(onset, dict):
        return None
    cls = onset.get("ontologyClass")
    if isinstance(cls, dict) and isinstance(cls.get("id"), str):
        return cls["id"]
    age = onset.get("age")
    if isinstance(age, dict) and isinstance(age.get("iso8601duration"), str):
        return onset_for_age(age["iso8601duration"])
    return None


def parse_phenopacket(data) -> PhenopacketInput:
    """Extract the engine's input from a decoded phenopacket; raises PhenopacketError."""
    if not isinstance(data, dict):
        raise PhenopacketError("a phenopacket is a JSON object, this is a " + type(data).__name__)
    features = data.get("phenotypicFeatures", [])
    if not isinstance(features, list):
        raise PhenopacketError("'phenotypicFeatures' must be a list")
    present: list[str] = []
    excluded: list[str] = []
    onsets: list[str] = []
    for i, feature in enumerate(features):
        term = feature.get("type") if isinstance(feature, dict) else None
        tid = term.get("id") if isinstance(term, dict) else None
        if not isinstance(tid, str) or not tid.strip():
            raise PhenopacketError(f"phenotypicFeatures[{i}] has no type.id (an HPO id such as HP:0001271)")
        flag = feature.get("excluded", False)
        if not isinstance(flag, bool):
            raise PhenopacketError(f"phenotypicFeatures[{i}].excluded must be true or false")
        (excluded if flag else present).append(tid.strip())
        if not flag and (onset := _onset_of(feature)):
            onsets.append(onset)
    subject = data.get("subject") or {}
    if not isinstance(subject, dict):
        raise PhenopacketError("'subject' must be an object")
    sex = subject.get("sex")
    sex = {"MALE": "male", "FEMALE": "female"}.get(sex) if isinstance(sex, str) else None
    known = [o for o in onsets if o in _ONSET_ORDER]
    onset = min(known, key=_ONSET_ORDER.index) if known else (onsets[0] if onsets else None)
    notes: tuple[str, ...] = () if present or excluded else ("the phenopacket lists no phenotypic features",)
    diagnoses = sorted({
        str(((i.get("diagnosis") or {}).get("disease") or {}).get("id"))
        for i in data.get("interpretations") or [] if isinstance(i, dict) and isinstance(i.get("diagnosis"), dict)
    } - {"None"})
    if len(diagnoses) > 1:
        notes += (f"it gives several diagnoses ({', '.join(diagnoses)}); diagnoses are not used for ranking",)
    pid = data.get("id")
    return PhenopacketInput(pid if isinstance(pid, str) else None, tuple(present), tuple(excluded), onset, sex, notes)


def read_phenopacket(path: Path | str) -> PhenopacketInput:
    """Read a phenopacket JSON file; raises PhenopacketError (or FileNotFoundError)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PhenopacketError(f"{path} is not UTF-8 text") from None
    except IsADirectoryError:
        raise PhenopacketError(f"{path} is a folder, not a phenopacket file") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PhenopacketError(f"{path} is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise PhenopacketError(f"{path} is not a phenopacket (its JSON is nested too deeply)") from None
    try:
        return parse_phenopacket(data)
    except PhenopacketError as exc:
        raise PhenopacketError(f"{path}: {exc}") from None
