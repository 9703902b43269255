from django.apps import AppConfig


class CheckerConfig(AppConfig):
    """The symptom checker page (/checker/) and its JSON endpoint (/checker/api)."""

    name = "raremap.web.checker"
    label = "checker"
    verbose_name = "Symptom checker"
