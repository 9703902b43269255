from django.core.management.base import BaseCommand

from raremap.web.disease_ids import canonicalise
from raremap.web.ops.page_cache import bump_content_version


class Command(BaseCommand):
    help = ("Move rows stored under a merged twin's other id (OMIM:154700) to the disease's "
            "canonical id (ORPHA:558), merging duplicates. Safe to run again.")

    def handle(self, *args, **options):
        changes = canonicalise()
        for change in changes:
            for line in change.lines():
                self.stdout.write(line)
        if changes:
            bump_content_version()  # rows moved without save(): cached pages must not show the old state
        else:
            self.stdout.write("Every row already uses its disease's canonical id: nothing changed.")
