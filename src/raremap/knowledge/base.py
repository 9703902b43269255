"""The knowledge base: build it from a release, load it once per process."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from raremap import paths
from raremap.knowledge.artifact import (
    ArtifactError,
    current_artifact,
    read_artifact,
    read_header,
    source_fingerprint,
    write_artifact,
)
from raremap.knowledge.classification import Classification
from raremap.knowledge.compile import RELEASE_FILES, Progress, compile_release
from raremap.knowledge.derived import DerivedValues
from raremap.knowledge.diseases import DiseaseCatalog
from raremap.knowledge.model import Disease, Term
from raremap.knowledge.ontology import Ontology
from raremap.knowledge.orphanet_compile import compile_orphanet, read_orphanet_tables, twin_map
from raremap.knowledge.orphanet_tables import tables_version
from raremap.knowledge.search import Hit, Search
from raremap.knowledge.section import ArtifactSection, section_versions


@dataclass
class KnowledgeBase:
    """Everything compiled from one HPO release. Build with :func:`build_knowledge`, load
    with :func:`load_knowledge`; never constructed at import time."""

    sections: dict
    header: dict
    path: Path | None = None
    #: What is computed from this knowledge base, kept with it (see :mod:`raremap.knowledge.derived`).
    derived: DerivedValues = field(default_factory=DerivedValues, init=False, repr=False, compare=False)

    @property
    def release(self) -> str:
        """The HPO release date, e.g. ``2025-01-16``."""
        return self.sections["meta"]["release"]

    @property
    def meta(self) -> dict:
        return self.sections["meta"]

    @cached_property
    def ontology(self) -> Ontology:
        return Ontology(self.sections["ontology"])

    @cached_property
    def diseases(self) -> DiseaseCatalog:
        return DiseaseCatalog(self.sections["diseases"], self.ontology, self.sections.get("orphanet"),
                              self.classification)

    @cached_property
    def classification(self) -> Classification:
        """Orphanet's classification tree (browse page, breadcrumbs)."""
        return Classification(self.sections.get("orphanet", {}), set(self.sections["diseases"]["ids"]))

    @property
    def sources(self) -> list[dict]:
        """Every data source compiled into the knowledge base, with release, licence and
        the attribution to show (About page, API)."""
        hpo = {"name": "Human Phenotype Ontology", "release": self.release, "licence": "HPO licence (https://hpo.jax.org/license)",
               "url": "https://hpo.jax.org", "provides": "phenotypes, disease annotations",
               "attribution": "Human Phenotype Ontology (https://hpo.jax.org), release " + self.release + "."}
        out = [hpo, *(dict(s) for s in self.sections.get("orphanet", {}).get("sources", ()))]
        # Published patients (section built by raremap.engine.published.section), when any were compiled.
        published = self.sections.get("published_patients") or {}
        if len(published.get("patient", ())) and published.get("source"):
            src = published["source"]
            out.append({"name": "phenopacket-store", "release": f"commit {src['commit']}", "licence": src["licence"],
                        "url": "https://github.com/monarch-initiative/phenopacket-store",
                        "provides": "published patients (features seen and found absent, publication)",
                        "attribution": f"{src['store']}, commit {src['commit']}. Cite: {src['citation']}"})
        return out

    @cached_property
    def searcher(self) -> Search:
        return Search(self.sections["search"], self.ontology, self.diseases)

    # Shortcuts used by the shells.
    def term(self, hpo_id: str) -> Term:
        try:
            return self.ontology.term(hpo_id)
        except Exception as exc:
            _add_suggestions(exc, self, hpo_id, "term")
            raise

    def disease(self, disease_id: str) -> Disease:
        try:
            return self.diseases.get(disease_id)
        except Exception as exc:
            _add_suggestions(exc, self, disease_id, "disease")
            raise

    def search(self, query: str, kind: str | None = None, limit: int = 10) -> list[Hit]:
        return self.searcher.search(query, kind=kind, limit=limit)

    def section(self, name: str, default=None):
        """Data added at build time by a :class:`~raremap.knowledge.section.ArtifactSection`."""
        return self.sections.get(name, default)


def _add_suggestions(exc: Exception, kb: KnowledgeBase, given: str, kind: str) -> None:
    from raremap.knowledge.errors import UnknownIdError

    if isinstance(exc, UnknownIdError) and not exc.suggestions:
        exc.suggestions = kb.searcher.suggest(given, kind=kind)


# -- building -----------------------------------------------------------------------------
def artifact_versions(sections: Sequence[ArtifactSection]) -> dict[str, str]:
    """The versions recorded in (and checked against) an artifact's header: the Orphanet
    tables the knowledge layer compiles itself, then each handed-in section."""
    return {"orphanet": tables_version(), **section_versions(sections)}


def resolve_release_dir(hpo_dir: Path | str | None) -> Path:
    return Path(hpo_dir).expanduser().resolve() if hpo_dir else paths.embedded_release_dir()


