"""Sessions of an account, ended when they should be rather than when they expire.

Django keeps each session (the logged-in user's id among its data) in the database until it
is deleted, expired ones included, unless ``clearsessions`` runs. Here:

- deleting an account deletes every session logged in to it (the other browsers' too), at
  once: :func:`end_sessions`;
- expired sessions are cleared by the first log-in of each day (:func:`clear_expired_daily`,
  a ``user_logged_in`` receiver; the shared cache lets one worker of one server do it), so
  no cron line is needed and a site where people log in never keeps them long.

Engines that keep sessions elsewhere (signed cookies, the cache alone) have nothing to
enumerate or clear here: their sessions end by expiring.
"""

from __future__ import annotations

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache

CLEARED_KEY = "raremap:sessions-cleared"
CLEAR_EVERY = 24 * 3600


def _store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def end_sessions(user_id) -> int:
    """Delete every stored session logged in to ``user_id``; how many."""
    store = _store()
    if not hasattr(store, "get_model_class"):
        return 0
    model = store.get_model_class()
    keys = [s.session_key for s in model.objects.iterator(chunk_size=2000)
            if s.get_decoded().get(SESSION_KEY) == str(user_id)]
    for key in keys:
        store().delete(key)  # through the store, so a cached copy goes too (cached_db)
    return len(keys)


def clear_expired_daily(**_ignored) -> bool:
    """Clear expired sessions, at most once a day over all servers; whether it ran."""
    if not cache.add(CLEARED_KEY, True, timeout=CLEAR_EVERY):
        return False
    try:
        _store().clear_expired()
    except NotImplementedError:  # signed cookies: nothing stored
        return False
    return True
