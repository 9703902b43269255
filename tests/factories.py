"""Test data in one place: people with their roles, posts and inquiries, made the way the
site makes them (a profile with a pseudonym, the role groups of accounts/roles.py).

    author = member("Hopeful Heron", "patient@example.org", disease=POEMS)
    mod = moderator()
    post(author, "What I was told about it.", status="published")
    logged_in(client, mod)

Passwords are hashed with MD5 for speed in the whole suite (tests/conftest.py); the
production hasher is Argon2 (tested in tests/community/test_accounts.py).
"""

from __future__ import annotations

from django.contrib.auth.models import Group, User

from raremap.web.accounts import roles
from raremap.web.accounts.models import Profile

POEMS = "ORPHA:2905"
PASSWORD = "correct horse 42"
EMAIL_BACKEND = "raremap.web.accounts.backends.EmailBackend"


def make_user(pseudonym: str, email: str, *role_names: str, password: str = PASSWORD, staff: bool = False,
              username: str | None = None, **fields) -> User:
    """A confirmed account in the member group plus ``role_names``."""
    user = User.objects.create_user(username=username or f"m-{pseudonym.lower()}", email=email,
                                    password=password, is_staff=staff, **fields)
    Profile.objects.create(user=user, pseudonym=pseudonym, email_confirmed=True)
    for name in (roles.MEMBER, *role_names):
        user.groups.add(Group.objects.get(name=name))
    return user


def member(pseudonym: str = "Hopeful Heron", email: str = "patient@example.org", disease: str | None = POEMS,
           role: str = "patient", **membership) -> User:
    """A member of ``disease``'s community (``disease=None``: of none)."""
    from raremap.web.community.models import Membership

    user = make_user(pseudonym, email)
    if disease:
        Membership.objects.create(user=user, disease_id=disease, role=role, **membership)
    return user


def moderator(pseudonym: str = "Mod Marten", email: str = "moderator@example.org", **kw) -> User:
    return make_user(pseudonym, email, roles.MODERATOR, **kw)


def specialist(pseudonym: str = "Info Ibis", email: str = "specialist@example.org", **kw) -> User:
    return make_user(pseudonym, email, roles.SPECIALIST, **kw)


def editor(pseudonym: str = "Edit Egret", email: str = "editor@example.org", **kw) -> User:
    """An editor works in the admin: staff."""
    return make_user(pseudonym, email, roles.EDITOR, staff=True, **kw)


def reviewer(pseudonym: str = "Review Rail", email: str = "reviewer@example.org", **kw) -> User:
    """A medical reviewer (also an editor), in the admin: staff."""
    return make_user(pseudonym, email, roles.REVIEWER, staff=True, **kw)


def staff(pseudonym: str = "Staff Stork", email: str = "staff@example.org", **kw) -> User:
    """Site staff with every role (the admin group)."""
    return make_user(pseudonym, email, roles.ADMIN, staff=True, **kw)


def post(author: User, text: str = "What I was told, in my own words.", disease: str = POEMS,
         question: str = "hereditary", status: str = "published", **fields):
    """An experience shared on ``question`` (published unless ``status`` says otherwise)."""
    from raremap.web.community.models import Experience

    return Experience.objects.create(author=author, disease_id=disease, question=question, text=text,
                                     status=status, **fields)


def inquiry(question: str = "Is it passed on to children?", disease: str = POEMS,
            email: str = "asker@example.org", **fields):
    """A question to the information center (new unless ``status`` says otherwise)."""
    from raremap.web.inquiries.models import Inquiry

    return Inquiry.objects.create(disease_id=disease, question=question, email=email, **fields)


def published_inquiry(question: str, answer: str, published_question: str, published_answer: str,
                      asker=None, email: str = "asker@example.org"):
    """An answered inquiry whose asker agreed to publication, published de-identified."""
    return inquiry(question, email=email, asker=asker, may_publish=True, status="published", answer=answer,
                   published_question=published_question, published_answer=published_answer)


def logged_in(client, user: User):
    client.force_login(user, backend=EMAIL_BACKEND)
    return client
