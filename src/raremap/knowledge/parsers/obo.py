"""Parser for hp.obo (OBO flat file format 1.2), [Term] stanzas only."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from raremap.knowledge.parsers.errors import ParseError

_QUOTED = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*(.*)$')
_HP_ID = re.compile(r"^HP:\d{7}$")


@dataclass
class RawTerm:
    id: str
    name: str = ""
    definition: str = ""
    comment: str = ""
    synonyms: list[tuple[str, str, str]] = field(default_factory=list)  # (text, scope, kind)
    xrefs: list[str] = field(default_factory=list)
    alt_ids: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    is_obsolete: bool = False
    replaced_by: str | None = None
    consider: list[str] = field(default_factory=list)


@dataclass
class OboHeader:
    data_version: str = ""
    version_info: str = ""

    @property
    def release(self) -> str:
        """The release date, e.g. ``2025-01-16``."""
        m = re.search(r"\d{4}-\d{2}-\d{2}", self.version_info or self.data_version)
        return m.group(0) if m else ""


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _strip_trailing_modifiers(value: str) -> str:
    # "HP:0000001 ! All" -> "HP:0000001"; "HP:1 {source=...}" -> "HP:1"
    return value.split("!", 1)[0].split("{", 1)[0].strip()


def parse_obo(lines: Iterable[str], source: str = "hp.obo") -> tuple[OboHeader, list[RawTerm]]:
    """Read hp.obo lines into a header and the list of terms (obsolete ones included)."""
    header = OboHeader()
    terms: list[RawTerm] = []
    current: RawTerm | None = None
    stanza: str | None = None  # None = header, "Term", or another stanza type (skipped)
    line_no = 0
    for line_no, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.startswith("!"):
            continue
        if line.startswith("["):
            if not line.rstrip().endswith("]"):
                raise ParseError(source, line_no, f"stanza header {line!r} is not closed")
            if current is not None:
                _finish(current, source, line_no)
                terms.append(current)
                current = None
            stanza = line.strip()[1:-1]
            continue
        tag, sep, value = line.partition(":")
        if not sep:
            raise ParseError(source, line_no, f"expected 'tag: value', found {line[:60]!r}")
        tag, value = tag.strip(), value.strip()
        if stanza is None:
            if tag == "data-version":
                header.data_version = value
            elif tag == "property_value" and value.startswith("owl:versionInfo"):
                m = _QUOTED.match(value.split(" ", 1)[1])
                header.version_info = m.group(1) if m else ""
            continue
        if stanza != "Term":
            continue
        if tag == "id":
            if current is not None:
                raise ParseError(source, line_no, "a second 'id' in one [Term] stanza")
            if not _HP_ID.match(value):
                raise ParseError(source, line_no, f"{value!r} is not an HPO id (HP:nnnnnnn)")
            current = RawTerm(id=value)
            continue
        if current is None:
            raise ParseError(source, line_no, f"'{tag}' comes before the term's 'id'")
        _read_tag(current, tag, value, source, line_no)
    if current is not None:
        _finish(current, source, line_no)
        terms.append(current)
    return header, terms


def _read_tag(term: RawTerm, tag: str, value: str, source: str, line_no: int) -> None:
    if tag == "name":
        term.name = value
    elif tag == "def":
        m = _QUOTED.match(value)
        if not m:
            raise ParseError(source, line_no, "a definition must be a quoted string")
        term.definition = _unescape(m.group(1))
    elif tag == "comment":
        term.comment = value
    elif tag == "synonym":
        m = _QUOTED.match(value)
        if not m:
            raise ParseError(source, line_no, "a synonym must start with a quoted string")
        rest = m.group(2).split("[", 1)[0].split()
        if not rest or rest[0] not in ("EXACT", "RELATED", "BROAD", "NARROW"):
            raise ParseError(source, line_no, "a synonym needs a scope: EXACT, RELATED, BROAD or NARROW")
        kind = rest[1] if len(rest) > 1 else ""
        term.synonyms.append((_unescape(m.group(1)), rest[0], kind))
    elif tag == "xref":
        term.xrefs.append(value.split(" ", 1)[0])
    elif tag == "alt_id":
        term.alt_ids.append(value)
    elif tag == "is_a":
        parent = _strip_trailing_modifiers(value)
        if not _HP_ID.match(parent):
            raise ParseError(source, line_no, f"is_a names {parent!r}, which is not an HPO id")
        term.parents.append(parent)
    elif tag == "is_obsolete":
        term.is_obsolete = value == "true"
    elif tag == "replaced_by":
        term.replaced_by = _strip_trailing_modifiers(value)
    elif tag == "consider":
        term.consider.append(_strip_trailing_modifiers(value))


def _finish(term: RawTerm, source: str, line_no: int) -> None:
    if not term.name:
        raise ParseError(source, line_no, f"term {term.id} has no name")


def iter_lines(path) -> Iterator[str]:
    with open(path, encoding="utf-8") as handle:
        yield from handle
