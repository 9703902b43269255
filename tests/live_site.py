"""The one launcher of a real RareMap site for tests and benchmarks: ``raremap serve``
(gunicorn, preloaded app, N workers) on 127.0.0.1 against a database chosen by DATABASE_URL
(by default a fresh SQLite file in its work folder), with its mail written to that folder,
plus helpers to seed community members and read back what was stored. Browser tests
(``live_url``), fault tests, the shared-cache test and the load bench all start sites here.

Everything runs in subprocesses with their own environment, so the test process's Django
settings and database are untouched.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
RAREMAP = str(Path(sys.executable).with_name("raremap"))

SEED = """
import json, sys, django
django.setup()
from django.contrib.auth.models import Group, User
from django.test import Client
from raremap.web.accounts.models import Profile
from raremap.web.community.models import Membership
n, disease, prefix = int(sys.argv[1]), sys.argv[2], sys.argv[3]
member = Group.objects.get(name="member")
cookies = []
for i in range(n):
    u = User.objects.create_user(username=f"{prefix}-{i}", email=f"{prefix}{i}@example.org")
    Profile.objects.create(user=u, pseudonym=f"{prefix} member {i}", email_confirmed=True)
    u.groups.add(member)
    Membership.objects.create(user=u, disease_id=disease, role="patient")
    c = Client()
    c.force_login(u, backend="raremap.web.accounts.backends.EmailBackend")
    cookies.append(c.cookies["sessionid"].value)
print(json.dumps(cookies))
"""

STAFF = """
import json, sys, django
django.setup()
from django.contrib.auth.models import Group, User
from django.test import Client
from raremap.web.accounts.models import Profile
username, pseudonym, roles = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
u, _ = User.objects.get_or_create(username=username, defaults={"email": f"{username}@example.org"})
u.first_name, u.last_name = sys.argv[4], sys.argv[5]
u.save()
Profile.objects.get_or_create(user=u, defaults={"pseudonym": pseudonym, "email_confirmed": True})
u.groups.set([Group.objects.get(name=r) for r in roles])
c = Client()
c.force_login(u, backend="raremap.web.accounts.backends.EmailBackend")
print(json.dumps(c.cookies["sessionid"].value))
"""

TEXTS = """
import json, django
django.setup()
from raremap.web.community.models import Experience
print(json.dumps(list(Experience.objects.values_list("text", flat=True))))
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveSite:
    def __init__(self, database_url: str | None, workdir: Path, workers: int = 2, env: dict | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.workdir / "server.log"
        self.workers = workers
        database_url = database_url or f"sqlite:///{self.workdir / 'site.sqlite3'}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "raremap.web.settings",
            "DATABASE_URL": database_url,
            "RAREMAP_DEBUG": "0",
            "RAREMAP_SECRET_KEY": "live-site-" + secrets.token_hex(24),
            "RAREMAP_WEB_WORKERS": str(workers),
            "RAREMAP_EMAIL_DIR": str(self.workdir / "mail"),
            **(env or {}),
        }
        self.process: subprocess.Popen | None = None

    # -- lifecycle -------------------------------------------------------------------
    def manage(self, *args: str) -> str:
        done = subprocess.run([RAREMAP, "manage", *args], env=self.env, capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"raremap manage {' '.join(args)} failed: {done.stderr[-2000:]}")
        return done.stdout

    def python(self, code: str, *args: str) -> str:
        done = subprocess.run([sys.executable, "-c", code, *args], env=self.env, capture_output=True, text=True,
                              timeout=300, cwd=ROOT)
        if done.returncode != 0:
            raise RuntimeError(f"script failed: {done.stderr[-2000:]}")
        return done.stdout

    def start(self, timeout: float = 90) -> LiveSite:
        self.manage("migrate", "--noinput")
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            [RAREMAP, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(self.workers)],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_until_up(timeout)
        return self

    def wait_until_up(self, timeout: float = 60) -> float:
        """Seconds until /api/v1/health answers 200 (raises after ``timeout``)."""
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.base + "/api/v1/health", timeout=2).status_code == 200:
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"site not up after {timeout} s: {self.log_path.read_text()[-2000:]}")

    def __enter__(self) -> LiveSite:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    # -- inspection ------------------------------------------------------------------
    def worker_pids(self) -> list[int]:
        assert self.process is not None
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def rss_mb(self) -> float:
        """Memory of the master and its workers, in MiB: the sum of their proportional set
        sizes (PSS), so pages shared after fork (the knowledge base) count once, not once
        per worker as with RSS."""
        assert self.process is not None
        total = 0
        for pid in [self.process.pid, *self.worker_pids()]:
            try:
                for line in open(f"/proc/{pid}/smaps_rollup"):
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
            except (FileNotFoundError, ProcessLookupError):
                pass
        return total / 1024

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    # -- data ------------------------------------------------------------------------
    def seed_members(self, n: int, disease: str, prefix: str = "m") -> list[str]:
        """Create ``n`` confirmed members of ``disease``; returns their session cookies."""
        return json.loads(self.python(SEED, str(n), disease, prefix))

    def staff_session(self, username: str, pseudonym: str, roles: list[str],
                      first_name: str = "", last_name: str = "") -> str:
        """A confirmed account holding ``roles`` (group names); returns its session cookie."""
        return json.loads(self.python(STAFF, username, pseudonym, json.dumps(roles), first_name, last_name))

    def experience_texts(self) -> list[str]:
        return json.loads(self.python(TEXTS))


CSRF = "c" * 32  # any 32-character secret: Django compares the header with the cookie


def member_client(site: LiveSite, session: str, timeout: float = 30) -> httpx.Client:
    return httpx.Client(base_url=site.base, timeout=timeout, follow_redirects=False,
                        cookies={"sessionid": session, "csrftoken": CSRF},
                        headers={"X-CSRFToken": CSRF})


def post_experience(client: httpx.Client, disease: str, question: str, text: str) -> httpx.Response:
    return client.post(f"/community/{disease}/questions/{question}/", data={"text": text})
