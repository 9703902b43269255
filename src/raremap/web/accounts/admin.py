from django.contrib import admin

from raremap.web.accounts.models import Profile


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ("pseudonym", "email_confirmed", "is_demo", "created")
    search_fields = ("pseudonym",)
