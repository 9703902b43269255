"""OMIM titles written in capitals are shown in sentence case; every other name is kept."""

from raremap.knowledge.name_case import readable_name


def test_capital_omim_titles_read_in_sentence_case():
    assert readable_name("OMIM:272300", "SULFOCYSTEINURIA") == "Sulfocysteinuria"
    assert readable_name("OMIM:400047", "DEAFNESS, Y-LINKED 2") == "Deafness, Y-linked 2"
    # Short letter groups that are not plain words stay in capitals; small words do not.
    assert readable_name("OMIM:151430", "B-CELL CLL/LYMPHOMA 2") == "B-cell CLL/lymphoma 2"
    assert (readable_name("OMIM:126840", "DUODENAL ULCER DUE TO ANTRAL G-CELL HYPERFUNCTION")
            == "Duodenal ulcer due to antral G-cell hyperfunction")


def test_names_with_small_letters_and_orphanet_names_are_kept():
    assert readable_name("OMIM:147791", "POEMS syndrome") == "POEMS syndrome"
    assert readable_name("ORPHA:79330", "MOGS-CDG") == "MOGS-CDG"  # a gene symbol
    assert readable_name("OMIM:1", "123") == "123"


def test_the_real_release_shows_no_omim_title_in_capitals(kb):
    diseases = kb.diseases
    shouting = [n for d, n in zip(diseases.ids, diseases.names, strict=True)
                if d.startswith("OMIM:") and sum(c.isalpha() for c in n) > 6 and not any(c.islower() for c in n)]
    assert shouting == []
    assert kb.disease("OMIM:272300").name == "Sulfocysteinuria"
    assert kb.search("sulfocysteinuria", kind="disease", limit=1)[0].label == "Sulfocysteinuria"
