"""Edge cases of the three release parsers, on small hand-made inputs."""

import pytest

from raremap.knowledge.parsers import ParseError
from raremap.knowledge.parsers.genes import parse_genes
from raremap.knowledge.parsers.hpoa import parse_hpoa
from raremap.knowledge.parsers.obo import parse_obo

HPOA_HEAD = [
    "#description: x\n",
    "database_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\tsex\tmodifier\taspect\tbiocuration\n",
]


def row(**overrides):
    fields = {
        "database_id": "OMIM:1", "disease_name": "D", "qualifier": "", "hpo_id": "HP:0000001",
        "reference": "PMID:1", "evidence": "PCS", "onset": "", "frequency": "", "sex": "",
        "modifier": "", "aspect": "P", "biocuration": "HPO:a[2020-01-01]",
    }  # fmt: skip
    fields.update(overrides)
    return "\t".join(fields.values()) + "\n"


def test_obo_reads_synonym_types_and_escaped_quotes(mini_release):
    header, terms = parse_obo(open(mini_release / "hp.obo", encoding="utf-8"))
    assert header.release == "2030-01-01"
    par = next(t for t in terms if t.id == "HP:0003401")
    assert ("Tingling", "EXACT", "layperson") in par.synonyms
    assert ("Paresthesias", "EXACT", "plural_form") in par.synonyms
    assert ("Pricking", "RELATED", "") in par.synonyms
    assert par.definition == 'Abnormal sensations such as tingling, with "no" apparent cause.'
    assert par.alt_ids == ["HP:0002082"]
    assert par.xrefs == ["UMLS:C0030554"]
    old = next(t for t in terms if t.id == "HP:0000999")
    assert old.is_obsolete and old.replaced_by == "HP:0001250"
    assert all(t.id != "part_of" for t in terms), "Typedef stanzas are not terms"


@pytest.mark.parametrize(
    ("lines", "line_no", "words"),
    [
        (["[Term]\n", "id: HP:0000001\n", "name All\n"], 3, "tag: value"),
        (["[Term]\n", "id: XX:1\n"], 2, "not an HPO id"),
        (["[Term]\n", "name: x\n"], 2, "before the term's 'id'"),
        (["[Term]\n", "id: HP:0000001\n", "name: a\n", "synonym: unquoted EXACT []\n"], 4, "quoted"),
        (["[Term]\n", "id: HP:0000001\n", "name: a\n", 'synonym: "x" SOMETIMES []\n'], 4, "scope"),
        (["[Term\n"], 1, "not closed"),
        (["[Term]\n", "id: HP:0000001\n", "is_a: foo\n"], 3, "not an HPO id"),
    ],
)
def test_obo_errors_name_the_line(lines, line_no, words):
    with pytest.raises(ParseError) as err:
        parse_obo(lines)
    assert err.value.line_no == line_no
    assert words in str(err.value)
    assert f"line {line_no}" in str(err.value)


def test_hpoa_reads_every_column():
    header, rows = parse_hpoa(
        ['#description: "HPO annotations for rare diseases [3: OMIM; 1: DECIPHER; 2 ORPHANET]"\n', "#version: 2030-01-01\n"]
        + HPOA_HEAD[1:]
        + [row(qualifier="NOT", reference="PMID:1;OMIM:2", onset="HP:0003577", frequency="2/3",
               sex="male", modifier="HP:0012825;HP:0012828", biocuration="A[2020-01-01];B[2022-02-02]")]
    )
    assert header.counts == {"OMIM": 3, "DECIPHER": 1, "ORPHANET": 2}
    assert header.version == "2030-01-01"
    (r,) = rows
    assert r.negated and r.references == ("PMID:1", "OMIM:2") and r.onset == "HP:0003577"
    assert r.frequency.raw == "2/3" and r.sex == "MALE"
    assert r.modifiers == ("HP:0012825", "HP:0012828")
    assert r.curated_on == "2022-02-02"


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (row(database_id="MONDO:1"), "not an OMIM, ORPHA or DECIPHER id"),
        (row(hpo_id="HP:12"), "not an HPO id"),
        (row(qualifier="MAYBE"), "unknown qualifier"),
        (row(aspect="Z"), "unknown aspect"),
        (row(frequency="often"), "not a frequency"),
        (row(sex="other"), "unknown sex"),
        ("OMIM:1\tD\tHP:0000001\n", "expected 12 tab-separated columns, found 3"),
    ],
)
def test_hpoa_errors_name_the_line(bad, words):
    with pytest.raises(ParseError) as err:
        parse_hpoa(HPOA_HEAD + [row(), bad])
    assert err.value.line_no == 4
    assert words in str(err.value)


def test_genes_keeps_distinct_pairs_and_reports_bad_lines(mini_release):
    genes = parse_genes(open(mini_release / "genes_to_phenotype.txt", encoding="utf-8"))
    assert genes == {"OMIM:100100": {"GENE1": "1234", "ABC2": "99"}}
    with pytest.raises(ParseError, match="line 2: 'x' is not an NCBI gene id"):
        parse_genes(["ncbi_gene_id\tgene_symbol\thpo_id\thpo_name\tfrequency\tdisease_id\n", "x\tA\tHP:1\tn\t-\tOMIM:1\n"])
