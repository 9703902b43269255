"""The API object: routers, error handlers, rate limit, and a health probe."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest
from ninja import NinjaAPI

from raremap.web import knowledge
from raremap.web.api import (
    answers_routes,
    community_routes,
    engine_routes,
    errors,
    knowledge_routes,
)
from raremap.web.api.docs import SiteSwagger
from raremap.web.api.throttle import AnonymousRate

api = NinjaAPI(
    title="RareMap API",
    version="1",
    description=(
        "Rare diseases and their features from the Human Phenotype Ontology, short answers to "
        "patients' questions, disease ranking from HPO terms, text to HPO terms and diagnostic "
        "criteria. Errors are `{\"error\": {\"code\", \"message\"}}`; lists are pages with "
        "`count`, `limit`, `offset`, `next`. Anonymous clients are rate limited (429 with Retry-After). "
        "Not medical advice: only a doctor can diagnose."
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    docs=SiteSwagger(),  # Swagger UI under a bar that leads back to the site
    openapi_url="/openapi.json",
    throttle=[AnonymousRate()],
)
errors.install(api)
api.add_router("", knowledge_routes.router)
api.add_router("", answers_routes.router)
api.add_router("", engine_routes.router)
api.add_router("", community_routes.router)


@api.get("/health", tags=["operations"], summary="Liveness and readiness: knowledge base loaded, database reachable",
         description=("`tagger` is \"words and meaning\", or \"words only\" when the term vectors "
                      "(`term_vectors`: current, missing, damaged, out of date) or the embedding model "
                      "cannot be used; `raremap init` builds them. Words only still serves every page."),
         response={200: dict, 503: errors.ErrorOut}, throttle=[])
def health(request: HttpRequest):
    kb = knowledge.get_kb()
    with connection.cursor() as cursor:  # an OperationalError here becomes a 503 (ops middleware)
        cursor.execute("SELECT 1")
    vectors = _term_vectors(kb)
    meaning = vectors == "current" and _model_installed()
    return {"status": "ok", "hpo_release": kb.release, "database": connection.vendor,
            "tagger": "words and meaning" if meaning else "words only", "term_vectors": vectors}


def _term_vectors(kb) -> str:
    """The state of the term vectors beside the knowledge base, checked once per process
    and again whenever the file changes (a probe must stay cheap)."""
    from raremap.engine.tagger.semantic import vectors_path, vectors_problem

    try:
        stat = vectors_path(kb).stat()
        key: tuple | None = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None
    problem = kb.derived.get("term vectors problem", lambda: vectors_problem(kb), key=key, limit=2)
    return "current" if problem is None else {"stale": "out of date"}.get(problem.reason, problem.reason)


def _model_installed() -> bool:
    from raremap.engine.tagger.embedding import ModelUnavailable, model_zip

    try:
        return model_zip().is_file()
    except ModelUnavailable:
        return False
