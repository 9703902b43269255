"""The member map as a server-drawn world choropleth: from the shipped Natural Earth outlines,
coloured only from counts the privacy policy shows, with the table beside it."""

from __future__ import annotations

from raremap.web.community.models import Membership
from raremap.web.community.world_map import level, outlines, world_svg
from tests.factories import POEMS, make_user


def test_the_shipped_outlines_cover_the_world():
    data = outlines()
    assert len(data["countries"]) > 170
    for code in ("IT", "DE", "US", "BR", "JP", "AU", "ZA", "IN"):
        assert data["countries"][code].startswith("M")
    assert "AQ" not in data["countries"]  # Antarctica is left out


def test_only_shown_countries_are_coloured_with_their_rounded_counts():
    svg = world_svg([{"code": "IT", "name": "Italy", "count": 20}, {"code": "DE", "name": "Germany", "count": 5}])
    assert svg.count('class="members') == 2 and "<title>Italy: about 20 members</title>" in svg
    assert 'class="members m4"' in svg and 'class="members m1"' in svg
    assert level(20, 20) == 4 and level(5, 20) == 1 and level(11, 20) == 3
    assert "Italy about 20" in svg.split("</title>", 1)[0]  # the image's own description


def _members(n: int, country: str) -> None:
    for i in range(n):
        u = make_user(f"Map {country} {i}", f"map-{country}-{i}@example.org")
        Membership.objects.create(user=u, disease_id=POEMS, role="patient", country=country, share_country=True)


def test_the_community_page_draws_only_countries_past_the_minimum(client, db):
    _members(15, "IT")
    _members(4, "FR")  # too few: pooled, never drawn
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert '<svg class="world-map"' in page and "<title>Italy: about 15 members</title>" in page
    assert "France" not in page
    assert '<th scope="row">Italy</th>' in page  # the table with the same figures


def test_no_map_while_no_country_reaches_the_minimum(client, db):
    _members(10, "IT")
    page = client.get(f"/community/{POEMS}/").content.decode()
    assert "world-map" not in page and "Not enough members have shared their country yet" in page
