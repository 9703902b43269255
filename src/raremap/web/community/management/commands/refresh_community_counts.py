"""Recompute the community count snapshots (members, symptom reporters, countries).

Run it from cron (e.g. daily). A community's snapshot changes only when at least
RAREMAP_AGGREGATE_BATCH contributors joined, left or changed their reports since the last
one, so no refresh ever shows the difference one person makes. ``--force`` ignores the
period between refreshes, never the batch.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from raremap.web.community.aggregates import CommunitySnapshot, refresh
from raremap.web.community.models import Membership, SymptomReport


class Command(BaseCommand):
    help = "Recompute community count snapshots whose period has passed and whose batch is full."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true",
                            help="ignore the period between refreshes (the batch rule still holds)")

    def handle(self, *args, force: bool = False, **options):
        ids = (set(Membership.objects.values_list("disease_id", flat=True).distinct())
               | set(SymptomReport.objects.values_list("disease_id", flat=True).distinct())
               | set(CommunitySnapshot.objects.values_list("disease_id", flat=True)))
        updated = sum(1 for d in sorted(ids) if refresh(d, force=force)[1])
        self.stdout.write(f"{updated} of {len(ids)} community snapshots recomputed.")
