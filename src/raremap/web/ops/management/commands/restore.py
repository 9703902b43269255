from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from raremap.web.ops.backup import BackupError, restore


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by 'backup'."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="The backup file.")
        parser.add_argument("--database", default="default")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, **options):
        if not options["yes"] and input("This replaces every account, post and inquiry. Type 'yes': ") != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")
        try:
            restore(options["file"], options["database"])
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored the database from {options['file']}.")