def build_knowledge(
    hpo_dir: Path | str | None = None,
    data_dir: Path | str | None = None,
    progress: Progress = lambda step, fraction: None,
    *,
    sections: Sequence[ArtifactSection],
) -> KnowledgeBase:
    """Compile a release folder (default: the embedded one), run each of ``sections`` in
    order over the result and write the artifact (``sections``: the application's are
    :data:`raremap.sections.SECTIONS`; ``()`` builds the HPO part alone)."""
    folder = resolve_release_dir(hpo_dir)
    directory = Path(data_dir) if data_dir else paths.data_dir()
    extra_names: dict[str, list[str]] = {}
    for section in sections:
        if section.disease_names is not None:
            for disease_id, names in section.disease_names().items():
                extra_names.setdefault(disease_id, []).extend(names)
    n_steps = 1 + len(sections)

    def scaled(step: int):
        return lambda label, fraction: progress(label, (step + fraction) / n_steps)

    # The Orphanet and MONDO tables are read first: a missing or damaged one stops the
    # build before anything is written, so the current artifact stays in use.
    tables = read_orphanet_tables()
    searched_names = {d: list(n) for d, n in extra_names.items()}
    for row in tables["orphanet_synonyms.tsv.gz"]:
        # Short abbreviations ("POMA", "PM") would crowd out typo matches ("poms" for POEMS).
        if len(row["synonym"]) > 5:
            searched_names.setdefault(row["orpha"], []).append(row["synonym"])
    data = compile_release(folder, progress=scaled(0), extra_disease_names=searched_names,
                           twins=twin_map(tables))
    data["orphanet"] = compile_orphanet(tables, data["diseases"]["aliases"], data["diseases"]["ids"])
    # Curated other names (content packs) are shown on pages as well as searched.
    known = set(data["diseases"]["ids"])
    aliases = data["diseases"]["aliases"]
    curated: dict[str, list[str]] = {}
    for d, names in extra_names.items():
        if aliases.get(d, d) in known:
            curated.setdefault(aliases.get(d, d), []).extend(names)
    data["diseases"]["curated_names"] = curated
    kb = KnowledgeBase(data, header={})
    for step, section in enumerate(sections, start=1):
        data.update(section.build(kb, scaled(step)))
    fingerprint = source_fingerprint(folder, RELEASE_FILES)
    path = write_artifact(
        directory, data, {"sources": fingerprint, "section_versions": artifact_versions(sections)}
    )
    kb.path = path
    kb.header = read_header(path).header
    progress("Saved", 1.0)
    return kb


# -- loading ------------------------------------------------------------------------------
_lock = threading.Lock()
_cache: dict[str, KnowledgeBase] = {}


def open_knowledge(
    data_dir: Path | str | None = None, check_sources: bool = True, *, sections: Sequence[ArtifactSection]
) -> KnowledgeBase:
    """Load the current artifact of a data directory (no caching); raises ArtifactError,
    *stale* when one of ``sections`` is missing from it or was built by another version."""
    directory = Path(data_dir) if data_dir else paths.data_dir()
    path = current_artifact(directory)
    header = read_header(path).header
    expected = None
    if check_sources:
        folder = Path(header.get("sources", {}).get("folder", ""))
        try:
            expected = source_fingerprint(folder, RELEASE_FILES)
        except OSError:
            # The release folder it was built from is gone (e.g. a removed download):
            # the artifact itself is still whole, so it can be used as it is.
            expected = header.get("sources")
    recorded = header.get("section_versions", {})
    changed = sorted(name for name, version in artifact_versions(sections).items() if recorded.get(name) != version)
    if changed:
        raise ArtifactError(
            "stale",
            f"The knowledge base {path.name} predates changes to {', '.join(changed)}: "
            "run 'raremap init' to rebuild it.",
        )
    header, data = read_artifact(path, expected_sources=expected)
    return KnowledgeBase(data, header, path)


def load_knowledge(data_dir: Path | str | None = None, *, sections: Sequence[ArtifactSection]) -> KnowledgeBase:
    """The process-wide knowledge base, loaded once (thread-safe) and checked against
    ``sections`` (see :func:`open_knowledge`). Tests may call :func:`reset_knowledge_cache`
    or pass another ``data_dir``."""
    # Keyed by directory only: workers forked after a load share the pages copy-on-write.
    key = str(Path(data_dir) if data_dir else paths.data_dir())
    with _lock:
        kb = _cache.get(key)
        if kb is None:
            kb = open_knowledge(key, sections=sections)
            _cache[key] = kb
        return kb


def reset_knowledge_cache() -> None:
    with _lock:
        _cache.clear()


def ensure_knowledge(
    data_dir: Path | str | None = None,
    progress: Progress = lambda step, fraction: None,
    on_rebuild: Callable[[str], None] = lambda message: None,
    *,
    sections: Sequence[ArtifactSection],
) -> KnowledgeBase:
    """Load the knowledge base, building it (with ``sections``) first when it is missing,
    damaged or stale.

    ``on_rebuild`` receives the one-sentence reason before a rebuild starts.
    """
    try:
        return load_knowledge(data_dir, sections=sections)
    except ArtifactError as exc:
        on_rebuild(str(exc))
        directory = Path(data_dir) if data_dir else paths.data_dir()
        hpo_dir = None
        try:
            header = read_header(current_artifact(directory)).header
            folder = header.get("sources", {}).get("folder")
            if folder and Path(folder).is_dir() and Path(folder) != paths.embedded_release_dir():
                hpo_dir = folder
        except (ArtifactError, OSError):
            pass
        build_knowledge(hpo_dir, directory, progress, sections=sections)
        reset_knowledge_cache()
        return load_knowledge(directory, sections=sections)
