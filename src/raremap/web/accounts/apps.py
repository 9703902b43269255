from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "raremap.web.accounts"
    label = "accounts"
    verbose_name = "Accounts"
