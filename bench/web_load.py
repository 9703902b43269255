"""Load benchmark of the website: ``raremap serve`` (gunicorn + whitenoise) on loopback,
driven by wrk at 20 concurrent connections.

Run:  .venv/bin/python bench/web_load.py [--seconds 10] [--connections 20] [--workers 2] [--threads 4]
      [--page-cache off|on|both]   (default both: first every page rendered, then as deployed)

Scenarios (each for --seconds after a 2 s warm-up, all in the same run):
- baseline: a static file through whitenoise, and the trivial JSON view ``/search/suggest``
  with no query (the whole middleware stack, no work);
- the POEMS syndrome page; 200 disease pages drawn at random (fixed seed); the disease
  with the most annotations; search result pages for 20 mixed queries; a symptom page;
  browse by category (``/browse/`` and 100 Orphanet group pages drawn at random).
Every figure is printed with its ratio to the trivial view's figure, and the share of
responses the page cache answered. With the cache off, each of the 200 sampled pages is
also fetched once, one request at a time: the cost of a page not yet cached.

The server runs from a temporary data directory (the knowledge artifact linked in, a freshly
migrated SQLite database), so the project's var/ is untouched. Needs ``wrk`` (Debian: apt-get
install wrk). Loopback only; each scenario is bounded by time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("web_load.lua")
RAREMAP = Path(sys.executable).with_name("raremap")
SEARCHES = [
    "poems", "poems syndrome", "marfan", "pins and needles", "seizure", "short stature",
    "cystic fibrosis", "ehlers danlos", "duchenne", "polyneuropathy", "fatigue", "hearing loss",
    "crow fukase", "tingling", "huntington", "charcot marie tooth", "retinitis pigmentosa",
    "swollen lymph nodes", "intelectual disability", "syndrome",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_data_dir(data: Path) -> Path:
    from raremap.knowledge import load_knowledge
    from raremap.sections import SECTIONS

    kb = load_knowledge(sections=SECTIONS)
    data.mkdir(parents=True)
    (data / kb.path.name).symlink_to(kb.path)
    shutil.copy(kb.path.parent / "current.json", data / "current.json")
    return data


def start_server(data: Path, port: int, workers: int, page_cache: bool, threads: int = 1) -> subprocess.Popen:
    env = {**os.environ, "RAREMAP_DATA_DIR": str(data)}
    if not page_cache:
        env["RAREMAP_PAGE_CACHE_SECONDS"] = "0"
    subprocess.run([str(RAREMAP), "manage", "migrate", "--noinput"], env=env, check=True,
                   capture_output=True, timeout=600)
    proc = subprocess.Popen(
        [str(RAREMAP), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
         "--threads", str(threads)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                if r.status == 200:
                    return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"raremap serve stopped: {proc.stderr.read().decode()[-1000:]}") from None
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("raremap serve did not answer within 120 s")


def scenarios() -> dict[str, list[str]]:
    from urllib.parse import quote

    from raremap.knowledge import load_knowledge
    from raremap.sections import SECTIONS

    kb = load_knowledge(sections=SECTIONS)
    counts = kb.diseases.offsets[1:] - kb.diseases.offsets[:-1]
    biggest = kb.diseases.ids[int(counts.argmax())]
    sample = random.Random(2905).sample(kb.diseases.ids, 200)
    tree = kb.classification
    with_diseases = sorted(g for g in kb.sections.get("orphanet", {}).get("disorders", {})
                           if tree.children(g) and tree.count(g))
    groups = random.Random(68416).sample(with_diseases, min(100, len(with_diseases)))
    return {
        "static file (baseline)": ["/static/raremap/site.css"],
        "trivial view (baseline)": ["/search/suggest"],
        "POEMS page": ["/disease/ORPHA:2905/"],
        "200 random disease pages": [f"/disease/{d}/" for d in sample],
        f"largest disease page ({biggest}, {int(counts.max())} annotations)": [f"/disease/{biggest}/"],
        "search, 20 queries": [f"/search/?q={quote(q)}" for q in SEARCHES],
        "symptom page (Paresthesia)": ["/term/HP:0003401/"],
        "browse: /browse/ and 100 group pages": ["/browse/", *(f"/browse/{g}/" for g in groups)],
    }


def check_paths(port: int, paths: list[str]) -> None:
    """Every path must answer 200 without a redirect, or the figures mean nothing."""
    for path in paths:
        req = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
        with urllib.request.urlopen(req, timeout=30) as r:
            if r.status != 200 or r.url != f"http://127.0.0.1:{port}{path}":
                raise SystemExit(f"{path} answered {r.status} at {r.url}")


def run_wrk(port: int, paths: list[str], seconds: int, connections: int, tmp: Path) -> dict:
    listing = tmp / "paths.txt"
    listing.write_text("\n".join(paths) + "\n")
    env = {**os.environ, "PATHS": str(listing)}
    base = ["wrk", "-t", "2", "-c", str(connections), "--timeout", "10s", "-s", str(LUA)]
    url = f"http://127.0.0.1:{port}"
    subprocess.run([*base, "-d", "2s", url], env=env, capture_output=True, check=True, timeout=60)
    done = subprocess.run([*base, "-d", f"{seconds}s", url], env=env, capture_output=True,
                          text=True, check=True, timeout=seconds + 60)
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("{"))
    data = json.loads(line)
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    data["errors"] = sum(data[k] for k in ("connect", "read", "write", "timeout", "status"))
    return data


def single_requests(port: int, paths: list[str]) -> dict:
    """One request at a time, each path once: the cost of rendering a page nobody has
    asked for yet (no queueing, no cache)."""
    times = []
    for path in paths:
        t = time.perf_counter()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
            r.read()
        times.append(time.perf_counter() - t)
    times.sort()
    return {"p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95) - 1], "n": len(times)}


def run_config(page_cache: bool, args, tmp: Path) -> tuple[dict, dict]:
    data = prepare_data_dir(tmp / ("cache-on" if page_cache else "cache-off"))
    port = free_port()
    server = start_server(data, port, args.workers, page_cache, args.threads)
    try:
        plan = scenarios()
        single = {}
        if not page_cache:
            sample = plan["200 random disease pages"]
            single["trivial view"] = single_requests(port, ["/search/suggest"] * 50)
            single["200 disease pages, each once"] = single_requests(port, sample)
            single["/browse/ and 100 group pages, each once"] = single_requests(port, plan["browse: /browse/ and 100 group pages"])
        for paths in plan.values():
            check_paths(port, paths)
        results = {label: run_wrk(port, paths, args.seconds, args.connections, tmp)
                   for label, paths in plan.items()}
    finally:
        server.terminate()
        server.wait(timeout=20)
    return results, single


def report(results: dict, page_cache: bool, args) -> None:
    base = results["trivial view (baseline)"]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nwrk, {args.connections} connections, {args.seconds} s per scenario, "
          f"gunicorn {args.workers} workers x {args.threads} threads, page cache {'ON' if page_cache else 'OFF'}; "
          f"{os.cpu_count()} CPUs, load average after the run {load}")
    print(f"{'scenario':58} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>8} {'errors':>6} "
          f"{'cached':>7}  {'p95 / trivial':>13} {'req/s / trivial':>15}")
    for label, r in results.items():
        cached = r["cache_hits"] / r["requests"] if r["requests"] else 0
        print(f"{label:58} {r['p50_us'] / 1000:8.1f} {r['p95_us'] / 1000:8.1f} {r['p99_us'] / 1000:8.1f} "
              f"{r['rps']:8.1f} {r['errors']:6d} {cached:7.0%}  {r['p95_us'] / base['p95_us']:12.1f}x "
              f"{r['rps'] / base['rps']:14.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker (raremap serve default: 4)")
    parser.add_argument("--page-cache", choices=["off", "on", "both"], default="both",
                        help="run with the whole-page cache off (every page rendered), on (the default "
                             "deployment), or both one after the other")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")
    configs = {"off": [False], "on": [True], "both": [False, True]}[args.page_cache]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for page_cache in configs:
            results, single = run_config(page_cache, args, tmp)
            if single:
                trivial = single["trivial view"]
                print("\none request at a time, page cache off (cost of a page not yet cached):")
                for label, r in single.items():
                    print(f"  {label:40} p50 {r['p50'] * 1000:6.1f} ms  p95 {r['p95'] * 1000:6.1f} ms  "
                          f"(p50 {r['p50'] / trivial['p50']:.1f}x the trivial view)")
            report(results, page_cache, args)


if __name__ == "__main__":
    main()
