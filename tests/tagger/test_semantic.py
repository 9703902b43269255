"""Matching by meaning over the real release, and falling back to words when the model or
its vectors cannot be used."""

from __future__ import annotations

import copy
import logging
import types

import numpy as np
import pytest

from raremap.engine.tagger import fusion, matcher, semantic
from raremap.engine.tagger.embedding import ModelUnavailable
from raremap.engine.tagger.matcher import Tagger

HYPERPIGMENTATION = "HP:0000953"
PARESTHESIA = "HP:0003401"
DYSPNEA = "HP:0002094"
EXERTIONAL_DYSPNEA = "HP:0002875"
FISH_ODOR = "HP:0410020"
VAGINAL_FISH_ODOR = "HP:0410022"
RECURRENT_CHEST_INFECTIONS = "HP:0002783"
FEVER = "HP:0001945"


def present(result):
    return [t.hpo for t in result.terms if not t.negated]


def test_the_tagger_has_term_vectors(tagger):
    assert tagger.semantic is not None, "run 'raremap init' to embed the terms"
    assert len(tagger.semantic.vectors) > 18_000


SHORT_STATURE = "HP:0004322"
COLD_INTOLERANCE = "HP:6000855"


@pytest.fixture(scope="module")
def words_only(tagger):
    # What Tagger(kb, semantic=False) builds (the same dictionary, no meaning index),
    # without building the dictionary again.
    words = copy.copy(tagger)
    words.semantic = None
    return words


@pytest.mark.parametrize(("text", "hpo"), [("he is much shorter than other boys his age", SHORT_STATURE),
                                           ("she can never get warm", COLD_INTOLERANCE)])
def test_meaning_finds_what_words_miss(tagger, words_only, text, hpo):
    assert present(words_only.tag(text)) == []
    result = tagger.tag(text)
    assert present(result)[:1] == [hpo]
    top = result.terms[0]
    assert top.source == "meaning" and text[top.start : top.end] == text
    assert top.to_dict().keys() == {"hpo", "label", "start", "end", "score", "negated"}


def test_a_typed_sentence_gives_both_findings(tagger):
    result = tagger.tag("my son has pins and needles in his feet and his skin is getting darker")
    assert {PARESTHESIA, HYPERPIGMENTATION} <= set(present(result))


def test_a_word_match_stands_when_its_own_clause_means_it(tagger):
    # Three findings in one sentence: the whole sentence is far from each term's meaning,
    # but "I get winded on the stairs" says Dyspnea; the other findings are still read.
    result = tagger.tag("I get winded on the stairs, no fever, and my skin is weird")
    assert "HP:0002094" in present(result)
    assert "HP:0001945" in [t.hpo for t in result.terms if t.negated]


def test_a_firm_match_keeps_the_rest_of_its_sentence_from_adding_noise(tagger):
    assert present(tagger.tag("his skin has turned a darker brown colour")) == [HYPERPIGMENTATION]


def test_a_denial_in_another_clause_does_not_deny_the_description(tagger):
    # "not even in summer" denies nothing about being cold: the clause that says the
    # finding is "she can never get warm", read as one phrase
    assert COLD_INTOLERANCE in present(tagger.tag("she can never get warm, not even in summer"))


def test_a_word_match_in_a_short_text_is_scored_with_the_meaning_of_its_sentence(tagger):
    result = tagger.tag("his skin keeps getting darker, no cream helps")
    top = result.terms[0]
    assert top.hpo == HYPERPIGMENTATION and top.source != "meaning"
    assert 0.5 < top.score < 1.0  # similarity to the sentence + a share of the word match


def test_a_denied_description_is_negated(tagger):
    result = tagger.tag("he is not shorter than other boys his age")
    assert SHORT_STATURE not in present(result)


def test_a_relatives_description_is_left_out(tagger):
    assert present(tagger.tag("my brother is much shorter than other boys his age")) == []


def test_the_words_of_a_denied_match_are_not_read_by_meaning(tagger):
    # "have no fever" read by meaning is the nearest term to an absent fever, and outbid
    # the winded stairs: the words of a match already denied are left out of the query
    result = tagger.tag("I get winded on the stairs and have no fever")
    got = {(t.hpo, t.negated) for t in result.terms}
    # Dyspnea, or its narrower Exertional dyspnea: breathless on the stairs is on exertion
    assert got in ({(DYSPNEA, False), (FEVER, True)}, {(EXERTIONAL_DYSPNEA, False), (FEVER, True)})


def test_a_sentence_saying_normal_adds_no_abnormality(tagger):
    assert tagger.tag("Her heart scan was normal.").terms == ()
    assert tagger.tag("his growth is fine").terms == ()


