"""Questions asked to the information center, their answers, and the de-identified version
an editor approves for the disease page. Answering, publishing, withdrawing consent and the
asker's deletion happen only through :meth:`Inquiry.give_answer`, :meth:`Inquiry.publish`,
:meth:`Inquiry.withdraw_consent` and :meth:`Inquiry.erase`, which check the actor's permission and the inquiry's state
and write the audit entry."""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from raremap.web.community.models import AuditEntry
from raremap.web.transitions import TransitionError, require

QUESTION_MAX_CHARS = 3000
ANSWER_MAX_CHARS = 6000
ANSWER_PERM = "inquiries.answer_inquiry"
PUBLISH_PERM = "inquiries.publish_inquiry"


class InquiryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Inquiry.Status.PUBLISHED)

    def open(self):
        return self.filter(status=Inquiry.Status.NEW)


class Inquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "Waiting for an answer"
        ANSWERED = "answered", "Answered"
        PUBLISHED = "published", "Published de-identified"

    disease_id = models.CharField(max_length=32, db_index=True)
    question = models.TextField(max_length=QUESTION_MAX_CHARS)
    # Where the answer goes. Seen by the asker and information specialists only.
    email = models.EmailField()
    asker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="inquiries")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW)
    answer = models.TextField(max_length=ANSWER_MAX_CHARS, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="inquiries_answered")
    answered = models.DateTimeField(null=True, blank=True)
    # The asker agreed that a de-identified version may be published on the disease page.
    may_publish = models.BooleanField(default=False)
    # When the asker took that agreement back (nothing is published after it).
    consent_withdrawn = models.DateTimeField(null=True, blank=True)
    published_question = models.TextField(blank=True)
    published_answer = models.TextField(blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="inquiries_approved")
    created = models.DateTimeField(auto_now_add=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["created"]
        verbose_name_plural = "inquiries"
        permissions = [("answer_inquiry", "Can work the inquiry queue and answer"),
                       ("publish_inquiry", "Can approve a de-identified inquiry for publication")]

    def __str__(self) -> str:
        return f"Inquiry {self.pk} ({self.get_status_display().lower()})"

    def give_answer(self, specialist, text: str) -> None:
        """Record the answer; a new inquiry becomes answered. A member who asked finds it in
        "My RareMap" (and gets a notice by e-mail if they opted in); the caller e-mails the
        answer itself to someone who asked without an account."""
        require(specialist, ANSWER_PERM, "answer inquiries")
        first = self.status == self.Status.NEW
        with transaction.atomic():
            self.answer = text
            self.answered_by, self.answered = specialist, timezone.now()
            if first:
                self.status = self.Status.ANSWERED
            # Only these fields: a consent withdrawn meanwhile is not written back.
            self.save(update_fields=["answer", "answered_by", "answered", "status"])
            AuditEntry.record(specialist, "answer", self)
            self._notify("answered" if first else "updated")

    def publish(self, editor, question: str, answer: str, note: str = "") -> None:
        """Show ``question`` and ``answer`` (already de-identified) on the disease page;
        ``note`` goes in the audit entry (what the editor confirmed as not personal)."""
        require(editor, PUBLISH_PERM, "publish inquiries")
        with transaction.atomic():
            # The asker may have withdrawn consent since this row was read: check the row
            # as it is now, locked until the publication is written.
            self.may_publish, self.status = (Inquiry.objects.select_for_update()
                                             .values_list("may_publish", "status").get(pk=self.pk))
            self.check_publishable()
            first = self.status != self.Status.PUBLISHED
            self.published_question, self.published_answer = question, answer
            self.status, self.approved_by = self.Status.PUBLISHED, editor
            self.save(update_fields=["published_question", "published_answer", "status", "approved_by"])
            AuditEntry.record(editor, "publish", self, note)
            if first:
                self._notify("published")

    def withdraw_consent(self) -> bool:
        """The asker takes back their agreement to publication: the inquiry leaves the
        editors' queue, and if it was published its de-identified texts leave the disease
        page and the API at once (saving the row moves the page cache's content version) and
        are deleted. The audit entry says only that consent was withdrawn (no actor, no text).
        False when there was no consent to withdraw."""
        with transaction.atomic():
            current = Inquiry.objects.select_for_update().get(pk=self.pk)
            if not current.may_publish:
                return False
            was_published = current.status == self.Status.PUBLISHED
            current.may_publish, current.consent_withdrawn = False, timezone.now()
            current.published_question = current.published_answer = ""
            current.approved_by = None
            if was_published:
                current.status = self.Status.ANSWERED
            current.save(update_fields=["may_publish", "consent_withdrawn", "published_question",
                                        "published_answer", "approved_by", "status"])
            AuditEntry.record(None, "withdraw", current, "unpublished" if was_published else "")
        self.refresh_from_db()
        return True

    def erase(self) -> None:
        """The asker deletes the question: the row goes, with the question, the reply address,
        the answer and any published texts (deleting the row moves the page cache's content
        version, so a published version leaves the disease page at once). The audit entry
        says only that the asker deleted inquiry N (no actor, no text)."""
        with transaction.atomic():
            AuditEntry.record(None, "erase", self)
            self.delete()

    def _notify(self, what: str) -> None:
        if self.asker_id is not None:
            from raremap.web.community.notify import inquiry_changed

            transaction.on_commit(lambda: inquiry_changed(self, what))

    def check_publishable(self) -> None:
        if not self.may_publish:
            raise TransitionError("The person who asked did not agree to publication.")
        if self.status not in (self.Status.ANSWERED, self.Status.PUBLISHED):
            raise TransitionError("Only an answered inquiry can be published.")

    def to_export(self) -> dict:
        return {"id": self.pk, "disease_id": self.disease_id, "question": self.question,
                "email": self.email, "status": self.status, "answer": self.answer,
                "answered": self.answered.isoformat() if self.answered else None,
                "may_publish": self.may_publish,
                "consent_withdrawn": self.consent_withdrawn.isoformat() if self.consent_withdrawn else None,
                "published_question": self.published_question,
                "published_answer": self.published_answer, "created": self.created.isoformat()}
