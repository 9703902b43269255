"""Write src/raremap/privacy/data/surname_words.txt: the US census surnames (``dist.all.last`` of the
``names`` package) that are also everyday English words ("Brown", "Young", "Hill", "Church"), which
the detector's surname list leaves out so that "the Royal Brown bread" or "Jo Hill walk" read as words.

Source of the words: Debian's ``wamerican`` list (/usr/share/dict/american-english), any entry in
small letters. The list is needed only to run this script, not by RareMap:

    apt-get install wamerican
    python scripts/derive_surname_words.py
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/raremap/privacy/data/surname_words.txt"
WORDS = Path("/usr/share/dict/american-english")


def main() -> None:
    english = {w.strip() for w in WORDS.read_text(encoding="utf-8").splitlines() if w.strip().islower()}
    english |= {w.removesuffix("'s") for w in english}
    census = resources.files("names").joinpath("dist.all.last").read_text().splitlines()
    words = sorted({line.split()[0].lower() for line in census if line.strip()} & english)
    header = ("# US census surnames (dist.all.last of the names package) that are also everyday English words,\n"
              "# left out of the detector's surname list. One word a line, in small letters. Written by\n"
              "# scripts/derive_surname_words.py from Debian's wamerican word list; do not edit by hand.\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
