"""Running RareMap in production: database from DATABASE_URL, the shared cache, security
headers, structured logs without personal data, a friendly 503 when the database is away,
a page cache for anonymous readers, system checks, and backup/restore commands. The
settings they read are all in ``raremap/web/settings.py``."""
