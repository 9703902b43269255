"""Running RareMap in production (issue 8): database from DATABASE_URL, security headers,
structured logs without personal data, a friendly 503 when the database is away, a page
cache for anonymous readers, and backup/restore commands. Settings are applied by
:func:`raremap.web.ops.conf.apply` from one line at the end of ``settings.py``."""
