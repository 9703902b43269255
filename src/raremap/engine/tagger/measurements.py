"""Findings written as measurements: "her height was 3 SD below the mean" is Short stature,
"head circumference below the 3rd centile" Microcephaly, "platelet count 15 x 10^9/L"
Thrombocytopenia, "a full-scale IQ of 45" Intellectual disability, moderate.

A quantity named in ``data/measurements.yaml`` is followed, in the same sentence and
before the next quantity, by its value:

* growth: a centile (below the 3rd: low; above the 97th: high) or a standard deviation
  score with its sign or "below"/"above" (-2 or less: low; +2 or more: high);
* IQ: a number below 70, graded (or "IQ below 70": the ungraded term);
* laboratory values: a number with its unit (converted: per µl to 10^9/L, g/L to g/dL,
  mg/dL of glucose to mmol/L, mEq/L to mmol/L), compared with limits set well outside the
  normal range;
  a number without a unit counts only when it follows the quantity directly ("platelets
  were 20", not "platelets in 3 patients").

A value inside the normal range, or a quantity without a value ("height was normal"),
gives nothing. Which finding is denied or a relative's is left to the tagger's rules for
words (the quantity's first word decides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

#: a text without a digit or a centile gives no measurement (checked first: most do not)
_ANY_VALUE = re.compile(r"\d|centile", re.IGNORECASE)
#: "height of the vertebral bodies": a quantity of something else than the person
_OF_SOMETHING = re.compile(r" of (?![\d(<>≤≥+\-−–])")
#: a sentence ends at . ; ! ? followed by a space (decimals such as 6.8 stay whole)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
#: the stretch after a quantity where its value is looked for (characters)
WINDOW = 80
_NUMBER = r"(\d+(?:,\d{3})+|\d+(?:[.,]\d+)?)"
_BELOW = r"below|under|beneath|less than|lower than|<|≤"
_ABOVE = r"above|over|greater than|higher than|more than|exceeding|>|≥"
#: centiles written in words
ORDINALS = {"first": "1", "second": "2", "third": "3", "ninety-seventh": "97", "ninety seventh": "97",
            "ninety-eighth": "98", "ninety eighth": "98", "ninety-ninth": "99", "ninety ninth": "99"}
_ORDINAL = "|".join(re.escape(w) for w in ORDINALS)
_CENTILE = re.compile(rf"(?:({_BELOW})|({_ABOVE}))?\s*(?:the\s+)?({_ORDINAL}|\d+(?:\.\d+)?)\s*(?:st|nd|rd|th)?\s*(?:centile|percentile|%ile)")
_SD = re.compile(rf"([+\-−–])?\s*{_NUMBER}\s*(?:sds|sd|s\.d\.|standard deviations?)\b(?:\s*(?:\(sd\)\s*)?({_BELOW}|{_ABOVE}))?")
_Z = re.compile(rf"(?:z[- ]?scores?|sds|sd scores?)\s*(?:of|was|were|=|:)?\s*([+\-−–])\s*{_NUMBER}")
#: what may stand between a quantity and a value written without a unit
_LEAD = re.compile(
    r"^(?:\s|of|was|were|is|are|at|to|=|:|\(|count|counts|level|levels|concentration|value|values|score|scores"
    r"|fell|dropped|decreased|increased|rose|reduced|elevated|reached|peaked|up|low|high|as|only|about|approximately|around|persistently"
    rf"|markedly|initially|ranged|ranging|range|between|from|{_BELOW}|{_ABOVE}|than)*$")
_UNITS = (
    ("10^9/l", re.compile(r"^\s*(?:x|×|\*)\s*10\s*(?:\^|\*\*|e)?\s*\(?\s*9\s*\)?\s*/\s*l\b|^\s*(?:x|×)\s*10\s*\^?\s*3\s*/\s*(?:µl|μl|ul|mm3|mm³)")),
    ("/ul", re.compile(r"^\s*(?:/|per)\s*(?:µl|μl|ul|mcl|mm3|mm³|cmm|cubic)")),
    ("g/dl", re.compile(r"^\s*(?:g/dl|g/100\s*ml|g\s*%|gm/dl|g/dL)")),
    ("g/l", re.compile(r"^\s*g/l\b")),
    ("mmol/l", re.compile(r"^\s*mmol/l\b")),
    ("mg/dl", re.compile(r"^\s*(?:mg/dl|mg\s*%)")),
    ("meq/l", re.compile(r"^\s*meq/l\b")),
    ("u/l", re.compile(r"^\s*(?:u/l|iu/l|units?/l)\b")),
)
#: unit -> (target unit, factor)
_CONVERT = {
    ("/ul", "10^9/l"): 0.001,
    ("g/l", "g/dl"): 0.1,
    ("mmol/l", "g/dl"): 1.611,  # haemoglobin in mmol/L
    ("mg/dl", "mmol/l"): 1 / 18.0,  # glucose
    ("meq/l", "mmol/l"): 1.0,  # sodium, potassium (one charge)
}


@dataclass(frozen=True, slots=True)
class Measured:
    """A finding given by a measurement: ``text[start:end]`` runs from the quantity's
    name to the end of its value."""

    hpo: str
    start: int
    end: int
    quantity: str


@dataclass(frozen=True)
class _Rules:
    names: re.Pattern
    kind: dict[str, tuple[str, dict]]  #: folded name -> ("growth" | "iq" | "level", rule)


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = resources.files("raremap.engine.tagger").joinpath("data", "measurements.yaml").read_bytes()
    data = yaml.safe_load(raw)
    kind: dict[str, tuple[str, dict]] = {}
    for rule in data["growth"]:
        kind.update({n.lower(): ("growth", rule) for n in rule["names"]})
    kind.update({n.lower(): ("iq", data["iq"]) for n in data["iq"]["names"]})
    for rule in data["levels"]:
        kind.update({n.lower(): ("level", rule) for n in rule["names"]})
    names = re.compile(rf"(?<![\w-])({_alternation(list(kind))})(?![\w-])")
    return _Rules(names, kind)


def _number(raw: str) -> float:
    if re.fullmatch(r"\d+(?:,\d{3})+", raw):
        return float(raw.replace(",", ""))
    return float(raw.replace(",", "."))


def _lower(text: str) -> str:
    """``text`` in lower case, one character for one (offsets kept)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _growth(rule: dict, window: str) -> tuple[str | None, int]:
    m = _CENTILE.search(window)
    if m:
        value = _number(ORDINALS.get(m.group(3), m.group(3)))
        if (m.group(1) and value <= 3) or (not m.group(1) and not m.group(2) and value < 3):
            return rule["low"], m.end()
        if (m.group(2) and value >= 97) or (not m.group(1) and not m.group(2) and value > 97):
            return rule["high"], m.end()
        return None, 0
    m = _SD.search(window) or _Z.search(window)
    if m is None:
        return None, 0
    sign, value = m.group(1), _number(m.group(2))
    after = m.group(3) if m.re is _SD else None
    if sign in ("-", "−", "–") or (after and re.fullmatch(_BELOW, after)):
        value = -value
    elif not (sign == "+" or (after and re.fullmatch(_ABOVE, after))):
        return None, 0  # "2 SD" with no side says nothing
    if value <= -2:
        return rule["low"], m.end()
    if value >= 2:
        return rule["high"], m.end()
    return None, 0


