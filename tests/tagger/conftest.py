"""The tagger over the session's real knowledge base (built once for the whole area)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def tagger(kb):
    from raremap.engine.tagger import get_tagger

    return get_tagger(kb)

