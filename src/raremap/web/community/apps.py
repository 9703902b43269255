from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "raremap.web.community"
    label = "community"
    verbose_name = "Community"
