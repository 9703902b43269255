"""Content packs: curated facts, other names and answer text per disease, as YAML files.

A pack (``src/raremap/answers/packs/*.yaml``) looks like::

    pack: poems                       # the pack's name (the file's stem)
    diseases: [ORPHA:2905]            # the diseases it is about
    written_by: RareMap content team
    written_on: 2026-11-22
    review: null                      # or {reviewer: Dr X, reviewed_on: 2026-12-01}
    sources:                          # every citation the pack uses, by key
      dispenzieri-2023: {citation: "...", url: "...", id: "PMID:..."}
    facts:                            # for the page's facts box, before Orphanet's and HPO's
      inheritance: {text: "Not inherited (acquired)", sources: [a]}
      onset: {text: "Adults", sources: [a]}
    names:                            # other names, added to search by `raremap init`
      - {name: Crow-Fukase syndrome, sources: [orphanet]}
    answers:
      hereditary:                     # a question slug
        mode: replace                 # replace the composed answer, or "add" before it
        tldr: {text: "...", sources: [...]}
        sections:
          - heading: "..."
            statements:
              - {text: "...", sources: [a, b], cross_check: [c]}

Every statement needs at least one source that states it (``sources``: a document the
writer read); ``cross_check`` optionally names a second reference the writer knows states
the same fact, shown on pages as a cross-check that was not re-read. Unknown source keys,
questions or fields are errors. ``raremap init``
validates the packs and stores them in the knowledge artifact (section ``answers``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

PACK_DIR = Path(__file__).parent / "packs"
_DISEASE_ID = re.compile(r"^(OMIM|ORPHA|DECIPHER):\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MODES = ("replace", "add")  #: how a pack (or a curated answer) meets the composed answer
#: Facts a pack may give for the disease page's facts box (curated content comes first).
FACT_KEYS = ("inheritance", "onset")


class PackError(ValueError):
    """A content pack that cannot be used; the message names the file and the place."""


def pack_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or PACK_DIR).glob("*.yaml"))


def packs_version(directory: Path | None = None) -> str:
    """A short hash of the pack files' names and bytes: changes when any pack changes."""
    digest = hashlib.sha256()
    for path in pack_files(directory):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def pack_label(pack: dict) -> str:
    """How pages name a pack as a source: by its subject, never by its file or key."""
    return f"RareMap notes on {pack['title']}"


#: How notes of answers imported before packs were named by subject began.
_OLD_NOTE = re.compile(r"^Imported from pack ([\w-]+),")


def readable_note(note: str, packs: dict[str, dict]) -> str:
    """A revision note as staff read it: an older import note names its pack by its key
    ("Imported from pack poems, …"); name it by its subject instead, as new notes do."""
    m = _OLD_NOTE.match(note)
    if not m or m.group(1) not in packs:
        return note
    return f"Imported from {pack_label(packs[m.group(1)])}," + note[m.end():]


def load_packs(directory: Path | None = None) -> list[dict]:
    """Read and validate every pack of a folder; returns plain dicts (artifact-ready)."""
    import yaml

    packs = []
    for path in pack_files(directory):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise PackError(f"{path.name}: not valid YAML ({' '.join(str(exc).split())})") from exc
        packs.append(validate_pack(data, path.name))
    seen: dict[str, str] = {}
    for pack in packs:
        for disease_id in pack["diseases"]:
            if disease_id in seen:
                raise PackError(f"{pack['pack']}: {disease_id} is also covered by pack {seen[disease_id]}")
            seen[disease_id] = pack["pack"]
    return packs


