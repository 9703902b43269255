"""Mixed-traffic load and soak against a real site: ``raremap serve`` (gunicorn, N workers)
on 127.0.0.1, driven by C concurrent clients for a fixed time.

Run:  .venv/bin/python bench/load/run.py [--clients 50] [--think 1.0] [--duration 60] [--workers 3]
                                          [--database-url sqlite:///…|postgres://…] [--json out.json]
      (soak: --duration 600)

Each client is a person who waits an exponential think time (mean --think seconds) between
requests; --think 0 is a closed loop that measures saturation instead.

Traffic (weights): disease pages 33 (anonymous, served through the page cache), answer
pages 15, site search 25, ranking through the API 20, uncached disease pages 5 (a unique
query string defeats the page cache: the same-run baseline for the cache), member posts 2.
Disease ids are drawn with Zipf-like popularity from 600 diseases; ranking queries are 3–6
features of a random disease. Printed: per-kind count, p50/p95/p99 ms, errors (any status
other than 200, or 302 for posts, and transport errors), "database is locked" lines in the
server log, memory (RSS of master + workers) after warm-up and at the end, and whether every
acknowledged post is in the database. The anonymous API rate limit is switched off for the
run (all clients share one address).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.live_site import CSRF, LiveSite  # noqa: E402

WEIGHTS = {"disease": 33, "answer": 15, "search": 25, "ranking": 20, "disease_uncached": 5, "post": 2}
QUESTIONS = ["what-is-it", "symptoms", "causes", "hereditary", "diagnosis", "treatment"]
SEARCHES = ["poems", "poems syndrom", "marfan", "neuropathy", "ehlers danlos", "fabry", "cystic fibrosis",
            "seizures", "short stature", "hearing loss", "muscle weakness", "huntington", "wilson disease",
            "tuberous sclerosis", "rett", "gaucher", "pompe", "amyloidosis", "ataxia", "myopathy"]
POEMS = "ORPHA:2905"


def plan(seed: int = 7) -> dict:
    """URLs and ranking bodies, built from the real knowledge base."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raremap.web.settings")
    import django

    django.setup()
    from raremap.knowledge import load_knowledge
    from raremap.knowledge.pages import disease_page
    from raremap.sections import SECTIONS
    from raremap.web.pages.links import disease_url

    kb = load_knowledge(sections=SECTIONS)
    rng = random.Random(seed)
    ids = rng.sample(list(kb.diseases.ids), 600)
    if POEMS not in ids:
        ids[0] = POEMS
    rankings = []
    for did in rng.sample(ids, 200):
        feats = [f["hpo_id"] for b in disease_page(kb, did)["bands"] for f in b["features"]]
        if len(feats) >= 3:
            rankings.append({"present": rng.sample(feats, min(len(feats), rng.randint(3, 6))), "limit": 10})
    return {"diseases": [disease_url(kb, d) for d in ids], "ids": ids, "rankings": rankings}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = max(0, min(len(values) - 1, int(round(q / 100 * (len(values) - 1)))))
    return values[k]


