"""Editors and reviewers lose the view permission on inquiries: it opened every inquiry in the
admin, with the asker's e-mail and question as asked, and they need neither (the publish
page shows the texts redacted). Information specialists and admins keep it."""

from django.db import migrations

ROLES = ("editor", "reviewer")


def _view_inquiry(apps, give: bool) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perm = Permission.objects.filter(content_type__app_label="inquiries", codename="view_inquiry").first()
    if perm is not None:
        for group in Group.objects.filter(name__in=ROLES):
            (group.permissions.add if give else group.permissions.remove)(perm)


def drop_view_inquiry(apps, schema_editor):
    _view_inquiry(apps, give=False)


def give_back(apps, schema_editor):
    _view_inquiry(apps, give=True)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0007_notify_about_questions"), ("inquiries", "0002_may_publish")]
    operations = [migrations.RunPython(drop_view_inquiry, give_back)]
