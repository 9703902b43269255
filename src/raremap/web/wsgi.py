"""WSGI entry point (gunicorn ``raremap.web.wsgi:application``).

The knowledge base is loaded while the server boots, so a missing or stale artifact stops
the server with a one-line error instead of failing on the first page; the ranking and
tagging structures are built then too (see :mod:`raremap.web.warmup`).
"""

import os

from django.core.wsgi import get_wsgi_application

from raremap.web.secret_key import ensure_configured_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raremap.web.settings")
ensure_configured_key()  # first use: the data directory's key, unless one is configured

application = get_wsgi_application()

from raremap.web.knowledge import get_kb  # noqa: E402
from raremap.web.warmup import warm_up  # noqa: E402

warm_up(get_kb())
