from django.apps import AppConfig


class CheckerConfig(AppConfig):
    """The symptom checker page (/checker/); programs rank through /api/v1/ranking."""

    name = "raremap.web.checker"
    label = "checker"
    verbose_name = "Symptom checker"
