"""Country choices (ISO 3166-1) and the opt-in, country-level member map."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from raremap.web.community.aggregates import present


@lru_cache(maxsize=1)
def country_choices() -> list[tuple[str, str]]:
    rows = [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    return sorted(rows, key=lambda r: r[1])


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code)
    return (getattr(c, "common_name", None) or c.name) if c else code


def member_map(disease_id: str, viewer=None) -> dict:
    """Countries of members who opted in, from the community snapshot: a country shows once
    it holds the minimum of members besides the viewer (rounded); smaller ones are pooled as
    "elsewhere", itself shown only when it reaches the same minimum."""
    counts = present(disease_id, viewer)
    shown = sorted(({"code": code, "name": country_name(code), "count": n}
                    for code, n in counts["countries"].items()), key=lambda r: (-r["count"], r["name"]))
    top = max((r["count"] for r in shown), default=1)
    for r in shown:
        r["percent"] = round(100 * r["count"] / top)
    return {"countries": shown, "elsewhere": counts["elsewhere"], "minimum": counts["minimum"],
            "rounded_to": counts["rounded_to"], "as_of": counts["as_of"]}
