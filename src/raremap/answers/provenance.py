"""Which data sets an automatic answer rests on, read from the sources of its statements.

An automatic answer's status line names every data set its statements use, never a fixed
list: HPO (annotations, gene links, the references the annotations cite, the similarity
computed over them), Orphanet (when a statement rests on Orphanet's facts), MONDO (when
the disease joins an Orphanet and an OMIM record through MONDO's exact matches and the
answer uses HPO's data about it, or when a link rests on a MONDO mapping such as GARD's),
the publications a criteria set cites, and RareMap's own answer rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from raremap.answers.model import Source

#: Source kinds that are HPO's data about the disease.
HPO_KINDS = ("annotation", "gene", "engine")
#: Link ids that come from MONDO's mappings.
MONDO_LINKS = ("GARD:", "MONDO:")
ORDER = ("hpo", "orphanet", "mondo", "citations", "rules")


@dataclass(frozen=True, slots=True)
class DataSource:
    """A data set an answer uses: ``name`` as a sentence shows it, ``url`` its home page."""

    key: str
    name: str
    url: str | None = None

    def to_dict(self) -> dict:
        return {"key": self.key, "name": self.name, "url": self.url}


def data_sources(f, sources: Iterable[Source]) -> tuple[DataSource, ...]:
    """The data sets behind ``sources`` (the sources of one answer's statements), in a
    fixed order: HPO, Orphanet, MONDO, publications, rules."""
    orphanet = f.evidence.orphanet_source
    used: set[str] = set()
    hpo_data = False
    for s in sources:
        # Orphanet's data itself, not any citation of the same ORPHA record (an HPO
        # annotation's reference shares its key but says nothing of Orphanet's data).
        if orphanet is not None and (s.kind, s.id, s.label) == (orphanet.kind, orphanet.id, orphanet.label):
            used.add("orphanet")
        elif s.kind == "hpo":
            used.add("hpo")
        elif s.kind in HPO_KINDS or s.kind == "reference":
            used.add("hpo")
            hpo_data = True
        elif s.kind == "link" and s.id.startswith(MONDO_LINKS):
            used.add("mondo")
        elif s.kind == "citation":
            used.add("citations")
        elif s.kind == "rule":
            used.add("rules")
    if hpo_data and len(f.disease.disease_ids) > 1:
        used.add("mondo")  # the entry joins two records of the release through MONDO
    catalogue = _catalogue(f)
    return tuple(catalogue[key] for key in ORDER if key in used)


def _catalogue(f) -> dict[str, DataSource]:
    known = {s["name"]: s for s in f.kb.sources}
    hpo = known.get("Human Phenotype Ontology", {})
    mondo = known.get("MONDO")
    orphanet = f.evidence.orphanet
    return {
        "hpo": DataSource("hpo", f"HPO {f.release}", hpo.get("url") or "https://hpo.jax.org"),
        "orphanet": DataSource("orphanet", orphanet.source if orphanet else "Orphanet",
                               (known.get("Orphanet") or {}).get("url")),
        "mondo": DataSource("mondo", "MONDO mappings" + (f" ({_plain(mondo['release'])})" if mondo else ""),
                            (mondo or {}).get("url")),
        "citations": DataSource("citations", "the publications cited"),
        "rules": DataSource("rules", "RareMap's answer rules"),
    }


def _plain(release: str) -> str:
    """"repository snapshot 2026-08-21" → "snapshot 2026-08-21"; "ORDO 2.6 (2018-07-12)" →
    "ORDO 2.6, 2018-07-12" (no brackets inside brackets)."""
    return re.sub(r"\s*\(([^()]*)\)", r", \1", release.removeprefix("repository "))
