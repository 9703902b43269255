"""Sign-up with e-mail confirmation, log in/out, password reset (Django's views), data export
and account deletion."""

from __future__ import annotations

import hashlib
import json
import secrets

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import (
    url_has_allowed_host_and_scheme,
    urlencode,
    urlsafe_base64_decode,
    urlsafe_base64_encode,
)
from django.views.decorators.http import require_POST

from raremap.web.accounts import known_device, roles, throttle
from raremap.web.accounts.data import delete_user, export_user
from raremap.web.accounts.forms import (
    ChooseOwnForm,
    ConfirmPasswordForm,
    DeleteAccountForm,
    EmailLoginForm,
    SignupForm,
)
from raremap.web.accounts.models import Profile
from raremap.web.accounts.tokens import confirmation_token

User = get_user_model()


def safe_next(value: str | None) -> str:
    """``value`` when it is a path on this site (``/community/ORPHA:2905/``), else ""."""
    value = (value or "").strip()
    if (len(value) <= 300 and value.startswith("/") and not value.startswith(("//", "/\\"))
            and value.isprintable() and url_has_allowed_host_and_scheme(value, allowed_hosts=set())):
        return value
    return ""


def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect(safe_next(request.GET.get("next")) or "community-dashboard")
    form = SignupForm(request.POST or None)
    if request.method == "POST":
        if not throttle.allow("signup", throttle.client_key(request)):
            return render(request, "accounts/signup.html", {"form": form, "throttled": True}, status=429)
        if form.is_valid():
            # Each request for an address mails it: past a few an hour (from any clients)
            # nothing more is sent or changed, and the answer stays the same.
            # A browser that proved control of the account has its own allowance, which a
            # stranger's requests cannot use up (``known_device``).
            address = form.cleaned_data["email"].strip().casefold()
            cap = "signup-address-owner" if known_device.proves(request, address) else "signup-address"
            # Hashed for every request, used or not: a request that skipped the hash (an
            # address with an account, or past its limit) answered 300 ms sooner, which told
            # whether the address had an account.
            password_hash = make_password(form.cleaned_data["password1"])
            pending = _register(request, form.cleaned_data, password_hash) if throttle.allow(cap, address) else None
            # Which request this browser made: its own link then confirms without asking for
            # the password. Set in every case (a random value when nothing is pending), so
            # the answer is the same whether or not the address was known.
            request.session[PENDING_KEY] = _fingerprint(pending) if pending else secrets.token_hex(16)
            return redirect("accounts-signup-sent")
    return render(request, "accounts/signup.html", {"form": form})


PENDING_KEY = "raremap_signup_request"


def _fingerprint(pending_password: str) -> str:
    return hashlib.sha256(f"signup\0{pending_password}".encode()).hexdigest()[:32]


@transaction.atomic
def _register(request: HttpRequest, data: dict, password_hash: str) -> str | None:
    """Create or renew the pending account with ``password_hash`` pending; returns it, if any."""
    email = data["email"].strip()
    _lock_address(email)
    existing = User.objects.select_for_update().filter(email__iexact=email).first()
    if existing is not None and not existing.is_active and Profile.objects.filter(
            user=existing, email_confirmed=False).exists():
        # A repeated request for an unconfirmed address: whoever made the earlier one may
        # not be the owner of the mailbox. The earlier password is dropped, the new one
        # waits until this request's own link is used, and every earlier link stops working.
        # Nothing of the earlier request is kept: the address takes the letter case typed now,
        # so the mail goes to the person asking now, not to the address as first typed.
        profile = existing.profile
        profile.pending_password = password_hash
        profile.pseudonym = data["pseudonym"]
        profile.save(update_fields=["pending_password", "pseudonym"])
        existing.email = email
        existing.set_unusable_password()
        existing.save(update_fields=["email", "password"])
        _send_confirmation(request, existing, repeated=True)
        return profile.pending_password
    if existing is not None:
        send_mail("Your RareMap account",
                  render_to_string("accounts/email/already_registered.txt",
                                   {"login_url": request.build_absolute_uri(reverse("accounts-login"))}),
                  None, [existing.email])
        return None
    user = User(username=f"m-{secrets.token_hex(8)}", email=email, is_active=False)
    user.set_unusable_password()  # the password is set by the confirmation link
    user.save()
    Profile.objects.create(user=user, pseudonym=data["pseudonym"],
                           pending_password=password_hash)
    user.groups.add(Group.objects.get(name=roles.MEMBER))
    _send_confirmation(request, user)
    return user.profile.pending_password


