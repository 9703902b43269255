from django.urls import path

from raremap.web.inquiries import views

urlpatterns = [
    path("queue/", views.queue, name="inquiries-queue"),
    path("<int:pk>/answer/", views.answer, name="inquiries-answer"),
    path("<int:pk>/publish/", views.publish, name="inquiries-publish"),
    path("<int:pk>/withdraw/", views.withdraw, name="inquiries-withdraw"),
    path("<int:pk>/withdraw/<str:token>/", views.withdraw_by_link, name="inquiries-withdraw-link"),
    path("<int:pk>/delete/", views.delete, name="inquiries-delete"),
    path("<int:pk>/delete/<str:token>/", views.delete_by_link, name="inquiries-delete-link"),
    path("ask/<str:disease_id>/", views.ask, name="inquiries-ask"),
]
