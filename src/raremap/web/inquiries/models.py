"""Questions asked to the information center, their answers, and the de-identified version
an editor approves for the disease page."""

from __future__ import annotations

from django.conf import settings
from django.db import models

QUESTION_MAX_CHARS = 3000
ANSWER_MAX_CHARS = 6000


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

    def to_export(self) -> dict:
        return {"id": self.pk, "disease_id": self.disease_id, "question": self.question,
                "email": self.email, "status": self.status, "answer": self.answer,
                "created": self.created.isoformat()}
