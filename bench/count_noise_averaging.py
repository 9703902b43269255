"""How many snapshots an attacker must average to see one person's change through the
community counts' noise (docs/community.md, *Aggregates that protect people*).

    python bench/count_noise_averaging.py [--k 3] [--trials 4000]

The worst case: the attacker knows the true count before (n) and that it is n or n + 1
after, and can make a new snapshot every day (five changes of their own, none to this
count) while the person's state stays the same. Each snapshot draws the offset anew (the sum
of two uniform draws from −k…k) before rounding to 5; the attacker sums the log-likelihood
ratios of the figures and guesses. Prints how often the guess is right for N snapshots.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
from collections import Counter


def figures(n: int, k: int, step: int = 5) -> dict[int, float]:
    out: Counter = Counter()
    for a, b in itertools.product(range(-k, k + 1), repeat=2):
        out[max(10, step * round((n + a + b) / step))] += 1 / (2 * k + 1) ** 2
    return dict(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--trials", type=int, default=4000)
    args = parser.parse_args()
    rng = random.Random(0)
    for n in (22, 40):
        before, after = figures(n, args.k), figures(n + 1, args.k)
        for snapshots in (1, 5, 10, 20, 40, 80):
            right = 0
            for _ in range(args.trials):
                has = rng.random() < 0.5
                dist = after if has else before
                seen = rng.choices(list(dist), weights=list(dist.values()), k=snapshots)
                llr = sum(math.log(after.get(f, 1e-12) / before.get(f, 1e-12)) for f in seen)
                right += (llr > 0) == has if llr != 0 else rng.random() < 0.5
            print(f"count {n} or {n + 1}: {snapshots:3d} snapshots, right {100 * right / args.trials:.0f} %")


if __name__ == "__main__":
    main()
