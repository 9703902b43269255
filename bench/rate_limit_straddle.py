"""The anonymous API limit across a window boundary, against two app servers (two workers
each) on one SQLite database, first with the database cache, then with Redis.

    python bench/rate_limit_straddle.py [--requests 150]

Waits for second 50 of a minute, sends half the requests alternating between the servers,
waits for the next minute, sends the other half. Each request carries a forged
``X-Forwarded-For`` entry left of the proxy's (``RAREMAP_NUM_PROXIES=1``): it changes
nothing. Prints how many got 200 and 429 (limit: 120 a minute).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.live_site import LiveSite  # noqa: E402
from tests.production.redis_server import RedisServer  # noqa: E402


def straddle(requests: int, cache_url: str | None) -> str:
    work = Path(tempfile.mkdtemp(prefix="straddle-"))
    env = {"RAREMAP_WARMUP": "0", "RAREMAP_NUM_PROXIES": "1", **({"RAREMAP_CACHE_URL": cache_url} if cache_url else {})}
    database = f"sqlite:///{work / 'site.sqlite3'}"
    first = LiveSite(database, work / "a", workers=2, env=env).start()
    second = LiveSite(database, work / "b", workers=2, env={**env, "RAREMAP_SECRET_KEY": first.env["RAREMAP_SECRET_KEY"]})
    try:
        second.start()
        while not 50 <= time.time() % 60 < 52:
            time.sleep(0.2)
        codes, sites = [], itertools.cycle((first, second))
        for i in range(requests):
            if i == requests // 2:
                while time.time() % 60 > 5:
                    time.sleep(0.05)
            forged = {"X-Forwarded-For": f"10.9.{i % 250}.1, 198.51.100.23"}
            codes.append(httpx.get(next(sites).base + "/api/v1/sources", headers=forged, timeout=30).status_code)
        after = codes[requests // 2:]
        return (f"{cache_url or 'database cache'}: {codes.count(200)} × 200, {codes.count(429)} × 429 "
                f"({after.count(200)} of the {len(after)} after the boundary)")
    finally:
        first.stop()
        second.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=150)
    args = parser.parse_args()
    print(straddle(args.requests, None))
    redis = RedisServer(Path(tempfile.mkdtemp(prefix="straddle-redis-"))).start()
    try:
        print(straddle(args.requests, redis.url).replace(redis.url, "Redis"))
    finally:
        redis.stop()


if __name__ == "__main__":
    main()
