"""The API's documentation page: django-ninja's Swagger UI (same settings, same schema)
under a bar that names the site and leads back to it."""

from __future__ import annotations

from ninja.openapi.docs import Swagger


class SiteSwagger(Swagger):
    template = "api/docs.html"