def _lock_address(email: str) -> None:
    """Serialise sign-ups for one address until the transaction ends. select_for_update locks
    only rows that exist, so on PostgreSQL simultaneous first requests (several servers, any
    letter case) would each create an account; SQLite's write transactions are serial already."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"signup:{email.lower()}"])


def _send_confirmation(request: HttpRequest, user, repeated: bool = False) -> None:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    # The page the person signed up from (a community) is where the link brings them back.
    after = safe_next(request.GET.get("next"))
    link = request.build_absolute_uri(
        reverse("accounts-confirm", args=[uid, confirmation_token.make_token(user)])
        + (f"?{urlencode({'next': after})}" if after else ""))
    send_mail("Confirm your RareMap account",
              render_to_string("accounts/email/confirm.txt",
                               {"link": link, "pseudonym": user.profile.pseudonym,
                                "repeated": repeated}),
              None, [user.email])


def _held_back(action: str) -> dict:
    """What the "check your e-mail" pages say about a mail the per-address limit may have
    held back. The page is the same for every address, limit reached or not: saying so only
    when it is reached would tell anyone who asks a few times that someone else asked for
    that address within the hour (someone signing up, or an account in use)."""
    limit, window = throttle.LIMITS[action]
    return {"mail_limit": limit, "mail_window": "an hour" if window == 3600 else f"{window // 60} minutes",
            "contact_email": getattr(settings, "RAREMAP_CONTACT_EMAIL", "")}


def signup_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup_sent.html", _held_back("signup-address"))


def confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    try:
        user = User.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        user = None
    if user is None or not confirmation_token.check_token(user, token):
        return render(request, "accounts/confirm_failed.html", status=400)
    pending = user.profile.pending_password
    if pending and request.session.get(PENDING_KEY) != _fingerprint(pending):
        # Opened elsewhere than where the sign-up was made: the link proves the mailbox,
        # the password proves the request. Whoever signed up with someone else's address
        # cannot give their password to the owner's click. Or the mailbox's owner, whom the
        # link proves, chooses the name and password (a sign-up flood of their address held
        # back their own request's mail: this mail still lets them in).
        choosing = request.method == "POST" and "pseudonym" in request.POST
        form = ConfirmPasswordForm(request.POST if request.method == "POST" and not choosing else None)
        own = ChooseOwnForm(user, request.POST if choosing else None)
        if choosing and own.is_valid():
            return _confirmed(request, user, make_password(own.cleaned_data["password1"]),
                              pseudonym=own.cleaned_data["pseudonym"])
        if request.method == "POST" and not choosing and form.is_valid():
            if check_password(form.cleaned_data["password"], pending):
                return _confirmed(request, user, pending)
            form.add_error("password", "That is not the password chosen with this sign-up. If you did not "
                                       "ask for this link, choose your own below, or sign up again: your "
                                       "own request sends a new one.")
        return render(request, "accounts/confirm_password.html", {"form": form, "own": own},
                      status=400 if request.method == "POST" else 200)
    return _confirmed(request, user, pending)


def _confirmed(request: HttpRequest, user, password_hash: str, pseudonym: str = "") -> HttpResponse:
    _activate(user, password_hash, pseudonym)
    request.session.pop(PENDING_KEY, None)
    login(request, user, backend="raremap.web.accounts.backends.EmailBackend")
    messages.success(request, "Your account is confirmed. Welcome to RareMap.")
    return known_device.remember(request, redirect(safe_next(request.GET.get("next")) or "community-dashboard"), user)


@transaction.atomic
def _activate(user, password_hash: str, pseudonym: str = "") -> None:
    """The link proved the mailbox: the password it was confirmed with takes effect (the one
    of the request that sent the link, as checked in this request, or the one the mailbox's
    owner chose), never a pending one read again now, which a sign-up arriving meanwhile may
    have replaced."""
    profile = user.profile
    if password_hash:
        user.password = password_hash
    user.is_active = True
    user.save(update_fields=["is_active", "password"])
    profile.pending_password = ""
    profile.email_confirmed = True
    if pseudonym:  # chosen by the mailbox's owner on the link's page
        profile.pseudonym = pseudonym
    profile.save(update_fields=["pending_password", "email_confirmed", *(["pseudonym"] if pseudonym else [])])


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailLoginForm
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if throttle.used_up("login-client", throttle.client_key(request)):
            return render(request, "accounts/locked_out.html", {"client_wide": True}, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        return known_device.remember(self.request, super().form_valid(form), form.get_user())


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form, with limits per client and per address so nobody can flood a
    mailbox with reset mail. Over a limit the answer is the same "sent" page (whether an
    address has an account stays unknown), and nothing is sent. A browser that proved
    control of the account counts against the owner's own allowance only."""

    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().casefold()
        if known_device.proves(self.request, address):
            if throttle.allow("reset-address-owner", address):
                return self._mail(form)
            return redirect(self.get_success_url())
        by_client = throttle.allow("reset-client", throttle.client_key(self.request))
        if by_client and throttle.allow("reset-address", address):
            return self._mail(form)
        return redirect(self.get_success_url())

    def _mail(self, form):
        """Django mails the link to an active account; an address without one is told so by
        mail. Mailing only accounts made the answer slower for them (with SMTP, a round trip
        to the mail server), which told whether an address had an account."""
        email = form.cleaned_data["email"]
        if next(iter(form.get_users(email)), None) is None:
            send_mail("RareMap password reset",
                      render_to_string("accounts/email/no_account.txt",
                                       {"signup_url": self.request.build_absolute_uri(reverse("accounts-signup"))}),
                      None, [email])
        return super().form_valid(form)


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **_held_back("reset-address")}


@login_required
def export(request: HttpRequest) -> HttpResponse:
    body = json.dumps(export_user(request.user), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="raremap-my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not request.user.check_password(form.cleaned_data["password"]):
            form.add_error("password", "That is not your password.")
        else:
            user = request.user
            logout(request)
            delete_user(user, keep_posts_anonymised=form.cleaned_data["posts"] == "anonymise")
            messages.success(request, "Your account and personal data are deleted.")
            return known_device.forget(redirect("pages-home"))
    return render(request, "accounts/delete.html", {"form": form})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect(settings.LOGOUT_REDIRECT_URL)