@pytest.mark.parametrize("text", ["we went to the seaside on holiday and had ice cream",
                                  "please send me the invoice for last month"])
def test_nothing_close_gives_no_answer(tagger, text):
    assert tagger.tag(text).terms == ()


def test_without_the_model_the_tagger_matches_words_and_logs_a_warning(kb, tagger, monkeypatch, caplog):
    def missing():
        raise ModelUnavailable("The sentence-embedding model is not installed.")

    monkeypatch.setattr(semantic, "load_encoder", missing)
    # The dictionary is the session tagger's: building it again is not what is tested here.
    monkeypatch.setattr(matcher, "build_lexicon", lambda *args: tagger.lexicon)
    with caplog.at_level(logging.WARNING, logger="raremap.engine.tagger.semantic"):
        fallback = Tagger(kb)
    assert fallback.semantic is None
    assert any("Semantic matching is off" in r.getMessage() for r in caplog.records)
    assert present(fallback.tag("fever and a cough")) == ["HP:0001945", "HP:0012735"]
    assert fallback.tag("she can never get warm").terms == ()


def _kb_at(kb, path):
    return types.SimpleNamespace(path=path, ontology=kb.ontology, release=kb.release)


def test_missing_damaged_and_stale_vectors_are_refused(kb, tagger, tmp_path):
    encoder = tagger.semantic.encoder
    other = _kb_at(kb, tmp_path / "hpo.kb")
    with pytest.raises(semantic.VectorsUnavailable, match="No term vectors"):
        semantic.load_vectors(other, encoder)
    semantic.vectors_path(other).write_bytes(b"\x93NUMPY garbage")
    with pytest.raises(semantic.VectorsUnavailable, match="damaged"):
        semantic.load_vectors(other, encoder)
    stale = _kb_at(kb, tmp_path / "stale.kb")
    stale.release = "1999-01-01"
    semantic.vectors_path(stale).write_bytes(semantic.vectors_path(kb).read_bytes())
    with pytest.raises(semantic.VectorsUnavailable, match="out of date"):
        semantic.load_vectors(stale, encoder)


def _slot(tagger, label):
    return tagger.lexicon.labels.index(label)


def _fixed_similarities(tagger, monkeypatch, **by_label):
    import numpy as np

    scores = np.full(len(tagger.lexicon.term_ids), 0.05, dtype=np.float32)
    for label, value in by_label.items():
        scores[_slot(tagger, label.replace("_", " "))] = value
    monkeypatch.setattr(tagger.semantic, "term_similarities", lambda query: scores.copy())


TEXT = "blorpy fleemish wuggle"  # no word the lexical matcher knows


def test_close_candidates_become_a_question_and_the_best_is_kept(tagger, monkeypatch):
    _fixed_similarities(tagger, monkeypatch, Fatigue=0.62, Insomnia=0.61)
    result = tagger.tag(TEXT)
    assert [t.label for t in result.terms] == ["Fatigue"]
    (question,) = result.questions
    assert [c.label for c in question.choices] == ["Fatigue", "Insomnia"]


def test_a_clear_winner_asks_nothing_and_nothing_close_answers_nothing(tagger, monkeypatch):
    _fixed_similarities(tagger, monkeypatch, Petechiae=0.62, Ecchymosis=0.4)
    result = tagger.tag(TEXT)
    assert [t.label for t in result.terms] == ["Petechiae"] and result.questions == ()
    _fixed_similarities(tagger, monkeypatch, Petechiae=0.40)
    assert tagger.tag(TEXT).terms == ()


def test_two_close_siblings_land_on_their_parent_and_offer_all_three(tagger, monkeypatch):
    _fixed_similarities(tagger, monkeypatch, Petechiae=0.62, Ecchymosis=0.61, Macular_purpura=0.55)
    result = tagger.tag(TEXT)
    assert [t.label for t in result.terms] == ["Macular purpura"]
    (question,) = result.questions
    assert [c.label for c in question.choices] == ["Petechiae", "Ecchymosis", "Macular purpura"]


def test_a_parent_far_from_the_text_in_meaning_is_not_returned(tagger, monkeypatch):
    _fixed_similarities(tagger, monkeypatch, Petechiae=0.62, Ecchymosis=0.61, Macular_purpura=0.3)
    result = tagger.tag(TEXT)
    assert [t.label for t in result.terms] == ["Petechiae"]
    (question,) = result.questions
    assert [c.label for c in question.choices] == ["Petechiae", "Ecchymosis"]


