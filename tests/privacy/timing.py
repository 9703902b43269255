"""Timing for the tests that compare two input sizes in one run (no absolute thresholds)."""

from __future__ import annotations

import time


def best_seconds(find, text: str, repeats: int) -> float:
    """The fastest of ``repeats`` calls of ``find(text)``: the least disturbed by other work."""
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        find(text)
        best = min(best, time.perf_counter() - t0)
    return best
