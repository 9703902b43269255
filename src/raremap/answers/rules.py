"""Wording and sources of the answer rules that rest on general medical knowledge rather
than on one disease's record (prion diseases). Each rule is listed, with its evidence, in
``docs/answers.md``."""

from __future__ import annotations

from raremap.answers.model import Source


def prion_source() -> Source:
    """The rule behind every prion sentence."""
    return Source(
        "rule", "RareMap answer rule: prion diseases (inherited, sporadic and acquired forms; "
        "transmission through medical procedures)", "rule:prion", None,
        note="A rule of RareMap's answers, written from general medical knowledge; see the "
             "list of answer rules in the project's documentation.")


def prion_forms() -> str:
    return ("prion diseases occur in inherited forms (a change in the prion protein gene, "
            "PRNP, passed down in families), in sporadic forms that appear by chance, and in "
            "acquired forms taken in from outside the body")


def prion_transmission() -> str:
    return ("acquired forms have passed from one person to another through medical "
            "procedures, for example surgical instruments, tissue grafts or hormones taken "
            "from human tissue")
