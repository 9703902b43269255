from django.urls import path

from raremap.web.pages import browse, views

urlpatterns = [
    path("", views.home, name="pages-home"),
    path("about/", views.about, name="pages-about"),
    path("search/", views.search, name="pages-search"),
    path("search/suggest", views.suggest, name="pages-suggest"),
    path("disease/<str:disease_id>/", views.disease, name="pages-disease"),
    path("disease/<str:disease_id>/<slug:slug>/", views.disease, name="pages-disease-slug"),
    path("browse/", browse.browse, name="pages-browse"),
    path("browse/<str:group_id>/", browse.group, name="pages-browse-group"),
    path("term/<str:hpo_id>/", views.term, name="pages-term"),
]
