"""The 403 page: styled like every page, names the role a page needs, offers a way back,
and asks visitors who are not signed in to sign in."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import resolve

from raremap.web.staff import forbidden, queue_links
from tests import factories


def test_a_specialist_opening_the_publish_page_is_told_it_is_for_editors(client, text_of):
    factories.logged_in(client, factories.specialist())
    response = client.get("/inquiries/1/publish/", HTTP_REFERER="http://testserver/inquiries/queue/")
    text = text_of(response)
    assert response.status_code == 403
    assert "This page is for an editor" in text and "site-header" in text
    assert 'href="http://testserver/inquiries/queue/">Go back' in text
    assert "Log in" not in text and "sign in</a>" not in text


def test_a_visitor_gets_a_sign_in_link_that_comes_back(db):
    request = RequestFactory().get("/community/moderation/")
    request.user = AnonymousUser()
    request.resolver_match = resolve("/community/moderation/")
    response = forbidden(request, PermissionDenied())
    text = " ".join(response.content.decode().split())
    assert response.status_code == 403
    assert "This page is for a moderator" in text
    assert 'href="/accounts/login/?next=/community/moderation/">sign in</a>' in text
    assert "Go back" not in text  # no referrer: no back link to an unknown place


def test_a_referrer_from_another_site_is_not_offered_as_the_way_back(client, text_of):
    factories.logged_in(client, factories.specialist())
    text = text_of(client.get("/inquiries/1/publish/", HTTP_REFERER="https://evil.example/x"))
    assert "evil.example" not in text


def test_queue_links_follow_permissions(db):
    assert queue_links(factories.member()) == []
    assert [q["label"] for q in queue_links(factories.moderator())] == ["Moderation"]
    assert [q["label"] for q in queue_links(factories.specialist())] == ["Inquiries"]
