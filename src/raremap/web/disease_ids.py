"""Rows that name a disease store its canonical id.

Merged Orphanet/OMIM twins are one disease under the Orphanet id (``OMIM:154700`` →
``ORPHA:558``); pages, counts and the API look rows up by that id. Two halves keep every
row under it:

- on write: :func:`connect` hooks ``pre_save`` of every model with a ``disease_id`` field,
  so whatever creates or saves a row (a view, the admin, the API, a command) stores the
  canonical id;
- rows written before a merge: :func:`canonicalise` (the ``canonicalise_disease_ids``
  command, run by ``make run`` after ``migrate`` and when upgrading the knowledge release)
  moves them to the canonical id and merges rows that would then be duplicates.

Ids the knowledge base does not know are left as they are (never guessed at).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import pre_save

from raremap.web.knowledge import get_kb

FIELD = "disease_id"


def canonical(disease_id: str) -> str:
    """The canonical id of ``disease_id``, or ``disease_id`` unchanged when it is unknown."""
    return get_kb().diseases.resolve(disease_id) or disease_id


def models_with_disease_id() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if any(f.name == FIELD for f in m._meta.concrete_fields)]


def _rename_keeping_review(instance, new_id: str) -> None:
    """Set ``disease_id``; a reviewed curated answer stays reviewed (the review hash covers
    the disease id, and a twin's other id names the same disease)."""
    content_hash = getattr(instance, "content_hash", None)
    still_reviewed = callable(content_hash) and getattr(instance, "reviewed_hash", None) == content_hash()
    instance.disease_id = new_id
    if still_reviewed:
        instance.reviewed_hash = instance.content_hash()


def _on_save(sender, instance=None, raw=False, **kwargs) -> None:
    if raw or instance is None:  # loaddata / restore write rows exactly as given
        return
    given = getattr(instance, FIELD, None)
    if given:
        new_id = canonical(given)
        if new_id != given:
            _rename_keeping_review(instance, new_id)


def connect() -> None:
    for model in models_with_disease_id():
        pre_save.connect(_on_save, sender=model, dispatch_uid=f"raremap-canonical-disease-id-{model._meta.label}")


# -- existing rows ----------------------------------------------------------------------
@dataclass
class Change:
    """What :func:`canonicalise` did to one model (counts and ids only, no personal data)."""

    model: str
    moved: dict[tuple[str, str], int] = field(default_factory=dict)  # (old id, new id) -> rows
    merged: int = 0  # duplicates folded into the canonical row

    def lines(self) -> list[str]:
        out = [f"{self.model}: {n} row(s) {old} -> {new}" for (old, new), n in sorted(self.moved.items())]
        if self.merged:
            out.append(f"{self.model}: {self.merged} duplicate row(s) merged into the canonical one")
        return out


def canonicalise() -> list[Change]:
    """Move every row stored under a non-canonical disease id to the canonical id, merging
    the rows a unique constraint would otherwise refuse. Idempotent: a second run changes
    nothing and returns no changes."""
    aliases = get_kb().diseases.aliases
    changes = []
    with transaction.atomic():
        for model in models_with_disease_id():
            change = Change(model._meta.label)
            stale = sorted(set(model.objects.filter(disease_id__in=list(aliases))
                               .values_list(FIELD, flat=True)))
            for old in stale:
                change.merged += _MERGERS.get(model._meta.label, _no_duplicates)(model, old, aliases[old])
                rows = list(model.objects.filter(disease_id=old))
                for row in rows:
                    _rename_keeping_review(row, aliases[old])
                model.objects.bulk_update(rows, [FIELD, *(["reviewed_hash"] if hasattr(model, "content_hash") else [])])
                if rows:
                    change.moved[(old, aliases[old])] = len(rows)
            if change.moved or change.merged:
                changes.append(change)
    return changes


def _no_duplicates(model, old: str, new: str) -> int:
    return 0


def _merge_memberships(model, old: str, new: str) -> int:
    """One member in both communities keeps one membership: the canonical row's role, the
    earlier join date, its country filled in from the other when blank; the country is
    shared only when both rows agreed to share it."""
    merged = 0
    for other in model.objects.filter(disease_id=old, user__memberships__disease_id=new):
        kept = model.objects.get(user_id=other.user_id, disease_id=new)
        kept.joined = min(kept.joined, other.joined)
        kept.country = kept.country or other.country
        kept.share_country = kept.share_country and other.share_country
        model.objects.filter(pk=kept.pk).update(joined=kept.joined, country=kept.country,
                                                share_country=kept.share_country)
        other.delete()
        merged += 1
    return merged


def _merge_symptom_reports(model, old: str, new: str) -> int:
    """The same symptom reported under both ids is one report (the earlier one's date)."""
    merged = 0
    for other in model.objects.filter(disease_id=old):
        kept = model.objects.filter(user_id=other.user_id, disease_id=new, hpo_id=other.hpo_id).first()
        if kept is not None:
            model.objects.filter(pk=kept.pk).update(created=min(kept.created, other.created))
            other.delete()
            merged += 1
    return merged


def _merge_snapshots(model, old: str, new: str) -> int:
    """A count snapshot is derived data: the alias's is dropped; the canonical community's
    counts are recomputed from the merged rows under its own rules."""
    return model.objects.filter(disease_id=old).delete()[0]


def _merge_curated_answers(model, old: str, new: str) -> int:
    """Two published answers to one question: the later published stays, the other is
    archived as if replaced (its text and history are kept)."""
    archived = 0
    published = model.Status.PUBLISHED
    for other in model.objects.filter(disease_id=old, status=published):
        rivals = list(model.objects.filter(disease_id=new, question=other.question, status=published))
        if not rivals:
            continue
        ranked = sorted([other, *rivals], key=lambda a: (a.published_at is not None, a.published_at, a.pk))
        for older in ranked[:-1]:
            model.objects.filter(pk=older.pk).update(status=model.Status.ARCHIVED)
            older.revisions.create(status=model.Status.ARCHIVED, mode=older.mode, tldr=older.tldr,
                                   body=older.body, sources=older.sources,
                                   note="Replaced by the later published answer under the same disease's other id.")
            archived += 1
    return archived


_MERGERS = {
    "community.Membership": _merge_memberships,
    "community.SymptomReport": _merge_symptom_reports,
    "community.CommunitySnapshot": _merge_snapshots,
    "answers.CuratedAnswer": _merge_curated_answers,
}
