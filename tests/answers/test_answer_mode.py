"""One vocabulary for how curated text meets the composed answer: "replace" or "add", in
content packs and curated answers alike; rows written as "override" are migrated."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from raremap.answers.packs import MODES
from raremap.web.answers.models import AnswerRevision, CuratedAnswer


def test_curated_answers_and_packs_share_the_modes():
    assert set(CuratedAnswer.Mode.values) == set(MODES)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_override_rows_become_replace_and_keep_a_genuine_review(django_user_model):
    executor = MigrationExecutor(connection)
    executor.migrate([("answers", "0001_initial")])
    reviewer = django_user_model.objects.create_user("rita-mode")
    common = {"disease_id": "ORPHA:2905", "question": "treatment", "mode": "override", "sources": "ORPHA:2905",
              "status": "published", "reviewed_by": reviewer, "reviewer_name": "Dr Rita", "reviewed_at": timezone.now()}
    reviewed = CuratedAnswer(tldr="Reviewed words.", **common)
    reviewed.reviewed_hash = reviewed.content_hash()  # the fingerprint as it was taken under "override"
    edited = CuratedAnswer(tldr="Words changed after review.", **common)
    edited.reviewed_hash = CuratedAnswer(tldr="The words that were reviewed.", **common).content_hash()
    CuratedAnswer.objects.bulk_create([reviewed, edited])
    AnswerRevision.objects.bulk_create([AnswerRevision(answer=a, status="published", mode="override", tldr=a.tldr,
                                                       sources=a.sources) for a in CuratedAnswer.objects.all()])

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    after = {a.tldr: a for a in CuratedAnswer.objects.all()}
    assert {a.mode for a in after.values()} == {"replace"}
    assert after["Reviewed words."].is_medically_reviewed
    assert not after["Words changed after review."].is_medically_reviewed
    assert set(AnswerRevision.objects.values_list("mode", flat=True)) == {"replace"}
