"""Every page's footer leads to the disease categories, so a reader who does not know a
disease's name can still find it from wherever they are."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/", "/checker/", "/about/", "/disease/ORPHA:2332/"])
def test_the_footer_links_to_browse_on_every_page(client, db, kb, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    footer = response.content.decode().split('<footer class="site-footer"', 1)[1]
    assert 'href="/browse/"' in footer and "Browse diseases by category" in footer
