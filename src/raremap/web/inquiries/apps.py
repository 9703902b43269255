from django.apps import AppConfig


class InquiriesConfig(AppConfig):
    name = "raremap.web.inquiries"
    label = "inquiries"
    verbose_name = "Inquiries"
