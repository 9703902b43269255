"""Editorial work in the site: queues per role, edit, side-by-side diff since the last
reviewed version, and submit / approve / publish / send back through the model's
transitions."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client

from raremap.web.answers.diffing import side_by_side
from raremap.web.answers.models import CuratedAnswer
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _knowledge(kb):
    return kb


def _text(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.fixture
def editor():
    return factories.editor(username="ed")


@pytest.fixture
def reviewer():
    user = factories.reviewer(username="s-dr-rev")
    user.profile.professional_name, user.profile.qualification = "Dr Ana Ruiz", "consultant haematologist"
    user.profile.save()
    return user


def test_side_by_side_pairs_changed_lines():
    rows = side_by_side("a\nb\nc", "a\nB\nc\nd")
    assert [(r["kind"], r["old"], r["new"]) for r in rows] == [
        ("equal", "a", "a"), ("changed", "b", "B"), ("equal", "c", "c"), ("added", None, "d")]


def test_the_queues_are_for_their_roles(client, editor):
    call_command("import_packs")
    factories.logged_in(client, editor)
    text = _text(client.get("/editorial/"))
    assert "POEMS syndrome: Is it hereditary?" in text or "POEMS syndrome" in text
    assert client.get("/editorial/review/").status_code == 403
    factories.logged_in(client, factories.specialist())
    assert client.get("/editorial/").status_code == 403
    answer = CuratedAnswer.objects.first()
    assert client.post(f"/editorial/{answer.pk}/submit/").status_code == 403
    assert CuratedAnswer.objects.get(pk=answer.pk).status == "draft"


def test_edit_submit_approve_publish_then_send_back_and_see_the_diff(client, editor, reviewer):
    call_command("import_packs")
    answer = CuratedAnswer.objects.get(disease_id="ORPHA:2905", question="outlook")
    factories.logged_in(client, editor)
    page = f"/editorial/{answer.pk}/"
    # As a browser sends it: CRLF line ends. Only the TL;DR changed, and only it is in the diff.
    form = {"mode": answer.mode, "tldr": answer.tldr + " Edited.", "body": answer.body.replace("\n", "\r\n"),
            "sources": answer.sources.replace("\n", "\r\n")}
    assert client.post(page, form).status_code == 302
    assert CuratedAnswer.objects.get(pk=answer.pk).body == answer.body
    assert _text(client.get(page)).count("<caption>") == 1 and "<caption>In short</caption>" in _text(client.get(page))
    assert client.post(f"{page}submit/").status_code == 302
    # The reviewer approves and publishes from the site.
    factories.logged_in(client, reviewer)
    assert "POEMS syndrome" in _text(client.get("/editorial/review/"))
    client.post(f"{page}review/")
    client.post(f"{page}publish/")
    answer.refresh_from_db()
    assert (answer.status, answer.reviewer_name) == ("published", "Dr Ana Ruiz")
    reader = _text(client.get("/disease/ORPHA:2905/questions/outlook/"))
    assert "Medically reviewed by Dr Ana Ruiz, consultant haematologist" in reader and "Edited." in reader
    # Sent back with a reason: first in the editor's queue, and the diff starts at the review.
    client.post(f"{page}send-back/", {"reason": "Cite the 2023 update for survival."})
    factories.logged_in(client, editor)
    queue = _text(client.get("/editorial/"))
    assert queue.index("Sent back: Cite the 2023 update") < queue.index("Imported from RareMap notes on POEMS syndrome")
    form["tldr"] = "A new first sentence."
    client.post(page, form)
    text = _text(client.get(page))
    assert "What changed since the last reviewed version" in text
    assert "<del>" + answer.tldr.replace("'", "&#x27;") + "</del>" in text
    assert "<ins>A new first sentence.</ins>" in text


def test_a_refused_action_says_why_and_changes_nothing(client, editor):
    call_command("import_packs")
    answer = CuratedAnswer.objects.first()
    factories.logged_in(client, editor)
    response = client.post(f"/editorial/{answer.pk}/publish/", follow=True)
    assert "You are not allowed to publish answers." in _text(response)
    assert CuratedAnswer.objects.get(pk=answer.pk).status == "draft"


def test_a_reviewer_signs_with_the_name_and_qualification_set_in_the_site(client, editor):
    call_command("import_packs")
    answer = CuratedAnswer.objects.get(disease_id="ORPHA:2905", question="outlook")
    factories.logged_in(client, editor)
    assert client.get("/editorial/signature/").status_code == 403  # reviewers only
    client.post(f"/editorial/{answer.pk}/submit/")
    newcomer = factories.reviewer(username="s-new-rev", pseudonym="Quiet Quail", email="newrev@example.org")
    factories.logged_in(client, newcomer)
    queue = _text(client.get("/editorial/review/"))
    assert "add your name and qualification" in queue and 'href="/editorial/signature/"' in queue
    assert "add your name and qualification" in _text(client.get(f"/editorial/{answer.pk}/"))
    refused = _text(client.post(f"/editorial/{answer.pk}/review/", follow=True))
    assert "How my reviews are signed" in refused
    assert CuratedAnswer.objects.get(pk=answer.pk).status == "in_review"
    # A blank name is refused and changes nothing.
    assert client.post("/editorial/signature/", {"professional_name": "  ", "qualification": "GP"}).status_code == 400
    newcomer.profile.refresh_from_db()
    assert newcomer.profile.qualification == ""
    done = client.post("/editorial/signature/", {"professional_name": " Dr  Lena Ortiz ",
                                                 "qualification": "clinical geneticist"}, follow=True)
    assert "Medically reviewed by Dr Lena Ortiz, clinical geneticist" in _text(done)
    client.post(f"/editorial/{answer.pk}/review/")
    client.post(f"/editorial/{answer.pk}/publish/")
    reader = _text(Client().get("/disease/ORPHA:2905/questions/outlook/"))  # as a reader sees it
    assert "Medically reviewed by Dr Lena Ortiz, clinical geneticist" in reader
    assert "s-new-rev" not in reader and "Quiet Quail" not in reader
    # A later change of name does not rewrite the reviews already signed.
    client.post("/editorial/signature/", {"professional_name": "Dr Lena Ortiz-Berg", "qualification": ""})
    answer.refresh_from_db()
    assert (answer.reviewer_name, answer.reviewer_qualification) == ("Dr Lena Ortiz", "clinical geneticist")
    newcomer.profile.refresh_from_db()
    assert (newcomer.profile.professional_name, newcomer.profile.qualification) == ("Dr Lena Ortiz-Berg", "")
