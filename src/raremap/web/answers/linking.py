"""Links inside an answer's sentences: the other answers they point to ("see the answer on
symptoms") and the conditions a list names ("Loeys-Dietz syndrome 1 (OMIM:609192)."), so a
reader can follow them on the site. The words stay the core's; only links are added."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from raremap.web.pages.links import disease_url

#: The phrases the composers use to point at another answer of the same disease.
ANSWER_PHRASES = {
    "the answer on symptoms": "symptoms",
    "the answer on whether it is hereditary": "hereditary",
}
_PHRASE = re.compile("(" + "|".join(re.escape(p) for p in ANSWER_PHRASES) + ")", re.IGNORECASE)
#: A statement that names one condition and its id, as the list of similar conditions does.
_NAMED = re.compile(r"^(?P<name>.+) \((?P<id>(?:ORPHA|OMIM|DECIPHER):\d+)\)\.$")


#: The section of an answer that lists pages elsewhere, and its anchor on the answer's page.
LEARN_MORE = "Learn more"
LEARN_MORE_ANCHOR = "learn-more"
_LEARN_MORE = f"\u201c{LEARN_MORE}\u201d"


def linked(kb, disease_id: str, slug: str, text: str, learn_more: str | None = None) -> SafeString:
    """``text`` as HTML: escaped, with links to the answers it refers to (not to the page
    itself, ``slug``), to the "Learn more" section it points at (``learn_more``, the
    section's address, when the answer has one) and, for a statement naming one condition,
    to that condition's page."""
    named = _NAMED.match(text)
    if named and named["id"] in kb.diseases.index:
        return format_html('<a href="{}">{}</a> ({}).', disease_url(kb, named["id"]), named["name"], named["id"])
    out = []
    for i, part in enumerate(_PHRASE.split(text)):
        target = ANSWER_PHRASES.get(part.lower()) if i % 2 else None
        if target and target != slug:
            out.append(format_html('<a href="{}">{}</a>', reverse("answers-question", args=[disease_id, target]), part))
        elif learn_more and _LEARN_MORE in part:
            before, _, after = part.partition(_LEARN_MORE)
            out.append(format_html('{}<a href="{}">{}</a>{}', before, learn_more, _LEARN_MORE, after))
        else:
            out.append(escape(part))
    return mark_safe("".join(out))  # each part escaped or built by format_html above


def learn_more_url(answer, on_its_page: bool) -> str | None:
    """The address of the answer's "Learn more" section, if it has one: the anchor alone on
    the answer's own page, the answer's page and the anchor elsewhere."""
    if not any(sec.heading == LEARN_MORE for sec in answer.sections):
        return None
    anchor = f"#{LEARN_MORE_ANCHOR}"
    return anchor if on_its_page else reverse("answers-question", args=[answer.disease_id, answer.question]) + anchor
