"""Whole-page cache for anonymous GETs of disease, term and answer pages.

These pages are pure functions of the knowledge artifact (the HPO release and its content
packs) and of community/editorial rows shown on them. The cache key therefore holds the
HPO release, the artifact's content fingerprint, a fingerprint of the code and templates
(a deploy never serves pages the old code rendered) and a *content version*: a counter in the
shared cache that goes up whenever a row of a community, inquiry or answers model is
saved or deleted (except rows created unpublished, and moderation records, which no
cached page shows), so every app server stops serving the old page at once. A new HPO
release changes the key by itself (no flush needed on upgrade).

Only cookie-less visitors are served from the cache (a session or a messages cookie means
the page may be personal), only 200 responses that set no cookie and used no CSRF token
are stored. Responses carry ``X-Cache: hit|miss`` (tests and the load bench read it).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

VERSION_KEY = "raremap:content-version"
# Apps whose rows appear on cached pages (answers' reviewed versions, experiences, ...).
CONTENT_APPS = {"community", "inquiries", "answers", "web_answers", "raremap_answers"}
DEFAULT_VIEWS = ("pages-disease", "pages-disease-slug", "pages-term", "pages-browse", "pages-browse-group", "answers-")


def content_version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def bump_content_version(**_ignored) -> None:
    """Invalidate every cached page (call after changing anything shown on them)."""
    cache.add(VERSION_KEY, 1, timeout=None)
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # evicted between add and incr
        cache.set(VERSION_KEY, 2, timeout=None)


# Rows that no cached page shows: moderation flags and logs, and anything created
# unpublished (a new post waiting for moderation, a new inquiry, a draft answer). A row
# that changes state later (approved, hidden, edited) bumps the version as usual.
NOT_SHOWN_MODELS = {"report", "auditentry", "errorreport", "answerrevision"}
UNPUBLISHED = {"pending", "new", "draft", "in_review", "open"}
# Rows made while a page is read (a community's first count snapshot): the page being
# rendered already shows them, and no earlier page could have shown anything else.
CREATED_ON_READ = {"communitysnapshot"}


def _on_change(sender, instance=None, created=False, **kwargs) -> None:
    meta = sender._meta
    if meta.app_label not in CONTENT_APPS or meta.model_name in NOT_SHOWN_MODELS:
        return
    if created and (getattr(instance, "status", None) in UNPUBLISHED or meta.model_name in CREATED_ON_READ):
        return
    bump_content_version()


def connect_invalidation() -> None:
    post_save.connect(_on_change, dispatch_uid="raremap-page-cache-save")
    post_delete.connect(_on_change, dispatch_uid="raremap-page-cache-delete")


# The files a page is made from: code, templates, styles and scripts of the package.
CODE_SUFFIXES = (".py", ".html", ".css", ".js", ".svg", ".json", ".yaml")


@functools.cache
def code_fingerprint() -> str:
    """A digest of the package's code and templates, computed once per process: a deploy
    that changes how a page looks changes every key, so no server serves a page rendered
    by the old code from the shared cache (it outlives the servers)."""
    root = Path(__file__).resolve().parents[2]  # src/raremap
    digest = hashlib.sha1()
    for path in sorted(p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _release_tag() -> str:
    """The HPO release plus a fingerprint of the artifact's header (sources, section
    versions: content packs change it), kept with the loaded knowledge base, and the code's
    fingerprint."""
    from raremap.web.knowledge import get_kb

    kb = get_kb()

    def tag() -> str:
        meta = kb.meta if isinstance(kb.meta, dict) else {}
        digest = hashlib.sha1(repr(sorted(meta.items(), key=lambda kv: kv[0])).encode()).hexdigest()[:12]
        return f"{kb.release}:{digest}"

    return f"{kb.derived.get('page-cache-tag', tag)}:{code_fingerprint()}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.views = tuple(getattr(settings, "RAREMAP_PAGE_CACHE_VIEWS", DEFAULT_VIEWS))
        self.seconds = int(getattr(settings, "RAREMAP_PAGE_CACHE_SECONDS", 300))
        self.private_cookies = {settings.SESSION_COOKIE_NAME, "messages"}

    def _cacheable_request(self, request: HttpRequest) -> bool:
        if self.seconds <= 0 or request.method not in ("GET", "HEAD"):
            return False
        if self.private_cookies & request.COOKIES.keys():
            return False
        try:
            name = resolve(request.path_info).url_name or ""
        except Resolver404:
            return False
        return any(name == v or (v.endswith("-") and name.startswith(v)) for v in self.views)

    def _key(self, request: HttpRequest) -> str:
        raw = f"{_release_tag()}|{content_version()}|{request.get_full_path()}"
        return "raremap:page:" + hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = self._key(request)
        stored = cache.get(key)
        if stored is not None:
            status, content_type, body = stored
            response = HttpResponse(body, status=status, content_type=content_type)
            response["X-Cache"] = "hit"
            response["Vary"] = "Cookie"
            return response
        response = self.get_response(request)
        if (response.status_code == 200 and not response.cookies and not response.streaming
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                and "private" not in response.get("Cache-Control", "")
                and "no-store" not in response.get("Cache-Control", "")):
            cache.set(key, (response.status_code, response["Content-Type"], response.content), self.seconds)
            response["X-Cache"] = "miss"
            response["Vary"] = "Cookie"
        return response
