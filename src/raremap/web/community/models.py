"""What members create: memberships, experiences, symptom reports, reports on posts, and the
moderation audit log. Diseases and terms are referred to by CURIE strings.

Moderation changes an experience only through its methods (:meth:`Experience.approve`,
:meth:`~Experience.hide`, :meth:`~Experience.restore`, :meth:`~Experience.dismiss_reports`):
each checks the moderator's permission and the post's state, and writes the audit entry.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete
from django.dispatch import receiver

from raremap.web.disease_ids import canonical
from raremap.web.transitions import TransitionError, reason_required, require

EXPERIENCE_MAX_CHARS = 2000
REASON_MAX_CHARS = 500
MODERATE = "community.moderate_experience"
_REFUSED = {"approve": "only posts waiting for moderation are approved; a hidden post is restored, with a reason",
            "hide": "it is hidden already", "restore": "only hidden posts are restored"}


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

    def __str__(self) -> str:
        return f"Membership {self.pk} ({self.get_role_display().lower()}, {self.disease_id})"

    def to_export(self) -> dict:
        return {"disease_id": self.disease_id, "role": self.role, "country": self.country,
                "share_country": self.share_country, "joined": self.joined.isoformat()}


class ExperienceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Experience.Status.PUBLISHED)

    def pending(self):
        return self.filter(status=Experience.Status.PENDING)

    def for_question(self, disease_id: str, slug: str):
        # Rows store the canonical id (raremap.web.disease_ids); a twin's other id finds them.
        return self.filter(disease_id=canonical(disease_id), question=slug)

    def sharers(self) -> int:
        """How many different people these experiences come from (anonymised posts count one each;
        demo posts, seeded examples, count none)."""
        agg = self.filter(is_demo=False).aggregate(people=Count("author", distinct=True),
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

    def __str__(self) -> str:
        return f"Post {self.pk} ({self.get_status_display().lower()})"

    def to_export(self) -> dict:
        return {"id": self.pk, "disease_id": self.disease_id, "question": self.question,
                "text": self.text, "status": self.status, "created": self.created.isoformat(),
                "updated": self.updated.isoformat()}

    # -- moderation ---------------------------------------------------------------------
    def approve(self, moderator) -> None:
        """A post waiting for moderation goes live. Hidden posts are restored, with a reason."""
        self._moderate(moderator, "approve", self.Status.PENDING, self.Status.PUBLISHED, "")

    def hide(self, moderator, reason: str) -> None:
        self._moderate(moderator, "hide", (self.Status.PENDING, self.Status.PUBLISHED), self.Status.HIDDEN,
                       reason_required(reason, "Hiding a post"))

    def restore(self, moderator, reason: str) -> None:
        self._moderate(moderator, "restore", self.Status.HIDDEN, self.Status.PUBLISHED,
                       reason_required(reason, "Restoring a post"))

    def dismiss_reports(self, moderator, reason: str = "") -> None:
        """Close the open reports on a post and leave the post as it is."""
        self._moderate(moderator, "dismiss", tuple(self.Status), self.status, (reason or "").strip())

    def _moderate(self, moderator, action: str, allowed, new_status: str, reason: str) -> None:
        require(moderator, MODERATE, "moderate posts")
        allowed = (allowed,) if isinstance(allowed, str) else allowed
        if self.status not in allowed:
            raise TransitionError(f"Post {self.pk} is {self.get_status_display().lower()}: {_REFUSED[action]}.")
        with transaction.atomic():
            # save(), not update(): signals tell the page cache that the page changed.
            self.status = new_status
            self.save(update_fields=["status"])
            self.reports.update(resolved=True)
            AuditEntry.record(moderator, action, self, reason)
            if action != "dismiss":
                from raremap.web.community.notify import post_state_changed

                transaction.on_commit(lambda: post_state_changed(self, reason))


class SymptomReport(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="symptom_reports")
    disease_id = models.CharField(max_length=32, db_index=True)
    hpo_id = models.CharField(max_length=16)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "disease_id", "hpo_id"],
                                               name="one_report_per_symptom")]

    def __str__(self) -> str:
        return f"Symptom report {self.pk} ({self.hpo_id} in {self.disease_id})"

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

    def __str__(self) -> str:
        return f"Report {self.pk} on post {self.experience_id}" + (" (resolved)" if self.resolved else "")

    def to_export(self) -> dict:
        return {"experience_id": self.experience_id, "reason": self.reason,
                "resolved": self.resolved, "created": self.created.isoformat()}


class AuditEntry(models.Model):
    """Who did what to which post or inquiry, and why. Never deleted with the post; its reason
    is (:data:`REASON_REMOVED`)."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                              related_name="audit_entries")
    action = models.CharField(max_length=20)
    target = models.CharField(max_length=40)  # "experience:12", "inquiry:3"
    reason = models.CharField(max_length=REASON_MAX_CHARS, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.action_label}: {self.target_label}"

    @classmethod
    def record(cls, actor, action: str, target: models.Model, reason: str = "") -> AuditEntry:
        """Write down that ``actor`` did ``action`` to ``target`` (``"experience:12"``…)."""
        return cls.objects.create(actor=actor, action=action, reason=reason,
                                  target=f"{target._meta.model_name}:{target.pk}")

    def to_export(self) -> dict:
        return {"action": self.action, "target": self.target, "reason": self.reason,
                "created": self.created.isoformat()}

    # -- how staff pages show an entry (the stored codes stay as they are) ----------------
    @property
    def action_label(self) -> str:
        if self.action == "dismiss" and self.target.startswith("experience:"):
            return "Reports closed, post kept"
        return AUDIT_ACTIONS.get(self.action, self.action)

    @property
    def target_label(self) -> str:
        kind, _, pk = self.target.partition(":")
        return f"{AUDIT_TARGETS.get(kind, kind)} {pk}".strip()

    @property
    def target_url(self) -> str | None:
        """The staff page of the target, where there is one."""
        from django.urls import reverse

        kind, _, pk = self.target.partition(":")
        if not pk.isdigit():
            return None
        if kind == "inquiry":
            return reverse("inquiries-answer", args=[int(pk)])
        if kind == "errorreport":
            return reverse("admin:answers_errorreport_change", args=[int(pk)])
        return None