def test_the_narrowest_term_gathering_close_candidates_is_returned(tagger, monkeypatch):
    # Purpura holds Petechiae (through Macular purpura) and Palpable purpura: the
    # narrowest term that holds two of the close ones, not only a shared direct parent
    _fixed_similarities(tagger, monkeypatch, Petechiae=0.62, Palpable_purpura=0.61, Purpura=0.58,
                        Macular_purpura=0.4)
    assert [t.label for t in tagger.tag(TEXT).terms] == ["Purpura"]


def test_among_close_terms_the_one_whose_name_the_text_says_more_of_comes_first(tagger, monkeypatch):
    # the text says "odor": "Fish odor" has one word it does not say, "Recurrent lower
    # respiratory tract infections" five
    text = "blorpy fleemish odor"
    _fixed_similarities(tagger, monkeypatch, Recurrent_lower_respiratory_tract_infections=0.62, Fish_odor=0.605)
    assert present(tagger.tag(text))[:1] == [FISH_ODOR]
    monkeypatch.setattr(fusion, "ABSENT_WORD_COST", 0.0)
    assert present(tagger.tag(text))[:1] == [RECURRENT_CHEST_INFECTIONS]


def test_a_word_the_text_does_not_say_changes_the_order_not_whether_to_answer(tagger, monkeypatch):
    _fixed_similarities(tagger, monkeypatch, Vaginal_fish_odor=0.455)
    assert present(tagger.tag(TEXT)) == [VAGINAL_FISH_ODOR]  # 0.455 less 0.03 is still an answer


def test_sentences_read_in_one_pass_tag_like_sentences_read_one_by_one(tagger, monkeypatch):
    # The sentences of a text and the words beside a firm match go through the model
    # together; reading each text alone must give the same terms, scores and questions.
    texts = ["my son has pins and needles in his feet and his skin is getting darker",
             "I get winded on the stairs, no fever, and my skin is weird. My hands shake. I am always tired",
             "the echo showed his heart muscle walls are thick. He faints when he stands up",
             "never had fits but my joints ache and bend too far"]
    encoder = tagger.semantic.encoder
    encoder._states.clear()
    together = [tagger.tag(t) for t in texts]

    def one_by_one(many):
        return [(encoder._hidden(np.asarray([encoder.tokenizer.encode(t).ids]),
                                 np.ones((1, len(encoder.tokenizer.encode(t).ids)), dtype=np.int64))[0],
                 list(encoder.tokenizer.encode(t).offsets)) for t in many]

    monkeypatch.setattr(encoder, "token_states_many", one_by_one)
    assert [tagger.tag(t) for t in texts] == together


def test_a_terms_similarity_is_its_best_phrase_and_a_kept_result_is_handed_out_as_a_copy(tagger):
    index = tagger.semantic
    query = index.encoder.encode(["the skin on my shins keeps flaking off"])[0]
    expected = np.full(len(index.vectors.term_ids), -np.inf, dtype=np.float32)
    np.maximum.at(expected, index.vectors.phrase_term, index.similarities(query))
    expected[np.isneginf(expected)] = -1.0  # a term without phrases
    first = index.term_similarities(query)
    assert np.array_equal(first, expected)
    first[:] = 7.0  # the fusion adds bonuses to the array it gets
    assert np.array_equal(index.term_similarities(query), expected)


@pytest.mark.parametrize("seed", range(6))
def test_the_best_first_are_the_full_sorts_first_ties_included(seed):
    rng = np.random.default_rng(seed)
    n = [18000, 12, 7, 6, 5, 2000][seed]
    for trial in range(300):
        scores = rng.uniform(-1, 1, n).astype(np.float32)
        if trial % 3 == 0:  # ties among the best or at the k-th place
            scores[rng.choice(n, 3, replace=False)] = scores.max()
        elif trial % 3 == 1:
            scores = np.round(scores, 1)  # many ties
        if trial % 50 == 0:  # the worst scores and the best at the edges of float32
            scores[rng.choice(n, 2, replace=False)] = [-np.inf, np.float32(-1e38)]
        for k in (1, 5, 10, 11):
            assert np.array_equal(semantic.best_first(scores, k), np.argsort(-scores)[:k])


SEIZURE = "HP:0001250"


def test_a_word_match_lends_its_bonus_to_the_narrower_term_the_sentence_means(tagger, monkeypatch):
    # "fits" says Seizure; the rest of the sentence says which kind: a narrower term of
    # the word match that is nearer in meaning comes first, and nothing else than a kind
    # of seizure does.
    text = "she has fits where she just stares into space for a few seconds"
    first = present(tagger.tag(text))[0]
    assert first != SEIZURE and tagger.kb.ontology.is_a(first, SEIZURE)
    assert "absence" in tagger.kb.ontology.name(first).lower()
    monkeypatch.setattr(fusion, "NARROWER_MARGIN", 2.0)  # no narrower term is ever that much nearer
    monkeypatch.setattr(fusion, "LEXICAL_BONUS", 0.25)  # a bonus the meaning alone does not outweigh here
    assert present(tagger.tag(text))[0] == SEIZURE


