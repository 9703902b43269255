from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from raremap.web.ops.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database (SQLite online backup or pg_dump) to a file."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="Where to write the backup.")
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        try:
            path = backup(options["file"], options["database"])
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backed up the database to {path} ({path.stat().st_size:,} bytes).")
