from django.apps import AppConfig


class AnswersConfig(AppConfig):
    """Question pages, curated answers and their review, error reports, criteria checker.
    Editors and reviewers are roles of the accounts app (``accounts/roles.py``)."""

    name = "raremap.web.answers"
    label = "answers"
    default_auto_field = "django.db.models.BigAutoField"
