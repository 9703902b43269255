"""Empty, huge and hostile input: a clear error or an empty result, never a crash."""

from __future__ import annotations

import pytest

from raremap.engine.tagger import MAX_TEXT_CHARS, TextTooLongError


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "...!!!", "😀😀", "12345", "\x00\x00"])
def test_text_without_words_gives_no_terms(tagger, text):
    result = tagger.tag(text)
    assert result.terms == ()
    assert result.questions == ()


def test_text_over_the_limit_is_refused_with_a_clear_message(tagger):
    with pytest.raises(TextTooLongError, match="limit is"):
        tagger.tag("a" * (MAX_TEXT_CHARS + 1))


def test_text_at_the_limit_is_tagged(tagger):
    text = ("fever and cough " * (MAX_TEXT_CHARS // 16))[:MAX_TEXT_CHARS]
    result = tagger.tag(text)
    assert {"HP:0001945", "HP:0012735"} <= {t.hpo for t in result.terms}


def test_a_non_string_is_refused(tagger):
    with pytest.raises(TypeError):
        tagger.tag(None)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('fever')</script>",
        "'; DROP TABLE terms; -- headache",
        "fever\x00cough\u202eesuoh",
        "ﬁ ﬂ ǅ Ⅻ ½ headache",
        "seizure" * 500,
        "no " * 2000 + "fever",
        "a, " * 3000,
    ],
)
def test_hostile_text_is_handled(tagger, text):
    result = tagger.tag(text)
    for t in result.terms:
        assert 0 <= t.start < t.end <= len(text)


def test_the_limit_option_caps_the_terms(tagger):
    assert len(tagger.tag("fever, cough, headache, rash and vomiting", limit=2).terms) == 2
