"""The links that let someone who asked without an account withdraw their consent to
publication, or delete their question: they come in the e-mail that brings the answer
(nothing can be published before the answer, so it always arrives in time), and work before
and after publication, for as long as the inquiry exists.

The link carries the inquiry's number and a keyed hash (the site's secret key) of its number,
reply address and creation time: no one can make one for another inquiry, and a forged or
altered link answers like a missing inquiry (404). Members withdraw from "My RareMap"."""

from __future__ import annotations

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "raremap.inquiries.withdraw"
#: A deletion link is keyed apart: a withdrawal link never deletes anything.
DELETE_SALT = "raremap.inquiries.delete"


def _token(inquiry, secret: str, salt: str) -> str:
    value = f"{inquiry.pk}:{inquiry.email.lower()}:{int(inquiry.created.timestamp())}"
    return salted_hmac(salt, value, secret=secret, algorithm="sha256").hexdigest()[:32]


def make_token(inquiry, salt: str = SALT) -> str:
    return _token(inquiry, settings.SECRET_KEY, salt)


def check_token(inquiry, token: str, salt: str = SALT) -> bool:
    """Whether ``token`` was made for ``inquiry`` and this purpose (with the secret key or a
    fallback)."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(token, _token(inquiry, s, salt)) for s in secrets)
