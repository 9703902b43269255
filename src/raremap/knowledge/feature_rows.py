"""One row per symptom: a disease's annotations grouped by HPO term.

A merged disease (an Orphanet/OMIM pair) carries the annotations of both ids, so the same
symptom often comes twice, with each source's own frequency (OMIM "7 of 7 people",
Orphanet "30%-79%"); a single source may also annotate a term twice (once per sex, or
from two reports). Pages and answers show one row per term, placed in the band of its
**best-supported estimate**, and list every source's figure beside it:

1. a recorded frequency beats "not recorded";
2. a count of the people described in reports (n of m) over at least :data:`COHORT`
   people beats everything else, the larger m first;
3. then a curated estimate (an HPO frequency term or a percentage: a source's summary of
   what is published) beats a count over fewer people (often a single small case series:
   OMIM's "7 of 7" beside Orphanet's "30%-79%");
4. then a count over more people beats one over fewer;
5. between estimates that still tie, the more frequent band wins, so that a symptom one
   source calls common is not filed among the rare ones; then the first annotation in
   the release's order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from raremap.knowledge.frequency import Band
from raremap.knowledge.model import Annotation

#: Source names for the id prefixes of phenotype.hpoa's diseases, as written for people.
SOURCE_NAMES = {"ORPHA": "Orphanet", "OMIM": "OMIM", "DECIPHER": "DECIPHER"}

#: From how many people a count (n of m) outweighs a source's frequency term.
COHORT = 20

_COUNT = re.compile(r"^\s*\d+\s*/\s*(\d+)\s*$")


def source_name(source_id: str) -> str:
    """``"OMIM:148050"`` → ``"OMIM"``, ``"ORPHA:2332"`` → ``"Orphanet"``."""
    prefix = source_id.split(":", 1)[0]
    return SOURCE_NAMES.get(prefix, prefix)


def support(a: Annotation) -> tuple[int, int, int]:
    """How well supported an annotation's frequency is (larger is better; see the rules
    in the module's docstring)."""
    f = a.frequency
    if f.band is Band.UNKNOWN:
        return (0, 0, 0)
    m = _COUNT.match(f.raw)
    if m:
        people = int(m.group(1))
        return (3 if people >= COHORT else 1, people, -int(f.band))
    return (2, 0, -int(f.band))


def by_term(annotations: Iterable[Annotation]) -> list[list[Annotation]]:
    """The annotations grouped by HPO term, in the order terms first appear; each group
    starts with its best-supported annotation, the others follow in the release's order."""
    groups: dict[str, list[Annotation]] = {}
    for a in annotations:
        groups.setdefault(a.hpo_id, []).append(a)
    out = []
    for rows in groups.values():
        best = max(rows, key=support)  # max keeps the first of equals
        out.append([best, *(a for a in rows if a is not best)])
    return out


def how_often(rows: list[Annotation], labelled: bool, prose: bool = False) -> str:
    """Every figure of one term's annotations in words, best-supported first. ``labelled``:
    name the source of each (a page whose annotations come from several sources), else
    only where one source gives several figures that a sex tells apart. ``prose``: for a
    sentence ("30%-79% of people according to Orphanet") rather than a table cell
    ("Orphanet: 30%-79% of people")."""
    parts = []
    for a in rows:
        source = source_name(a.source_id) if labelled and a.source_id else ""
        sex = f"in {a.sex.lower()}s" if a.sex and len(rows) > 1 else ""
        text = a.frequency.describe()
        if prose:
            parts.append(" ".join(x for x in (text, sex, f"according to {source}" if source else "") if x))
            continue
        label = f"{source} ({sex})" if source and sex else source or sex.capitalize()
        parts.append(f"{label}: {text}" if label else text)
    return "; ".join(dict.fromkeys(parts))


#: Band names as headings say them: HPO's own names of its frequency terms, "Obligate"
#: in its definition's words ("Always present, i.e. in 100% of the cases").
HEADING_LABELS = {
    Band.OBLIGATE: "Always present",
    Band.VERY_FREQUENT: "Very frequent",
    Band.FREQUENT: "Frequent",
    Band.OCCASIONAL: "Occasional",
    Band.VERY_RARE: "Very rare",
}


def from_case_counts(groups: list[list[Annotation]]) -> bool:
    """True when some of a band's rows (from :func:`by_term`) are placed by a count of the
    people described in reports (n of m, often 1/1 or 2/2 from a case report)."""
    return any(rows[0].frequency.is_exact and "/" in rows[0].frequency.raw for rows in groups)


def band_heading(band: Band, groups: list[list[Annotation]]) -> str:
    """The heading of a band of rows (from :func:`by_term`): its name and the share of
    people it stands for, as disease pages and the symptoms answer write it.

    Where some rows are counts of reported people, the heading speaks of the people
    reported so far, not of everyone; where some lie under the band's range (1 of 150 is
    under 1%, yet in HPO's 1%-4% *very rare* band), it gives the upper bound only.
    """
    if band is Band.UNKNOWN:
        return "Frequency not recorded"
    below = band is Band.VERY_RARE and any((rows[0].frequency.value or 0) < 0.01 for rows in groups)
    share = "under 5%" if below else band.range_text
    if from_case_counts(groups):
        if band is Band.OBLIGATE:
            return "In all of the people reported so far (100%)"
        return f"{HEADING_LABELS[band]} ({share} of the people reported so far)"
    return f"{HEADING_LABELS[band]} ({share} of people)"
