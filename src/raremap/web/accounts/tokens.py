"""E-mail confirmation links: Django's reset-token machinery with its own salt. The token
covers is_active, so a link stops working once the account is confirmed."""

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ConfirmationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "raremap.accounts.confirm"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.is_active}{timestamp}{user.email}"


confirmation_token = ConfirmationTokenGenerator()
