from django.urls import path

from raremap.web.answers import views

urlpatterns = [
    path("disease/<str:disease_id>/questions/", views.questions, name="answers-questions"),
    path("disease/<str:disease_id>/questions/<slug:slug>/", views.question, name="answers-question"),
    path("disease/<str:disease_id>/questions/<slug:slug>/report/", views.report, name="answers-report"),
    path("disease/<str:disease_id>/criteria/", views.criteria, name="answers-criteria"),
]
