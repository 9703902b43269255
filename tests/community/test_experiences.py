"""Posting, editing, deleting and reading experiences; the permission boundaries around them."""

from __future__ import annotations

from raremap.web.community.models import Experience
from raremap.web.deid import confirmation_digest
from tests import factories
from tests.factories import POEMS, logged_in

URL = f"/community/{POEMS}/questions/hereditary/"
TEXT = "I was worried my children could inherit it, but my haematologist said it is acquired."


def post(client, text=TEXT, **extra):
    return client.post(URL, {"text": text, **extra})


def test_a_question_without_experiences_says_so_once(client, db):
    page = " ".join(client.get(URL).content.decode().split())
    assert 'data-count="0">No one has shared an experience on this question yet.</p>' in page
    assert "0 people" not in page and "No experiences shared yet" not in page  # said once, in words
    assert "and join the community to be the first to share your experience." in page  # a visitor is invited


def test_a_member_is_invited_to_share_first(client, patient):
    logged_in(client, patient)
    page = " ".join(client.get(URL).content.decode().split())
    assert 'yet. Be the first: <a href="#share">share yours below</a>.</p>' in page
    assert '<h3 id="share"' in page


def test_a_visitor_cannot_post(client, patient):
    response = post(client)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Experience.objects.count() == 0


def test_a_member_who_has_not_joined_cannot_post(client, moderator):
    logged_in(client, moderator)
    response = post(client)
    assert response.status_code == 403 and Experience.objects.count() == 0


def test_a_new_members_post_waits_for_moderation(client, patient):
    logged_in(client, patient)
    response = post(client)
    assert response.status_code == 302
    exp = Experience.objects.get()
    assert exp.status == "pending" and exp.author == patient and exp.question == "hereditary"
    page = client.get(URL).content.decode()
    assert "Waiting for moderation" in page  # the author sees their own pending post
    assert 'data-testid="sharers-count" data-count="0"' in page  # not counted yet
    assert "Be the first" not in page  # they have just shared
    words = " ".join(page.split())
    assert "No one has shared" not in words  # their own post is listed just below
    assert 'data-count="0">No one else has shared an experience on this question yet; yours is shown' in words


def test_pending_posts_are_invisible_to_others(client, patient, caregiver):
    logged_in(client, patient)
    post(client)
    client.logout()
    logged_in(client, caregiver)
    page = client.get(URL).content.decode()
    assert TEXT not in page
    assert 'data-testid="sharers-count" data-count="0"' in page


def test_a_trusted_members_post_is_published_and_counted(client, patient, settings):
    settings.RAREMAP_TRUSTED_AFTER = 0
    logged_in(client, patient)
    post(client)
    assert Experience.objects.get().status == "published"
    page = client.get(URL).content.decode()
    assert 'data-count="1"><strong>1</strong> person has shared' in page
    assert "Hopeful Heron" in page and "patient@example.org" not in page
    assert "are examples and are not counted" not in page  # no demo post, no word about them


def test_personal_data_triggers_a_warning_before_posting(client, patient):
    logged_in(client, patient)
    text = "My name is Sarah Jones, call me on 555-123-4567 about Wilson disease."
    response = post(client, text)
    assert response.status_code == 200 and Experience.objects.count() == 0
    page = response.content.decode()
    assert '<mark class="pii pii-name"' in page and '<mark class="pii pii-phone"' in page
    assert 'pii pii-name" title="Possible name">Wilson' not in page
    post(client, text, confirm_personal="on", confirmed_text=confirmation_digest(text))
    exp = Experience.objects.get()
    assert exp.status == "pending" and exp.flagged_kinds == ["name", "phone"]


def test_on_the_answer_page_the_warning_keeps_the_writer_and_the_text_there(client, patient):
    logged_in(client, patient)
    answer = f"/disease/{POEMS}/questions/hereditary/"
    text = "Call me on +49 151 2345678, my haematologist said it is acquired, not inherited."
    response = client.post(answer, {"text": text})
    page = response.content.decode()
    assert response.status_code == 200 and Experience.objects.count() == 0
    assert '<mark class="pii pii-phone"' in page and f"{text}</textarea>" in page
    assert f'action="{answer}#share"' in page and ">Post as it is</button>" in page
    # An edited text is checked again, even when sent with the earlier confirmation.
    edited = "Call me on +49 151 2345679, my haematologist said it is acquired, not inherited."
    again = client.post(answer, {"text": edited, "confirm_personal": "True",
                                 "confirmed_text": confirmation_digest(text)})
    assert again.status_code == 200 and Experience.objects.count() == 0
    assert '<mark class="pii pii-phone"' in again.content.decode()
    done = client.post(answer, {"text": edited, "confirm_personal": "True",
                                "confirmed_text": confirmation_digest(edited)})
    assert done.status_code == 302 and done["Location"].startswith(answer)
    assert Experience.objects.get().text == edited


