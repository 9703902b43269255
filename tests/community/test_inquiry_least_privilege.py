"""An editor approves the de-identified version of an answered inquiry whose asker agreed to
publication, and needs nothing more. Tried as an editor with access to the admin, they read
the question of every inquiry not yet published (the queue showed its first 200 characters,
the question as asked), the redacted texts of an inquiry whose asker refused publication (its
publish page), and every asker's e-mail address and question in full (the admin's inquiry
pages, through the role's view permission)."""

from __future__ import annotations

from raremap.web.inquiries.models import Inquiry
from tests.factories import POEMS, logged_in, make_user

REFUSED = "Clara Jung, my daughter, is treated at the Charite for POEMS syndrome: can it spread?"
WAITING = "Hans Meier here, Hauptstrasse 5: is POEMS syndrome inherited?"
AGREED = "Does POEMS syndrome come back after treatment?"
ANSWER = "Treatment for POEMS syndrome aims at the plasma cell disorder underneath it."


def _inquiries(specialist) -> dict[str, Inquiry]:
    made = {}
    for name, question, may_publish, answered in [("refused", REFUSED, False, True),
                                                  ("waiting", WAITING, True, False),
                                                  ("agreed", AGREED, True, True)]:
        inquiry = Inquiry.objects.create(disease_id=POEMS, question=question, may_publish=may_publish,
                                         email=f"{name}.asker@example.org")
        if answered:
            inquiry.give_answer(specialist, ANSWER)
        made[name] = inquiry
    return made


def test_an_editor_reads_only_what_they_may_publish(client, specialist):
    made = _inquiries(specialist)
    editor = make_user("Edit Egret", "editor@example.org", "editor", staff=True)
    logged_in(client, editor)
    queue = client.get("/inquiries/queue/").content.decode()
    assert f"/inquiries/{made['agreed'].pk}/publish/" in queue
    for secret in ("Clara", "Charite", "Hans Meier", "Hauptstrasse", f"#{made['refused'].pk} ", f"#{made['waiting'].pk} "):
        assert secret not in queue
    refused = client.get(f"/inquiries/{made['refused'].pk}/publish/").content.decode()
    assert "did not agree to publication" in refused
    assert "POEMS syndrome: can it spread" not in refused and "plasma cell" not in refused
    for inquiry in made.values():
        admin_page = client.get(f"/admin/inquiries/inquiry/{inquiry.pk}/change/")
        assert admin_page.status_code in (302, 403) and inquiry.email not in admin_page.content.decode()
    assert "asker@example.org" not in client.get("/admin/inquiries/inquiry/").content.decode()


def test_the_specialist_still_works_the_whole_queue(client, specialist):
    made = _inquiries(specialist)
    late = Inquiry.objects.create(disease_id=POEMS, question="Is POEMS syndrome contagious?", may_publish=True,
                                  email="late.asker@example.org")
    logged_in(client, specialist)
    queue = client.get("/inquiries/queue/").content.decode()
    assert "Hans Meier here" in queue
    # Waiting for an answer first, even when asked after an answered one.
    assert queue.index(late.question) < queue.index(AGREED)
    for name in ("waiting", "agreed"):
        assert f"/inquiries/{made[name].pk}/answer/" in queue
    # The answered question whose asker refused publication needs nothing more: listed apart.
    assert "Clara Jung" not in queue and "1 answered question that will not be published" in queue
    private = client.get("/inquiries/queue/?show=private").content.decode()
    assert "Clara Jung" in private and f"/inquiries/{made['refused'].pk}/answer/" in private
    assert "Hans Meier" not in private and AGREED not in private


def test_an_editor_cannot_list_the_private_questions(client, specialist):
    _inquiries(specialist)
    editor = make_user("Edit Egret", "editor@example.org", "editor", staff=True)
    logged_in(client, editor)
    page = client.get("/inquiries/queue/?show=private").content.decode()
    assert "Clara" not in page and "will not be published" not in page
