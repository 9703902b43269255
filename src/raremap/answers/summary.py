"""A plain-language summary of a disease page, composed from its facts in our own words.

:func:`summarise` takes the page object of :func:`raremap.knowledge.pages.disease_page`
and states only what that object holds: which body systems its features concern, its
commonest features (with lay names), how it is inherited and when it usually starts.
Where the HPO release records nothing, the summary says so instead of guessing. The
explanations of onset ages restate the HPO term definitions; the inheritance modes are
told in the words of :data:`raremap.answers.inheritance.IN_BRIEF`.
"""

from __future__ import annotations

from collections.abc import Callable

from raremap.answers.inheritance import IN_BRIEF
from raremap.answers.phrases import join_words, lower_first

#: Top-level HPO systems (children of :data:`raremap.knowledge.ontology.PHENOTYPIC_ABNORMALITY`) in plain words.
SYSTEM_WORDS = {
    "HP:0000119": "the kidneys, bladder and genital organs",
    "HP:0000152": "the head and neck",
    "HP:0000478": "the eyes",
    "HP:0000598": "the ears and hearing",
    "HP:0000707": "the nervous system",
    "HP:0000769": "the breasts",
    "HP:0000818": "the hormone-producing (endocrine) glands",
    "HP:0001197": "development before birth",
    "HP:0001507": "growth",
    "HP:0001574": "the skin, hair and nails",
    "HP:0001608": "the voice",
    "HP:0001626": "the heart and blood vessels",
    "HP:0001871": "the blood",
    "HP:0001939": "metabolism",
    "HP:0002086": "breathing and the lungs",
    "HP:0002664": "abnormal growths (tumours)",
    "HP:0002715": "the immune system",
    "HP:0025031": "the digestive system",
    "HP:0025142": "general symptoms such as fever or tiredness",
    "HP:0025354": "the body's cells",
    "HP:0033127": "the muscles, bones and joints",
    "HP:0040064": "the arms and legs",
    "HP:0045027": "the chest",
}

#: Onset terms (descendants of HP:0003674) in plain words, from the HPO definitions.
ONSET_WORDS = {
    "HP:0003577": "at birth",
    "HP:0030674": "before birth",
    "HP:0011460": "in the embryo, in the first 8 weeks after conception",
    "HP:0011461": "before birth, after the first 8 weeks of development",
    "HP:0034199": "before birth, late in the first trimester of pregnancy",
    "HP:0034198": "before birth, in the second trimester of pregnancy",
    "HP:0034197": "before birth, in the third trimester of pregnancy",
    "HP:0003623": "in the first 28 days of life",
    "HP:0003593": "in infancy, between one month and one year of age",
    "HP:0011463": "in early childhood, between 1 and 5 years of age",
    "HP:0003621": "in later childhood or adolescence, between 5 and 15 years of age",
    "HP:0410280": "in childhood or adolescence (before 16, after the newborn period)",
    "HP:0003581": "in adulthood (at 16 or later)",
    "HP:0011462": "in young adulthood, between 16 and 40 years of age",
    "HP:0025708": "in early young adulthood, between 16 and 18 years of age",
    "HP:0025709": "in young adulthood, between 19 and 24 years of age",
    "HP:0025710": "in adulthood, between 25 and 39 years of age",
    "HP:0003596": "in middle age, between 40 and 60 years of age",
    "HP:0003584": "late in life, after 60 years of age",
    "HP:4000040": "during or just after childbirth",
    "HP:6000314": "around the menopause",
    "HP:6000315": "after the menopause",
}

MAX_SYSTEMS = 3
MAX_KEY_FEATURES = 8


def summarise(page: dict, ancestors: Callable[[str], set[str]] | None = None) -> dict:
    """A summary of a disease page object: ``{"kind", "features", "inheritance", "onset",
    "provenance"}``, each one or two sentences of plain text. With ``ancestors`` (an HPO id's
    broader terms, e.g. ``kb.ontology.ancestors``), the key features leave out a term when a
    more specific one is named beside it ("hypogonadism", not also "abnormality of the
    endocrine system")."""
    return {
        "kind": _kind(page),
        "features": _key_features(page, ancestors),
        "inheritance": _inheritance(page),
        "onset": _onset(page),
        "provenance": (
            f"Composed automatically from the HPO {page['hpo_release']} annotations of "
            f"{page['id']}; not reviewed by a clinician."
        ),
    }


