"""Golden values of both ranking methods on the hand-made mini release (tests/conftest.py).

The mini release, as the engine sees it (diseases in file order)::

    D0 ORPHA:1      Polyneuropathy (obligate, capped at 0.98), Paresthesia "3/4" (FEMALE only;
                    Laplace: (3+1)/(4+2) = 0.6667), NOT Seizure, adult onset
    D1 OMIM:100100  Seizure "25%" (0.25), Acroparesthesia (frequency unknown: 0.7)
    D2 OMIM:200200  Polyneuropathy in the excluded band (an absent feature)

    Nervous system ── Polyneuropathy (PN), Paresthesia (PA) ── Acroparesthesia (AP), Seizure (SZ)

Reached (the largest frequency among the annotations at or below), and backgrounds
``bg = (sum over diseases + 0.5) / (3 + 1)``::

    U(D0,PN)=0.98  U(D0,PA)=0.6667  U(D0,NS)=max(0.98, 0.6667)=0.98
    U(D1,PA)=0.7   U(D1,AP)=0.7     U(D1,SZ)=0.25   U(D1,NS)=max(0.25, 0.7)=0.7
    bg(PN)=(0.98+0.5)/4=0.37   bg(PA)=(0.6667+0.7+0.5)/4=0.46667   bg(AP)=(0.7+0.5)/4=0.3
    bg(SZ)=(0.25+0.5)/4=0.1875 bg(NS)=bg(root)=(0.98+0.7+0.5)/4=0.545

The values assume the engine constants checked in the first test; retuning them means
redoing this arithmetic.
"""

from __future__ import annotations

import math

import pytest

from raremap.engine import matrices, rank

AP, PA, PN, SZ = "HP:0031006", "HP:0003401", "HP:0001271", "HP:0001250"
PARAMS = {"eps": 0.1, "kappa": 0.5, "delta": 0.02}


def scores(kb, *args, **kwargs) -> dict[str, float]:
    r = rank(kb, *args, **kwargs)
    return {kb.diseases.ids[i]: float(r.scores.total[i]) for i in range(len(kb.diseases))}


def test_likelihood_matches_each_route_of_the_formula(mini_kb):
    """Patient has Acroparesthesia (AP), eps 0.1, kappa 0.5:

    D1 has AP itself: m = U(D1,AP)/bg(AP) = 0.7/0.3 = 2.3333, LR = 0.1 + 0.9*2.3333 = 2.2.
    D0 has the broader Paresthesia: m = F(D0,PA)/bg(PA) = 0.6667/0.46667 = 1.42857 (better
    than the sibling route 0.5*0.98/0.545 = 0.89908), LR = 0.1 + 0.9*1.42857 = 1.38571.
    D2 has nothing: m = 0, LR = eps = 0.1.
    """
    assert (matrices.UNKNOWN_FREQUENCY, matrices.FREQUENCY_PSEUDOCOUNT, matrices.MAX_FREQUENCY) == (0.7, 2.0, 0.98)
    s = scores(mini_kb, [AP], method="likelihood", **PARAMS)
    assert s["OMIM:100100"] == pytest.approx(math.log10(2.2), abs=1e-4)
    assert s["ORPHA:1"] == pytest.approx(math.log10(1.38571), abs=1e-4)
    assert s["OMIM:200200"] == pytest.approx(math.log10(0.1), abs=1e-6)


def test_a_not_annotation_contradicts_the_feature(mini_kb):
    """Patient has Seizure: D0 is annotated NOT Seizure, so LR = eps = 0.1 whatever else;
    D1: m = 0.25/0.1875 = 1.3333, LR = 0.1 + 0.9*1.3333 = 1.3."""
    s = scores(mini_kb, [SZ], method="likelihood", **PARAMS)
    assert s["ORPHA:1"] == pytest.approx(-1.0, abs=1e-6)
    assert s["OMIM:100100"] == pytest.approx(math.log10(1.3), abs=1e-4)


def test_an_excluded_obligate_feature_pushes_the_disease_down(mini_kb):
    """Patient has AP and does NOT have Polyneuropathy (obligate in D0), delta 0.02:

    LR(not PN | D) = (1 - 0.98*U(D,PN)) / (1 - 0.98*bg(PN)), denominator 1 - 0.98*0.37 = 0.6374.
    D0: (1 - 0.98*0.98)/0.6374 = 0.0396/0.6374 = 0.06213 → log10 -1.2067; total 0.1417 - 1.2067.
    D2: 1/0.6374 = 1.5689 → +0.1956; total -1 + 0.1956 = -0.8044, now above D0.
    """
    s = scores(mini_kb, [AP], [PN], method="likelihood", **PARAMS)
    assert s["ORPHA:1"] == pytest.approx(math.log10(1.38571) + math.log10(0.0396 / 0.6374), abs=1e-3)
    assert s["OMIM:200200"] == pytest.approx(-1 + math.log10(1 / 0.6374), abs=1e-3)
    assert s["OMIM:200200"] > s["ORPHA:1"]


def test_a_feature_recorded_for_women_only_does_not_count_for_a_man(mini_kb):
    """D0's Paresthesia row is FEMALE only. For a male patient with AP, D0 keeps only
    Polyneuropathy: the sibling route via the nervous system gives
    m = 0.5*0.98/0.545 = 0.89908, LR = 0.1 + 0.9*0.89908 = 0.90917."""
    man = scores(mini_kb, [AP], sex="male", method="likelihood", **PARAMS)
    woman = scores(mini_kb, [AP], sex="female", method="likelihood", **PARAMS)
    assert man["ORPHA:1"] == pytest.approx(math.log10(0.90917), abs=1e-3)
    assert woman["ORPHA:1"] == pytest.approx(math.log10(1.38571), abs=1e-4)
    assert man["OMIM:100100"] == woman["OMIM:100100"]


def test_phenomizer_is_the_information_content_of_the_best_common_ancestor(mini_kb):
    """IC = -ln(share of the 3 diseases reaching the term). Query AP:
    D1 has AP: IC(AP) = ln(3/1) = 1.0986; D0 reaches Paresthesia: IC(PA) = ln(3/2) = 0.4055;
    D2 reaches nothing: 0. Query [AP, PN] averages: D0 (0.4055 + 1.0986)/2 = 0.7520."""
    s = scores(mini_kb, [AP], method="phenomizer")
    assert s["OMIM:100100"] == pytest.approx(math.log(3), abs=1e-5)
    assert s["ORPHA:1"] == pytest.approx(math.log(1.5), abs=1e-5)
    assert s["OMIM:200200"] == 0
    s = scores(mini_kb, [AP, PN], method="phenomizer")
    assert s["ORPHA:1"] == pytest.approx((math.log(1.5) + math.log(3)) / 2, abs=1e-5)
