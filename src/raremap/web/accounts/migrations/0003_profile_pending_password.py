from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_roles")]

    operations = [
        migrations.AddField(
            model_name="profile",
            name="pending_password",
            field=models.CharField(blank=True, default="", max_length=128),
        ),
    ]
