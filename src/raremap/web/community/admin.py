"""Admin for site administrators. Moderators work in the moderation queue, not here.

A post's status is read-only: the actions call the Experience's moderation methods (which
check the permission and write the audit entry). Hiding and restoring need a reason, given
in the moderation queue."""

from django.contrib import admin

from raremap.web.admin_actions import transition_action
from raremap.web.community.models import AuditEntry, Experience, Membership, Report, SymptomReport

approve = transition_action("approve", "approved", "Approve (posts waiting for moderation)")
dismiss_reports = transition_action("dismiss_reports", "kept, reports closed", "Keep, close reports")


@admin.register(Experience)
class ExperienceAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "question", "status", "is_demo", "created")
    list_filter = ("status", "question", "is_demo")
    search_fields = ("disease_id",)
    readonly_fields = ("status",)
    actions = [approve, dismiss_reports]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "role", "country", "share_country", "joined")
    list_filter = ("role",)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created", "action_label", "target_label", "reason")
    # The stored codes ("hide", "experience:12") in words, on the entry's page as in the list.
    fields = readonly_fields = ("created", "actor", "action_label", "target_label", "reason")

    def has_add_permission(self, request):
        return False  # entries are written by the actions they record

    def has_change_permission(self, request, obj=None):
        return False  # the audit log is append-only

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(Report)
admin.site.register(SymptomReport)
