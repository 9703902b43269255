from django.apps import AppConfig


class TaggingConfig(AppConfig):
    name = "raremap.web.tagging"
    label = "tagging"
    verbose_name = "Describe your symptoms"
