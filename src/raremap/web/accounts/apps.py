from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "raremap.web.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from raremap.web.accounts.sessions import clear_expired_daily
        from raremap.web.accounts.throttle import count_failed_login

        user_login_failed.connect(count_failed_login, dispatch_uid="raremap-login-client")
        user_logged_in.connect(clear_expired_daily, dispatch_uid="raremap-clear-sessions")
