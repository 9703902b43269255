from django.urls import path

from raremap.web.checker import views

urlpatterns = [
    path("", views.checker, name="checker-page"),
    path("terms", views.terms, name="checker-terms"),
]
