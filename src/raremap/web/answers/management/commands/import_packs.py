"""``raremap manage import_packs``: the content packs' answers as draft curated answers
(idempotent; ``make run`` runs it after migrating)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from raremap.answers.packs import PackError
from raremap.web.answers.importing import import_packs


class Command(BaseCommand):
    help = "Import the content packs' answers as draft curated answers (questions that have one are skipped)."

    def handle(self, *args, **options) -> None:
        try:
            done = import_packs()
        except PackError as exc:
            raise CommandError(str(exc)) from None
        created = [d for d in done if d.created]
        for d in created:
            self.stdout.write(f"Imported {d.disease_id} · {d.question} from pack {d.pack} (draft).")
        self.stdout.write(f"{len(created)} answers imported, {len(done) - len(created)} already there.")