def _kind(page: dict) -> str:
    systems = page.get("systems") or []
    name = page["name"]
    if not systems:
        return f"The HPO release records no symptoms for {name}, so it does not say which parts of the body it affects."
    words = [SYSTEM_WORDS.get(s["hpo_id"], lower_first(s["name"])) for s in systems[:MAX_SYSTEMS]]
    count = page["feature_count"]
    if len(systems) == 1:
        subject = "its one recorded symptom concerns" if count == 1 else f"all {count} of its recorded symptoms concern"
        return f"{name} is a condition; {subject} {words[0]}."
    if len(systems) <= MAX_SYSTEMS:
        return f"{name} is a condition whose {count} recorded symptoms concern {join_words(words)}."
    return (
        f"{name} is a condition whose {count} recorded symptoms touch {len(systems)} "
        f"body systems, most often {join_words(words)}."
    )


def _feature_words(feature: dict) -> str:
    name = feature["name"]
    lay = feature["lay_names"]
    if lay and lay[0].lower() != name.lower():
        return f"{lower_first(name)} ({lower_first(lay[0])})"
    return lower_first(name)


def _listed(features: list[dict], room: int) -> str:
    names = [_feature_words(f) for f in features[:room]]
    extra = len(features) - len(names)
    return join_words(names + ([f"{extra} more"] if extra > 0 else []))


def _key_features(page: dict, ancestors: Callable[[str], set[str]] | None = None) -> str:
    """The obligate and very frequent features (at most MAX_KEY_FEATURES named), each group
    led by its heading on the page (``feature_rows.band_heading``: "Always present (100% of
    people)", or "In all of the people reported so far (100%)" where the figures are counts
    of reported people); failing those, the commonest band that has a recorded frequency."""
    bands = {b["band"]: b for b in page["bands"]}
    if ancestors is not None:
        named = [f["hpo_id"] for slug in ("obligate", "very-frequent") if slug in bands for f in bands[slug]["features"]]
        broader = set().union(*(ancestors(t) for t in named))
        for slug in ("obligate", "very-frequent"):
            if slug in bands:
                kept = [f for f in bands[slug]["features"] if f["hpo_id"] not in broader]
                bands[slug] = {**bands[slug], "features": kept}
                if not kept:  # all of them lie above features of the other band
                    del bands[slug]
    parts = []
    room = MAX_KEY_FEATURES
    for slug in ("obligate", "very-frequent"):
        band = bands.get(slug)
        if band and room > 0:
            parts.append(f"{band['heading']}: {_listed(band['features'], room)}.")
            room -= min(room, len(band["features"]))
        elif band:
            parts.append(f"{band['heading']}: {len(band['features'])} more symptoms, listed below.")
    unknown = len(bands["unknown"]["features"]) if "unknown" in bands else 0
    if parts:
        if unknown:
            parts.append(f"For {unknown} of its {page['feature_count']} symptoms, how often they occur is not recorded.")
        return " ".join(parts)
    known = [b for b in page["bands"] if b["band"] != "unknown"]
    if known:
        band = known[0]
        text = (f"No symptom is recorded as present in most people with it; the commonest "
                f"recorded ones, seen in {band['range']} of {_whom(band)}, are "
                f"{_listed(band['features'], MAX_KEY_FEATURES)}.")
        if unknown:
            text += f" For {unknown} of its {page['feature_count']} symptoms, how often they occur is not recorded."
        return text
    count = page["feature_count"]
    if count == 1:
        return "One symptom is recorded, but not how often it occurs; it is listed below."
    if count:
        return f"{count} symptoms are recorded, but not how often they occur; they are listed below."
    return "No symptoms are recorded for it in this HPO release."


def _whom(band: dict) -> str:
    """Whom a band's share is of: everyone with the disease, or only the people reported so
    far where its figures are counts from reports (as ``feature_rows.band_heading`` says)."""
    return "the people reported so far" if band.get("from_case_counts") else "people"


def _inheritance(page: dict) -> str:
    modes = page.get("inheritance") or []
    if not modes:
        return "How it is inherited, or whether it is inherited at all, is not recorded in this HPO release."
    explained = [IN_BRIEF.get(m["hpo_id"], lower_first(m["name"])) for m in modes]
    if len(explained) == 1:
        return f"Its recorded inheritance is {explained[0]}."
    return ("Several inheritance patterns are recorded, perhaps for different forms or genes: "
            + "; ".join(explained) + ".")


def _onset(page: dict) -> str:
    onsets = page.get("onset") or []
    if not onsets:
        return "The age at which symptoms usually begin is not recorded in this HPO release."
    # Youngest first (ONSET_WORDS is in age order); unknown terms last.
    order = {hpo_id: i for i, hpo_id in enumerate(ONSET_WORDS)}
    onsets = sorted(onsets, key=lambda o: order.get(o["hpo_id"], len(order)))
    words = [ONSET_WORDS.get(o["hpo_id"], lower_first(o["name"])) for o in onsets]
    if len(words) == 1:
        return f"Symptoms are recorded as beginning {words[0]}."
    return f"Symptoms are recorded as beginning at different ages: {'; '.join(words)}."