def test_hostile_markup_is_refused_and_renders_inert_if_stored(client, patient, caregiver):
    logged_in(client, patient)
    response = post(client, "<script>alert('x')</script> and some more words here")
    assert response.status_code == 200 and Experience.objects.count() == 0
    # A row written some other way (import, older version) is still escaped on output.
    factories.post(patient, '<img src=x onerror="alert(1)"> <script>alert(2)</script>')
    page = client.get(URL).content.decode()
    assert "<script>alert(2)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_oversized_post_is_refused_and_nothing_is_stored(client, patient):
    logged_in(client, patient)
    response = post(client, "a" * 2001)
    assert response.status_code == 200 and Experience.objects.count() == 0
    assert "at most 2000 characters" in response.content.decode()


def test_a_member_edits_and_deletes_their_own_post(client, patient, settings):
    settings.RAREMAP_TRUSTED_AFTER = 0
    logged_in(client, patient)
    post(client)
    exp = Experience.objects.get()
    client.post(f"/community/experience/{exp.pk}/edit/", {"text": TEXT + " Edited later on."})
    exp.refresh_from_db()
    assert exp.text.endswith("Edited later on.")
    page = client.get(f"/community/{exp.disease_id}/questions/{exp.question}/").content.decode()
    # Delete opens a confirmation first: the form's button is inside a closed <details>.
    actions = page[page.index(f'id="experience-{exp.pk}"'):]
    actions = " ".join(actions[:actions.index("</article>")].split())
    assert ("<details class=\"report\"><summary>Delete</summary>" in actions
            and "It cannot be undone." in actions and "Delete my post</button>" in actions)
    client.post(f"/community/experience/{exp.pk}/delete/")
    assert Experience.objects.count() == 0


def test_a_member_cannot_touch_another_members_post(client, patient, caregiver):
    exp = factories.post(patient, TEXT)
    logged_in(client, caregiver)
    assert client.get(f"/community/experience/{exp.pk}/edit/").status_code == 404
    assert client.post(f"/community/experience/{exp.pk}/edit/", {"text": "hijacked text here, long"}).status_code == 404
    assert client.post(f"/community/experience/{exp.pk}/delete/").status_code == 404
    exp.refresh_from_db()
    assert exp.text == TEXT


def test_unknown_question_and_disease_are_404(client):
    assert client.get(f"/community/{POEMS}/questions/nonsense/").status_code == 404
    assert client.get("/community/ORPHA:99999999/").status_code == 404


def test_posting_is_throttled(client, patient, settings):
    settings.RAREMAP_TRUSTED_AFTER = 0
    logged_in(client, patient)
    codes = [post(client, f"{TEXT} Post number {i}.").status_code for i in range(12)]
    assert codes[:10] == [302] * 10 and codes[10] == 429
    assert Experience.objects.count() == 10


def test_the_community_question_page_links_to_the_answer(client, db):
    body = client.get(URL).content.decode()
    assert f'<a href="/disease/{POEMS}/questions/hereditary/">Read RareMap\'s short answer' in body


def test_the_confirm_step_is_one_form_base_any_text_form_can_use(db, kb):
    from django import forms

    from raremap.web.deid import ConfirmPersonalForm

    class NoteForm(ConfirmPersonalForm):
        personal_field = "note"
        note = forms.CharField()

    text = "Write to me at heron@example.net about the numbness."
    first = NoteForm({"note": text})
    assert first.is_valid()
    checked = first.check_personal()
    assert checked.kinds == ["email"] and any(kind == "email" for _, kind in checked.warning)
    again = first.to_confirm()
    assert isinstance(again, NoteForm) and again.initial == {
        "note": text, "confirm_personal": True, "confirmed_text": confirmation_digest(text)}
    assert 'name="confirm_personal" value="True"' in again.as_div()
    edited = NoteForm({"note": text + " Or heron2@example.net.", "confirm_personal": "on",
                       "confirmed_text": confirmation_digest(text)})
    assert edited.is_valid() and edited.check_personal().warning  # an edit is checked again
    confirmed = NoteForm({"note": text, "confirm_personal": "on", "confirmed_text": confirmation_digest(text)})
    assert confirmed.is_valid() and confirmed.check_personal().warning is None
    assert confirmed.check_personal().kinds == ["email"]
    plain = NoteForm({"note": "Numb feet first, then weakness."})
    assert plain.is_valid() and plain.check_personal().warning is None and plain.check_personal().kinds == []


def test_the_community_page_counts_sharers_per_question_in_words(client, patient, settings):
    settings.RAREMAP_TRUSTED_AFTER = 0
    page = " ".join(client.get(f"/community/{POEMS}/").content.decode().split())
    assert "0 shared" not in page and 'Is it hereditary?</a> <span class="muted">no one has shared yet</span>' in page
    logged_in(client, patient)
    post(client)
    page = " ".join(client.get(f"/community/{POEMS}/").content.decode().split())
    assert 'Is it hereditary?</a> <span class="muted">1 person shared</span>' in page
