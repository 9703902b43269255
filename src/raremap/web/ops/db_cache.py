"""The default shared cache: a table in the site's database (``RAREMAP_CACHE_URL`` unset)."""

from __future__ import annotations

import base64
import pickle

from django.core.cache.backends import db as db_backend
from django.db import connections, models, router, transaction
from django.utils import timezone


class DatabaseCache(db_backend.DatabaseCache):
    """Django's database cache with an ``incr`` that counts right when several workers or
    servers increment one key at once (the row is locked: ``SELECT … FOR UPDATE`` on
    PostgreSQL, the write lock of SQLite's ``BEGIN IMMEDIATE``) and keeps the key's expiry
    (Django's generic ``incr`` is a read then a ``set`` with the default timeout, so a
    throttle window of an hour would restart after five quiet minutes)."""

    def incr(self, key, delta=1, version=None):
        full = self.make_and_validate_key(key, version=version)
        alias = router.db_for_write(self.cache_model_class)
        connection = connections[alias]
        q = connection.ops.quote_name
        table, lock = q(self._table), " FOR UPDATE" if connection.features.has_select_for_update else ""
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.execute(f"SELECT {q('value')}, {q('expires')} FROM {table} WHERE {q('cache_key')} = %s{lock}",
                           [full])
            row = cursor.fetchone()
            expires = row[1] if row else None
            expression = models.Expression(output_field=models.DateTimeField())
            for converter in connection.ops.get_db_converters(expression) + expression.get_db_converters(connection):
                expires = converter(expires, expression, connection) if expires is not None else None
            if row is None or expires < timezone.now():
                raise ValueError(f"Key '{key}' not found")
            value = pickle.loads(base64.b64decode(connection.ops.process_clob(row[0]).encode())) + delta
            stored = base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode("latin1")
            cursor.execute(f"UPDATE {table} SET {q('value')} = %s WHERE {q('cache_key')} = %s", [stored, full])
        return value
