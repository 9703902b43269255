"""A member's public face: a pseudonym. The e-mail address stays on Django's User and is
shown to nobody but its owner (and the information specialist answering their inquiry)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="profile")
    pseudonym = models.CharField(max_length=40, unique=True)
    email_confirmed = models.BooleanField(default=False)
    is_demo = models.BooleanField(default=False, help_text="Seeded demo account, not a real person.")
    created = models.DateTimeField(auto_now_add=True)
    # E-mail when a moderator publishes or hides one of the member's posts, or the information
    # center answers or publishes one of their questions. Off until the member turns it on in
    # "My RareMap"; the page shows the same news anyway.
    notify_by_email = models.BooleanField(
        default=False, help_text="E-mail me when one of my posts is published or hidden, or one of my questions "
                                 "is answered or published.")
    # The password hash of the latest sign-up request for an unconfirmed account. It becomes
    # the account's password only when that request's own confirmation link is used, so a
    # sign-up by someone who cannot read the mailbox never decides the password.
    pending_password = models.CharField(max_length=128, blank=True, default="")
    # Staff only: what a medical review is signed with ("Medically reviewed by Dr Ana Ruiz,
    # consultant haematologist"). Members leave them empty; their pseudonym is their name.
    professional_name = models.CharField(
        max_length=150, blank=True, default="",
        help_text="Reviewers: your full name as it appears on answers you review (e.g. Dr Ana Ruiz).")
    qualification = models.CharField(
        max_length=150, blank=True, default="",
        help_text="Reviewers: your qualification as it appears on answers you review (e.g. consultant haematologist).")

    def __str__(self) -> str:
        return self.pseudonym

    def to_export(self) -> dict:
        return {"pseudonym": self.pseudonym, "email_confirmed": self.email_confirmed,
                "is_demo": self.is_demo, "notify_by_email": self.notify_by_email,
                "professional_name": self.professional_name, "qualification": self.qualification,
                "created": self.created.isoformat()}


def reviewer_signature(user) -> tuple[str, str]:
    """(real name, qualification) a review is signed with: the profile's professional name,
    else the account's first and last names; never the login name. Empty name: unsigned."""
    profile = Profile.objects.filter(user=user).first()
    name = (profile.professional_name if profile else "") or user.get_full_name()
    return name.strip(), (profile.qualification.strip() if profile else "")


def pseudonym_of(user) -> str:
    """The name shown for ``user``: never the e-mail address or the login name."""
    if user is None:
        return "Former member"
    try:
        return user.profile.pseudonym
    except Profile.DoesNotExist:
        return "Member"
