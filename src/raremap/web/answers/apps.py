from django.apps import AppConfig


class AnswersConfig(AppConfig):
    """Question pages, curated answers and their review, error reports, criteria checker."""

    name = "raremap.web.answers"
    label = "answers"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from raremap.web.answers.roles import ensure_groups

        post_migrate.connect(ensure_groups, sender=self)
