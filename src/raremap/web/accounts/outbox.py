"""The file e-mail backend's outbox (``RAREMAP_EMAIL_DIR``) holds every message sent: its
recipient, and confirmation, reset and answer texts. Deleting an account removes the
messages addressed to it, like every other row about the person."""

from __future__ import annotations

from email import message_from_bytes
from email.utils import getaddresses
from pathlib import Path

from django.conf import settings

SEPARATOR = b"\n" + b"-" * 79 + b"\n"
FILE_BACKEND = "django.core.mail.backends.filebased.EmailBackend"


def _addressed_to(block: bytes, email: str) -> bool:
    message = message_from_bytes(block)
    headers = [str(v) for name in ("To", "Cc") for v in message.get_all(name, [])]
    return any(addr.strip().casefold() == email for _, addr in getaddresses(headers))


def forget(email: str) -> int:
    """Remove the outbox messages addressed to ``email`` (any letter case); returns how many."""
    folder = getattr(settings, "EMAIL_FILE_PATH", None)
    if settings.EMAIL_BACKEND != FILE_BACKEND or not folder or not Path(folder).is_dir():
        return 0
    email, removed = email.strip().casefold(), 0
    for path in Path(folder).iterdir():
        if not path.is_file():
            continue
        blocks = [b for b in path.read_bytes().split(SEPARATOR) if b.strip()]
        kept = [b for b in blocks if not _addressed_to(b, email)]
        if len(kept) == len(blocks):
            continue
        removed += len(blocks) - len(kept)
        if kept:
            path.write_bytes(b"".join(b + SEPARATOR for b in kept))
        else:
            path.unlink(missing_ok=True)
    return removed