class Load:
    def __init__(self, site: LiveSite, urls: dict, sessions: list[str], seed: int) -> None:
        self.site, self.urls, self.sessions = site, urls, sessions
        self.rng = random.Random(seed)
        n = len(urls["diseases"])
        self.zipf = [1 / (i + 1) for i in range(n)]
        self.latency: dict[str, list[float]] = {k: [] for k in WEIGHTS}
        self.errors: dict[str, int] = {k: 0 for k in WEIGHTS}
        self.error_kinds: dict[str, int] = {}
        self.memory: list[tuple[float, float]] = []
        self.statuses: dict[int, int] = {}
        self.cache_hits = 0
        self.acknowledged: list[str] = []
        self.post_i = 0

    def _disease(self) -> int:
        return self.rng.choices(range(len(self.zipf)), weights=self.zipf)[0]

    async def one(self, client: httpx.AsyncClient) -> None:
        kind = self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        expected = 200
        kwargs: dict = {}
        if kind == "disease":
            method, url = "GET", self.urls["diseases"][self._disease()]
        elif kind == "disease_uncached":
            method, url = "GET", self.urls["diseases"][self._disease()] + f"?nocache={uuid.uuid4().hex}"
        elif kind == "answer":
            method, url = "GET", f"/disease/{self.urls['ids'][self._disease() % 100]}/questions/{self.rng.choice(QUESTIONS)}/"
        elif kind == "search":
            method, url = "GET", "/search/?" + httpx.QueryParams({"q": self.rng.choice(SEARCHES)}).__str__()
        elif kind == "ranking":
            method, url = "POST", "/api/v1/ranking"
            kwargs["json"] = self.rng.choice(self.urls["rankings"])
        else:
            method, url, expected = "POST", f"/community/{POEMS}/questions/{self.rng.choice(QUESTIONS)}/", 302
            session = self.sessions[self.post_i % len(self.sessions)]
            self.post_i += 1
            text = f"Load post {uuid.uuid4().hex}: tingling in my feet came first, then tiredness."
            kwargs = {"data": {"text": text},
                      "headers": {"X-CSRFToken": CSRF, "Cookie": f"sessionid={session}; csrftoken={CSRF}"}}
        started = time.perf_counter()
        try:
            r = await client.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            self.errors[kind] += 1
            self.error_kinds[type(exc).__name__] = self.error_kinds.get(type(exc).__name__, 0) + 1
            return
        finally:
            client.cookies.clear()  # every request comes from a fresh, cookie-less visitor
        elapsed = (time.perf_counter() - started) * 1000
        self.statuses[r.status_code] = self.statuses.get(r.status_code, 0) + 1
        if r.status_code != expected:
            self.errors[kind] += 1
            self.error_kinds[f"HTTP {r.status_code}"] = self.error_kinds.get(f"HTTP {r.status_code}", 0) + 1
            return
        if kind == "post":
            self.acknowledged.append(text)
        if r.headers.get("x-cache") == "hit":
            self.cache_hits += 1
        self.latency[kind].append(elapsed)

    async def run(self, clients: int, seconds: float, think: float) -> None:
        """``clients`` simulated people; each waits an exponential think time (mean
        ``think`` seconds; 0 = closed loop, as fast as the site answers) between requests."""
        deadline = time.monotonic() + seconds
        # Idle connections are dropped before gunicorn's 5 s keep-alive ends, so the client never
        # sends on a connection the server is closing (that race shows up as ReadError).
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=3.0)
        async with httpx.AsyncClient(base_url=self.site.base, timeout=30, limits=limits, follow_redirects=False) as client:
            async def worker() -> None:
                while time.monotonic() < deadline:
                    await self.one(client)
                    if think > 0:
                        await asyncio.sleep(self.rng.expovariate(1 / think))
            async def sample_memory() -> None:
                started = time.monotonic()
                while time.monotonic() < deadline:
                    self.memory.append((time.monotonic() - started, self.site.rss_mb()))
                    await asyncio.sleep(min(60.0, max(5.0, seconds / 10)))

            await asyncio.gather(sample_memory(), *(worker() for _ in range(clients)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60, help="seconds of measured traffic")
    ap.add_argument("--warmup", type=float, default=15, help="seconds of unmeasured traffic first")
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--think", type=float, default=1.0,
                    help="mean seconds each client waits between requests (0: closed loop)")
    ap.add_argument("--cache-url", default="file", help="RAREMAP_CACHE_URL for the site ('file': a folder shared by its workers)")
    ap.add_argument("--database-url", default="")
    ap.add_argument("--members", type=int, default=300)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="raremap-load-"))
    url = args.database_url or f"sqlite:///{work / 'load.sqlite3'}"
    print("Planning traffic from the knowledge base…", flush=True)
    urls = plan(args.seed)
    cache_url = f"file://{work / 'cache'}" if args.cache_url == "file" else args.cache_url
    site = LiveSite(url, work, workers=args.workers,
                    env={"RAREMAP_API_ANON_RATE": "0", "RAREMAP_CACHE_URL": cache_url}).start()
    try:
        sessions = site.seed_members(args.members, POEMS, prefix="load")
        print(f"Site up on {site.base} ({args.workers} workers, {url.split(':')[0]}); {len(sessions)} members; "
              f"warming up {args.warmup:.0f} s…", flush=True)
        warm = Load(site, urls, sessions, args.seed + 1)
        asyncio.run(warm.run(args.clients, args.warmup, args.think))
        rss_start = site.rss_mb()
        load = Load(site, urls, sessions, args.seed + 2)
        load.post_i = warm.post_i
        started = time.monotonic()
        asyncio.run(load.run(args.clients, args.duration, args.think))
        wall = time.monotonic() - started
        rss_end = site.rss_mb()
        locked = site.log().count("database is locked")
        stored = set(site.experience_texts())
    finally:
        site.stop()

    total = sum(len(v) for v in load.latency.values()) + sum(load.errors.values())
    rows = {}
    print(f"\n{total} requests in {wall:.0f} s ({total / wall:.0f}/s) from {args.clients} clients; "
          f"page-cache hits {load.cache_hits}; think time {args.think} s; cache {cache_url.split(':')[0]}")
    print(f"{'kind':18} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for kind, values in load.latency.items():
        rows[kind] = {"n": len(values), "p50": percentile(values, 50), "p95": percentile(values, 95),
                      "p99": percentile(values, 99), "errors": load.errors[kind]}
        r = rows[kind]
        print(f"{kind:18} {r['n']:>6} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f} {r['errors']:>7}")
    lost = [t for t in load.acknowledged if t not in stored]
    growth = (rss_end - rss_start) / rss_start * 100
    ratio = rows["disease_uncached"]["p95"] / rows["disease"]["p95"] if rows["disease"]["p95"] else float("nan")
    print(f"\nbaseline: uncached disease page p95 / cached p95 = {ratio:.1f}x (same run)")
    print(f"statuses: {dict(sorted(load.statuses.items()))}; errors by kind: {load.error_kinds or 'none'}")
    print("memory timeline (s: MiB PSS): " + ", ".join(f"{t:.0f}: {m:.0f}" for t, m in load.memory))
    print(f'"database is locked" in server log: {locked}')
    print(f"memory (PSS of master + workers): {rss_start:.0f} MiB after warm-up -> {rss_end:.0f} MiB at end ({growth:+.1f}%)")
    print(f"posts acknowledged {len(load.acknowledged)}, missing from the database {len(lost)}")
    print(f"mean request time across kinds: {statistics.fmean([v for vs in load.latency.values() for v in vs]):.1f} ms")
    if args.json:
        args.json.write_text(json.dumps({
            "args": {k: str(v) for k, v in vars(args).items()}, "wall_s": wall, "requests": total, "kinds": rows,
            "statuses": load.statuses, "db_locked": locked, "rss_start_mb": rss_start, "rss_end_mb": rss_end,
            "rss_growth_pct": growth, "memory_timeline": load.memory, "error_kinds": load.error_kinds, "acknowledged": len(load.acknowledged), "lost": len(lost),
            "cache_ratio": ratio}, indent=1))


if __name__ == "__main__":
    main()
