"""Noise for community counts, drawn once per published snapshot.

Rounding and batches alone leave one opening: an attacker with a few accounts of their own
can supply all but one of the changes a refresh needs and, having first pinned a count at a
rounding step or at the minimum, read the one real person's change from two snapshots.
Each shown count therefore gets, per snapshot, two bounded draws:

- ``offset``: the sum of two whole numbers drawn uniformly from −k…k (−2k…2k, most often
  near 0), added to the count before it is rounded;
- ``lift``: the sum of three whole numbers drawn uniformly from 0…k (0…3k), added to the
  minimum for this count: a count is shown only when it holds ``minimum + lift`` people
  besides the viewer. The lift is never negative, so noise never shows a count the minimum
  would hide.

Both come from a keyed hash (the site's secret key) of the community, the snapshot's time
and the count's name: the same snapshot always shows the same figures, so reading it again
and again averages nothing out, and nobody without the key can predict a draw. A new
snapshot (a new batch) draws again. ``k`` is ``RAREMAP_AGGREGATE_NOISE`` (3; 0 turns the
noise off).

Every count draws anew in every snapshot, even one whose people did not change: so an
attacker who forces snapshots with changes elsewhere can average the noise (slowly: see
bench/count_noise_averaging.py). Keying a count's draw on the people counted in it instead
would stop that and open worse: the site cannot tell the watched person's change elsewhere
from the attacker's, and a figure that stays exactly as it was unless someone joined or
left the count tells, by moving, that someone did (from one snapshot, 58 % of the joins at
22 or 23; tests/community/test_count_noise.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.crypto import salted_hmac

SALT = "raremap.aggregate-noise"


@dataclass(frozen=True)
class Draw:
    offset: int
    lift: int


NONE = Draw(0, 0)


def draw(disease_id: str, snapshot_time: str, count: str, k: int) -> Draw:
    """The draw for one count of one snapshot (``count``: "members", "symptom:HP:…", …)."""
    if k <= 0:
        return NONE
    digest = salted_hmac(SALT, f"{disease_id}\0{snapshot_time}\0{count}").digest()
    u = [int.from_bytes(digest[4 * i:4 * i + 4], "big") for i in range(5)]
    return Draw(offset=sum(x % (2 * k + 1) - k for x in u[:2]), lift=sum(x % (k + 1) for x in u[2:]))
