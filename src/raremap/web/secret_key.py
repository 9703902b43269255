"""The SECRET_KEY file: read by the settings (never written there), created at first use by
``raremap serve``/``raremap manage`` and the WSGI entry point when no key is configured."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

FILE_NAME = "secret_key"
MIN_LENGTH = 32


def read_secret_key(path: Path) -> str:
    """The key in ``path``, or "" when it cannot be read or is too short (the system check
    ``raremap.E001`` says which)."""
    try:
        key = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return key if len(key) >= MIN_LENGTH else ""


def problem_with(path: Path) -> str | None:
    """Why ``path`` does not hold a usable key, or None."""
    try:
        key = Path(path).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return f"the secret key file {path} does not exist"
    except (OSError, UnicodeDecodeError) as exc:
        return f"the secret key file {path} cannot be read ({getattr(exc, 'strerror', None) or exc})"
    if len(key) < MIN_LENGTH:
        return f"the secret key in {path} is too short: delete the file to generate a new one"
    return None


def ensure_secret_key(path: Path) -> None:
    """Create ``path`` (mode 0600) holding a new key when it does not exist yet.

    The key is written to a temporary file and linked into place, so processes starting
    together agree on one complete key.
    """
    path = Path(path)
    if path.exists():
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secret_key.")
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


def ensure_configured_key() -> None:
    """At first use: generate the data directory's key unless a key or a key file is set."""
    if os.environ.get("RAREMAP_SECRET_KEY", "").strip() or os.environ.get("RAREMAP_SECRET_KEY_FILE", "").strip():
        return
    from raremap import paths

    ensure_secret_key(paths.data_dir() / FILE_NAME)
