"""Detectors on the real knowledge base's allow-list, built once per test module."""

from __future__ import annotations

import pytest

from raremap.privacy import build_detector


@pytest.fixture(scope="module")
def rules_only(kb):
    return build_detector(kb, use_ner=False)


@pytest.fixture(scope="module")
def detector(kb):
    return build_detector(kb)


def kinds(detector, text):
    """(kind, text) of every finding, in reading order."""
    return [(f.kind, f.text) for f in detector.find(text)]
