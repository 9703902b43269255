"""Curated answers say "replace", as content packs do, where they said "override".

The review fingerprint (``reviewed_hash``) covers the mode, so answers reviewed before the
rename get a fingerprint of the same words under the new name: the rename is not an edit
and keeps their "medically reviewed" badge. Fingerprints of text changed after review stay
mismatched, as before."""

import hashlib

from django.db import migrations, models

CHOICES = [("add", "Add to the automatic answer"), ("replace", "Replace the automatic answer")]


def _hash(answer, mode: str) -> str:  # CuratedAnswer.content_hash at the time of this migration
    text = "\0".join([answer.disease_id, answer.question, mode, answer.tldr, answer.body, answer.sources])
    return hashlib.sha256(text.encode()).hexdigest()


def _rename(apps, old: str, new: str) -> None:
    CuratedAnswer = apps.get_model("answers", "CuratedAnswer")
    for answer in CuratedAnswer.objects.filter(mode=old):
        reviewed_hash = answer.reviewed_hash
        if reviewed_hash and reviewed_hash == _hash(answer, old):
            reviewed_hash = _hash(answer, new)
        CuratedAnswer.objects.filter(pk=answer.pk).update(mode=new, reviewed_hash=reviewed_hash)
    apps.get_model("answers", "AnswerRevision").objects.filter(mode=old).update(mode=new)


def forwards(apps, schema_editor):
    _rename(apps, "override", "replace")


def backwards(apps, schema_editor):
    _rename(apps, "replace", "override")


class Migration(migrations.Migration):
    dependencies = [("answers", "0001_initial")]

    operations = [
        migrations.AlterField(model_name="curatedanswer", name="mode",
                              field=models.CharField(choices=CHOICES, default="add", max_length=10)),
        migrations.AlterField(model_name="answerrevision", name="mode",
                              field=models.CharField(choices=CHOICES, max_length=10)),
        migrations.RunPython(forwards, backwards),
    ]