def _iq(rule: dict, window: str) -> tuple[str | None, int]:
    m = re.search(rf"(?:({_BELOW})|({_ABOVE}))?\s*(\d{{2,3}})\b", window)
    if m is None or not _LEAD.match(window[: m.start()]) or m.group(2):
        return None, 0
    value = int(m.group(3))
    if m.group(1):  # "IQ below 70"
        return (rule["any"], m.end()) if value <= rule["below"] else (None, 0)
    if value >= rule["below"]:
        return None, 0
    if re.match(r"\s*(?:-|–|to|and)\s*\d", window[m.end():]):
        return rule["any"], m.end()  # a range ("IQ between 40 and 60"): the ungraded term
    return next(hpo for floor, hpo in rule["grades"] if value >= floor), m.end()


def _level(rule: dict, window: str) -> tuple[str | None, int]:
    m = re.search(rf"(?:({_BELOW})|({_ABOVE}))?\s*{_NUMBER}", window)
    if m is None:
        return None, 0
    value = _number(m.group(3))
    rest = window[m.end():]
    written = next(((u, found) for u, pattern in _UNITS if (found := pattern.match(rest))), None)
    unit = written[0] if written else None
    end = m.end() + (len(written[1].group(0)) if written else 0)
    target = rule["unit"]
    if unit is None:
        if not _LEAD.match(window[: m.start()]):
            return None, 0  # "platelets in 3 patients": not the count's value
        if target == "10^9/l" and value >= 1000:
            unit = "/ul"
        elif target == "g/dl" and value > 25:
            unit = "g/l"
        elif target == "mmol/l" and not rule.get("bare"):
            return None, 0  # glucose without a unit: mmol/L or mg/dL
        else:
            unit = target
    if unit != target:
        factor = _CONVERT.get((unit, target))
        if factor is None:
            return None, 0
        value *= factor
    low, high = rule.get("low"), rule.get("high")
    below, above = m.group(1), m.group(2)
    if low and not above and (value < low[0] or (below and value <= low[0])):
        return low[1], end
    if high and not below and (value > high[0] or (above and value >= high[0])):
        return high[1], end
    return None, 0


READERS = {"growth": _growth, "iq": _iq, "level": _level}


def measured(text: str) -> list[Measured]:
    """The findings ``text`` gives as measurements, in order."""
    if not _ANY_VALUE.search(text):
        return []
    rules = _rules()
    lowered = _lower(text)
    out: list[Measured] = []
    offset = 0
    for sentence in _SENTENCE.split(lowered):
        start = lowered.find(sentence, offset)
        offset = start + len(sentence)
        found = list(rules.names.finditer(sentence))
        for k, q in enumerate(found):
            kind, rule = rules.kind[q.group(1)]
            if kind == "growth" and _OF_SOMETHING.match(sentence, q.end()):
                continue  # "height of the vertebral bodies": not the person's ("height of 130 cm" is)
            stop = found[k + 1].start() if k + 1 < len(found) else len(sentence)
            window = sentence[q.end() : min(stop, q.end() + WINDOW)]
            hpo, end = READERS[kind](rule, window)
            if hpo is not None:
                out.append(Measured(hpo, start + q.start(), start + q.end() + end, text[start + q.start() : start + q.end()]))
    return out
