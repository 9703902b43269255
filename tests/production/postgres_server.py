"""A throwaway PostgreSQL cluster on 127.0.0.1 for tests that must stop and restart the
server. Uses Debian's binaries (``/usr/lib/postgresql/*/bin``); when run as root, the
cluster belongs to the ``postgres`` user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.live_site import free_port

#: util-linux's runuser lives in /usr/sbin, which a plain user's PATH may lack.
RUNUSER = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin") or "runuser"


def pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    if found:
        return found[-1].parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


class PostgresServer:
    def __init__(self, workdir: Path) -> None:
        """``workdir`` must be reachable by the postgres user (e.g. directly under /tmp)."""
        self.bin = pg_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed")
        self.dir = Path(workdir)
        self.data = self.dir / "data"
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        full = [RUNUSER, "-u", "postgres", "--", *cmd] if self.as_root else list(cmd)
        done = subprocess.run(full, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed: {done.stderr[-1500:]}")
        return done

    def init(self) -> PostgresServer:
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(self.dir, "postgres")
            os.chmod(self.dir, 0o700)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        self.start()
        self.psql("CREATE ROLE raremap LOGIN CREATEDB PASSWORD 'raremap'")
        return self

    def start(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w",
                  "-t", "60", "start", "-o", f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir}")

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def psql(self, sql: str, db: str = "postgres") -> str:
        done = subprocess.run([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                               "-d", db, "-v", "ON_ERROR_STOP=1", "-Atc", sql],
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr[-1500:]}")
        return done.stdout

    def create_database(self, name: str) -> str:
        self.psql(f"CREATE DATABASE {name} OWNER raremap")
        return f"postgres://raremap:raremap@127.0.0.1:{self.port}/{name}"
