"""Personas for community tests (HC style: each with a comment on their role).

- ``patient``: confirmed member of the POEMS community, new (posts wait for moderation).
- ``caregiver``: another confirmed member of the POEMS community.
- ``moderator``: in the "moderator" group; never sees e-mail addresses.
- ``specialist``: in the "information specialist" group; answers inquiries.
- ``editor``: in the "editor" group; approves de-identified inquiries for publication.
- a visitor is simply ``client`` with nobody logged in.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache

from raremap.web.accounts.models import Profile
from raremap.web.community.models import Membership

POEMS = "ORPHA:2905"


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, kb, db):
    # kb: the session knowledge base, (re)built when stale, which views then load.
    # Argon2 is the production hasher (tested separately); MD5 keeps these tests fast.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.AXES_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def make_user(pseudonym: str, email: str, *roles: str, password: str = "correct horse 42") -> User:
    user = User.objects.create_user(username=f"m-{pseudonym.lower()}", email=email, password=password)
    Profile.objects.create(user=user, pseudonym=pseudonym, email_confirmed=True)
    for role in ("member", *roles):
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def patient(db):
    u = make_user("Hopeful Heron", "patient@example.org")
    Membership.objects.create(user=u, disease_id=POEMS, role="patient", country="FR", share_country=True)
    return u


@pytest.fixture
def caregiver(db):
    u = make_user("Kind Kestrel", "caregiver@example.org")
    Membership.objects.create(user=u, disease_id=POEMS, role="caregiver")
    return u


@pytest.fixture
def moderator(db):
    return make_user("Mod Marten", "moderator@example.org", "moderator")


@pytest.fixture
def specialist(db):
    return make_user("Info Ibis", "specialist@example.org", "information specialist")


@pytest.fixture
def editor(db):
    return make_user("Edit Egret", "editor@example.org", "editor")


def logged_in(client, user):
    client.force_login(user, backend="raremap.web.accounts.backends.EmailBackend")
    return client
