"""What a question page shows: the core answer, with a published curated answer on top.

The core (:mod:`raremap.answers`) composes the answer from facts and content packs; the
database may hold a curated answer that editors wrote and a reviewer reviewed. A curated
answer in mode *replace* takes the lead and the automatic answer follows, marked as
automatic; in mode *add* it comes first as an extra section.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.safestring import SafeString

from raremap.answers.model import Answer, Source
from raremap.answers.source_list import ANNOTATIONS, SourceList
from raremap.knowledge.model import reference_url
from raremap.web.answers.linking import learn_more_url, linked
from raremap.web.answers.models import CuratedAnswer


@dataclass
class QuestionPage:
    answer: Answer  # the core answer (automatic or content pack)
    curated: CuratedAnswer | None  # the published curated answer, if any
    sources: list[Source]  # the core answer's sources, numbered on the page
    curated_sources: list[dict]
    source_list: SourceList  # ``sources`` grouped per record or publication
    kb: object = None  # the knowledge base the answer was composed from (for links)

    @property
    def replaces(self) -> bool:
        return self.curated is not None and self.curated.mode == CuratedAnswer.Mode.REPLACE

    @property
    def reviewed_badge(self) -> str | None:
        """The only place a "medically reviewed" badge can come from."""
        if self.curated is not None and self.curated.is_medically_reviewed:
            who = ", ".join(p for p in (self.curated.reviewer_name, self.curated.reviewer_qualification) if p)
            return f"Medically reviewed by {who} on {self.curated.reviewed_at:%Y-%m-%d}"
        if self.answer.review.is_medically_reviewed:
            return f"Medically reviewed by {self.answer.review.reviewer} on {self.answer.review.reviewed_on}"
        return None

    @property
    def last_updated(self) -> str:
        """The latest of the core answer's date and the curated answer's review, publication
        and last change: never older than the review the page shows."""
        dates = [self.answer.last_updated or ""]
        if self.curated is not None:
            dates += [f"{d:%Y-%m-%d}" for d in (self.curated.reviewed_at, self.curated.published_at,
                                                 self.curated.updated_at) if d]
        return max(dates)

    def numbered(self) -> list[dict]:
        """Sections with the numbers (from 1) of the short list's entries each statement
        cites, for footnote-style citing."""
        cited = iter(self.source_list.cited[1:])  # the TL;DR's come first
        return [{"heading": sec.heading, "statements": [
            {"text": st.text, "html": self.html(st.text), "refs": [i + 1 for i in next(cited)]}
            for st in sec.statements]} for sec in self.answer.sections]  # fmt: skip

    def html(self, text: str) -> SafeString:
        """A sentence of the answer with links to the pages it mentions."""
        return linked(self.kb, self.answer.disease_id, self.answer.question, text, learn_more_url(self.answer, True))

    def tldr_html(self) -> SafeString:
        return self.html(self.answer.tldr.text)

    def tldr_refs(self) -> list[int]:
        return [i + 1 for i in self.source_list.cited[0]]

    def source_entries(self) -> list[dict]:
        """The short list as the page shows it: each entry, and for an entry standing for
        several annotations, the features they record (name and HPO id)."""
        return [{"group": g, "features": [self.sources[p] for p in g.positions] if g.kind == ANNOTATIONS else []}
                for g in self.source_list.groups]


def question_page(kb, disease_id: str, slug: str) -> QuestionPage:
    from raremap.answers import answer

    core = answer(kb, disease_id, slug)
    curated = (CuratedAnswer.objects.published().for_question(core.disease_id, core.question)
               .order_by("-published_at").first())  # fmt: skip
    if curated is not None and not curated.is_medically_reviewed:
        curated = None  # never show unreviewed text as if it were reviewed
    curated_sources = [{"text": line, "url": line_url(line)} for line in curated.source_lines] if curated else []
    return QuestionPage(core, curated, core.sources, curated_sources, core.source_list(), kb)


def line_url(line: str) -> str | None:
    """The address of a source line: the line itself when it is an id or an address, else
    the first address or id in it (a citation followed by its URL or PMID)."""
    found = reference_url(line)
    if found or " " not in line.strip():
        return found
    for token in line.split():
        token = token.strip("()[]<>,;")
        if token.startswith(("http://", "https://")) or (":" in token and token.split(":")[0].isupper()):
            found = reference_url(token)
            if found:
                return found
    return None
