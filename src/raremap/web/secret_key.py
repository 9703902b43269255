"""The SECRET_KEY: from the environment, or generated once and kept in the data directory."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

FILE_NAME = "secret_key"


def load_or_create_secret_key(data_dir: Path) -> str:
    """Read ``data_dir/secret_key``, creating it (mode 0600) on first run.

    The key is written to a temporary file and linked into place, so gunicorn workers
    starting together agree on one complete key.
    """
    path = data_dir / FILE_NAME
    if not path.exists():
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".secret_key.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(secrets.token_urlsafe(50))
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        except OSError as exc:
            raise ImproperlyConfigured(f"Cannot create the secret key file {path}: {exc.strerror}.") from None
    key = path.read_text(encoding="utf-8").strip()
    if len(key) < 32:
        raise ImproperlyConfigured(f"The secret key in {path} is too short: delete the file to generate a new one.")
    return key
