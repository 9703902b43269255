from django.apps import AppConfig


class PagesConfig(AppConfig):
    """Home, search, disease pages, symptom (HPO term) pages and the error pages."""

    name = "raremap.web.pages"
    label = "pages"
