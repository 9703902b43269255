"""The artifact's ``published_patients`` section: the shipped records resolved against the
HPO release being built. Patients that cannot be used are counted by reason, never fatal.

Section layout (plain lists and numpy arrays)::

    source      dict: store, commit, licence, citation
    patient     list[str] (n_p,)           patient id in the store
    disease     int32 (n_p,)               index into kb.diseases
    sex         int8 (n_p,)                0 unknown, 1 male, 2 female
    age         list[str] (n_p,)           ISO 8601 age at last encounter, "" unknown
    onset       int32 (n_p,)               onset term index, -1 unknown
    paper       int32 (n_p,)               index into ``pmids`` / ``titles``
    pmids, titles  list[str] (n_papers,)
    present, excluded  (indptr int64 (n_p + 1,), indices int32): term indices per patient
    skipped     dict[reason, count]
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

import numpy as np

from raremap.engine.published.records import DATA_FILE, PublishedPatient, read_tsv
from raremap.knowledge import ArtifactSection

SECTION = "published_patients"
SOURCE = {
    "store": "phenopacket-store (Monarch Initiative)",
    "commit": "b694d17",
    "licence": "BSD-3-Clause",
    "citation": "Danis D, et al. A corpus of GA4GH phenopackets: case-level phenotyping for "
                "genomic diagnostics and discovery. HGG Advances, 2025.",
}
SEX_CODES = {"male": 1, "female": 2}


def data_version() -> str:
    """A content hash of the shipped file (an artifact built from another file is stale)."""
    try:
        return hashlib.sha256(DATA_FILE.read_bytes()).hexdigest()[:12]
    except OSError:
        return "missing"


def _terms(kb, given: Iterable[str], skipped: Counter) -> list[int]:
    ont, out = kb.ontology, []
    for tid in given:
        primary = ont.resolve(tid)
        current = ont.current(primary) if primary else None
        if current is None:
            skipped["feature ids left out: unknown or obsolete without a successor"] += 1
            continue
        t = ont.index[current]
        if t not in out:
            out.append(t)
    return out


def compile_patients(kb, patients: Iterable[PublishedPatient]) -> dict:
    """The section's content for ``patients`` against ``kb`` (see the module docstring)."""
    skipped: Counter = Counter()
    rows = []
    for p in patients:
        disease = kb.diseases.resolve(p.disease)
        if disease is None:
            skipped["patients skipped: diagnosis not annotated in this release"] += 1
            continue
        present = _terms(kb, p.present, skipped)
        if not present:
            skipped["patients skipped: no usable present feature"] += 1
            continue
        excluded = [t for t in _terms(kb, p.excluded, skipped) if t not in present]
        onset = kb.ontology.resolve(p.onset) if p.onset else None
        rows.append((p, kb.diseases.index[disease], present, excluded,
                     kb.ontology.index[onset] if onset else -1))
    pmids = sorted({r[0].pmid for r in rows})
    paper = {pmid: i for i, pmid in enumerate(pmids)}
    titles = [""] * len(pmids)
    for r in rows:
        titles[paper[r[0].pmid]] = titles[paper[r[0].pmid]] or r[0].title

    def csr(lists):
        ptr = np.zeros(len(lists) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(x) for x in lists])
        idx = np.array([t for x in lists for t in x], dtype=np.int32)
        return ptr, idx

    return {
        "source": dict(SOURCE),
        "patient": [r[0].patient for r in rows],
        "disease": np.array([r[1] for r in rows], dtype=np.int32),
        "sex": np.array([SEX_CODES.get(r[0].sex or "", 0) for r in rows], dtype=np.int8),
        "age": [r[0].age or "" for r in rows],
        "onset": np.array([r[4] for r in rows], dtype=np.int32),
        "paper": np.array([paper[r[0].pmid] for r in rows], dtype=np.int32),
        "pmids": pmids,
        "titles": titles,
        "present": csr([r[2] for r in rows]),
        "excluded": csr([r[3] for r in rows]),
        "skipped": dict(skipped),
    }


def build_section(kb, progress) -> dict:
    progress("Compiling published patients", 0.0)
    try:
        patients = read_tsv(DATA_FILE)
    except (OSError, ValueError, EOFError) as exc:
        # Never fatal: the engine then ranks from the annotations alone.
        section = compile_patients(kb, [])
        section["skipped"] = {f"published patients file unreadable ({exc})": 1}
        return {SECTION: section}
    section = compile_patients(kb, patients)
    progress(f"Published patients: {len(section['patient'])} compiled", 1.0)
    return {SECTION: section}


#: The build step, listed in ``raremap.sections``.
PUBLISHED = ArtifactSection(SECTION, build_section, f"1-{data_version()}")
