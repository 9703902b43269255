"""gunicorn's own error log without what clients sent.

gunicorn writes a line for each request it cannot parse, before Django sees it, naming the
client's address and quoting the offending request line or header: ``Invalid request from
ip=203.0.113.9: Invalid HTTP request line: 'GET /search?q=… HTTP/1.1'`` (a search is health
data, a header may hold an e-mail), and the URI of a request whose handling failed. These
lines keep only what went wrong (``invalid request: Invalid HTTP request line``), and every
line is scrubbed like the site's own logs (:func:`raremap.web.ops.logs.scrub`).
"""

from __future__ import annotations

import logging
import re

from gunicorn.glogging import Logger

from raremap.web.ops.logs import scrub

INVALID = re.compile(r"^Invalid request from ip=.*?: (?P<error>[^:'(]*)")


def without_client_text(record: logging.LogRecord) -> bool:
    """Rewrite ``record`` in place (a logging filter that drops nothing)."""
    message = record.getMessage()
    invalid = INVALID.match(message)
    if invalid:
        message = f"invalid request: {invalid.group('error').strip()}"
    elif message.startswith("Error handling request"):
        message = "Error handling request"
    record.msg, record.args = scrub(message), ()
    return True


class PrivateLogger(Logger):
    def setup(self, cfg) -> None:
        super().setup(cfg)
        if without_client_text not in self.error_log.filters:
            self.error_log.addFilter(without_client_text)
