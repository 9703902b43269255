"""The site's one de-identification detector, for every form (experiences, inquiries and
their publication, error reports): built once per process from the knowledge base (disease
names as allow-list) and the Presidio/spaCy model when installed. ``warm_up`` builds it
before the first request (in the gunicorn master, shared by the workers)."""

from __future__ import annotations

from functools import lru_cache

from raremap.privacy import Detector, Finding, build_detector, redact, segments
from raremap.web.knowledge import get_kb


@lru_cache(maxsize=1)
def detector() -> Detector:
    return build_detector(get_kb())


def findings(text: str) -> list[Finding]:
    return detector().find(text)


def highlight(text: str) -> list[tuple[str, str | None]]:
    return segments(text, findings(text))


def redacted(text: str) -> str:
    return redact(text, findings(text))
