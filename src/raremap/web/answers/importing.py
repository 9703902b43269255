"""Content packs into curated answers, so editors edit the pack's words in the site instead
of retyping them. Each answer of each pack becomes a draft curated answer whose first
revision says where it came from ("Imported from RareMap notes on POEMS syndrome, written by …
on …": the pack by its subject, never by its key). The
import is idempotent: a question that already has a curated answer (imported before, or
written by an editor) is left alone. A pack's own review cannot be carried over: a review
in the site is signed by a reviewer account, so imported answers start as drafts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from raremap.answers.packs import pack_label
from raremap.web.answers.models import AnswerRevision, CuratedAnswer


@dataclass(frozen=True)
class Imported:
    pack: str
    disease_id: str
    question: str
    created: bool


def import_packs(packs: list[dict] | None = None) -> list[Imported]:
    """Import every answer of ``packs`` (default: the project's packs) not imported yet."""
    from raremap.answers.packs import load_packs

    out = []
    for pack in load_packs() if packs is None else packs:
        for disease_id in pack["diseases"]:
            for slug, answer in pack["answers"].items():
                created = _import_one(pack, disease_id, slug, answer)
                out.append(Imported(pack["pack"], disease_id, slug, created))
    return out


@transaction.atomic
def _import_one(pack: dict, disease_id: str, slug: str, answer: dict) -> bool:
    if CuratedAnswer.objects.for_question(disease_id, slug).exists():
        return False
    curated = CuratedAnswer(disease_id=disease_id, question=slug, mode=answer["mode"],
                            tldr=answer["tldr"]["text"], body=pack_body(answer),
                            sources="\n".join(source_lines(pack, answer)))
    note = f"Imported from {pack_label(pack)}, written by {pack['written_by']} on {pack['written_on']}."
    if pack.get("review"):
        note += f" The pack was reviewed by {pack['review']['reviewer']} on {pack['review']['reviewed_on']}."
    curated.full_clean()
    curated.save(note=note[:200])
    # The first revision is dated when the pack was written: the answer's history starts there.
    written = timezone.make_aware(datetime.combine(datetime.fromisoformat(pack["written_on"]).date(), time(12)))
    AnswerRevision.objects.filter(answer=curated).update(changed_at=written)
    return True


def pack_body(answer: dict) -> str:
    """The sections as the curated answer's body: a "## " heading, then one paragraph per
    statement."""
    parts = []
    for section in answer["sections"]:
        parts.append(f"## {section['heading']}\n" + "\n\n".join(st["text"] for st in section["statements"]))
    return "\n\n".join(parts)


def source_lines(pack: dict, answer: dict) -> list[str]:
    """One line per source the answer uses, in order of first use: the citation, then its
    id or address so the page can link it; cross-checks say that they were not re-read."""
    statements = [answer["tldr"]] + [st for sec in answer["sections"] for st in sec["statements"]]
    read: list[str] = []
    checks: list[str] = []
    for st in statements:
        read += [k for k in st["sources"] if k not in read]
        checks += [k for k in st.get("cross_check", []) if k not in checks]
    lines = [_line(pack["sources"][k]) for k in read]
    lines += [_line(pack["sources"][k]) + " (cross-check, not re-read)" for k in checks if k not in read]
    return lines


def _line(source: dict) -> str:
    link = source.get("url") or source.get("id") or ""
    return f"{source['citation']} {link}".strip()
