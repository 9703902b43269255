"""Clinical prose: adjectives standing for their nouns, repeated mentions, relatives'
findings kept apart. Hand-written sentences in the style of a case report."""

from __future__ import annotations

from collections import Counter

from raremap.engine.tagger.morphology import adjective_nouns

DYSPLASTIC_PATELLA = "HP:0006446"
ABNORMAL_CLAVICLE = "HP:0000889"
BASAL_CELL_CARCINOMA = "HP:0002671"
CARCINOMA = "HP:0030731"
BRACHYCEPHALY = "HP:0000248"
SEIZURE = "HP:0001250"


def present(result) -> set[str]:
    return {t.hpo for t in result.terms if not t.negated}


def test_adjectives_are_paired_with_the_noun_of_their_root():
    uses = Counter({"clavicular": 3, "clavicle": 9, "vertebral": 4, "vertebra": 5, "ataxic": 2,
                    "ataxia": 7, "asymmetrical": 2, "asymmetric": 3, "asymmetry": 8, "plantar": 4,
                    "plant": 2, "renal": 5, "tubular": 2})
    pairs = adjective_nouns(uses, frozenset({"plantar"}))
    assert pairs["clavicular"] == "clavicle"
    assert pairs["vertebral"] == "vertebra"
    assert pairs["ataxic"] == "ataxia"
    assert pairs["asymmetrical"] == "asymmetry"  # through "asymmetric"
    assert "plantar" not in pairs  # refused: not about a plant
    assert "renal" not in pairs and "tubular" not in pairs  # no noun of that root in use


def test_the_adjective_of_a_body_part_finds_the_noun_form_of_the_term(tagger):
    result = tagger.tag("She had bilateral patellar dysplasia and an abnormal clavicular shape.")
    assert {DYSPLASTIC_PATELLA, ABNORMAL_CLAVICLE} <= present(result)


def test_an_adjective_is_not_read_as_an_inflammation_of_the_same_root(tagger):
    hpo = {t.hpo for t in tagger.tag("Retinal examination was performed.").terms}
    assert "HP:0032118" not in hpo  # Retinitis


def test_a_second_mention_does_not_leave_a_broader_term_behind(tagger):
    text = ("The basal cell nevus syndrome was confirmed. A single basal cell carcinoma was "
            "removed from her back.")
    found = present(tagger.tag(text))
    assert BASAL_CELL_CARCINOMA in found
    assert CARCINOMA not in found  # its words are the second mention of the same finding


def test_a_relatives_findings_are_kept_apart_from_the_persons(tagger):
    result = tagger.tag("Her mother had severe brachycephaly. The girl has seizures.")
    assert BRACHYCEPHALY not in present(result)
    assert SEIZURE in present(result)
    assert BRACHYCEPHALY in {t.hpo for t in result.relatives}
    assert SEIZURE not in {t.hpo for t in result.relatives}


def test_each_item_of_a_list_is_read_with_the_shared_head_word(tagger):
    found = present(tagger.tag("The proband had branchial, otic and renal anomalies."))
    assert {"HP:0009794", "HP:0000598", "HP:0000077"} <= found  # branchial, ear, kidney
    found = present(tagger.tag("It combines ophthalmic, articular, and auditory manifestations."))
    assert {"HP:0000478", "HP:0001367", "HP:0000364"} <= found  # eye, joint, hearing


def test_a_list_of_whole_findings_is_not_read_as_one_head(tagger):
    found = present(tagger.tag("He had branchial clefts, lip pseudoclefts, and identical unusual "
                               "facial appearance."))
    assert "HP:0002006" not in found  # Tessier cleft ("clefts ... facial")


def test_multiple_and_numerous_are_one_word(tagger):
    assert "HP:0001054" in present(tagger.tag("Examination showed multiple nevi."))


def test_on_a_tie_the_term_named_so_wins_over_a_lay_name(tagger):
    found = present(tagger.tag("He has ear anomalies."))
    assert "HP:0000598" in found  # Abnormality of the ear (its name)
    assert "HP:0000356" not in found  # Abnormality of the outer ear (a lay name)