PALLOR = "HP:0000980"


def test_one_word_of_a_long_sentence_does_not_decide_what_it_says(tagger, monkeypatch):
    # "very pale" is a lay expression of Pallor; in a long sentence about hair it is one
    # word among many and the sentence's meaning decides; in a short one it stands.
    long = "her hair has always been very pale and almost white unlike her brothers and sisters"
    assert PALLOR not in present(tagger.tag(long))
    assert "hair" in tagger.kb.ontology.name(present(tagger.tag(long))[0]).lower()
    assert PALLOR in present(tagger.tag("our son is very pale and tired all the time"))
    monkeypatch.setattr(fusion, "ONE_WORD_SENTENCE", 99)  # every word match may be firm again
    assert present(tagger.tag(long))[0] == PALLOR


def test_a_word_match_the_words_rule_out_sends_nothing_more_to_the_model(tagger, monkeypatch):
    # "very pale" is one word of a long sentence: the words alone say it is not firm, so
    # the words beside it are not read apart and the sentence goes through the model alone,
    # in one pass; the tags are those of reading every text one by one.
    text = "her hair has always been very pale and almost white unlike her brothers and sisters"
    encoder = tagger.semantic.encoder
    encoder._states.clear()
    sent = []
    many = encoder.token_states_many
    monkeypatch.setattr(encoder, "token_states_many", lambda texts: sent.append(list(texts)) or many(texts))
    monkeypatch.setattr(encoder, "token_states", lambda t: sent.append([t]) or many([t])[0])
    result = tagger.tag(text)
    assert sent == [[text]]
    assert PALLOR not in present(result)


def test_similarities_are_the_dot_products_with_every_phrase_vector(tagger):
    # the term matrix is kept as columns (one per phrase): the products are still the
    # cosine of the query with each phrase, less the discount of a term's name or of a
    # definition's sentence, and a single term's best is its phrases' best
    index = tagger.semantic
    query = index.encoder.encode(["my skin is getting darker"])[0]
    sims = index.similarities(query)
    is_name = np.array([index.vectors.phrases[i].lower() == tagger.kb.ontology.name(
        index.vectors.term_ids[s]).lower() for i, s in enumerate(index.vectors.phrase_term)])
    assert is_name.sum() == len(index.vectors.term_ids)  # one name per term
    exact = index.vectors.matrix.astype(np.float64) @ query.astype(np.float64)
    ont = tagger.kb.ontology
    is_definition = np.array([not is_name[i] and index.vectors.phrases[i] == semantic.definition_phrase(
        ont.term(index.vectors.term_ids[s]).definition) for i, s in enumerate(index.vectors.phrase_term)])
    assert is_definition.sum() > 10_000  # most terms have no everyday phrase
    exact -= np.where(is_name, semantic.NAME_DISCOUNT, np.where(is_definition, semantic.DEFINITION_DISCOUNT, 0.0))
    assert sims.shape == (len(index.vectors),) and np.abs(sims - exact).max() < 1e-5
    best = index.term_similarities(query)
    slot = int(np.argmax(best))
    rows = np.flatnonzero(index.vectors.phrase_term == slot)
    assert index.term_similarity(query, slot) == pytest.approx(float(exact[rows].max()), abs=1e-5)
    assert best[slot] == pytest.approx(float(exact[rows].max()), abs=1e-5)


def test_a_term_without_everyday_phrases_is_also_read_by_its_definition(kb):
    term_ids, phrases, slots = semantic.term_phrases(kb)
    ont = kb.ontology
    by_term: dict[str, list[str]] = {}
    for p, s in zip(phrases, slots, strict=True):
        by_term.setdefault(term_ids[s], []).append(p)
    for tid, texts in list(by_term.items())[:3000]:
        definition = semantic.definition_phrase(ont.term(tid).definition)
        lay = [t for t in texts if t != ont.name(tid) and t != definition]
        assert (definition in texts) == (not lay and bool(definition)), tid


def test_a_definition_phrase_is_its_first_sentence():
    assert semantic.definition_phrase("A small lump. It grows.") == "A small lump."
    assert semantic.definition_phrase("  No full stop\n here ") == "No full stop here"
    assert semantic.definition_phrase(None) == ""
