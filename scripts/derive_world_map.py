"""Derive the community map's country outlines (src/raremap/web/community/world/countries.json)
from Natural Earth's 1:110m Admin 0 countries as the npm package ``world-atlas`` ships them
(TopoJSON, ISC licence; the Natural Earth data are public domain).

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python scripts/derive_world_map.py package/countries-110m.json

Output: ``{"width", "height", "source", "countries": {ISO alpha-2: SVG path}}`` in an
equirectangular projection (longitude -180..180 -> x 0..1000, latitude 84..-58 -> y), rounded
to whole units, Antarctica left out. Countries without an ISO numeric code in the data
(e.g. Kosovo, Northern Cyprus) are drawn as "other" land under key "_n<index>".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "raremap" / "web" / "community" / "world" / "countries.json"
WIDTH, NORTH, SOUTH = 1000, 84.0, -58.0
SCALE = WIDTH / 360.0
HEIGHT = round((NORTH - SOUTH) * SCALE)


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def project(lon: float, lat: float) -> tuple[int, int]:
    lat = max(min(lat, NORTH), SOUTH)
    return round((lon + 180.0) * SCALE), round((NORTH - lat) * SCALE)


def ring_path(points: list[tuple[float, float]]) -> str:
    """One closed subpath. A ring that crosses the antimeridian (Russia, Fiji) is unwrapped
    so it never jumps across the map; the part past the edge is cut off by the viewBox."""
    out: list[tuple[int, int]] = []
    shift, previous = 0.0, None
    for lon, lat in points:
        if previous is not None and abs(lon + shift - previous) > 180:
            shift += -360.0 if lon + shift > previous else 360.0
        previous = lon + shift
        p = project(lon + shift, lat)
        if not out or p != out[-1]:
            out.append(p)
    if len(out) < 3:
        return ""
    first, *rest = out
    return f"M{first[0]} {first[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z"


def main(source: str) -> None:
    topo = json.loads(Path(source).read_text())
    arcs = decode_arcs(topo)
    countries: dict[str, str] = {}
    for n, geometry in enumerate(topo["objects"]["countries"]["geometries"]):
        if geometry.get("properties", {}).get("name") == "Antarctica" or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if not path:
            continue
        country = pycountry.countries.get(numeric=str(geometry.get("id", "")).zfill(3)) if geometry.get("id") else None
        key = country.alpha_2 if country else f"_n{n}"
        countries[key] = countries.get(key, "") + path
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"width": WIDTH, "height": HEIGHT,
                               "source": "Natural Earth 1:110m Admin 0 countries, via world-atlas 2.0.2",
                               "countries": dict(sorted(countries.items()))}, separators=(",", ":")))
    print(f"{len(countries)} outlines, {OUT.stat().st_size / 1024:.0f} KiB -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
