"""The JSON API under /api/v1/ (django-ninja, OpenAPI at /api/v1/openapi.json, docs at
/api/v1/docs). Thin: every answer comes from a core function (knowledge pages, engine
ranking, tagger, criteria, answers), the same object the pages and the CLI show."""
