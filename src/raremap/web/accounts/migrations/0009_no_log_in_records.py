"""The site keeps no record of successful log-ins (``AXES_DISABLE_ACCESS_LOG``): the ones
django-axes kept until now (each log-in's client address, browser and path) are deleted."""

from django.db import migrations


def forget_log_ins(apps, schema_editor):
    apps.get_model("axes", "AccessLog").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("accounts", "0008_editors_do_not_read_inquiries"), ("axes", "0010_accessattemptexpiration")]
    operations = [migrations.RunPython(forget_log_ins, migrations.RunPython.noop)]
