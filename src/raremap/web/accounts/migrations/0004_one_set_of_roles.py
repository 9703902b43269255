"""One set of roles. The answers app used to create its own groups ("Answer editors",
"Medical reviewers") after every migrate; their members move to "editor" and "reviewer",
and every role gets exactly the permissions below (names in ``accounts/roles.py``)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = [
    ("inquiries", "publish_inquiry"), ("inquiries", "view_inquiry"),
    ("answers", "add_curatedanswer"), ("answers", "change_curatedanswer"), ("answers", "view_curatedanswer"),
    ("answers", "view_answerrevision"), ("answers", "view_errorreport"), ("answers", "change_errorreport"),
]
ROLE_PERMISSIONS = {
    "member": [
        ("community", "add_experience"), ("community", "change_experience"),
        ("community", "delete_experience"), ("community", "add_membership"),
        ("community", "add_symptomreport"), ("community", "add_report"),
    ],
    "moderator": [
        ("community", "moderate_experience"), ("community", "view_experience"),
        ("community", "view_report"), ("community", "view_auditentry"),
    ],
    "information specialist": [("inquiries", "answer_inquiry"), ("inquiries", "view_inquiry")],
    "editor": EDITOR,
    "reviewer": [*EDITOR, ("answers", "review_curatedanswer"), ("answers", "publish_curatedanswer")],
}
MERGED = {"Answer editors": "editor", "Medical reviewers": "reviewer"}


def one_set_of_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make them exist now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        return [Permission.objects.get(content_type__app_label=app, codename=code) for app, code in pairs]

    every = set()
    for role, pairs in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        group.permissions.set(perms(pairs))
        every.update(pairs)
    admin, _ = Group.objects.get_or_create(name="admin")
    admin.permissions.set(perms(sorted(every)))
    for old, new in MERGED.items():
        former = Group.objects.filter(name=old).first()
        if former is not None:
            Group.objects.get(name=new).user_set.add(*former.user_set.all())
            former.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_profile_pending_password"),
        ("answers", "0001_initial"),
        ("community", "0001_initial"),
        ("inquiries", "0001_initial"),
    ]
    operations = [migrations.RunPython(one_set_of_roles, migrations.RunPython.noop)]
