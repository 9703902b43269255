from django.urls import path

from raremap.web.tagging import views

urlpatterns = [
    path("", views.page, name="tagging-page"),
    path("rank", views.rank, name="tagging-rank"),
]
