"""Web tests use the real knowledge base (the session ``kb`` fixture builds it if needed)
and Django's test client. The test database is enabled for all of them: other sections
(community panels, accounts in the header) add database reads to the public pages."""

import pytest


@pytest.fixture(autouse=True)
def _knowledge(kb, db):
    return kb


def _text_of(response) -> str:
    return " ".join(response.content.decode().split())


@pytest.fixture
def text_of():
    """The response body as one line of text with tags kept, for ``in`` checks."""
    return _text_of
