"""What each HPO mode of inheritance means for a family, in plain words (our own).

Keyed by HPO term id under *Mode of inheritance* (HP:0000005). Terms not listed here are
named on the page with a link to their HPO entry but get no explanation of our own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pattern:
    title: str
    passed_on: bool | None  # True: can run in families; False: usually not; None: depends
    explanation: tuple[str, ...]


AUTOSOMAL_RECESSIVE = "HP:0000007"
AUTOSOMAL_DOMINANT = "HP:0000006"
SPORADIC = "HP:0003745"
SOMATIC_MOSAICISM = "HP:0001442"

PATTERNS: dict[str, Pattern] = {
    AUTOSOMAL_RECESSIVE: Pattern("autosomal recessive", True, (
        "A person has the condition when both copies of the gene (one from each parent) "
        "carry a change. The parents usually each carry one changed copy and are healthy: "
        "they are called carriers.",
        "When both parents are carriers, each child has a 1 in 4 (25%) chance of having the "
        "condition, a 1 in 2 (50%) chance of being a healthy carrier and a 1 in 4 chance of "
        "inheriting neither changed copy. This chance is the same for every pregnancy, so "
        "brothers and sisters of an affected child share it.",
        "The children of a person with the condition receive one changed copy and are "
        "carriers; they would only have the condition if their other parent also passed on "
        "a changed copy.",
    )),
    AUTOSOMAL_DOMINANT: Pattern("autosomal dominant", True, (
        "One changed copy of the gene is enough to cause the condition.",
        "Each child of a person with the condition has a 1 in 2 (50%) chance of inheriting "
        "the changed copy, whether the child is a boy or a girl.",
        "Sometimes the change is new (de novo) in the affected person and neither parent has "
        "it; then the chance for brothers and sisters is low, but the person's own children "
        "still have the 1 in 2 chance.",
    )),
    "HP:0001419": Pattern("X-linked recessive", True, (
        "The gene lies on the X chromosome. Boys have one X chromosome, so one changed copy "
        "causes the condition; girls have two, so they are mostly carriers, sometimes with "
        "milder signs.",
        "Each son of a carrier mother has a 1 in 2 (50%) chance of having the condition, and "
        "each daughter a 1 in 2 chance of being a carrier.",
        "A father with the condition passes the changed X to all his daughters (who become "
        "carriers) and to none of his sons.",
    )),
    "HP:0001423": Pattern("X-linked dominant", True, (
        "The gene lies on the X chromosome and one changed copy is enough to cause the "
        "condition, in girls as well as boys.",
        "Each child of a mother with the condition has a 1 in 2 (50%) chance of inheriting "
        "it. A father with the condition passes it to all his daughters and to none of his "
        "sons.",
    )),
    "HP:0001417": Pattern("X-linked", True, (
        "The gene lies on the X chromosome, so the chances for sons and daughters differ "
        "and depend on which parent carries the change. A genetic counselor can work out "
        "the chances for a particular family.",
    )),
    "HP:0001450": Pattern("Y-linked", True, (
        "The gene lies on the Y chromosome, which only males have: a father passes it to all "
        "his sons and to none of his daughters.",
    )),
    "HP:0001427": Pattern("mitochondrial", True, (
        "The change is in the DNA of mitochondria, the cell's energy factories, which a "
        "child receives only from the mother. A mother can pass it to all her children, "
        "though how severely each child is affected can vary widely; a father does not pass "
        "it on.",
    )),
    SPORADIC: Pattern("sporadic", False, (
        "Sporadic means that the condition usually appears in a person with no affected "
        "relatives, by chance rather than through a pattern in the family.",
    )),
    "HP:0010982": Pattern("polygenic", None, (
        "Several genes, often together with other factors, add to the chance of having the "
        "condition. Relatives may have a somewhat higher chance than other people, but there "
        "are no simple odds.",
    )),
    "HP:0010984": Pattern("digenic", True, (
        "Changes in two different genes together are needed to cause the condition, which "
        "makes the chances for relatives harder to predict.",
    )),
    "HP:0010983": Pattern("oligogenic", True, (
        "Changes in a few genes together cause the condition, which makes the chances for "
        "relatives harder to predict.",
    )),
    "HP:0032113": Pattern("semidominant", True, (
        "One changed copy of the gene causes the condition, and two changed copies (one "
        "from each parent) cause a more severe form.",
        "Each child of a person with one changed copy has a 1 in 2 (50%) chance of "
        "inheriting it.",
    )),
    "HP:0012274": Pattern("autosomal dominant with paternal imprinting", True, (
        "One changed copy of the gene is enough, but whether it shows depends on which "
        "parent passed it on: the copy from the father is the one that is switched off.",
        "A genetic counselor can work out the chances for a particular family.",
    )),
    "HP:0012275": Pattern("autosomal dominant with maternal imprinting", True, (
        "One changed copy of the gene is enough, but whether it shows depends on which "
        "parent passed it on: the copy from the mother is the one that is switched off.",
        "A genetic counselor can work out the chances for a particular family.",
    )),
    "HP:0001426": Pattern("non-Mendelian", None, (
        "The condition does not follow the simple single-gene patterns, so the chances for "
        "relatives cannot be given as simple odds.",
    )),
}

#: Each mode of inheritance in one phrase ("autosomal recessive: it appears when ..."), for
#: summaries; :data:`PATTERNS` holds the longer explanation the hereditary answer gives.
IN_BRIEF = {
    "HP:0000006": "autosomal dominant: one changed copy of the gene, from either parent, is enough "
                  "to cause it, so each child of an affected parent has a 1 in 2 chance of inheriting the changed gene",
    "HP:0000007": "autosomal recessive: it appears when both copies of the gene are changed, "
                  "usually one from each parent; parents with one changed copy are typically unaffected carriers",
    "HP:0001417": "X-linked: the gene involved is on the X chromosome, so males and females "
                  "are usually affected differently",
    "HP:0001419": "X-linked recessive: the gene is on the X chromosome; it mostly affects males, "
                  "who have one X chromosome, while females are usually carriers",
    "HP:0001423": "X-linked dominant: the gene is on the X chromosome and one changed copy is "
                  "enough, so both males and females can be affected",
    "HP:0001427": "mitochondrial: the change is in the mitochondria's own DNA, which is passed on "
                  "by the mother",
    "HP:0001450": "Y-linked: the gene is on the Y chromosome, so it passes from father to son",
    "HP:0003745": "sporadic: it usually occurs in people with no family history of it",
    "HP:0001442": "somatic mosaicism: the genetic change is present in only some of the body's cells",
    "HP:0001426": "non-Mendelian: it does not follow the simple patterns of single-gene inheritance",
    "HP:0010982": "polygenic: many genes together contribute to it",
    "HP:0010983": "oligogenic: changes in a few genes together cause it",
    "HP:0010984": "digenic: changes in two different genes together cause it",
    "HP:0032113": "semidominant: one changed copy causes it, and two changed copies cause a more "
                  "severe form",
    "HP:0001466": "contiguous gene syndrome: it comes from the loss or gain of a stretch of "
                  "chromosome holding several neighbouring genes",
    "HP:0025352": "typically de novo: the genetic change usually arises new in the affected person "
                  "rather than being inherited from a parent",
    "HP:0012274": "autosomal dominant with paternal imprinting: one changed copy is enough, but "
                  "whether it shows depends on which parent passed it on",
    "HP:0012275": "autosomal dominant with maternal imprinting: one changed copy is enough, but "
                  "whether it shows depends on which parent passed it on",
    "HP:0034340": "pseudoautosomal dominant: the gene lies in a region shared by the X and Y "
                  "chromosomes and one changed copy is enough",
    "HP:0034341": "pseudoautosomal recessive: the gene lies in a region shared by the X and Y "
                  "chromosomes and both copies must be changed",
}

#: Qualifiers (HPO terms under *Inheritance qualifier*, HP:0034335): they say how a pattern
#: shows in families; they are never a pattern of their own. Terms not listed here are
#: named with a general sentence (see :func:`qualifier_text`).
NOTES: dict[str, str] = {
    "HP:0003829": (
        "Incomplete penetrance: not everyone who inherits the change develops the condition, "
        "so it can seem to skip a generation."
    ),
    "HP:4000158": "High penetrance: most people who inherit the change develop the condition.",
    "HP:4000159": (
        "Moderate penetrance: many, but far from all, of the people who inherit the change "
        "develop the condition."
    ),
    "HP:4000160": (
        "Low penetrance: only a minority of the people who inherit the change develop the "
        "condition."
    ),
    "HP:0034950": "Complete penetrance: everyone who inherits the change develops the condition.",
    "HP:0003743": (
        "Genetic anticipation: the condition can start earlier or be more severe in each "
        "new generation."
    ),
    "HP:0003744": (
        "Genetic anticipation, mostly through the father: the condition can start earlier or "
        "be more severe in each new generation, above all when the father passes it on."
    ),
    "HP:0001470": "Sex-limited expression: the condition shows mainly in one sex.",
    "HP:0001475": "Male-limited expression: only males show the condition.",
    "HP:0034344": "Female-limited expression: only females show the condition.",
    "HP:0003831": "Typified by age-related onset: the chance of showing signs grows with age.",
    "HP:0034857": (
        "Highly variable age of onset: the age at which signs appear differs widely, even "
        "within one family."
    ),
    "HP:0032382": (
        "Uniparental disomy: in some people both copies of a chromosome, or of part of one, "
        "come from the same parent; this is one way the condition can arise, and it changes "
        "the chances for relatives."
    ),
    "HP:0032383": (
        "Uniparental heterodisomy: in some people both copies of a chromosome come from the "
        "same parent; this is one way the condition can arise."
    ),
    "HP:0032384": (
        "Uniparental isodisomy: in some people both copies of a chromosome are the same copy "
        "from one parent; this is one way the condition can arise, for example when only "
        "one parent is a carrier."
    ),
    "HP:0034338": "Imprinting: whether the change shows depends on which parent passed it on.",
    "HP:0034343": (
        "Requires heterozygosity: the condition shows when one copy of the gene is changed "
        "and the other is not."
    ),
    SOMATIC_MOSAICISM: (
        "Somatic mosaicism: the change arises after conception and is present in only some "
        "of the body's cells. It is usually not inherited from a parent, and it passes to a "
        "child only if it is also present in egg or sperm cells."
    ),
    "HP:0025352": (
        "Typically de novo: the change usually arises new in the affected person and is not "
        "found in either parent, so brothers and sisters rarely share it. The person's own "
        "children may still inherit it."
    ),
    "HP:0001466": (
        "Contiguous gene syndrome: a stretch of chromosome holding several neighbouring genes "
        "is missing or doubled. It is often new in the affected person but can also be "
        "inherited from a parent, and the person's own children may inherit it."
    ),
}


def qualifier_text(hpo_id: str, name: str) -> str:
    """What a qualifier means; a general sentence for those without words of our own."""
    if hpo_id in NOTES:
        return NOTES[hpo_id]
    return (f"{name}: the HPO release records this about how the condition is passed on; it "
            "describes how the pattern shows in families, not a pattern of its own.")
