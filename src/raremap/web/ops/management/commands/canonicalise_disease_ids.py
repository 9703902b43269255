from django.core.management.base import BaseCommand

from raremap.web.community.aggregates import refresh
from raremap.web.disease_ids import canonicalise
from raremap.web.ops.page_cache import bump_content_version

COUNTED = {"community.Membership", "community.SymptomReport"}


class Command(BaseCommand):
    help = ("Move rows stored under a merged twin's other id (OMIM:154700) to the disease's "
            "canonical id (ORPHA:558), merging duplicates. Safe to run again.")

    def handle(self, *args, **options):
        changes = canonicalise()
        for change in changes:
            for line in change.lines():
                self.stdout.write(line)
        if not changes:
            self.stdout.write("Every row already uses its disease's canonical id: nothing changed.")
            return
        # The communities that gained contributors count them now where the batch rule
        # allows (never the difference one person makes), not at the next scheduled refresh.
        for disease_id in sorted({new for c in changes if c.model in COUNTED for _, new in c.moved}):
            refresh(disease_id, force=True)
        bump_content_version()  # rows moved without save(): cached pages must not show the old state
