"""Backing up and restoring the database: everything people created (accounts, posts,
inquiries, curated answers). The knowledge artifact is not backed up: ``raremap init``
rebuilds it from the HPO release.

SQLite uses SQLite's online backup API, so a backup taken while the site serves is a
consistent snapshot and a restore replaces the live file's contents page by page under a
lock. PostgreSQL uses ``pg_dump --format=custom`` and ``pg_restore --clean --if-exists
--single-transaction`` (a failed restore changes nothing).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


class BackupError(RuntimeError):
    """A backup or restore that could not be done; the message says why."""


def _is_sqlite(alias: str) -> bool:
    return connections[alias].vendor == "sqlite"


def _pg_env(settings: dict) -> tuple[list[str], dict]:
    env = dict(os.environ)
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings["PASSWORD"])
    args = ["--host", str(settings.get("HOST") or "localhost"), "--port", str(settings.get("PORT") or 5432)]
    if settings.get("USER"):
        args += ["--username", str(settings["USER"])]
    return args, env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise BackupError(f"{name} is not installed; install PostgreSQL's client tools (apt-get install postgresql-client).")


def backup(destination: Path, alias: str = "default") -> Path:
    """Write a backup of the database to ``destination`` (a file) and return its path."""
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    conn = connections[alias]
    if _is_sqlite(alias):
        source = sqlite3.connect(str(conn.settings_dict["NAME"]))
        target = sqlite3.connect(str(destination))
        try:
            with target:
                source.backup(target)
        finally:
            target.close()
            source.close()
        return destination
    args, env = _pg_env(conn.settings_dict)
    cmd = [_tool("pg_dump"), *args, "--format=custom", "--no-owner", "--file", str(destination), conn.settings_dict["NAME"]]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return destination


def restore(source: Path, alias: str = "default") -> None:
    """Replace the database's contents with a backup made by :func:`backup`."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"{source} is not a backup file.")
    conn = connections[alias]
    if _is_sqlite(alias):
        try:
            check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            check.close()
        except sqlite3.DatabaseError:
            ok = False
        if not ok:
            raise BackupError(f"{source} is not a valid SQLite backup; nothing was changed.")
        conn.close()
        src = sqlite3.connect(str(source))
        dst = sqlite3.connect(str(conn.settings_dict["NAME"]), timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        return
    with open(source, "rb") as handle:
        if handle.read(5) != b"PGDMP":
            raise BackupError(f"{source} is not a pg_dump custom-format backup; nothing was changed.")
    conn.close()
    args, env = _pg_env(conn.settings_dict)
    cmd = [_tool("pg_restore"), *args, "--clean", "--if-exists", "--no-owner", "--single-transaction",
           "--exit-on-error", "--dbname", conn.settings_dict["NAME"], str(source)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise BackupError(f"pg_restore failed, nothing was changed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
