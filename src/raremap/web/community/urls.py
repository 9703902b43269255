from django.urls import path

from raremap.web.community import views

urlpatterns = [
    path("me/", views.dashboard, name="community-dashboard"),
    path("me/notifications/", views.notifications, name="community-notifications"),
    path("moderation/", views.moderation, name="community-moderation"),
    path("moderation/audit/", views.audit_log, name="community-audit"),
    path("moderation/<int:pk>/<str:action>/", views.moderate, name="community-moderate"),
    path("experience/<int:pk>/edit/", views.edit_experience, name="community-edit"),
    path("experience/<int:pk>/delete/", views.delete_experience, name="community-delete"),
    path("experience/<int:pk>/report/", views.report_experience, name="community-report"),
    path("<str:disease_id>/", views.community, name="community-disease"),
    path("<str:disease_id>/join/", views.join, name="community-join"),
    path("<str:disease_id>/leave/", views.leave, name="community-leave"),
    path("<str:disease_id>/symptoms/", views.symptoms, name="community-symptoms"),
    path("<str:disease_id>/questions/<slug:slug>/", views.question, name="community-question"),
]
