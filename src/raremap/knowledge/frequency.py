"""Annotation frequencies: HPO frequency terms, ``n/m`` fractions and percentages.

Every frequency becomes a :class:`Band` (the six HPO frequency terms plus *unknown*) and,
where the source gives one, a number between 0 and 1.  For the HPO frequency terms the
number is the middle of the band's range, so that a ranker can weigh them; ``n/m`` and
``%`` values keep their exact value and are placed in the band whose range holds them.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Band(enum.IntEnum):
    """Frequency bands, ordered from always present to known absent."""

    OBLIGATE = 0
    VERY_FREQUENT = 1
    FREQUENT = 2
    OCCASIONAL = 3
    VERY_RARE = 4
    EXCLUDED = 5
    UNKNOWN = 6

    @property
    def hpo_id(self) -> str | None:
        return _BAND_TERMS.get(self)

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def range_text(self) -> str:
        """How many people the band covers, for lay readers ("80%-99%")."""
        return _RANGES[self]

    @property
    def slug(self) -> str:
        return self.name.lower().replace("_", "-")


_BAND_TERMS = {
    Band.OBLIGATE: "HP:0040280",
    Band.VERY_FREQUENT: "HP:0040281",
    Band.FREQUENT: "HP:0040282",
    Band.OCCASIONAL: "HP:0040283",
    Band.VERY_RARE: "HP:0040284",
    Band.EXCLUDED: "HP:0040285",
}
TERM_BANDS = {term: band for band, term in _BAND_TERMS.items()}

_LABELS = {
    Band.OBLIGATE: "Obligate",
    Band.VERY_FREQUENT: "Very frequent",
    Band.FREQUENT: "Frequent",
    Band.OCCASIONAL: "Occasional",
    Band.VERY_RARE: "Very rare",
    Band.EXCLUDED: "Excluded",
    Band.UNKNOWN: "Frequency unknown",
}
_RANGES = {
    Band.OBLIGATE: "100%",
    Band.VERY_FREQUENT: "80%-99%",
    Band.FREQUENT: "30%-79%",
    Band.OCCASIONAL: "5%-29%",
    Band.VERY_RARE: "1%-4%",
    Band.EXCLUDED: "0%",
    Band.UNKNOWN: "unknown",
}

#: The number given to an annotation that only names a band: the middle of its range.
BAND_MIDPOINTS = {
    Band.OBLIGATE: 1.0,
    Band.VERY_FREQUENT: 0.895,
    Band.FREQUENT: 0.545,
    Band.OCCASIONAL: 0.17,
    Band.VERY_RARE: 0.025,
    Band.EXCLUDED: 0.0,
}

_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


class FrequencyError(ValueError):
    """A frequency value that is neither an HPO frequency term, ``n/m`` nor ``p%``."""


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often a feature is seen in a disease.

    ``value`` is a share between 0 and 1 (``None`` when unknown); ``raw`` is the text of
    the release (``HP:0040282``, ``3/7``, ``25%`` or empty).
    """

    band: Band
    value: float | None
    raw: str = ""

    @property
    def is_exact(self) -> bool:
        """True when the source gave a count or a percentage rather than a band."""
        return bool(self.raw) and not self.raw.startswith("HP:")

    def describe(self) -> str:
        """A short phrase for people: "80%-99% of people", "3 of 7 people (43%)", "1 of 1 person (100%)"."""
        m = _FRACTION.match(self.raw)
        if m:
            n, total = int(m.group(1)), int(m.group(2))
            people = "person" if total == 1 else "people"
            return f"{n} of {total} {people} ({round(100 * n / total)}%)"
        if _PERCENT.match(self.raw):
            return f"{self.raw.strip()} of people"
        if self.band is Band.UNKNOWN:
            return "frequency not recorded"
        if self.band is Band.EXCLUDED:
            return "not seen in this condition"
        return f"{self.band.range_text} of people"


UNKNOWN = Frequency(Band.UNKNOWN, None, "")


def band_for_share(share: float) -> Band:
    """Place a share between 0 and 1 in its band (HPO's ranges, upper bounds inclusive)."""
    if share < 0 or share > 1:
        raise FrequencyError(f"a frequency must lie between 0% and 100%, not {share:.0%}")
    if share >= 1.0:
        return Band.OBLIGATE
    if share >= 0.80:
        return Band.VERY_FREQUENT
    if share >= 0.30:
        return Band.FREQUENT
    if share >= 0.05:
        return Band.OCCASIONAL
    if share > 0:
        return Band.VERY_RARE
    return Band.EXCLUDED


def parse_frequency(raw: str) -> Frequency:
    """Parse the ``frequency`` column of ``phenotype.hpoa``.

    >>> parse_frequency("HP:0040281").band.label
    'Very frequent'
    >>> parse_frequency("3/4").band.label, parse_frequency("3/4").value
    ('Frequent', 0.75)
    >>> parse_frequency("").band.label
    'Frequency unknown'
    """
    text = (raw or "").strip()
    if not text or text == "-":
        return UNKNOWN
    if text in TERM_BANDS:
        band = TERM_BANDS[text]
        return Frequency(band, BAND_MIDPOINTS[band], text)
    m = _FRACTION.match(text)
    if m:
        n, total = int(m.group(1)), int(m.group(2))
        if total == 0 or n > total:
            raise FrequencyError(f"the fraction {text!r} is not a share of patients")
        share = n / total
        return Frequency(band_for_share(share), share, text)
    m = _PERCENT.match(text)
    if m:
        share = float(m.group(1)) / 100
        return Frequency(band_for_share(share), share, text)
    raise FrequencyError(
        f"{text!r} is not a frequency (expected an HPO frequency term, n/m or a percentage)"
    )
