"""The editorial workflow in the Django admin.

Editors write answers and submit them; reviewers mark them reviewed and publish them. The
status is never a form field: it changes only through the actions below, which call the
model's transition methods, and those check permissions themselves (hiding an action for
users without the permission is a convenience, not the safeguard).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from raremap.web.admin_actions import transition_action
from raremap.web.answers.models import (
    PUBLISH_PERM,
    REVIEW_PERM,
    AnswerRevision,
    CuratedAnswer,
    ErrorReport,
)


class CuratedAnswerForm(forms.ModelForm):
    class Meta:
        model = CuratedAnswer
        fields = ["disease_id", "question", "mode", "tldr", "body", "sources"]

    def clean_disease_id(self) -> str:
        from raremap.knowledge import UnknownIdError
        from raremap.web.knowledge import get_kb

        given = self.cleaned_data["disease_id"].strip()
        try:
            return get_kb().disease(given).id
        except UnknownIdError as exc:
            raise forms.ValidationError(str(exc)) from None


class RevisionInline(admin.TabularInline):
    model = AnswerRevision
    extra = 0
    can_delete = False
    fields = ["changed_at", "changed_by", "status", "note_shown", "tldr"]
    readonly_fields = fields
    verbose_name_plural = "Change history"

    @admin.display(description="note")
    def note_shown(self, obj) -> str:
        return obj.readable_note

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


submit_for_review = transition_action("submit_for_review", "submitted for review", "Submit for review")
mark_reviewed = transition_action("mark_reviewed", "marked as reviewed", "Mark as medically reviewed (reviewers only)")
publish = transition_action("publish", "published", "Publish (reviewed answers only)")
back_to_draft = transition_action("back_to_draft", "sent back to draft", "Send back to draft")


@admin.register(CuratedAnswer)
class CuratedAnswerAdmin(admin.ModelAdmin):
    form = CuratedAnswerForm
    list_display = ["disease_id", "question", "mode", "status", "reviewer_name", "reviewed_at", "updated_at"]
    list_filter = ["status", "question", "mode"]
    search_fields = ["disease_id", "tldr", "body"]
    readonly_fields = ["status", "reviewer_name", "reviewer_qualification", "reviewed_at", "published_at", "created_by", "updated_at", "page_link"]
    fieldsets = [
        (None, {"fields": ["disease_id", "question", "mode"]}),
        ("Text", {"fields": ["tldr", "body", "sources"]}),
        ("Review", {"fields": ["status", "reviewer_name", "reviewer_qualification", "reviewed_at", "published_at", "created_by", "updated_at", "page_link"]}),
    ]
    inlines = [RevisionInline]
    actions = [submit_for_review, mark_reviewed, publish, back_to_draft]

    @admin.display(description="Page")
    def page_link(self, obj: CuratedAnswer) -> str:
        if not obj.pk:
            return "-"
        url = reverse("answers-question", args=[obj.disease_id, obj.question])
        return format_html('<a href="{}">{}</a>', url, url)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm(REVIEW_PERM):
            actions.pop("mark_reviewed", None)
        if not request.user.has_perm(PUBLISH_PERM):
            actions.pop("publish", None)
        return actions

    def save_model(self, request, obj: CuratedAnswer, form, change: bool) -> None:
        if not change:
            obj.created_by = request.user
        obj.save(actor=request.user, note="Created." if not change else "Edited.")


resolve = transition_action("resolve", "resolved", "Mark as resolved")
dismiss = transition_action("dismiss", "dismissed", "Dismiss")
reopen = transition_action("reopen", "reopened", "Reopen")


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["created_at", "disease_id", "question", "status", "short_message"]
    list_filter = ["status", "question"]
    search_fields = ["disease_id", "message"]
    # The status changes only through the actions (ErrorReport.resolve/dismiss/reopen), which
    # check the editor's permission and write the audit entry.
    readonly_fields = ["disease_id", "question", "message", "created_at", "status", "handled_by", "handled_at", "page_link"]
    fields = ["disease_id", "question", "page_link", "message", "created_at", "status", "editor_note", "handled_by", "handled_at"]
    actions = [resolve, dismiss, reopen]

    @admin.display(description="Message")
    def short_message(self, obj: ErrorReport) -> str:
        return obj.message[:80] + ("…" if len(obj.message) > 80 else "")

    @admin.display(description="Page")
    def page_link(self, obj: ErrorReport) -> str:
        url = reverse("answers-question", args=[obj.disease_id, obj.question])
        return format_html('<a href="{}">{}</a>', url, url)

    def has_add_permission(self, request) -> bool:
        return False  # reports come from readers, through the "report an error" form
