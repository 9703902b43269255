"""Faults on a real site: a worker killed mid-write and PostgreSQL restarted under traffic.

The promise checked: every post the site acknowledged (302 to the question page) is in the
database afterwards, nothing answered 500, and the service recovered without anyone
restarting it. Posts are community experiences (the community's write endpoint).
"""

from __future__ import annotations

import os
import signal
import threading
import time
import uuid

import httpx
import pytest

from tests.live_site import LiveSite, member_client, post_experience

POEMS = "ORPHA:2905"
QUESTIONS = ["hereditary", "symptoms", "diagnosis", "treatment"]
pytestmark = [pytest.mark.slow, pytest.mark.faults]


class Writers:
    """Threads that post experiences until stopped, recording what was acknowledged."""

    def __init__(self, site: LiveSite, sessions: list[str], per_member: int = 8) -> None:
        self.site, self.sessions, self.per_member = site, sessions, per_member
        self.acknowledged: list[str] = []
        self.statuses: list[int] = []
        self.transport_errors = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def _run(self, sessions: list[str]) -> None:
        for session in sessions:
            with member_client(self.site, session) as client:
                for n in range(self.per_member):  # the community allows 10 posts an hour per member
                    if self.stop.is_set():
                        return
                    text = f"Fault test post {uuid.uuid4().hex}: my neuropathy started in the feet {n}."
                    try:
                        r = post_experience(client, POEMS, QUESTIONS[n % len(QUESTIONS)], text)
                    except httpx.TransportError:
                        with self.lock:
                            self.transport_errors += 1  # the connection died with the worker: not acknowledged
                        continue
                    with self.lock:
                        self.statuses.append(r.status_code)
                        if r.status_code == 302 and "/questions/" in r.headers.get("location", ""):
                            self.acknowledged.append(text)

    def start(self, threads: int = 6) -> list[threading.Thread]:
        chunks = [self.sessions[i::threads] for i in range(threads)]
        self.threads = [threading.Thread(target=self._run, args=(c,), daemon=True) for c in chunks]
        for t in self.threads:
            t.start()
        return self.threads

    def wait_for(self, count: int, timeout: float = 120) -> None:
        """Until ``count`` posts are acknowledged (the first post of a worker loads the
        de-identification model, which takes seconds on a busy machine)."""
        started = time.monotonic()
        while len(self.acknowledged) < count:
            assert time.monotonic() - started < timeout, (
                f"only {len(self.acknowledged)} posts acknowledged in {timeout} s; statuses {self.statuses[-10:]}")
            time.sleep(0.2)

    def join(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(120)


@pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
def test_sigkill_of_a_worker_during_writes_loses_no_acknowledged_post(database_url, tmp_path, kb):
    site = LiveSite(database_url, tmp_path / "site", workers=2).start()
    try:
        writers = Writers(site, site.seed_members(60, POEMS, prefix="kill"))
        writers.start()
        writers.wait_for(3)
        before = site.worker_pids()
        victim = before[0]
        os.kill(victim, signal.SIGKILL)
        acknowledged_at_kill = len(writers.acknowledged)
        writers.wait_for(acknowledged_at_kill + 5)  # the site kept accepting posts
        writers.join()
        # The master replaced the killed worker by itself.
        after = site.worker_pids()
        assert victim not in after and len(after) == len(before)
        assert site.wait_until_up(30) < 30
        stored = set(site.experience_texts())
        lost = [t for t in writers.acknowledged if t not in stored]
        assert lost == []
        assert 500 not in writers.statuses
    finally:
        site.stop()


def test_postgres_restart_during_traffic_gives_503s_then_recovers_without_losing_posts(postgres, tmp_path, kb):
    url = postgres.create_database("restart_traffic")
    # No page cache, so every disease page really needs the database during the outage.
    site = LiveSite(url, tmp_path / "site", workers=2, env={"RAREMAP_PAGE_CACHE_SECONDS": "0"}).start()
    try:
        writers = Writers(site, site.seed_members(40, POEMS, prefix="restart"), per_member=6)
        reads: list[int] = []
        outage_pages: list[httpx.Response] = []
        stop_reads = threading.Event()

        def reader() -> None:
            with httpx.Client(base_url=site.base, timeout=30) as client:
                while not stop_reads.is_set():
                    try:
                        r = client.get(f"/community/{POEMS}/")
                    except httpx.TransportError:
                        reads.append(-1)
                        continue
                    reads.append(r.status_code)
                    if r.status_code == 503 and len(outage_pages) < 3:
                        outage_pages.append(r)

        readers = [threading.Thread(target=reader, daemon=True) for _ in range(3)]
        for t in readers:
            t.start()
        writers.start(threads=4)
        writers.wait_for(3)
        postgres.stop()
        time.sleep(3.0)  # the outage: requests keep coming
        postgres.start()
        recovered_after = _seconds_until_ok(site.base + f"/community/{POEMS}/", timeout=30)
        time.sleep(1.5)
        stop_reads.set()
        writers.join()
        for t in readers:
            t.join(30)

        assert 503 in reads, "no request hit the outage: the test did not exercise it"
        assert 500 not in reads and 500 not in writers.statuses and -1 not in reads
        page = outage_pages[0]
        assert page.headers["Retry-After"].isdigit() and "Back in a moment" in page.text
        assert recovered_after < 30
        assert reads[-1] == 200
        stored = set(site.experience_texts())
        assert writers.acknowledged and [t for t in writers.acknowledged if t not in stored] == []
    finally:
        site.stop()


def _seconds_until_ok(url: str, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return time.monotonic() - started
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    return float("inf")
