"""The community symptom map: the share of reporting members with each symptom, beside the
literature's frequency band. Aggregates only, and only from RAREMAP_SYMPTOM_MAP_MIN_MEMBERS
reporting members up."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count

from raremap.knowledge import Band
from raremap.web.community.models import SymptomReport

# The HPO bands' ranges as shares (upper bounds inclusive).
BAND_RANGES = {
    Band.OBLIGATE: (1.0, 1.0), Band.VERY_FREQUENT: (0.80, 0.99), Band.FREQUENT: (0.30, 0.79),
    Band.OCCASIONAL: (0.05, 0.29), Band.VERY_RARE: (0.01, 0.04), Band.EXCLUDED: (0.0, 0.0),
}
EXTRA_MIN_REPORTERS = 3


def symptom_map(disease, kb) -> dict:
    reporters = (SymptomReport.objects.filter(disease_id=disease.id)
                 .values("user").distinct().count())
    minimum = settings.RAREMAP_SYMPTOM_MAP_MIN_MEMBERS
    if reporters < minimum:
        return {"shown": False, "reporters": reporters, "minimum": minimum}
    counts = dict(SymptomReport.objects.filter(disease_id=disease.id)
                  .values_list("hpo_id").annotate(n=Count("user", distinct=True)))
    rows, known = [], set()
    for a in disease.present_phenotypes:
        known.add(a.hpo_id)
        share = counts.get(a.hpo_id, 0) / reporters
        lo_hi = BAND_RANGES.get(a.frequency.band)
        rows.append({
            "hpo_id": a.hpo_id, "name": a.name, "share": share, "percent": round(100 * share),
            "band": a.frequency.band.range_text, "band_slug": a.frequency.band.slug,
            "low": round(100 * lo_hi[0]) if lo_hi else None,
            "high": round(100 * lo_hi[1]) if lo_hi else None,
            "within": (lo_hi[0] - 0.005 <= share <= lo_hi[1] + 0.005) if lo_hi else None,
        })
    rows.sort(key=lambda r: (-r["share"], r["name"]))
    extras = [{"hpo_id": h, "name": kb.ontology.name(h) if h in kb.ontology else h,
               "percent": round(100 * n / reporters)}
              for h, n in counts.items() if h not in known and n >= EXTRA_MIN_REPORTERS]
    extras.sort(key=lambda r: -r["percent"])
    return {"shown": True, "reporters": reporters, "rows": rows, "extras": extras, "minimum": minimum}
