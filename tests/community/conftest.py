"""Personas for community tests (HC style: each with a comment on their role), made by
tests/factories.py.

- ``patient``: confirmed member of the POEMS community, new (posts wait for moderation).
- ``caregiver``: another confirmed member of the POEMS community.
- ``moderator``: in the "moderator" group; never sees e-mail addresses.
- ``specialist``: in the "information specialist" group; answers inquiries.
- ``editor``: in the "editor" group; approves de-identified inquiries for publication.
- a visitor is simply ``client`` with nobody logged in.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def _isolated(settings, kb, db):
    # kb: the session knowledge base, (re)built when stale, which views then load.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.AXES_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def patient(db):
    return factories.member("Hopeful Heron", "patient@example.org", country="FR", share_country=True)


@pytest.fixture
def caregiver(db):
    return factories.member("Kind Kestrel", "caregiver@example.org", role="caregiver")


@pytest.fixture
def moderator(db):
    return factories.moderator()


@pytest.fixture
def specialist(db):
    return factories.specialist()


@pytest.fixture
def editor(db):
    return factories.make_user("Edit Egret", "editor@example.org", "editor")

