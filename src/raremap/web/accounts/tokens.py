"""E-mail confirmation links: Django's reset-token machinery with its own salt. The token
covers is_active, so a link stops working once the account is confirmed, and the pending
password hash of the latest sign-up request, so a newer request for the same address voids
every earlier link."""

from django.contrib.auth.tokens import PasswordResetTokenGenerator


class ConfirmationTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "raremap.accounts.confirm"

    def _make_hash_value(self, user, timestamp):
        profile = getattr(user, "profile", None)
        pending = profile.pending_password if profile is not None else ""
        return f"{user.pk}{user.is_active}{timestamp}{user.email}{pending}"


confirmation_token = ConfirmationTokenGenerator()
