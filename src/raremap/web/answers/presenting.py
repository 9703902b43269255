"""What a question page shows: the core answer, with a published curated answer on top.

The core (:mod:`raremap.answers`) composes the answer from facts and content packs; the
database may hold a curated answer that editors wrote and a reviewer reviewed. A curated
answer in mode *replace* takes the lead and the automatic answer follows, marked as
automatic; in mode *add* it comes first as an extra section.
"""

from __future__ import annotations

from dataclasses import dataclass

from raremap.answers.model import Answer, Source
from raremap.knowledge.model import reference_url
from raremap.web.answers.models import CuratedAnswer


@dataclass
class QuestionPage:
    answer: Answer  # the core answer (automatic or content pack)
    curated: CuratedAnswer | None  # the published curated answer, if any
    sources: list[Source]  # the core answer's sources, numbered on the page
    curated_sources: list[dict]

    @property
    def replaces(self) -> bool:
        return self.curated is not None and self.curated.mode == CuratedAnswer.Mode.REPLACE

    @property
    def reviewed_badge(self) -> str | None:
        """The only place a "medically reviewed" badge can come from."""
        if self.curated is not None and self.curated.is_medically_reviewed:
            return f"Medically reviewed by {self.curated.reviewer_name} on {self.curated.reviewed_at:%Y-%m-%d}"
        if self.answer.review.is_medically_reviewed:
            return f"Medically reviewed by {self.answer.review.reviewer} on {self.answer.review.reviewed_on}"
        return None

    def numbered(self) -> list[dict]:
        """Sections with each statement's source numbers, for footnote-style citing."""
        index = {s.key: i for i, s in enumerate(self.sources, start=1)}
        out = []
        for sec in self.answer.sections:
            out.append({"heading": sec.heading, "statements": [
                {"text": st.text, "refs": [index[s.key] for s in st.sources]}
                for st in sec.statements]})  # fmt: skip
        return out

    def tldr_refs(self) -> list[int]:
        index = {s.key: i for i, s in enumerate(self.sources, start=1)}
        return [index[s.key] for s in self.answer.tldr.sources]


def question_page(kb, disease_id: str, slug: str) -> QuestionPage:
    from raremap.answers import answer

    core = answer(kb, disease_id, slug)
    curated = (CuratedAnswer.objects.published().for_question(core.disease_id, core.question)
               .order_by("-published_at").first())  # fmt: skip
    if curated is not None and not curated.is_medically_reviewed:
        curated = None  # never show unreviewed text as if it were reviewed
    curated_sources = [{"text": line, "url": reference_url(line)} for line in curated.source_lines] if curated else []
    return QuestionPage(core, curated, core.sources, curated_sources)
