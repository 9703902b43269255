"""The /tagging/ page has one h1, and the describe box on it is headed differently from
the page (on the checker page, where the page is about something else, the box keeps
its own full heading)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def headings(html: str) -> list[tuple[str, str]]:
    return [(level, re.sub(r"<[^>]+>", "", text).strip())
            for level, text in re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", html, re.S)]


@pytest.mark.parametrize("path", ["/tagging/", "/tagging/?text=I+get+winded+on+the+stairs"])
def test_the_describe_page_has_one_h1_and_a_box_headed_differently(kb, path):
    html = Client().get(path).content.decode()
    assert [text for level, text in headings(html) if level == "1"] == ["Describe your symptoms"]
    box = re.search(r'<h2 id="describe-title">(.*?)</h2>', html).group(1)
    assert box == "Your description" and "describe your symptoms" not in box.lower()


def test_on_the_checker_the_box_keeps_its_full_heading(kb):
    html = Client().get("/checker/").content.decode()
    assert '<h2 id="describe-title">Describe your symptoms in your own words</h2>' in html
