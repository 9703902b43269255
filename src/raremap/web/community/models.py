"""What members create: memberships, experiences, symptom reports, reports on posts, and the
moderation audit log. Diseases and terms are referred to by CURIE strings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Count, Q

EXPERIENCE_MAX_CHARS = 2000
REASON_MAX_CHARS = 500


class Membership(models.Model):
    class Role(models.TextChoices):
        PATIENT = "patient", "Patient"
        CAREGIVER = "caregiver", "Caregiver"
        OTHER = "other", "Other"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="memberships")
    disease_id = models.CharField(max_length=32, db_index=True)
    role = models.CharField(max_length=12, choices=Role.choices)
    # ISO 3166-1 alpha-2; shown on the map only when share_country is on.
    country = models.CharField(max_length=2, blank=True)
    share_country = models.BooleanField(default=False)
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "disease_id"], name="one_membership")]

    def to_export(self) -> dict:
        return {"disease_id": self.disease_id, "role": self.role, "country": self.country,
                "share_country": self.share_country, "joined": self.joined.isoformat()}


class ExperienceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Experience.Status.PUBLISHED)

    def pending(self):
        return self.filter(status=Experience.Status.PENDING)

    def for_question(self, disease_id: str, slug: str):
        return self.filter(disease_id=disease_id, question=slug)

    def sharers(self) -> int:
        """How many different people these experiences come from (anonymised posts count one each)."""
        agg = self.aggregate(people=Count("author", distinct=True),
                             anonymous=Count("id", filter=Q(author__isnull=True)))
        return agg["people"] + agg["anonymous"]


class Experience(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for moderation"
        PUBLISHED = "published", "Published"
        HIDDEN = "hidden", "Hidden by a moderator"

    # Null once the author deleted their account and chose to keep the post anonymised.
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="experiences")
    disease_id = models.CharField(max_length=32, db_index=True)
    question = models.CharField(max_length=32)
    text = models.TextField(max_length=EXPERIENCE_MAX_CHARS)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # Kinds of personal data the detector flagged when the text was last saved (no text).
    flagged_kinds = models.JSONField(default=list, blank=True)
    is_demo = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    objects = ExperienceQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["disease_id", "question", "status"])]
        permissions = [("moderate_experience", "Can approve, hide and restore experiences")]

    def to_export(self) -> dict:
        return {"id": self.pk, "disease_id": self.disease_id, "question": self.question,
                "text": self.text, "status": self.status, "created": self.created.isoformat(),
                "updated": self.updated.isoformat()}


class SymptomReport(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="symptom_reports")
    disease_id = models.CharField(max_length=32, db_index=True)
    hpo_id = models.CharField(max_length=16)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "disease_id", "hpo_id"],
                                               name="one_report_per_symptom")]

    def to_export(self) -> dict:
        return {"disease_id": self.disease_id, "hpo_id": self.hpo_id,
                "created": self.created.isoformat()}


class Report(models.Model):
    """A member's flag on an experience for moderators to look at."""

    experience = models.ForeignKey(Experience, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                 related_name="reports_made")
    reason = models.CharField(max_length=REASON_MAX_CHARS)
    resolved = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    def to_export(self) -> dict:
        return {"experience_id": self.experience_id, "reason": self.reason,
                "resolved": self.resolved, "created": self.created.isoformat()}


class AuditEntry(models.Model):
    """Who did what to which post or inquiry, and why. Never deleted with the post."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                              related_name="audit_entries")
    action = models.CharField(max_length=20)
    target = models.CharField(max_length=40)  # "experience:12", "inquiry:3"
    reason = models.CharField(max_length=REASON_MAX_CHARS, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "audit entries"

    def to_export(self) -> dict:
        return {"action": self.action, "target": self.target, "reason": self.reason,
                "created": self.created.isoformat()}


class CommunitySnapshot(models.Model):
    """Exact counts of one community at one moment; only ever shown through ``aggregates.present``."""

    disease_id = models.CharField(max_length=32, unique=True)
    computed = models.DateTimeField()
    # user id -> fingerprint of what they contributed: decides whether a batch is due.
    contributors = models.JSONField(default=dict)
    counts = models.JSONField(default=dict)

    class Meta:
        app_label = "community"
