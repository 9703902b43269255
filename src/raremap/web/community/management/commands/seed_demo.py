"""Seed a few demo members and experiences so a fresh site is not empty.

Everything created is marked as demo (Profile.is_demo, Experience.is_demo) and shown with a
"demo" badge. Refuses to run when DEBUG is off unless RAREMAP_DEMO=1 is set explicitly
(``make run`` sets it); production settings never seed. ``--remove`` deletes it all again.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from raremap.web.accounts import roles
from raremap.web.accounts.models import Profile
from raremap.web.community.models import Experience, Membership

POEMS = "ORPHA:2905"

# (pseudonym, role, country, experiences as (question slug, text)). Written for RareMap as
# examples of the kind of first-person post members share; no real person behind them.
DEMO_MEMBERS = [
    ("Demo member Ash", "patient", "GB", [
        ("symptoms", "Example post: for me it began with pins and needles in my toes that crept "
                     "up to my knees over a few months. Climbing stairs became hard before anyone "
                     "suspected anything beyond a common neuropathy."),
        ("diagnosis", "Example post: it took several specialists before someone connected the "
                      "nerve problems with the blood test showing an abnormal protein. Asking for "
                      "a VEGF test was the turning point in my case."),
    ]),
    ("Demo member Birch", "caregiver", "FR", [
        ("hereditary", "Example post: our children asked whether they could inherit it. The "
                       "haematology team explained that it is acquired during life, which was a "
                       "relief for the whole family."),
    ]),
    ("Demo member Cedar", "patient", "US", [
        ("treatment", "Example post: after treatment my energy came back slowly, over many "
                      "months rather than weeks. Physiotherapy helped me walk longer distances "
                      "again."),
        ("contagious", "Example post: friends were unsure whether they could catch it. Sharing "
                       "the clinic's leaflet explaining that it cannot spread between people "
                       "helped a lot."),
    ]),
    ("Demo member Dune", "other", "", []),
]


class Command(BaseCommand):
    help = "Seed demo members and experiences (marked as demo); refused under production settings."

    def add_arguments(self, parser):
        parser.add_argument("--remove", action="store_true", help="Delete all demo content instead.")

    def handle(self, *args, remove: bool = False, **options):
        if not settings.DEBUG and os.environ.get("RAREMAP_DEMO") != "1":
            raise CommandError("Refusing to seed demo content: DEBUG is off. Set RAREMAP_DEMO=1 "
                               "explicitly to seed anyway (never on a production site).")
        if remove:
            n = _remove()
            self.stdout.write(f"Removed {n} demo members and their posts.")
            return
        members, posts = _seed()
        self.stdout.write(f"Demo content: {members} members, {posts} experiences (marked as demo).")


@transaction.atomic
def _seed() -> tuple[int, int]:
    member_group = Group.objects.get(name=roles.MEMBER)
    posts = 0
    for pseudonym, role, country, experiences in DEMO_MEMBERS:
        profile = Profile.objects.filter(pseudonym=pseudonym, is_demo=True).first()
        if profile is None:
            user = User(username=f"demo-{pseudonym.split()[-1].lower()}", email="", is_active=False)
            user.set_unusable_password()  # demo accounts can never log in
            user.save()
            user.groups.add(member_group)
            profile = Profile.objects.create(user=user, pseudonym=pseudonym, is_demo=True,
                                             email_confirmed=False)
        user = profile.user
        Membership.objects.get_or_create(user=user, disease_id=POEMS, defaults={
            "role": role, "country": country, "share_country": bool(country)})
        for slug, text in experiences:
            _, created = Experience.objects.get_or_create(
                author=user, disease_id=POEMS, question=slug, is_demo=True,
                defaults={"text": text, "status": Experience.Status.PUBLISHED})
            posts += 1
    return len(DEMO_MEMBERS), posts


@transaction.atomic
def _remove() -> int:
    users = User.objects.filter(profile__is_demo=True)
    Experience.objects.filter(author__in=users).delete()
    n = users.count()
    users.delete()
    return n
