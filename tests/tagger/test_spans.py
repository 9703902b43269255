"""Spans are character offsets into the original text."""

from __future__ import annotations


def test_each_span_points_at_the_words_that_evoked_the_term(tagger):
    text = "Yesterday: a bad headache, then I threw up twice. No fever."
    result = tagger.tag(text)
    spans = {t.label: text[t.start : t.end] for t in result.terms}
    assert spans["Headache"] == "headache"
    assert spans["Vomiting"] == "threw up"
    assert spans["Fever"] == "fever"


def test_spans_survive_accents_curly_quotes_and_emoji(tagger):
    text = "Naïve question 🙂 — I’ve had “pins and needles” in my toes"
    result = tagger.tag(text)
    term = next(t for t in result.terms if t.hpo == "HP:0003401")
    assert text[term.start : term.end] == "pins and needles"


def test_a_phrase_split_by_other_words_spans_all_of_them(tagger):
    text = "my liver is really quite enlarged"
    term = next(t for t in tagger.tag(text).terms if t.hpo == "HP:0002240")
    assert text[term.start : term.end] == "liver is really quite enlarged"


def test_spans_are_within_the_text_on_a_long_paragraph(tagger):
    text = ("Since March she has had headaches, nausea and blurry vision. " * 20).strip()
    result = tagger.tag(text)
    assert result.terms
    for t in result.terms:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end].strip() == text[t.start : t.end]
