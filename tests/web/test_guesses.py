"""When a search hit is a plausible reading of a mistyped address."""

from raremap.knowledge.closeness import allowed_edits, plausible


def test_the_allowance_grows_with_the_words_length():
    assert [allowed_edits(w) for w in ("nope", "marfn", "nonprogressive")] == [0, 1, 2]


def test_a_short_word_one_edit_away_is_not_plausible():
    assert not plausible("nope", "Prominent nose")


def test_a_typo_in_a_long_word_and_exact_words_are_plausible():
    assert plausible("marfn syndrome", "Marfan syndrome")
    assert plausible("nonprogressive", "Nonprogressive congenital ataxia")
    assert plausible("syndromes", "Marfan syndrome")  # a plural


def test_every_word_must_be_close():
    assert not plausible("marfan banana", "Marfan syndrome")
    assert not plausible("", "Marfan syndrome")
