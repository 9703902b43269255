from django.urls import path

from raremap.web.answers import editorial, views

urlpatterns = [
    path("disease/<str:disease_id>/questions/", views.questions, name="answers-questions"),
    path("disease/<str:disease_id>/questions/<slug:slug>/", views.question, name="answers-question"),
    path("disease/<str:disease_id>/questions/<slug:slug>/report/", views.report, name="answers-report"),
    path("disease/<str:disease_id>/criteria/", views.criteria, name="answers-criteria"),
    path("editorial/", editorial.editor_queue, name="editorial-editor"),
    path("editorial/review/", editorial.reviewer_queue, name="editorial-reviewer"),
    path("editorial/signature/", editorial.signature, name="editorial-signature"),
    path("editorial/<int:pk>/", editorial.answer_page, name="editorial-answer"),
    path("editorial/<int:pk>/<str:action>/", editorial.act, name="editorial-act"),
]
