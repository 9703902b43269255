"""How many snapshots an attacker must average to see one person's change through the
community counts' noise, with the noise drawn per snapshot (the site's) and, for comparison,
drawn per set of contributors of each count (measured, not kept): docs/community.md,
*Aggregates that protect people*.

    PYTHONPATH=src python bench/count_noise_averaging.py [--k 3] [--trials 4000]

The worst case: the attacker knows the true count before (n) and that it is n or n + 1 after
(one person's change), nobody else's state changes, and they can make a new snapshot every
period (``RAREMAP_AGGREGATE_PERIOD``, a week; "day" below means one period) with five changes
of their own. Every figure is drawn with the site's own code
(``noise.draw`` and ``aggregates._shown``, a fixed test key); the attacker's model of the
noise is the documented distribution, enumerated.

- Per snapshot (the site): each snapshot's changes are elsewhere (none to this count); every
  snapshot draws anew; the attacker sums the log-likelihood ratios of the figures.
- Per set of contributors (not kept): a count keeps its draw while the people counted in it stay
  the same, so changes elsewhere give nothing to average; but the figure before the change
  is public too, and it stays the same exactly when nobody joined or left the count. The
  attacker compares: changes elsewhere (one snapshot after the change is as good as 80), and
  four fake accounts toggled in and out of the count, a different subset of them on each day
  before and after the change (at most 16 distinct sets), each day's figure compared with
  the same subset's before the change.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
from collections import Counter

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raremap.web.settings")
os.environ.setdefault("RAREMAP_SECRET_KEY", "count-noise-averaging-bench-key")

import django  # noqa: E402

django.setup()

from raremap.web.community import aggregates, noise  # noqa: E402

SNAPSHOTS = (1, 5, 10, 20, 40, 80)


def figures(n: int, k: int, step: int = 5) -> dict[int, float]:
    """The attacker's model: P(figure | true count n), as documented (n large enough never
    to be hidden)."""
    out: Counter = Counter()
    for a, b in itertools.product(range(-k, k + 1), repeat=2):
        out[max(10, step * round((n + a + b) / step))] += 1 / (2 * k + 1) ** 2
    return dict(out)


def shown(n: int, key: str, k: int) -> int | None:
    """The figure the site shows for ``n`` people under the draw keyed on ``key``."""
    return aggregates._shown(n, noise.draw("ORPHA:bench", key, "symptom:HP:0001250", k))


def per_snapshot(n: int, k: int, trials: int, rng: random.Random) -> list[str]:
    before, after = figures(n, k), figures(n + 1, k)
    rows = []
    for snapshots in SNAPSHOTS:
        right = 0
        for trial in range(trials):
            has = rng.random() < 0.5
            seen = [shown(n + has, f"{snapshots}:{trial}:day {day}", k) for day in range(snapshots)]
            llr = sum(math.log(after.get(f, 1e-12) / before.get(f, 1e-12)) for f in seen)
            right += (llr > 0) == has if llr != 0 else rng.random() < 0.5
        rows.append(f"{100 * right / trials:.0f} %")
    return rows


def per_set(n: int, k: int, trials: int, rng: random.Random, fakes: int) -> tuple[list[str], list[str]]:
    """(changes elsewhere, fakes toggled): right guesses for each number of snapshots after
    the change. A set of contributors is stood for by its members' names; the target is "t"."""
    subsets = [s for r in range(fakes + 1) for s in itertools.combinations(range(fakes), r)]
    elsewhere, toggled = [], []
    for snapshots in SNAPSHOTS:
        right_elsewhere = right_toggled = 0
        for trial in range(trials):
            has = rng.random() < 0.5
            world = f"trial {snapshots}:{trial}"
            base = shown(n, f"{world}|S", k)
            # Changes elsewhere: the count's set after is S, or S + t, on every day.
            after = [shown(n + has, f"{world}|S{'+t' if has else ''}", k) for _ in range(snapshots)]
            right_elsewhere += (any(f != base for f in after)) == has
            # Fakes toggled: day d uses subset d (a set seen before the change too).
            days = [subsets[d % len(subsets)] for d in range(snapshots)]
            moved = False
            for sub in days:
                key = f"{world}|S+{sub}"
                moved |= shown(n + len(sub), key, k) != shown(n + len(sub) + has, key + ("+t" if has else ""), k)
            right_toggled += moved == has
        elsewhere.append(f"{100 * right_elsewhere / trials:.0f} %")
        toggled.append(f"{100 * right_toggled / trials:.0f} %")
    return elsewhere, toggled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--trials", type=int, default=4000)
    parser.add_argument("--fakes", type=int, default=4)
    args = parser.parse_args()
    rng = random.Random(0)
    print("| right guesses, snapshots after the change | " + " | ".join(map(str, SNAPSHOTS)) + " |")
    print("| --- " * (len(SNAPSHOTS) + 1) + "|")
    for n in (22, 40):
        rows = {"per snapshot (the site), changes elsewhere": per_snapshot(n, args.k, args.trials, rng)}
        elsewhere, toggled = per_set(n, args.k, args.trials, rng, args.fakes)
        rows["per set (not kept), changes elsewhere"] = elsewhere
        rows[f"per set (not kept), {args.fakes} fakes toggled"] = toggled
        for name, cells in rows.items():
            print(f"| count {n} or {n + 1}, {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
