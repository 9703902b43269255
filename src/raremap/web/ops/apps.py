from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "raremap.web.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self) -> None:
        from raremap.web.ops import page_cache

        page_cache.connect_invalidation()
