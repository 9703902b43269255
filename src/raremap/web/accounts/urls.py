from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from raremap.web.accounts import views

urlpatterns = [
    path("signup/", views.signup, name="accounts-signup"),
    path("signup/sent/", views.signup_sent, name="accounts-signup-sent"),
    path("confirm/<str:uidb64>/<str:token>/", views.confirm, name="accounts-confirm"),
    path("login/", views.LoginView.as_view(), name="accounts-login"),
    path("logout/", views.logout_view, name="accounts-logout"),
    path("export/", views.export, name="accounts-export"),
    path("delete/", views.delete_account, name="accounts-delete"),
    path("password/reset/", views.PasswordResetView.as_view(
        template_name="accounts/password_reset.html",
        email_template_name="accounts/email/password_reset.txt",
        subject_template_name="accounts/email/password_reset_subject.txt",
        success_url=reverse_lazy("accounts-password-reset-sent")), name="accounts-password-reset"),
    path("password/reset/sent/", views.PasswordResetSentView.as_view(), name="accounts-password-reset-sent"),
    path("password/reset/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="accounts/password_reset_confirm.html",
        success_url=reverse_lazy("accounts-password-reset-complete")),
        name="accounts-password-reset-confirm"),
    path("password/reset/complete/", auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"), name="accounts-password-reset-complete"),
]
