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
    # Rows written with the models as they were at 0001 (later migrations add fields).
    old = executor.loader.project_state([("answers", "0001_initial")]).apps
    OldAnswer, OldRevision = old.get_model("answers", "CuratedAnswer"), old.get_model("answers", "AnswerRevision")
    stored = {k: v for k, v in common.items() if k != "reviewed_by"} | {"reviewed_by_id": reviewer.pk}
    # The fingerprints as they were taken under "override".
    reviewed = OldAnswer(tldr="Reviewed words.", **stored,
                         reviewed_hash=CuratedAnswer(tldr="Reviewed words.", **common).content_hash())
    edited = OldAnswer(tldr="Words changed after review.", **stored,
                       reviewed_hash=CuratedAnswer(tldr="The words that were reviewed.", **common).content_hash())
    OldAnswer.objects.bulk_create([reviewed, edited])
    OldRevision.objects.bulk_create([OldRevision(answer=a, status="published", mode="override", tldr=a.tldr,
                                                 sources=a.sources) for a in OldAnswer.objects.all()])

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    after = {a.tldr: a for a in CuratedAnswer.objects.all()}
    assert {a.mode for a in after.values()} == {"replace"}
    assert after["Reviewed words."].is_medically_reviewed
    assert not after["Words changed after review."].is_medically_reviewed
    assert set(AnswerRevision.objects.values_list("mode", flat=True)) == {"replace"}
