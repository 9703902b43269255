"""Time the build-time related-diseases table (engine disease-vs-disease for all diseases),
and measure the lists the site shows against MONDO, which RareMap does not generate.

    .venv/bin/python bench/rank_related.py

Prints wall and CPU seconds, pinned to one core, against the time to compile the release
itself (the baseline every ``raremap init`` pays) measured in the same run. Then, over the
lists :func:`related_diseases` returns for every disease: how many diseases get a list, how
many pairs are listed, the share of listed pairs that MONDO files as relatives (one directly
above the other, or both directly under the same entry) and the share of diseases with a
MONDO relative in the release that have one of them in their list.
"""

from __future__ import annotations

import os
import pickle
import time

from raremap.engine.matrices import engine_matrices
from raremap.engine.related import compute_related, related_diseases
from raremap.knowledge import KnowledgeBase, ensure_knowledge
from raremap.knowledge.base import resolve_release_dir
from raremap.knowledge.compile import compile_release
from raremap.sections import SECTIONS


def timed(fn):
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


def mondo_relatives(kb) -> dict[str, set[str]]:
    """Each disease's MONDO parents, children and siblings among the release's diseases."""
    broader = {did: set(kb.disease(did).broader) for did in kb.diseases.ids}
    narrower: dict[str, set[str]] = {}
    for did, parents in broader.items():
        for p in parents:
            narrower.setdefault(p, set()).add(did)
    out = {}
    for did, parents in broader.items():
        rel = parents | narrower.get(did, set())
        for p in parents:
            rel |= narrower.get(p, set())
        rel.discard(did)
        out[did] = rel
    return out


def list_quality(kb) -> None:
    relatives = mondo_relatives(kb)
    with_list = pairs = hits = reachable = found = 0
    for did in kb.diseases.ids:
        listed = {r["id"] for r in related_diseases(kb, did)}
        with_list += bool(listed)
        pairs += len(listed)
        hits += len(listed & relatives[did])
        if relatives[did]:
            reachable += 1
            found += bool(listed & relatives[did])
    n = len(kb.diseases)
    print(f"diseases with a list: {with_list:,} of {n:,} ({with_list / n:.1%}); pairs listed: {pairs:,}")
    print(f"listed pairs that MONDO files as relatives: {hits:,} ({hits / max(pairs, 1):.2%})")
    print(f"diseases with a MONDO relative in the release: {reachable:,}; "
          f"with one of them listed: {found:,} ({found / max(reachable, 1):.1%})")


def main() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    loaded = ensure_knowledge(sections=SECTIONS)
    sections, base_wall, base_cpu = timed(lambda: compile_release(resolve_release_dir(None)))
    kb = KnowledgeBase(sections, header={})
    _, m_wall, m_cpu = timed(lambda: engine_matrices(kb))
    table, wall, cpu = timed(lambda: compute_related(kb))
    size = len(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs, one core")
    print(f"compile the release (baseline): {base_wall:.1f} s wall, {base_cpu:.1f} s CPU")
    print(f"engine matrices:                {m_wall:.2f} s wall, {m_cpu:.2f} s CPU")
    print(f"related diseases, all {len(kb.diseases):,}:  {wall:.1f} s wall, {cpu:.1f} s CPU "
          f"({cpu / base_cpu:.2f}x the compile), {size / 1e6:.1f} MB in the artifact")
    list_quality(loaded)


if __name__ == "__main__":
    main()
