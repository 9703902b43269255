"""The community symptom map: the share of reporting members with each symptom, beside the
literature's frequency band. Aggregates only, from the community snapshot."""

from __future__ import annotations

from raremap.knowledge import Band
from raremap.knowledge.feature_rows import by_term
from raremap.web.community.aggregates import present

# The HPO bands' ranges as shares (upper bounds inclusive).
BAND_RANGES = {
    Band.OBLIGATE: (1.0, 1.0), Band.VERY_FREQUENT: (0.80, 0.99), Band.FREQUENT: (0.30, 0.79),
    Band.OCCASIONAL: (0.05, 0.29), Band.VERY_RARE: (0.01, 0.04), Band.EXCLUDED: (0.0, 0.0),
}


def symptom_map(disease, kb, viewer=None) -> dict:
    """Shares from the community's snapshot (see ``aggregates``): shown once the reporters,
    the viewer aside, reach the minimum; a symptom's share only when the people reporting it
    do too; counts rounded, so shares are of rounded counts."""
    counts = present(disease.id, viewer)
    reporters, minimum = counts["reporters"], counts["minimum"]
    if reporters is None:
        return {"shown": False, "reporters": None, "minimum": minimum, "hidden_below": counts["hidden_below"],
                "as_of": counts["as_of"]}
    per_symptom = counts["symptoms"]
    rows, known = [], set()
    for a in (rows[0] for rows in by_term(disease.present_phenotypes)):  # each symptom once
        known.add(a.hpo_id)
        n = per_symptom.get(a.hpo_id)
        share = min(1.0, n / reporters) if n is not None else None
        lo_hi = BAND_RANGES.get(a.frequency.band)
        rows.append({
            "hpo_id": a.hpo_id, "name": a.name, "share": share,
            "percent": round(100 * share) if share is not None else None,
            "band": a.frequency.band.range_text, "band_slug": a.frequency.band.slug,
            "low": round(100 * lo_hi[0]) if lo_hi else None,
            "high": round(100 * lo_hi[1]) if lo_hi else None,
            "within": (lo_hi[0] - 0.005 <= share <= lo_hi[1] + 0.005)
            if lo_hi and share is not None else None,
        })
    rows.sort(key=lambda r: (r["share"] is None, -(r["share"] or 0), r["name"]))
    extras = [{"hpo_id": h, "name": kb.ontology.name(h) if h in kb.ontology else h,
               "percent": round(100 * min(1.0, n / reporters))}
              for h, n in per_symptom.items() if h not in known and n is not None]
    extras.sort(key=lambda r: -r["percent"])
    return {"shown": True, "reporters": reporters, "rows": rows, "extras": extras,
            "minimum": minimum, "hidden_below": counts["hidden_below"], "rounded_to": counts["rounded_to"],
            "as_of": counts["as_of"]}
