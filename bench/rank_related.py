"""Time the build-time related-diseases table (engine disease-vs-disease for all diseases).

    .venv/bin/python bench/rank_related.py

Prints wall and CPU seconds, pinned to one core, against the time to compile the release
itself (the baseline every ``raremap init`` pays) measured in the same run.
"""

from __future__ import annotations

import os
import pickle
import time

from raremap.engine.matrices import engine_matrices
from raremap.engine.related import compute_related
from raremap.knowledge import KnowledgeBase, ensure_knowledge
from raremap.knowledge.base import resolve_release_dir
from raremap.knowledge.compile import compile_release
from raremap.sections import SECTIONS


def timed(fn):
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    ensure_knowledge(sections=SECTIONS)
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


if __name__ == "__main__":
    main()
