"""Write src/raremap/privacy/data/first_names_world.txt: first names of many countries, for the
de-identification detector's name finder (the US census lists alone miss 'Mateo', 'Noor',
'Lachlan', 'Bushra', 'Halvard').

Source: the person providers of the Faker package (MIT licence), every locale, names written in
Latin letters only. Left out: names of one or two letters, names that are everyday English words
(any lower-case word of Debian's ``wamerican`` list, /usr/share/dict/american-english) and names
the census lists already hold. Faker is needed only to run this script, not by RareMap:

    pip install faker && apt-get install wamerican
    python scripts/derive_first_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/raremap/privacy/data/first_names_world.txt"
WORDS = Path("/usr/share/dict/american-english")
ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _latin(name: str) -> bool:
    return all(c in "-'" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)


def faker_first_names() -> set[str]:
    import faker.providers.person as person

    out: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{info.name}"), "Provider", None)
        for attr in ATTRS:
            values = getattr(provider, attr, None)
            if not isinstance(values, (tuple, list, dict)):
                continue  # a computed property in a few locales
            for name in values:
                name = str(name).strip()
                if " " not in name and len(name) >= 3 and _latin(name) and name[0].isupper():
                    out.add(name.lower())
    return out


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from raremap.privacy.names import census_first_names

    english = {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    english |= {w.removesuffix("'s") for w in english}
    names = sorted(faker_first_names() - english - census_first_names())
    header = ("# First names of many countries, in Latin letters, that the US census lists lack and that are\n"
              "# not everyday English words. Written by scripts/derive_first_names.py from Faker's person\n"
              "# providers (MIT licence); do not edit by hand.\n")
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
