"""The body of a disease page's symptom table, rendered in Python.

Why not a template loop: the Django template engine spends about 250 µs per row (51-row
POEMS table: 13 ms of a 44 ms page; the 211-row largest page: over 50 ms). Building the same
markup with ``escape`` and string joins takes a few µs per row (measured 2026-11-22 with
bench/web_load.py and a per-node template timer). The markup mirrors what
``pages/disease.html`` would otherwise hold; every value is escaped.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from raremap.web.pages.published_section import LAY_NAMES


def _row(feature: dict, band: str, term_prefix: str) -> str:
    hpo_id = escape(feature["hpo_id"])
    notes = ""
    if feature.get("onset"):
        notes += f'<span class="note">Onset: {escape(feature["onset"])}</span>'
    if feature.get("sex"):
        notes += f'<span class="note">In {escape(feature["sex"])}s</span>'
    lay = feature["lay_names"]
    # A few everyday names per row (some terms have twenty); the term's page lists them all,
    # and the filter still searches every one.
    more = len(lay) - LAY_NAMES
    more_note = f' <span class="muted">and {more} more</span>' if more > 0 else ""
    lay_cell = (f'<td data-label="Everyday names">{escape(", ".join(lay[:LAY_NAMES]))}{more_note}</td>' if lay
                else '<td data-label="Everyday names" class="none">—</td>')
    # A frequency given as an HPO band term repeats the band heading: phones hide it (not
    # when the cell also holds other sources' figures, nor when it names its source, as
    # "Orphanet: 80%-99% of people" does on a page that joins two records).
    alone = len(feature.get("frequencies") or ()) <= 1
    unnamed = (feature.get("how_often") or feature["frequency"]) == feature["frequency"]
    band_term = str(feature.get("frequency_raw") or "").startswith("HP:")
    band_freq = ' class="band-freq"' if alone and band_term and unnamed else ""
    search_text = escape(" ".join([feature["name"], *lay, *feature.get("search_names", ()), feature["hpo_id"]]).lower())
    return (
        f'<tr class="feature" data-text="{search_text}">'
        f'<th scope="row" headers="band-{band}"><a href="{term_prefix}{hpo_id}/">{escape(feature["name"])}</a>{notes}</th>'
        f"{lay_cell}"
        f'<td data-label="How often"{band_freq}>{_how_often(feature.get("how_often") or feature["frequency"])}</td>'
        f'<td data-label="HPO id" class="id">{hpo_id}</td>'
        "</tr>"
    )


def _how_often(text: str) -> str:
    """Each source's figure kept on one line; a page joining two records ("OMIM: 112 of 140
    people (80%); Orphanet: 30%-79% of people") breaks between them, not past the screen."""
    return "; ".join(f'<span class="freq">{escape(part)}</span>' for part in text.split("; "))


def render_bands(bands: list[dict]) -> SafeString:
    """One ``<tbody>`` per frequency band: a heading row, then one row per symptom."""
    term_prefix = reverse("pages-term", args=["HP:0000001"]).replace("HP:0000001/", "")
    parts = []
    for band in bands:
        slug = escape(band["band"])
        parts.append(
            f'<tbody class="band band-{slug}" data-band="{slug}">'
            f'<tr class="band-head"><th scope="rowgroup" colspan="4" id="band-{slug}">'
            f'{escape(band["heading"])} <span class="count">({len(band["features"])})</span></th></tr>'
        )
        parts.extend(_row(f, slug, term_prefix) for f in band["features"])
        parts.append("</tbody>")
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped
