"""Inquiries in the admin, for reading: answering and publishing happen in the queue
(/inquiries/queue/), through Inquiry.give_answer and Inquiry.publish; consent is the asker's
alone to give (when asking) and withdraw (Inquiry.withdraw_consent)."""

from django.contrib import admin

from raremap.web.inquiries.models import Inquiry

WORKFLOW_FIELDS = ("status", "may_publish", "consent_withdrawn", "answer", "answered_by", "answered", "published_question", "published_answer",
                   "approved_by")


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "status", "created")
    list_filter = ("status",)
    readonly_fields = WORKFLOW_FIELDS
