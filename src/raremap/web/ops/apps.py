from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "raremap.web.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from raremap.web import disease_ids
        from raremap.web.ops import caches, checks, page_cache  # noqa: F401  (checks register themselves)

        page_cache.connect_invalidation()
        disease_ids.connect()
        post_migrate.connect(caches.create_cache_table, sender=self, dispatch_uid="raremap-cache-table")
