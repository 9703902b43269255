"""Site URLs. Each section app has its own urls.py included here; keep the catch-all
pages app last so that more specific prefixes (e.g. /disease/<id>/questions/) win."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    # Section apps: add one line each, above the pages app.
    path("checker/", include("raremap.web.checker.urls")),
    path("", include("raremap.web.answers.urls")),
    path("tagging/", include("raremap.web.tagging.urls")),
    path("api/", include("raremap.web.api.urls")),
    path("accounts/", include("raremap.web.accounts.urls")),
    path("community/", include("raremap.web.community.urls")),
    path("inquiries/", include("raremap.web.inquiries.urls")),
    path("", include("raremap.web.pages.urls")),
]

handler404 = "raremap.web.pages.views.not_found"
handler403 = "raremap.web.staff.forbidden"
handler500 = "raremap.web.ops.db_unavailable.server_error"
