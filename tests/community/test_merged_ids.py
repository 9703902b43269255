"""Rows under a merged twin's other id: Marfan syndrome is one disease under ORPHA:558
since its OMIM twin OMIM:154700 was merged into it. New rows store the canonical id; the
``canonicalise_disease_ids`` command moves rows written before the merge and folds the
duplicates together.

"Before the merge" is reproduced with ``QuerySet.update``, which writes a row as an older
release of RareMap did (no save hooks run)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command

from raremap.web.answers.models import CuratedAnswer, ErrorReport
from raremap.web.community.aggregates import refresh
from raremap.web.community.models import CommunitySnapshot, Experience, Membership, SymptomReport
from raremap.web.inquiries.models import Inquiry
from tests import factories
from tests.factories import logged_in, make_user

OMIM, ORPHA = "OMIM:154700", "ORPHA:558"


@pytest.fixture(autouse=True)
def _merged(kb):
    # The premise of every test here: the release merges the two ids.
    assert kb.diseases.resolve(OMIM) == ORPHA


def _as_before_the_merge(row, disease_id: str = OMIM):
    type(row).objects.filter(pk=row.pk).update(disease_id=disease_id)
    row.refresh_from_db()
    return row


def _canonicalise() -> str:
    out = StringIO()
    call_command("canonicalise_disease_ids", stdout=out)
    return out.getvalue()


def test_a_member_who_joined_and_posted_under_the_omim_id_sees_it_under_the_orphanet_id(client):
    heron = factories.member("Marfan Heron", "heron@example.org", disease=ORPHA, country="FR")
    _as_before_the_merge(Membership.objects.get(user=heron))
    post = _as_before_the_merge(factories.post(heron, "My lens slipped when I was nine.", disease=ORPHA))
    report = SymptomReport.objects.create(user=heron, disease_id=ORPHA, hpo_id="HP:0001083")
    _as_before_the_merge(report)
    assert Membership.objects.get(user=heron).disease_id == OMIM  # the state an upgrade starts from
    assert client.get(f"/api/v1/communities/{ORPHA}/experiences").json()["items"] == []  # nothing under it yet

    printed = _canonicalise()

    assert f"{OMIM} -> {ORPHA}" in printed
    assert "heron" not in printed.lower() and "example.org" not in printed  # no personal data
    assert {Membership.objects.get(user=heron).disease_id, Experience.objects.get(pk=post.pk).disease_id,
            SymptomReport.objects.get(pk=report.pk).disease_id} == {ORPHA}
    logged_in(client, heron)
    page = client.get(f"/community/{ORPHA}/questions/hereditary/").content.decode()
    assert "My lens slipped when I was nine." in page
    assert "You are a member of this community" in client.get(f"/community/{ORPHA}/").content.decode()
    assert f"/community/{ORPHA}/" in client.get("/community/me/").content.decode()
    api = client.get(f"/api/v1/communities/{OMIM}/experiences").json()
    assert [e["text"] for e in api["items"]] == ["My lens slipped when I was nine."]


def test_joining_under_both_ids_leaves_one_membership(client):
    kestrel = make_user("Twin Kestrel", "kestrel@example.org")
    logged_in(client, kestrel)
    client.post(f"/community/{OMIM}/join/", {"role": "patient", "country": "DE"})
    client.post(f"/community/{ORPHA}/join/", {"role": "caregiver", "country": "DE"})
    assert list(Membership.objects.filter(user=kestrel).values_list("disease_id", "role")) == [(ORPHA, "caregiver")]


def test_rows_created_with_the_omim_id_store_the_orphanet_id(db):
    # Whatever writes the row (a view, the admin, a command), the save hook stores the canonical id.
    owl = make_user("Owl", "owl@example.org")
    rows = [Membership.objects.create(user=owl, disease_id=OMIM, role="patient"),
            SymptomReport.objects.create(user=owl, disease_id=OMIM, hpo_id="HP:0001166"),
            factories.post(owl, disease=OMIM), factories.inquiry(disease=OMIM),
            ErrorReport.objects.create(disease_id=OMIM, question="hereditary", message="Unclear.")]
    assert {type(r).objects.get(pk=r.pk).disease_id for r in rows} == {ORPHA}
    unknown = factories.inquiry(disease="OMIM:999999")  # an id no source knows is kept as given
    assert Inquiry.objects.get(pk=unknown.pk).disease_id == "OMIM:999999"


def test_a_member_in_both_communities_before_the_merge_keeps_one_membership_and_every_report(db):
    lark = make_user("Double Lark", "lark@example.org")
    early = Membership.objects.create(user=lark, disease_id=ORPHA, role="caregiver", country="IT",
                                      share_country=True)
    Membership.objects.filter(pk=early.pk).update(joined=early.joined - timedelta(days=400))
    _as_before_the_merge(early)
    later = Membership.objects.create(user=lark, disease_id=ORPHA, role="patient", share_country=True)
    for hpo in ("HP:0001166", "HP:0001083"):  # reported under the OMIM id
        _as_before_the_merge(SymptomReport.objects.create(user=lark, disease_id=ORPHA, hpo_id=hpo))
    SymptomReport.objects.create(user=lark, disease_id=ORPHA, hpo_id="HP:0001083")  # and again under ORPHA
    refresh(OMIM)

    printed = _canonicalise()

    kept = Membership.objects.get(user=lark)
    assert (kept.pk, kept.disease_id, kept.role, kept.country, kept.share_country) == \
        (later.pk, ORPHA, "patient", "IT", True)
    assert kept.joined == early.joined < later.joined  # the earlier join date
    assert sorted(SymptomReport.objects.filter(user=lark).values_list("disease_id", "hpo_id")) == \
        [(ORPHA, "HP:0001083"), (ORPHA, "HP:0001166")]
    assert not CommunitySnapshot.objects.filter(disease_id=OMIM).exists()
    assert "merged" in printed
    # Idempotent: nothing left to do.
    assert "nothing changed" in _canonicalise()
    assert Membership.objects.filter(user=lark).count() == 1


def test_the_country_is_shared_only_if_both_memberships_agreed(db):
    wren = make_user("Shy Wren", "wren@example.org")
    _as_before_the_merge(Membership.objects.create(user=wren, disease_id=ORPHA, role="patient", country="NL",
                                                   share_country=False))
    Membership.objects.create(user=wren, disease_id=ORPHA, role="patient", country="NL", share_country=True)
    _canonicalise()
    assert Membership.objects.get(user=wren).share_country is False


def test_a_reviewed_published_answer_stays_published_when_its_id_is_canonicalised(client, db):
    editor = factories.editor("Eddie", "eddie@example.org")
    reviewer = factories.reviewer("Rita", "rita@example.org", first_name="Dr Rita", last_name="Reviewer")
    answer = CuratedAnswer(disease_id=ORPHA, question="outlook", mode=CuratedAnswer.Mode.ADD,
                           tldr="Editors' summary of the Marfan outlook.", sources="PMID:12345678",
                           created_by=editor)
    answer.save(actor=editor, note="Created.")
    answer.submit_for_review(editor)
    answer.mark_reviewed(reviewer)
    answer.publish(reviewer)
    # As stored before the merge: the id and the review's fingerprint of it.
    CuratedAnswer.objects.filter(pk=answer.pk).update(disease_id=OMIM)
    answer.refresh_from_db()
    CuratedAnswer.objects.filter(pk=answer.pk).update(reviewed_hash=answer.content_hash())

    _canonicalise()

    answer.refresh_from_db()
    assert (answer.disease_id, answer.status, answer.is_medically_reviewed) == (ORPHA, "published", True)
    page = " ".join(client.get(f"/disease/{ORPHA}/questions/outlook/").content.decode().split())
    assert "Editors&#x27; summary of the Marfan outlook." in page


def test_a_pack_naming_the_omim_id_is_imported_once_under_the_orphanet_id(db):
    # import_packs skips answers already imported; the check must find them under the canonical id.
    from raremap.answers.packs import load_packs
    from raremap.web.answers.importing import import_packs

    pack = {**load_packs()[0], "diseases": [OMIM]}
    first, again = import_packs([pack]), import_packs([pack])
    assert first and all(i.created for i in first) and not any(i.created for i in again)
    assert set(CuratedAnswer.objects.values_list("disease_id", flat=True)) == {ORPHA}
    assert CuratedAnswer.objects.count() == len(first)


def test_members_who_joined_under_the_omim_id_are_counted_under_the_orphanet_id(client):
    # Twelve joined under ORPHA:558 (counts shown), five earlier under OMIM:154700: a full
    # batch, so the merged community's count includes them at once.
    for i in range(12):
        factories.member(f"Orpha {i}xx", f"orpha{i}@example.org", disease=ORPHA)
    assert refresh(ORPHA)[0].counts["members"] == 12
    for i in range(5):
        m = factories.member(f"Omim {i}xx", f"omim{i}@example.org", disease=ORPHA)
        _as_before_the_merge(Membership.objects.get(user=m))
    _canonicalise()
    assert CommunitySnapshot.objects.get(disease_id=ORPHA).counts["members"] == 17
    page = client.get(f"/community/{ORPHA}/").content.decode()
    assert 'About <strong data-testid="joined-count">15</strong> people have joined' in page  # 17, rounded
