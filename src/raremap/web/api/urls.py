from django.urls import path, re_path

from raremap.web.api.api import api
from raremap.web.api.errors import not_found

urlpatterns = [
    path("v1/", api.urls),
    re_path(r"^(?P<rest>.*)$", not_found),
]
