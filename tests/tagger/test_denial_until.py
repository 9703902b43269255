"""A denial followed by "until" says when something came, not that it never did: "no
seizures until last year" is seizures, "she didn't sit up till she was one" a late sitter."""

from __future__ import annotations

import pytest

SEIZURE = "HP:0001250"
FEVER = "HP:0001945"


def found(result, negated=None) -> set[str]:
    return {t.hpo for t in result.terms if negated is None or t.negated == negated}


@pytest.mark.parametrize("text", ["we saw no seizures until last spring", "she never had a seizure till she turned ten"])
def test_a_denial_with_until_says_when(tagger, text):
    got = tagger.tag(text)
    assert SEIZURE in found(got, negated=False)
    assert SEIZURE not in found(got, negated=True)


def test_a_late_milestone_is_no_denied_finding(tagger):
    got = tagger.tag("she didn't sit up on her own until she was fourteen months old")
    assert got.terms and not any(t.negated for t in got.terms)


@pytest.mark.parametrize(("text", "hpo"), [("he never had a seizure", SEIZURE),
                                           ("no fever, but she coughed until morning", FEVER)])
def test_a_plain_denial_still_denies(tagger, text, hpo):
    assert hpo in found(tagger.tag(text), negated=True)
