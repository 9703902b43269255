"""Log in with an e-mail address (the form's "username" field carries it), and no log-in at
all from a client that used up its failed log-ins."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from raremap.web.accounts import throttle


class ClientLimitBackend:
    """Refuses every log-in, on every page that logs in (the site's and the admin's), from a
    client whose failed log-ins over all accounts reached their limit (``login-client``;
    ``throttle.count_failed_login`` counts them). Listed before the backends that check
    passwords, so a paused client learns nothing, not even from the right password. It
    authenticates nobody and has no ``get_user`` (Django would then pick it to restore
    sessions, and find no one)."""

    def authenticate(self, request, **credentials):
        if request is not None and throttle.used_up("login-client", throttle.client_key(request)):
            raise PermissionDenied
        return None


class EmailBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or not password:
            return None
        User = get_user_model()
        user = User.objects.filter(email__iexact=username.strip()).order_by("id").first()
        if user is None:
            User().set_password(password)  # same work as a real check: no timing oracle
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
