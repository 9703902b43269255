"""The shipped lay vocabulary is consistent with the release."""

from __future__ import annotations

from raremap.engine.tagger.vocabulary import lay_vocabulary
from raremap.knowledge.ontology import PHENOTYPIC_ABNORMALITY


def test_every_hpo_id_in_the_data_is_a_current_phenotype_term(kb):
    vocab = lay_vocabulary()
    ids = set(vocab.expressions) | {h for ids in vocab.abbreviations.values() for h in ids}
    assert len(ids) > 100
    for hpo in ids:
        assert kb.ontology.current(hpo) == hpo, hpo
        assert kb.ontology.is_a(hpo, PHENOTYPIC_ABNORMALITY), hpo


def test_no_lay_expression_is_only_filler(tagger):
    # an expression whose words are all stop or weak words would match anything
    lex = tagger.lexicon
    weak = tagger.normaliser.weak
    inverse = {v: k for k, v in lex.vocab.items()}
    for e, source in enumerate(lex.entry_source):
        if source == "lay vocabulary":
            assert any(inverse[t] not in weak for t in lex.entry_tokens[e]), lex.entry_text[e]


def test_negation_cues_are_words_not_yaml_booleans():
    cues = lay_vocabulary().negation
    assert "no" in cues["pre"]
    assert all(isinstance(c, str) for group in cues.values() for c in group)


def test_the_dictionary_holds_every_name_and_synonym_kind(tagger):
    sources = set(tagger.lexicon.entry_source)
    assert {"name", "synonym", "lay name", "lay vocabulary"} <= sources
    assert "SOB" in tagger.lexicon.abbreviations


def test_the_tagger_is_built_once_per_knowledge_base(kb, tagger):
    from raremap.engine.tagger import get_tagger

    assert get_tagger(kb) is tagger


def test_no_phrase_is_listed_twice_for_a_term():
    for phrases in lay_vocabulary().expressions.values():
        assert len(phrases) == len(set(phrases))
