"""The editorial roles as Django groups, created after every migrate.

* **Answer editors** write and change curated answers, submit them for review, and work
  through readers' error reports.
* **Medical reviewers** can do all that, mark answers as medically reviewed (their name
  and the date are recorded) and publish reviewed answers.
"""

from __future__ import annotations

EDITORS = "Answer editors"
REVIEWERS = "Medical reviewers"

EDITOR_PERMS = [
    "add_curatedanswer", "change_curatedanswer", "view_curatedanswer", "view_answerrevision",
    "view_errorreport", "change_errorreport",
]  # fmt: skip
REVIEWER_PERMS = [*EDITOR_PERMS, "review_curatedanswer", "publish_curatedanswer"]


def ensure_groups(sender=None, **kwargs) -> None:
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    if sender is not None:  # permissions are normally created by a later post_migrate handler
        create_permissions(sender, verbosity=0, using=kwargs.get("using", "default"))
    for name, codenames in ((EDITORS, EDITOR_PERMS), (REVIEWERS, REVIEWER_PERMS)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(content_type__app_label="answers", codename__in=codenames)
        group.permissions.add(*perms)
