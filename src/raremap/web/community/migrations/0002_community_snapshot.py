
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('community', '0001_initial'),
    ]

    operations = [
        migrations.CreateModel(
            name='CommunitySnapshot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('disease_id', models.CharField(max_length=32, unique=True)),
                ('computed', models.DateTimeField()),
                ('contributors', models.JSONField(default=dict)),
                ('counts', models.JSONField(default=dict)),
            ],
        ),
    ]