def test_a_long_text_wants_a_closer_match_than_a_short_line(tagger):
    loose = "affected by this syndrome in order to establish if this anomaly"
    guessed = {t.hpo for t in tagger.tag(loose).terms if t.source == "meaning"}
    assert guessed  # a short line is read loosely by meaning (a broad nervous-system term)
    text = (f"Several relatives were {loose} segregates. We describe two brothers with a dominant "
            "form of the disorder and review the twelve reported families, none of which had been "
            "examined with modern imaging; the findings suggest a single locus on chromosome 9.")
    assert len(text) > 280
    assert not guessed & {t.hpo for t in tagger.tag(text).terms}


def test_an_abbreviation_the_text_defines_otherwise_is_not_the_known_one(tagger):
    result = tagger.tag("Children with autism spectrum disorder (ASD) were studied. ASD was confirmed.")
    assert "HP:0001631" not in {t.hpo for t in result.terms}  # Atrial septal defect
    result = tagger.tag("He had an atrial septal defect (ASD). The ASD was closed.")
    assert "HP:0001631" in {t.hpo for t in result.terms}


def test_a_hyphenated_code_is_not_an_abbreviation(tagger):
    assert "HP:0031659" not in {t.hpo for t in tagger.tag("occult spina bifida at L5-S4").terms}
    assert "HP:0031659" in {t.hpo for t in tagger.tag("an S4 gallop was heard").terms}


def test_in_a_long_text_a_lone_lay_word_is_not_enough(tagger):
    assert "HP:0000670" in {t.hpo for t in tagger.tag("there is a cavity in my tooth").terms}
    text = ("Computed tomography of the chest showed a thin-walled cavity in the right upper lobe "
            "and several small nodules; the lesions cross the midline of the mediastinum. Biopsy "
            "of the largest nodule was performed to establish the diagnosis, and cultures were "
            "sent for mycobacteria and fungi before any treatment was started.")
    assert len(text) > 280
    found = {t.hpo for t in tagger.tag(text).terms}
    assert "HP:0000670" not in found  # Carious teeth, from "cavity"
    assert "HP:0000486" not in found  # Strabismus, from "cross"


def test_british_spellings_fold_to_american_ones(tagger):
    from raremap.engine.tagger.words import american

    assert [american(w) for w in ("naevus", "haemorrhage", "oedema", "diarrhoea", "toe", "shoes")] == [
        "nevus", "hemorrhage", "edema", "diarrhea", "toe", "shoes"]
    assert BASAL_CELL_CARCINOMA in present(tagger.tag("A basal cell naevus was removed."))


def test_latin_plurals_are_their_singulars():
    from raremap.engine.tagger.morphology import latin_plurals

    uses = Counter({"nevus": 5, "epiphysis": 3, "phalanx": 4, "diverticulum": 2, "medium": 2})
    pairs = latin_plurals(uses, frozenset({"media"}))
    assert pairs["nevi"] == "nevus"
    assert pairs["epiphyses"] == "epiphysis"
    assert pairs["phalanges"] == "phalanx"
    assert pairs["diverticula"] == "diverticulum"
    assert "media" not in pairs  # "otitis media" is not about a medium


def test_a_latin_singular_finds_the_plural_name(tagger):
    found = present(tagger.tag("A single exostosis was found."))
    assert "HP:0100777" in found  # Exostoses
    assert "HP:0002762" not in found  # Multiple exostoses
    colon = tagger.tag("a colonic diverticulum").terms
    assert [t.hpo for t in colon] == ["HP:0002253"]  # Colonic diverticula


def test_a_relatives_list_of_findings_is_theirs_to_its_end(tagger):
    result = tagger.tag("Her mother had branchial, otic and renal anomalies.")
    assert not present(result)
    assert {"HP:0009794", "HP:0000598", "HP:0000077"} <= {t.hpo for t in result.relatives}
    result = tagger.tag("My mother has asthma, eczema and migraines, and I have seizures")
    assert present(result) == {SEIZURE}


def test_a_long_message_in_the_first_person_is_read_like_a_short_line(tagger):
    text = ("Since the spring my son has had a hard time at school and at home. He comes back "
            "from football practice completely drained and goes straight to his room; his "
            "teachers noticed it as well and asked us whether something changed at home, which "
            "it has not as far as we can tell, and the coach has asked the same question twice.")
    assert len(text) > 280
    assert "HP:0012378" in present(tagger.tag(text))  # Fatigue, from the lay word "drained"
