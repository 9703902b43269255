from django.contrib import admin

from raremap.web.inquiries.models import Inquiry


@admin.register(Inquiry)
class InquiryAdmin(admin.ModelAdmin):
    list_display = ("pk", "disease_id", "status", "created")
    list_filter = ("status",)
