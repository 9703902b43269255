"""The server builds the ranking matrices and the tagger before the first request."""

from raremap.engine.tagger import get_tagger
from raremap.web.warmup import warm_up


def test_warm_up_builds_the_tagger_of_the_knowledge_base(kb, monkeypatch):
    monkeypatch.delenv("RAREMAP_WARMUP", raising=False)
    warm_up(kb)
    tagger = get_tagger(kb)
    assert get_tagger(kb) is tagger
    assert tagger.tag("fever").terms


def test_warm_up_can_be_switched_off(kb, monkeypatch):
    calls = []
    monkeypatch.setenv("RAREMAP_WARMUP", "0")
    monkeypatch.setattr("raremap.engine.tagger.get_tagger", lambda kb: calls.append(kb))
    warm_up(kb)
    assert calls == []


def test_warm_up_loads_the_de_identification_detector(kb, monkeypatch, settings):
    from raremap.web import deid

    monkeypatch.delenv("RAREMAP_WARMUP", raising=False)
    deid.detector.cache_clear()
    warm_up(kb)
    assert deid.detector.cache_info().currsize == 1  # the first post finds it built
    built = deid.detector()
    assert built.vocabulary.phrases  # with the knowledge base's disease names
    # The model is loaded when installed (this environment installs it).
    assert built.ner is not None
