"""Country choices (ISO 3166-1) and the opt-in, country-level member map."""

from __future__ import annotations

from functools import lru_cache

import pycountry
from django.conf import settings
from django.db.models import Count

from raremap.web.community.models import Membership


@lru_cache(maxsize=1)
def country_choices() -> list[tuple[str, str]]:
    rows = [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    return sorted(rows, key=lambda r: r[1])


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code)
    return (getattr(c, "common_name", None) or c.name) if c else code


def member_map(disease_id: str) -> dict:
    """Countries with at least RAREMAP_MAP_MIN_COUNT opted-in members; smaller groups are
    pooled as "elsewhere", itself shown only when it reaches the same minimum."""
    minimum = settings.RAREMAP_MAP_MIN_COUNT
    rows = (Membership.objects.filter(disease_id=disease_id, share_country=True)
            .exclude(country="").values("country").annotate(n=Count("id")).order_by("-n"))
    shown = [{"code": r["country"], "name": country_name(r["country"]), "count": r["n"]}
             for r in rows if r["n"] >= minimum]
    pooled = sum(r["n"] for r in rows if r["n"] < minimum)
    top = max((r["count"] for r in shown), default=1)
    for r in shown:
        r["percent"] = round(100 * r["count"] / top)
    return {"countries": shown, "elsewhere": pooled if pooled >= minimum else None,
            "minimum": minimum}
