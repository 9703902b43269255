"""Simulated patients drawn from the HPO annotations, for the ranking benchmark.

Two scenarios:

* ``phenomizer`` -- as in Köhler et al. 2009 (AJHG 85:457): 3-10 of the disease's
  annotated features drawn in proportion to their frequency, each replaced with
  probability 0.3 by an ancestor one or two levels up (imprecision), 0-2 unrelated
  features added (noise), 0-2 features the disease does not have marked as excluded.
* ``uneven`` -- closer to published case reports: one or two very specific features
  (highest information content), two to four vague ones (lifted two or three levels up),
  at most one unrelated feature, and many excluded features (6-12 common features the
  disease does not have, plus sometimes one of its own occasional features).

Diseases are split in two halves by a hash of their id: parameters are tuned on ``train``
patients only and results are reported on ``test`` patients. The sample is stratified by
source (OMIM/ORPHA/DECIPHER) and by the number of annotated features (terciles).
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

from raremap.engine.matrices import engine_matrices, present_rows
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY

SCENARIOS = ("phenomizer", "uneven")


@dataclass(frozen=True)
class Patient:
    disease: str
    present: tuple[str, ...]
    excluded: tuple[str, ...]
    scenario: str
    split: str

    def to_query(self, qid: str) -> dict:
        return {"id": qid, "present": list(self.present), "excluded": list(self.excluded)}


def split_of(disease_id: str) -> str:
    return "train" if zlib.crc32(disease_id.encode()) % 2 == 0 else "test"


class Simulator:
    def __init__(self, kb, seed: int = 7) -> None:
        self.kb = kb
        self.m = engine_matrices(kb)
        self.rng = np.random.default_rng(seed)
        d = kb.diseases
        pres = present_rows(kb)
        # The release's own shares (unknown = 1/2), not the engine's tuned ones: the patients
        # must not change when the engine's parameters do.
        f = np.where(np.isnan(d.value), 0.5, d.value).astype(np.float64)
        owner = d.disease_of_row
        self.rows_of: list[tuple[np.ndarray, np.ndarray]] = []
        for i in range(len(d)):
            s, e = int(d.offsets[i]), int(d.offsets[i + 1])
            mask = pres[s:e]
            terms, shares = d.term[s:e][mask], f[s:e][mask]
            uniq, first = np.unique(terms, return_index=True)
            self.rows_of.append((uniq, shares[first]))
        self.pool = d.term[pres]  # noise and excluded features: drawn like real annotations
        self.common_pool = d.term[pres & (d.band <= 2)]
        self.owner = owner
        o = kb.ontology
        self.top = o.index[PHENOTYPIC_ABNORMALITY]
        self.organ = set(int(c) for c in (o.index[c] for c in o.children(PHENOTYPIC_ABNORMALITY)))
        self.parents_ptr, self.parents_idx = o.csr("parents")

    # -- helpers ----------------------------------------------------------------------
    def _lift(self, t: int, levels: int) -> int:
        for _ in range(levels):
            parents = self.parents_idx[self.parents_ptr[t]:self.parents_ptr[t + 1]]
            parents = [p for p in parents if p != self.top and p not in self.organ]
            if not parents:
                break
            t = int(self.rng.choice(parents))
        return t

    def _related_set(self, terms: np.ndarray) -> set[int]:
        out: set[int] = set()
        for t in terms:
            out.update(int(a) for a in self.m.ancestors_of(int(t)))
            out.update(int(x) for x in self.m.descendants_of(int(t)))
        return out

    def _unrelated(self, pool: np.ndarray, related: set[int], n: int) -> list[int]:
        out: list[int] = []
        for _ in range(50 * max(n, 1)):
            if len(out) >= n:
                break
            t = int(pool[self.rng.integers(len(pool))])
            if t not in related and t not in out:
                out.append(t)
        return out

    def stratified_sample(self, split: str, n: int, min_features: int = 3) -> list[int]:
        """Disease indices of one split, equal numbers per (source, size tercile) stratum."""
        d = self.kb.diseases
        sizes = np.array([len(r[0]) for r in self.rows_of])
        ok = [i for i in range(len(d)) if sizes[i] >= min_features and split_of(d.ids[i]) == split]
        cuts = np.quantile(sizes[ok], [1 / 3, 2 / 3])
        strata: dict[tuple[str, int], list[int]] = {}
        for i in ok:
            key = (d.ids[i].split(":")[0], int(np.searchsorted(cuts, sizes[i])))
            strata.setdefault(key, []).append(i)
        per = math.ceil(n / len(strata))
        chosen: list[int] = []
        for key in sorted(strata):
            members = strata[key]
            take = min(per, len(members))
            chosen += [int(x) for x in self.rng.choice(members, size=take, replace=False)]
        self.rng.shuffle(chosen)
        return chosen[:n]

    # -- scenarios --------------------------------------------------------------------
    def patient(self, i: int, scenario: str, n_present: int | None = None) -> Patient:
        terms, shares = self.rows_of[i]
        weights = np.maximum(shares, 0.01)  # a "0/n" or tiny share can still be drawn, rarely
        related = self._related_set(terms)
        ids = self.kb.ontology.ids
        if scenario == "phenomizer":
            k = n_present or int(self.rng.integers(3, 11))
            k = min(k, len(terms))
            picked = self.rng.choice(len(terms), size=k, replace=False, p=weights / weights.sum())
            present = [self._lift(int(terms[p]), int(self.rng.integers(1, 3))) if self.rng.random() < 0.3
                       else int(terms[p]) for p in picked]
            present += self._unrelated(self.pool, related, int(self.rng.integers(0, 3)))
            excluded = self._unrelated(self.pool, related, int(self.rng.integers(0, 3)))
        elif scenario == "uneven":
            ic = self.m.ic[terms]
            fit = shares >= 0.3
            order = np.argsort(-(ic + np.where(fit, 0, -3)))
            n_spec = min(int(self.rng.integers(1, 3)), len(terms))
            specific = [int(terms[j]) for j in order[:n_spec]]
            rest = order[n_spec:]
            n_vague = min(int(self.rng.integers(2, 5)), len(rest))
            vague_src = self.rng.choice(rest, size=n_vague, replace=False,
                                        p=shares[rest] / shares[rest].sum()) if n_vague else []
            vague = [self._lift(int(terms[j]), int(self.rng.integers(2, 4))) for j in vague_src]
            present = specific + vague + self._unrelated(self.pool, related, int(self.rng.integers(0, 2)))
            excluded = self._unrelated(self.common_pool, related, int(self.rng.integers(6, 13)))
            rare_own = [int(terms[j]) for j in range(len(terms)) if shares[j] <= 0.3 and int(terms[j]) not in present]
            if rare_own and self.rng.random() < 0.5:
                excluded.append(int(self.rng.choice(rare_own)))
        else:
            raise ValueError(scenario)
        present = list(dict.fromkeys(present))
        excluded = [x for x in dict.fromkeys(excluded) if x not in present]
        did = self.kb.diseases.ids[i]
        return Patient(did, tuple(ids[t] for t in present), tuple(ids[t] for t in excluded), scenario, split_of(did))

    def cohort(self, split: str, n: int, scenario: str) -> list[Patient]:
        return [self.patient(i, scenario) for i in self.stratified_sample(split, n)]
