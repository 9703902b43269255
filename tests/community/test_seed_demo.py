"""Demo content: seeded only when asked for, always marked as demo."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from raremap.web.accounts.models import Profile
from raremap.web.community.models import Experience, Membership
from tests.factories import POEMS


def test_refused_under_production_settings(db, settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.delenv("RAREMAP_DEMO", raising=False)
    with pytest.raises(CommandError, match="Refusing"):
        call_command("seed_demo")
    assert not Profile.objects.exists()


def test_seeds_marked_demo_content_once(client, db, settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("RAREMAP_DEMO", "1")
    call_command("seed_demo")
    call_command("seed_demo")  # idempotent
    assert Profile.objects.filter(is_demo=True).count() == Profile.objects.count() == 4
    assert Experience.objects.filter(is_demo=False).count() == 0
    assert Experience.objects.count() == 5
    assert Membership.objects.filter(disease_id=POEMS).count() == 4
    page = client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()
    assert "Demo member Ash" in page and 'class="badge"' in page and ">demo<" in page
    call_command("seed_demo", "--remove")
    assert not Profile.objects.exists() and not Experience.objects.exists()


def test_demo_accounts_cannot_log_in(db, settings, monkeypatch):
    monkeypatch.setenv("RAREMAP_DEMO", "1")
    call_command("seed_demo")
    for p in Profile.objects.all():
        assert not p.user.has_usable_password() and not p.user.is_active


def test_demo_accounts_and_posts_are_never_counted(client, db, settings, monkeypatch):
    from raremap.web.community import aggregates

    monkeypatch.setenv("RAREMAP_DEMO", "1")
    call_command("seed_demo")
    contributors, counts = aggregates._live(POEMS)
    assert contributors == {} and counts["members"] == 0
    page = client.get(f"/community/{POEMS}/questions/symptoms/").content.decode()
    assert "Demo member Ash" in page  # the examples are shown, marked as demo
    assert 'data-testid="sharers-count" data-count="0"' in page  # but nobody has shared
    assert "(posts marked “demo” are examples and are not counted)" in page  # and it says why
    assert client.get(f"/api/v1/communities/{POEMS}").json()["people_who_shared"] == 0
