"""Create the role groups and give them their permissions.

Group names are shared with the answers app: member, moderator, information specialist,
editor, reviewer, admin.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

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
    "editor": [("inquiries", "publish_inquiry"), ("inquiries", "view_inquiry")],
    "reviewer": [],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make them exist now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    every = set()
    for role, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        for app_label, codename in perms:
            perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            group.permissions.add(perm)
            every.add(perm.pk)
    admin, _ = Group.objects.get_or_create(name="admin")
    admin.permissions.add(*every)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[*ROLE_PERMISSIONS, "admin"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("community", "0001_initial"),
        ("inquiries", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
