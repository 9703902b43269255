"""Curated answers, their review workflow and history, and readers' error reports.

Workflow: draft → in review → reviewed (by a user holding ``answers.review_curatedanswer``,
recorded with name and date) → published (``answers.publish_curatedanswer``). Status only
changes through the transition methods, which check the acting user's permissions; a
change of the text after review sends the answer back to draft, so the "medically
reviewed" badge only ever sits on the words that were reviewed. Every save writes an
:class:`AnswerRevision`.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone

from raremap.answers.questions import QUESTIONS
from raremap.web.community.models import AuditEntry
from raremap.web.disease_ids import canonical
from raremap.web.transitions import TransitionError, require

QUESTION_CHOICES = [(q.slug, q.short) for q in QUESTIONS]
REVIEW_PERM = "answers.review_curatedanswer"
PUBLISH_PERM = "answers.publish_curatedanswer"
EDIT_PERM = "answers.change_curatedanswer"
HANDLE_REPORTS_PERM = "answers.change_errorreport"


class WorkflowError(TransitionError):
    """A status change that the review workflow does not allow from the current status."""


class CuratedAnswerQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=CuratedAnswer.Status.PUBLISHED)

    def for_question(self, disease_id: str, question: str):
        # Rows store the canonical id (raremap.web.disease_ids); a twin's other id finds them.
        return self.filter(disease_id=canonical(disease_id), question=question)

    def in_queue(self):
        """What editors and reviewers still have to act on."""
        return self.filter(status__in=[CuratedAnswer.Status.DRAFT, CuratedAnswer.Status.IN_REVIEW,
                                       CuratedAnswer.Status.REVIEWED])  # fmt: skip


class CuratedAnswer(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        REVIEWED = "reviewed", "Reviewed"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived (replaced by a newer published answer)"

    class Mode(models.TextChoices):
        """The content packs' words (``raremap.answers.packs.MODES``)."""

        ADD = "add", "Add to the automatic answer"
        REPLACE = "replace", "Replace the automatic answer"

    disease_id = models.CharField(max_length=40, db_index=True, help_text="e.g. ORPHA:2905 or OMIM:219700")
    question = models.CharField(max_length=20, choices=QUESTION_CHOICES)
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.ADD)
    tldr = models.TextField("TL;DR", max_length=600, help_text="One or two sentences in plain words.")
    body = models.TextField(
        blank=True, max_length=20000,
        help_text="Plain text; a blank line starts a new paragraph; a line starting with '## ' is a heading.",
    )
    sources = models.TextField(
        max_length=5000,
        help_text="One source per line: PMID:…, ORPHA:…, OMIM:… or a full citation. Every claim needs one.",
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", editable=False)  # fmt: skip
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", editable=False)  # fmt: skip
    reviewer_name = models.CharField(max_length=150, blank=True, editable=False)
    reviewer_qualification = models.CharField(max_length=150, blank=True, editable=False)
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reviewed_hash = models.CharField(max_length=64, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CuratedAnswerQuerySet.as_manager()

    class Meta:
        ordering = ["disease_id", "question", "-updated_at"]
        permissions = [
            ("review_curatedanswer", "Can mark a curated answer as medically reviewed"),
            ("publish_curatedanswer", "Can publish a reviewed curated answer"),
        ]

    def __str__(self) -> str:
        return f"{self.disease_id} · {self.question} · {self.get_status_display()}"

    # -- content ------------------------------------------------------------------------
    def content_hash(self) -> str:
        text = "\0".join([self.disease_id, self.question, self.mode, self.tldr, self.body, self.sources])
        return hashlib.sha256(text.encode()).hexdigest()

    @property
    def source_lines(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    @property
    def is_medically_reviewed(self) -> bool:
        """True only for published or reviewed text whose words are still those reviewed."""
        return (self.status in (self.Status.REVIEWED, self.Status.PUBLISHED) and self.reviewed_by_id is not None
                and bool(self.reviewer_name) and self.reviewed_hash == self.content_hash())  # fmt: skip

    def clean(self) -> None:
        from raremap.answers.questions import get_question

        get_question(self.question)
        if not self.source_lines:
            raise ValidationError({"sources": "Give at least one source."})

    # -- saving -------------------------------------------------------------------------
    def save(self, *args, actor=None, note: str = "", **kwargs) -> None:
        """Save and record a revision. Editing reviewed text sends it back to draft."""
        if self.status in (self.Status.REVIEWED, self.Status.PUBLISHED) and self.reviewed_hash != self.content_hash():
            self._reset_review()
            note = note or "Text changed after review: back to draft."
        self._check_review_is_genuine()
        with transaction.atomic():
            super().save(*args, **kwargs)
            AnswerRevision.objects.create(
                answer=self, status=self.status, mode=self.mode, tldr=self.tldr, body=self.body,
                sources=self.sources, changed_by=actor if getattr(actor, "pk", None) else None, note=note,
            )

    def _check_review_is_genuine(self) -> None:
        """Refuse a reviewed or published status that the workflow methods did not set, or
        whose recorded reviewer does not hold the review permission."""
        if self.status not in (self.Status.REVIEWED, self.Status.PUBLISHED, self.Status.ARCHIVED):
            return
        stored = CuratedAnswer.objects.filter(pk=self.pk).values_list("status", flat=True).first() if self.pk else None
        if stored != self.status and not getattr(self, "_via_workflow", False):
            raise PermissionDenied("The review status can only change through the review workflow.")
        if self.status != self.Status.ARCHIVED and not (self.reviewed_by and self.reviewed_by.has_perm(REVIEW_PERM)):
            raise PermissionDenied("A reviewed answer must record a reviewer who holds the review permission.")

    def _reset_review(self) -> None:
        self.status = self.Status.DRAFT
        self.reviewed_by = None
        self.reviewer_name = ""
        self.reviewer_qualification = ""
        self.reviewed_at = None
        self.reviewed_hash = ""
        self.published_at = None

    # -- workflow -----------------------------------------------------------------------
    def _expect(self, *statuses: str) -> None:
        if self.status not in statuses:
            allowed = ", ".join(self.Status(s).label.lower() for s in statuses)
            raise WorkflowError(f"This answer is {self.get_status_display().lower()}; it must be {allowed} first.")

    def submit_for_review(self, user) -> None:
        require(user, EDIT_PERM, "submit answers for review")
        self._expect(self.Status.DRAFT)
        self.full_clean()
        self.status = self.Status.IN_REVIEW
        self.save(actor=user, note="Submitted for review.")

    def mark_reviewed(self, user) -> None:
        """Only a reviewer may do this; the review is recorded with their name and the date."""
        require(user, REVIEW_PERM, "mark answers as medically reviewed")
        self._expect(self.Status.IN_REVIEW)
        from raremap.web.accounts.models import reviewer_signature

        name, qualification = reviewer_signature(user)
        if not name:
            raise WorkflowError("A review is signed with your real name: add it under \"How my reviews are "
                                "signed\" in the reviewer queue first.")
        self.status = self.Status.REVIEWED
        self.reviewed_by = user
        self.reviewer_name = name
        self.reviewer_qualification = qualification
        self.reviewed_at = timezone.now()
        self.reviewed_hash = self.content_hash()
        self._workflow_save(user, f"Reviewed by {self.reviewer_name}.")

    def publish(self, user) -> None:
        require(user, PUBLISH_PERM, "publish answers")
        self._expect(self.Status.REVIEWED)
        if not self.is_medically_reviewed:
            raise WorkflowError("Only reviewed text can be published.")
        with transaction.atomic():
            for older in CuratedAnswer.objects.published().for_question(self.disease_id, self.question).exclude(pk=self.pk):
                older.status = self.Status.ARCHIVED
                older._workflow_save(user, "Replaced by a newer published answer.")
            self.status = self.Status.PUBLISHED
            self.published_at = timezone.now()
            self._workflow_save(user, "Published.")

    def _workflow_save(self, user, note: str) -> None:
        self._via_workflow = True
        try:
            self.save(actor=user, note=note)
        finally:
            self._via_workflow = False

    def back_to_draft(self, user, reason: str = "") -> None:
        """Back to the editors; with a reason, the revision reads "Sent back: <reason>"."""
        require(user, EDIT_PERM, "edit answers")
        self._expect(self.Status.IN_REVIEW, self.Status.REVIEWED, self.Status.PUBLISHED)
        self._reset_review()
        reason = " ".join((reason or "").split())
        self.save(actor=user, note=f"Sent back: {reason}"[:200] if reason else "Back to draft.")

    def paragraphs(self) -> list[dict]:
        """The body as ``{"heading": bool, "text": str}`` blocks for the template."""
        return body_blocks(self.body)


def body_blocks(body: str) -> list[dict]:
    """Blocks of an answer's body: a line starting with "## " is a heading on its own (the
    lines after it, blank line or not, are the next paragraph); a blank line ends a
    paragraph; other line breaks inside a paragraph are spaces."""
    out: list[dict] = []
    lines: list[str] = []

    def paragraph() -> None:
        text = " ".join(" ".join(lines).split())
        if text:
            out.append({"heading": False, "text": text})
        lines.clear()

    for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith("## "):
            paragraph()
            out.append({"heading": True, "text": stripped[3:].strip()})
        elif not stripped:
            paragraph()
        else:
            lines.append(stripped)
    paragraph()
    return out


class AnswerRevision(models.Model):
    """One saved state of a curated answer: the full change history."""

    answer = models.ForeignKey(CuratedAnswer, on_delete=models.CASCADE, related_name="revisions")
    status = models.CharField(max_length=12, choices=CuratedAnswer.Status.choices)
    mode = models.CharField(max_length=10, choices=CuratedAnswer.Mode.choices)
    tldr = models.TextField()
    body = models.TextField(blank=True)
    sources = models.TextField()
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")  # fmt: skip
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.answer_id} @ {self.changed_at:%Y-%m-%d %H:%M} ({self.status})"

    @property
    def readable_note(self) -> str:
        """The note as staff pages show it (an older import note names its pack by subject)."""
        from raremap.answers.packs import readable_note
        from raremap.web.knowledge import get_kb

        return readable_note(self.note, (get_kb().section("answers") or {}).get("packs", {}))


class ErrorReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ErrorReport.Status.OPEN)


class ErrorReport(models.Model):
    """A reader's note that an answer is wrong or unclear: the editors' queue.

    Holds no personal data on purpose: no name, e-mail or IP address is stored.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"
        DISMISSED = "dismissed", "Dismissed"

    disease_id = models.CharField(max_length=40, db_index=True)
    question = models.CharField(max_length=20, choices=QUESTION_CHOICES)
    message = models.TextField(max_length=2000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", editable=False)  # fmt: skip
    handled_at = models.DateTimeField(null=True, blank=True, editable=False)
    editor_note = models.TextField(blank=True, max_length=2000)

    objects = ErrorReportQuerySet.as_manager()

    class Meta:
        ordering = ["status", "-created_at"]

    def __str__(self) -> str:
        return f"{self.disease_id} · {self.question} · {self.get_status_display()}"

    # -- handling (the status changes only here; each change is in the audit log) ---------
    def resolve(self, user) -> None:
        self.close(user, self.Status.RESOLVED)

    def dismiss(self, user) -> None:
        self.close(user, self.Status.DISMISSED)

    def close(self, user, status: str) -> None:
        require(user, HANDLE_REPORTS_PERM, "handle error reports")
        if status not in (self.Status.RESOLVED, self.Status.DISMISSED):
            raise TransitionError(f"A report is closed as resolved or dismissed, not {status!r}.")
        if self.status != self.Status.OPEN:
            raise TransitionError(f"This report is {self.get_status_display().lower()} already.")
        self._handle(user, status, "resolve" if status == self.Status.RESOLVED else "dismiss")

    def reopen(self, user) -> None:
        require(user, HANDLE_REPORTS_PERM, "handle error reports")
        if self.status == self.Status.OPEN:
            raise TransitionError("This report is open already.")
        self._handle(user, self.Status.OPEN, "reopen")

    def _handle(self, user, status: str, action: str) -> None:
        with transaction.atomic():
            self.status = status
            self.handled_by = user
            self.handled_at = timezone.now()
            self.save(update_fields=["status", "handled_by", "handled_at"])
            AuditEntry.record(user, action, self)
