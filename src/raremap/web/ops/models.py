"""No models. The module makes Django send ``post_migrate`` for this app, which creates the
database cache's table (see ``caches.create_cache_table``)."""