#: What a deleted post's audit entries keep in place of the reasons moderators wrote, which
#: may quote the post ("contains her daughter's name, Ines").
REASON_REMOVED = "(removed with the post)"


@receiver(post_delete, sender="community.Experience", dispatch_uid="raremap-audit-reasons-go-with-the-post")
def _reasons_go_with_the_post(sender, instance, **kwargs) -> None:
    """A post deleted by its author, or with the account, takes the moderators' reasons about
    it along; who did what, and when, stays."""
    (AuditEntry.objects.filter(target=f"experience:{instance.pk}").exclude(reason="")
     .update(reason=REASON_REMOVED))


#: The audit log's action codes and target kinds in words.
AUDIT_ACTIONS = {"approve": "Approved", "hide": "Hidden", "restore": "Restored", "dismiss": "Dismissed",
                 "answer": "Answered", "publish": "Published", "resolve": "Resolved", "reopen": "Reopened",
                 "withdraw": "Consent to publication withdrawn by the asker",
                 "erase": "Question deleted by the asker"}
AUDIT_TARGETS = {"experience": "Post", "inquiry": "Inquiry", "errorreport": "Error report"}


class CommunitySnapshot(models.Model):
    """Exact counts of one community at one moment; only ever shown through ``aggregates.present``."""

    disease_id = models.CharField(max_length=32, unique=True)
    computed = models.DateTimeField()
    # keyed hash of a user id -> keyed hash of what they contributed: decides whether a
    # batch is due (aggregates._live).
    contributors = models.JSONField(default=dict)
    counts = models.JSONField(default=dict)

    class Meta:
        app_label = "community"