def validate_pack(data: object, where: str) -> dict:
    """Check one pack's structure; raise :class:`PackError` with the first problem."""
    from raremap.answers.questions import UnknownQuestionError, get_question

    if not isinstance(data, dict):
        raise PackError(f"{where}: a pack must be a mapping")
    _only(data, {"pack", "title", "diseases", "written_by", "written_on", "review", "sources",
                 "names", "answers", "notes", "facts"}, where)  # fmt: skip
    name = _text(data, "pack", where)
    diseases = data.get("diseases")
    if not isinstance(diseases, list) or not diseases:
        raise PackError(f"{where}: 'diseases' must list at least one disease id")
    for d in diseases:
        if not isinstance(d, str) or not _DISEASE_ID.match(d):
            raise PackError(f"{where}: {d!r} is not a disease id like ORPHA:2905 or OMIM:219700")
    written_on = str(data.get("written_on", ""))
    if not _DATE.match(written_on):
        raise PackError(f"{where}: 'written_on' must be a date YYYY-MM-DD")
    review = data.get("review")
    if review is not None:
        if not isinstance(review, dict) or not review.get("reviewer") or not _DATE.match(str(review.get("reviewed_on", ""))):
            raise PackError(f"{where}: 'review' needs a named 'reviewer' and a 'reviewed_on' date, or null")
        review = {"reviewer": str(review["reviewer"]), "reviewed_on": str(review["reviewed_on"])}
    sources = data.get("sources") or {}
    if not isinstance(sources, dict) or not sources:
        raise PackError(f"{where}: 'sources' must map keys to citations")
    clean_sources = {}
    for key, src in sources.items():
        if not isinstance(src, dict) or not src.get("citation"):
            raise PackError(f"{where}: source {key!r} needs a 'citation'")
        _only(src, {"citation", "url", "id", "note"}, f"{where}: source {key}")
        clean_sources[str(key)] = {k: (str(v) if v is not None else None) for k, v in src.items()}
    names = []
    for i, entry in enumerate(data.get("names") or []):
        here = f"{where}: names[{i}]"
        if not isinstance(entry, dict):
            raise PackError(f"{here} must be a mapping with 'name' and 'sources'")
        _only(entry, {"name", "sources"}, here)
        names.append({"name": _text(entry, "name", here), "sources": _keys(entry, "sources", clean_sources, here)})
    facts = {}
    raw_facts = data.get("facts") or {}
    if not isinstance(raw_facts, dict):
        raise PackError(f"{where}: 'facts' must map inheritance/onset to a text and its sources")
    for key, fact in raw_facts.items():
        here = f"{where}: facts.{key}"
        if key not in FACT_KEYS:
            raise PackError(f"{here}: unknown fact (use {', '.join(FACT_KEYS)})")
        if not isinstance(fact, dict):
            raise PackError(f"{here} must be a mapping with 'text' and 'sources'")
        _only(fact, {"text", "sources"}, here)
        facts[key] = {"text": " ".join(_text(fact, "text", here).split()), "sources": _keys(fact, "sources", clean_sources, here)}
    answers = {}
    for slug, body in (data.get("answers") or {}).items():
        here = f"{where}: answers.{slug}"
        try:
            question = get_question(str(slug))
        except UnknownQuestionError as exc:
            raise PackError(f"{here}: {exc}") from None
        if question.slug != slug:
            raise PackError(f"{here}: use the question's slug {question.slug!r}")
        answers[slug] = _answer(body, clean_sources, here)
    return {
        "pack": name,
        "title": str(data.get("title") or name),
        "diseases": list(diseases),
        "written_by": _text(data, "written_by", where),
        "written_on": written_on,
        "review": review,
        "sources": clean_sources,
        "names": names,
        "answers": answers,
        "facts": facts,
    }


def _answer(body: object, sources: dict, where: str) -> dict:
    if not isinstance(body, dict):
        raise PackError(f"{where} must be a mapping")
    _only(body, {"mode", "tldr", "sections"}, where)
    mode = body.get("mode", "replace")
    if mode not in MODES:
        raise PackError(f"{where}: mode must be one of {', '.join(MODES)}")
    sections = []
    for i, sec in enumerate(body.get("sections") or []):
        here = f"{where}.sections[{i}]"
        if not isinstance(sec, dict):
            raise PackError(f"{here} must be a mapping")
        _only(sec, {"heading", "statements"}, here)
        statements = [_statement(s, sources, f"{here}.statements[{j}]") for j, s in enumerate(sec.get("statements") or [])]
        if not statements:
            raise PackError(f"{here}: a section needs statements")
        sections.append({"heading": _text(sec, "heading", here), "statements": statements})
    return {"mode": mode, "tldr": _statement(body.get("tldr"), sources, f"{where}.tldr"), "sections": sections}


def _statement(data: object, sources: dict, where: str) -> dict:
    if not isinstance(data, dict):
        raise PackError(f"{where} must be a mapping with 'text' and 'sources'")
    _only(data, {"text", "sources", "cross_check"}, where)
    return {
        "text": " ".join(_text(data, "text", where).split()),
        "sources": _keys(data, "sources", sources, where),
        "cross_check": _keys(data, "cross_check", sources, where, required=False),
    }


def _keys(data: dict, field: str, sources: dict, where: str, required: bool = True) -> list[str]:
    keys = data.get(field)
    if not required and keys is None:
        return []
    if not isinstance(keys, list) or (required and not keys):
        raise PackError(f"{where}: '{field}' must list at least one source key")
    for key in keys:
        if key not in sources:
            raise PackError(f"{where}: unknown source {key!r} (define it under 'sources')")
    return [str(k) for k in keys]


def _text(data: dict, field: str, where: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise PackError(f"{where}: '{field}' must be non-empty text")
    return value.strip()


def _only(data: dict, allowed: Iterable[str], where: str) -> None:
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise PackError(f"{where}: unknown field(s) {', '.join(map(str, extra))}")
