"""Admin for site administrators. Moderators work in the moderation queue, not here."""

from django.contrib import admin

from raremap.web.community.models import AuditEntry, Experience, Membership, Report, SymptomReport


@admin.register(Experience)
class ExperienceAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "question", "status", "is_demo", "created")
    list_filter = ("status", "question", "is_demo")
    search_fields = ("disease_id",)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "role", "country", "share_country", "joined")
    list_filter = ("role",)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created", "action", "target", "reason")

    def has_change_permission(self, request, obj=None):
        return False  # the audit log is append-only

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(Report)
admin.site.register(SymptomReport)
