from __future__ import annotations

import re

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm

from raremap.web.accounts.models import Profile

PSEUDONYM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{1,38}[A-Za-z0-9]$")
RESERVED = {"member", "former member", "admin", "moderator", "raremap", "demo"}


def clean_pseudonym_value(value: str, exclude_user=None) -> str:
    value = " ".join(value.split())
    if not PSEUDONYM.match(value):
        raise forms.ValidationError(
            "Use 3 to 40 letters, digits, spaces, dots, dashes or underscores.")
    if value.lower() in RESERVED or value.lower().startswith("demo "):
        raise forms.ValidationError("That name is reserved; please choose another.")
    taken = Profile.objects.filter(pseudonym__iexact=value)
    if exclude_user is not None:
        taken = taken.exclude(user=exclude_user)
    if taken.exists():
        raise forms.ValidationError("That name is taken; please choose another.")
    return value


def check_password_pair(form: forms.Form, data: dict, user=None) -> None:
    """``password1`` and ``password2`` must agree and pass the password validators (with ``user``,
    those that compare the password with the account's details); errors go on the form."""
    p1, p2 = data.get("password1"), data.get("password2")
    if p1 and p2 and p1 != p2:
        form.add_error("password2", "The two passwords differ.")
    elif p1:
        try:
            password_validation.validate_password(p1, user)
        except forms.ValidationError as exc:
            form.add_error("password1", exc)


class SignupForm(forms.Form):
    email = forms.EmailField(label="E-mail", max_length=254,
                             help_text="For the confirmation link and password resets. Never shown to anyone.")
    pseudonym = forms.CharField(label="Public name", max_length=40,
                                help_text="Shown with your posts. Do not use your real name.")
    password1 = forms.CharField(label="Password", strip=False, widget=forms.PasswordInput)
    password2 = forms.CharField(label="Password again", strip=False, widget=forms.PasswordInput)

    def clean_pseudonym(self) -> str:
        value = self.cleaned_data["pseudonym"]
        if "@" in value:
            raise forms.ValidationError("Your public name must not be an e-mail address.")
        # A repeated request for an unconfirmed address replaces that request's name.
        email = (self.cleaned_data.get("email") or "").strip()
        pending = Profile.objects.filter(user__email__iexact=email, email_confirmed=False,
                                         user__is_active=False).first() if email else None
        return clean_pseudonym_value(value, exclude_user=pending.user if pending else None)

    def clean(self):
        data = super().clean()
        check_password_pair(self, data)
        return data


class EmailLoginForm(AuthenticationForm):
    username = forms.EmailField(label="E-mail", max_length=254,
                                widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}))
    error_messages = {
        "invalid_login": "That e-mail and password do not match an active account "
                         "(new accounts must be confirmed from the e-mail first).",
        "inactive": "This account is not active.",
    }


class DeleteAccountForm(forms.Form):
    posts = forms.ChoiceField(
        label="What should happen to your posts?",
        choices=[("delete", "Delete them"),
                 ("anonymise", "Keep them, shown as “Former member”")],
        widget=forms.RadioSelect)
    password = forms.CharField(label="Your password, to confirm", strip=False,
                               widget=forms.PasswordInput)


class ChooseOwnForm(forms.Form):
    """On a confirmation link opened elsewhere than where the sign-up was made: the link proves
    the mailbox, so its owner may set the account's public name and password themselves
    (someone else may have signed up with their address, perhaps many times)."""

    pseudonym = forms.CharField(label="Public name", max_length=40,
                                help_text="Shown with your posts. Do not use your real name.")
    password1 = forms.CharField(label="New password", strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    password2 = forms.CharField(label="New password again", strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_pseudonym(self) -> str:
        value = self.cleaned_data["pseudonym"]
        if "@" in value:
            raise forms.ValidationError("Your public name must not be an e-mail address.")
        return clean_pseudonym_value(value, exclude_user=self.user)

    def clean(self):
        data = super().clean()
        check_password_pair(self, data, self.user)
        return data


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(label="The password you chose when signing up", strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
