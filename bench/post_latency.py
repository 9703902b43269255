"""Time posting an experience through the real server, as a member would (form POST with
CSRF, de-identification, storing, redirect), one post at a time.

    python bench/post_latency.py [--posts 8]

Starts ``raremap serve`` (1 worker, warm-up on) over a fresh SQLite database with members of
the POEMS community, then POSTs to the answers' question page: plain texts (stored) and texts
with a phone number (the form asks to confirm). Prints each time and the median per kind.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.live_site import LiveSite, member_client  # noqa: E402

QUESTION = "/disease/ORPHA:2905/questions/hereditary/"
PLAIN = ("My haematologist explained that it is acquired, so my children are not at risk; "
         "nobody else in the family has had anything like it ({}).")
PERSONAL = "Call me on +49 151 234567{} if you want to talk about the numb feet."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=8, help="posts of each kind")
    args = parser.parse_args()
    with LiveSite(None, Path(tempfile.mkdtemp(prefix="post-latency-")), workers=1) as site:
        cookies = site.seed_members(2 * args.posts, "ORPHA:2905", prefix="bench")
        times: dict[str, list[float]] = {"stored": [], "asked to confirm": []}
        for i in range(args.posts):
            for kind, text, cookie in (("stored", PLAIN.format(i), cookies[2 * i]),
                                       ("asked to confirm", PERSONAL.format(i % 10), cookies[2 * i + 1])):
                with member_client(site, cookie) as client:
                    started = time.perf_counter()
                    response = client.post(QUESTION, data={"text": text})
                    elapsed = time.perf_counter() - started
                expected = 302 if kind == "stored" else 200
                if response.status_code != expected:
                    raise SystemExit(f"{kind}: HTTP {response.status_code}, expected {expected}")
                times[kind].append(elapsed)
        for kind, values in times.items():
            print(f"{kind:>17}: median {statistics.median(values) * 1000:.0f} ms, first {values[0] * 1000:.0f} ms, "
                  f"max {max(values) * 1000:.0f} ms over {len(values)} posts")


if __name__ == "__main__":
    main()
