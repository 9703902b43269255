from django.urls import path

from raremap.web.inquiries import views

urlpatterns = [
    path("queue/", views.queue, name="inquiries-queue"),
    path("<int:pk>/answer/", views.answer, name="inquiries-answer"),
    path("<int:pk>/publish/", views.publish, name="inquiries-publish"),
    path("ask/<str:disease_id>/", views.ask, name="inquiries-ask"),
]
