"""Medical regression suite: answers on diseases where composing from HPO data alone goes
wrong, checked on the real knowledge base for what they must and must not say.

Each case is ``(disease id, question, must say, must not say)`` with the reason in a
comment; every phrase is one assertion (counted by ``test_the_suite_is_large_enough``).
The rules behind the answers are listed in ``docs/answers.md``.
"""

from __future__ import annotations

import pytest

from raremap.answers import answer

NOT_CONTAGIOUS = "No."  # how a "not contagious" answer starts
GENETIC = "is a genetic condition"
CANNOT_TELL = "does not say whether"
INFECTION = "is an infection"
PRION_TRANSMISSION = "through medical procedures"
PRION_FORMS = ("inherited forms", "sporadic forms", "acquired forms")
MANY_PATTERNS = "More than one pattern"

CASES = [
    # -- Prion diseases: inherited, sporadic and acquired forms; transmission has happened
    # through medical procedures, so never "cannot spread" and never "No." to contagious.
    ("OMIM:123400", "contagious", (PRION_TRANSMISSION, "prion disease"), (NOT_CONTAGIOUS, "cannot spread", GENETIC)),
    ("OMIM:123400", "hereditary", (*PRION_FORMS, "autosomal dominant"), ("Yes, Creutzfeldt",)),
    ("OMIM:123400", "causes", ("prion protein",), ("HLA-DQB1 cause",)),
    ("OMIM:137440", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS, "cannot spread")),
    ("OMIM:137440", "hereditary", PRION_FORMS, ()),
    ("OMIM:600072", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS, GENETIC)),
    ("OMIM:600072", "hereditary", PRION_FORMS, ()),
    ("ORPHA:204", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS, CANNOT_TELL)),
    ("ORPHA:204", "hereditary", ("sporadic forms",), ("Missing data does not mean",)),
    ("ORPHA:356", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS,)),
    ("ORPHA:466", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS,)),
    ("ORPHA:282166", "contagious", (PRION_TRANSMISSION,), (NOT_CONTAGIOUS,)),
    ("ORPHA:280397", "causes", ("prion protein",), ("does not say what causes",)),
    # -- Infections, named by the disease's own name (whole words): they answer as
    # infections, are never "genetic conditions", and their hereditary answer does not hint
    # that missing data might mean inherited.
    ("ORPHA:3452", "causes", (), ("links Whipple disease to changes in the gene IRF4. It does not record",
                                  "IRF4 cause", "cause Whipple disease")),
    ("ORPHA:3452", "contagious", (), (GENETIC, "cannot spread")),
    ("ORPHA:1930", "contagious", (INFECTION,), (GENETIC, NOT_CONTAGIOUS)),
    ("ORPHA:1930", "causes", (INFECTION, "None of the genes linked to it is named as its cause"), ("links Herpes simplex virus encephalitis to changes",)),
    ("ORPHA:1930", "hereditary", ("catch an infection rather than inherit it",), ("Yes,", "Missing data does not mean")),
    ("ORPHA:548", "contagious", (INFECTION, "depends on the germ"), (CANNOT_TELL, GENETIC)),
    ("ORPHA:548", "hereditary", ("rather than inherit",), ("Missing data does not mean", "Yes,")),
    ("ORPHA:673", "contagious", (INFECTION, "insects"), (CANNOT_TELL,)),
    ("ORPHA:673", "hereditary", ("rather than inherit",), ("Missing data does not mean",)),
    ("ORPHA:290", "contagious", (INFECTION, "from a mother to her baby"), (CANNOT_TELL, GENETIC)),
    ("ORPHA:290", "hereditary", ("not inheritance",), ("Missing data does not mean", "Yes,")),
    ("ORPHA:3299", "contagious", (INFECTION,), (CANNOT_TELL,)),  # tetanus
    ("ORPHA:173", "causes", ("caused by a germ",), (CANNOT_TELL,)),  # cholera
    ("ORPHA:99828", "contagious", (INFECTION,), (NOT_CONTAGIOUS,)),  # dengue
    ("ORPHA:99825", "contagious", ("Orphanet classes it as an infectious disease",), ("a infectious",)),  # Nipah virus
    ("ORPHA:3385", "hereditary", ("rather than inherit",), ("Missing data",)),  # trypanosomiasis
    ("ORPHA:1546", "contagious", (INFECTION,), (GENETIC,)),  # cryptococcosis
    ("ORPHA:294", "contagious", (INFECTION, "from a mother to her baby"), (GENETIC,)),  # fetal CMV
    ("ORPHA:291", "hereditary", ("not inheritance",), ("Yes,",)),  # congenital varicella
    ("ORPHA:2035", "causes", (INFECTION,), (CANNOT_TELL,)),  # filariasis
    ("ORPHA:1560", "contagious", (INFECTION,), (NOT_CONTAGIOUS,)),  # cysticercosis
    # -- Words that look like infections but are not: mycosis fungoides is a lymphoma
    # ("fungoides" is not "fungal"); the name must not make it an infection.
    # Its only disease-causing gene is somatic (TNFRSF1B): not evidence of a germline cause.
    ("ORPHA:2584", "contagious", (CANNOT_TELL,), ("refers to an infection", INFECTION, NOT_CONTAGIOUS)),
    ("ORPHA:2584", "hereditary", ("not genetically inherited",), ("Yes,",)),
    ("ORPHA:2584", "causes", (), (INFECTION,)),
    # -- Genetic tendencies to infection: the condition is genetic and not caught, but the
    # infections it invites may be.
    ("OMIM:246300", "contagious", ("Not the condition itself",), (CANNOT_TELL,)),  # leprosy susceptibility
    ("OMIM:209950", "contagious", ("Not the condition itself", "depending on the germ"), ()),
    # Hyper-IgE (one entry with ORPHA:2314, whose Orphanet gene makes it plainly genetic).
    ("OMIM:147060", "contagious", ("is not catching", "depending on the germ"), (INFECTION,)),
    ("OMIM:147060", "hereditary", ("Yes,", "autosomal dominant"), ()),
    # Orphanet names IGHG2 and IGKC as disease-causing: a genetic immunodeficiency.
    ("ORPHA:183675", "contagious", ("Not the condition itself", "Orphanet names disease-causing genes (IGHG2 and IGKC)"),
     (INFECTION, CANNOT_TELL)),
    # A merged twin with both sources: one readable sentence per source, never "… records an
    # inheritance pattern and Orphanet records an inheritance pattern and Orphanet names …".
    ("ORPHA:2314", "contagious", ("The HPO release records an inheritance pattern for it.",
                                  "Orphanet records an inheritance pattern for it and names a disease-causing gene (STAT3)."),
     ("pattern and Orphanet records", "and Orphanet names")),
    # -- Gene roles: only disease-causing genes are causes; with HPO links only, the answer
    # says the data does not tell which gene causes it.
    ("OMIM:219700", "causes", ("CFTR",), ("CFTR, FCGR2A and TGFB1. It does not record other causes", "FCGR2A cause")),
    # Orphanet: CFTR disease-causing; TGFB1, DCTN4, CLCA4, STX1A modifiers.
    ("ORPHA:586", "causes", ("Changes in the gene CFTR cause Cystic fibrosis", "a modifier gene", "not named as causes"),
     ("Changes in the genes CFTR", "TGFB1 cause")),
    ("ORPHA:586", "hereditary", ("autosomal recessive", "Orphanet names changes in CFTR as the cause"), ("TGFB1 as the cause",)),
    # Cystic fibrosis (merged with OMIM:219700, whose HPO gene list holds modifiers such as
    # FCGR2A): where Orphanet gives gene roles, the hereditary answer names CFTR as the cause,
    # TGFB1 as a modifier, and the HPO-only genes as not named as causes, like the causes answer.
    ("ORPHA:586", "hereditary", ("CFTR (Orphanet): changes in it cause the condition",
                                 "TGFB1 (Orphanet): a modifier gene", "FCGR2A", "so they are not named as causes here"),
     ("linked to the condition; the data does not say", "FCGR2A cause", "TGFB1 cause")),
    ("ORPHA:586", "causes", ("TGFB1 (Orphanet): a modifier gene", "so they are not named as causes here"),
     ("linked to the condition; the data does not say",)),
    # Orphanet: TLR3, UNC93B1... are susceptibility factors of herpes simplex encephalitis.
    ("ORPHA:1930", "what-is-it", ("a susceptibility gene",), ("changes in it cause the condition.",)),
    ("OMIM:219700", "hereditary", ("Yes, Cystic fibrosis can be inherited", "autosomal recessive"), (MANY_PATTERNS,)),
    ("OMIM:219700", "contagious", (NOT_CONTAGIOUS, GENETIC), ()),
    ("ORPHA:183675", "causes", ("cause Recurrent infections associated with rare immunoglobulin isotypes deficiency, according to Orphanet",), ()),
    # MERRF (one entry with ORPHA:551): Orphanet's gene roles say which genes cause it.
    ("OMIM:545000", "causes", ("cause MERRF, according to Orphanet", "not named as causes"), ()),
    # -- Inheritance qualifiers qualify a pattern; they are not patterns.
    ("OMIM:164400", "hereditary", ("autosomal dominant", "genetic anticipation", "rather than being a pattern"),
     (MANY_PATTERNS, "inheritance as genetic anticipation")),
    ("OMIM:164400", "what-is-it", ("autosomal dominant",), ("genetic anticipation with paternal anticipation bias and",)),
    ("OMIM:610628", "hereditary", ("autosomal dominant", "incomplete penetrance"), (MANY_PATTERNS, "as typified by")),
    ("OMIM:614823", "hereditary", ("autosomal dominant", "high penetrance"), (MANY_PATTERNS,)),
    ("OMIM:264600", "hereditary", ("autosomal recessive", "uniparental disomy"), (MANY_PATTERNS,)),
    ("OMIM:300624", "hereditary", ("X-linked dominant", "incomplete penetrance"), (MANY_PATTERNS,)),  # fragile X
    ("OMIM:535000", "hereditary", ("mitochondrial", "incomplete penetrance"), (MANY_PATTERNS,)),  # LHON
    ("OMIM:619750", "hereditary", ("autosomal dominant", "somatic mosaicism"), (MANY_PATTERNS,)),
    ("OMIM:303110", "hereditary", ("X-linked recessive", "contiguous gene syndrome"), (MANY_PATTERNS,)),
    ("OMIM:617768", "hereditary", ("autosomal dominant", "typically de novo", "own children may still inherit"), (MANY_PATTERNS,)),
    ("OMIM:153600", "hereditary", ("somatic mosaicism", "egg or sperm"), ("Yes,", "Missing data does not mean")),
    ("OMIM:611913", "hereditary", ("contiguous gene syndrome", "own children may inherit"), ("Missing data does not mean",)),
    # -- Several true patterns: each explained, and the "more than one" note shown.
    ("OMIM:268000", "hereditary", (MANY_PATTERNS, "X-linked recessive", "autosomal recessive", "autosomal dominant"), ()),
    ("OMIM:122600", "hereditary", (MANY_PATTERNS,), ()),
    ("OMIM:180100", "hereditary", (MANY_PATTERNS, "Yes,"), ()),
    # -- Sporadic / de novo: the person's own children may inherit a chromosomal change.
    ("OMIM:613509", "hereditary", ("usually is not inherited", "own children may inherit"), ("Yes,",)),
    ("OMIM:613509", "contagious", (NOT_CONTAGIOUS, "chromosomes"), (CANNOT_TELL,)),
    ("OMIM:190685", "hereditary", ("own children may inherit",), ("Yes, Down",)),  # Down syndrome, sporadic
    ("ORPHA:870", "contagious", (NOT_CONTAGIOUS,), (INFECTION,)),
    ("ORPHA:870", "causes", ("change in the chromosomes",), (CANNOT_TELL,)),
    ("DECIPHER:2", "hereditary", ("own children may inherit",), ("Missing data does not mean",)),
    ("DECIPHER:57", "contagious", (NOT_CONTAGIOUS,), (CANNOT_TELL,)),
    ("ORPHA:3380", "causes", ("change in the chromosomes",), ()),  # trisomy 18
    ("ORPHA:881", "contagious", (NOT_CONTAGIOUS,), ()),  # Turner syndrome
    # Orphanet: not genetically inherited; a ring chromosome can still pass to children.
    ("ORPHA:1444", "hereditary", ("not genetically inherited", "change in the chromosomes", "own children"), ("Missing data does not mean",)),
    # Down syndrome is one entry with OMIM:190685, whose HPO rows record it as sporadic.
    ("ORPHA:870", "hereditary", ("not inherited", "own children"), ("Yes,",)),
    # Both sources, each named (HPO "sporadic", Orphanet "not genetically inherited"), and
    # what holds for the person's own children: the chromosomal change can pass to them.
    ("ORPHA:870", "hereditary", ("the HPO release records it as sporadic", "Orphanet records it as not genetically inherited",
                                 "may still pass it to their own children"), ("Missing data does not mean",)),
    # -- Acquired conditions: "sporadic" without a known genetic change says nothing about
    # children, and "not contagious" is not inferred from missing data.
    ("OMIM:610910", "hereditary", ("usually is not inherited",), ("own children may inherit",)),
    ("OMIM:610910", "contagious", (CANNOT_TELL,), (NOT_CONTAGIOUS,)),
    ("ORPHA:2905", "hereditary", ("acquired", "not passed from parents to children"), ()),  # POEMS, curated
    ("ORPHA:2905", "contagious", ("not an infection",), ()),
    # -- Teratogens and toxins: not genetic, not infections; nothing may be inferred.
    ("ORPHA:1915", "contagious", (CANNOT_TELL,), (NOT_CONTAGIOUS, GENETIC, INFECTION)),  # fetal alcohol
    ("ORPHA:1915", "hereditary", ("not genetically inherited",), ("Yes,",)),
    ("ORPHA:1915", "causes", ("teratologic", "before birth"), (GENETIC,)),
    ("ORPHA:330015", "contagious", (CANNOT_TELL,), (NOT_CONTAGIOUS, INFECTION)),  # lead poisoning
    ("ORPHA:330021", "hereditary", (), ("Yes,", "can be inherited")),  # mercury poisoning
    ("OMIM:515000", "contagious", (CANNOT_TELL,), (NOT_CONTAGIOUS,)),  # chloramphenicol toxicity
    ("OMIM:243440", "hereditary", ("autosomal recessive",), ()),  # embryopathy-LIKE: genetic
    # -- Mitochondrial disorders: passed on by the mother.
    ("OMIM:540000", "hereditary", ("mitochondrial", "only from the mother"), (MANY_PATTERNS,)),  # MELAS
    ("OMIM:545000", "contagious", (NOT_CONTAGIOUS,), ()),
    # -- Other patterns with their own explanation.
    ("OMIM:400044", "hereditary", ("Y-linked", "to all his sons"), ()),
    ("OMIM:615346", "hereditary", ("maternal imprinting", "which parent passed it on"), (MANY_PATTERNS,)),
    ("OMIM:611494", "hereditary", ("polygenic",), ("Yes,",)),
    ("OMIM:611494", "contagious", (CANNOT_TELL,), (NOT_CONTAGIOUS,)),  # polygenic is not a genetic cause
    # -- Treatment and outlook lead somewhere: specialists from body systems and Orphanet's
    # groups, and Learn more links only where the id exists.
    ("ORPHA:586", "treatment", ("pulmonologist (lungs and breathing)", "GARD", "Orphanet's page", "MedlinePlus Genetics explains the CFTR gene"),
     ("MedlinePlus Genetics explains the TGFB1",)),  # a modifier gene gets no gene link
    ("ORPHA:3452", "treatment", ("infectious disease specialist", "Orphanet's page"), ("MedlinePlus", "geneticist")),
    ("OMIM:164400", "outlook", ("neurologist (brain and nerves)", "MedlinePlus Genetics explains the ATXN1 gene"), ("treatments for",)),
    ("ORPHA:2905", "treatment", ("haematologist (blood)", "patient organisations"), ()),
    ("ORPHA:1930", "treatment", ("infectious disease specialist",), ("MedlinePlus Genetics explains the TLR3",)),  # susceptibility only
    # -- Twins (one entry for the Orphanet and the OMIM id): either id gives the same answer,
    # with both sources' facts; agreeing sources are not called different.
    ("OMIM:154700", "hereditary", ("Yes, Marfan syndrome can be inherited", "Orphanet records the same"), ("cannot say",)),
    ("ORPHA:558", "hereditary", ("autosomal dominant", "FBN1"), ("so the two sources differ", "cannot say")),
    ("OMIM:310200", "hereditary", ("X-linked recessive", "Orphanet names changes in DMD as the cause"), ("x-linked", "differ")),
    ("ORPHA:98896", "causes", ("Changes in the gene DMD cause",), ("LTBP4 cause",)),  # LTBP4 is a modifier
    # -- Orphanet groups say what the disease is, before counts.
    ("ORPHA:558", "what-is-it", ("Orphanet classes under", "Marfan and Marfan-related disorder"), ("is a condition described in",)),
    ("ORPHA:3452", "what-is-it", ("is an infection", "rare bacterial infectious disease"), ("genetic condition",)),
    ("ORPHA:2584", "what-is-it", ("not genetically inherited",), ("records it as inherited", INFECTION)),
    # -- Prevalence from Orphanet's classes, in plain words.
    ("ORPHA:3452", "prevalence", ("fewer than 1 in 1,000,000 people",), (CANNOT_TELL,)),
]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("disease_id, question, must, must_not", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_answer_says_what_it_must_and_not_what_it_must_not(kb, disease_id, question, must, must_not):
    text = _norm(answer(kb, disease_id, question).text)
    for phrase in must:
        assert phrase in text, (disease_id, question, "must say", phrase)
    for phrase in must_not:
        assert phrase not in text, (disease_id, question, "must not say", phrase)


# -- Grammar ------------------------------------------------------------------------------
def test_one_feature_is_singular(kb):
    # "lists 1 features" was wrong: find a disease with exactly one present feature.
    one = next(d for d in kb.diseases.index if len(kb.disease(d).present_phenotypes) == 1)
    text = answer(kb, one, "symptoms").text
    assert "lists 1 feature " in text or "lists 1 feature of" in text
    assert "1 features" not in text


def test_congenital_onset_reads_at_birth(kb):
    from raremap.answers.summary import summarise
    from raremap.knowledge.pages import disease_page

    onset = summarise(disease_page(kb, "OMIM:614823"))["onset"]  # congenital onset
    assert "at birth" in onset
    assert "beginning present" not in onset


# -- Rules over the whole release ---------------------------------------------------------
def test_no_contagious_answer_says_no_without_positive_evidence(kb):
    # "No." needs a Mendelian pattern, an Orphanet disease-causing gene or a chromosomal
    # change; a gene link alone (Whipple disease and IRF4) is not enough.
    from raremap.answers.compose import disease_facts

    for disease_id in list(kb.diseases.index)[::25]:
        f = disease_facts(kb, disease_id)
        a = answer(kb, disease_id, "contagious")
        if a.tldr.text.startswith("No."):
            assert f.evidence.genetic_cause and not f.evidence.infection and not f.evidence.prion, disease_id


def test_no_hereditary_answer_lists_a_qualifier_as_a_pattern(kb):
    from raremap.answers.compose import disease_facts

    for disease_id in list(kb.diseases.index)[::25]:
        f = disease_facts(kb, disease_id)
        text = answer(kb, disease_id, "hereditary").tldr.text
        for q in f.evidence.qualifiers:
            assert f"inheritance as {q.name.lower()}" not in text, disease_id


def test_the_suite_is_large_enough():
    phrases = sum(len(c[2]) + len(c[3]) for c in CASES)
    assert phrases >= 150, phrases
    assert len({c[0] for c in CASES}) >= 60
