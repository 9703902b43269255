"""gunicorn's error log, written before Django sees a request, must not hold what a client
sent. Against a live server, five malformed requests (a bad request line, bad headers, a
9,000-character path ending in an e-mail) each wrote ``Invalid request from
ip=127.0.11.7: Invalid HTTP request line: 'GARBAGE'``: the client's address and the text it
sent, with no scrubbing. Performed here through gunicorn's own error handling, with the
settings ``raremap serve`` gives it."""

from __future__ import annotations

import logging
import socket
from types import SimpleNamespace

from gunicorn.config import Config
from gunicorn.http.errors import InvalidHeader, InvalidRequestLine, LimitRequestLine
from gunicorn.workers.base import Worker

from raremap.web.server import options

SENT = "GET /search?q=seizures since March john.doe@example.org HTTP/1.1"


def _server_logger(tmp_path):
    cfg = Config()
    for key, value in {**options("127.0.0.1", 8000, 1), "errorlog": str(tmp_path / "error.log")}.items():
        cfg.set(key, value)
    return cfg.logger_class(cfg), tmp_path / "error.log"


def test_a_malformed_request_leaves_neither_the_client_nor_what_it_sent_in_the_log(tmp_path):
    log, path = _server_logger(tmp_path)
    worker = SimpleNamespace(log=log, cfg=log.cfg)
    for error in (InvalidRequestLine(SENT), InvalidHeader("X-Mail: john.doe@example.org"),
                  LimitRequestLine(9000, 4094)):
        ours, theirs = socket.socketpair()
        with ours, theirs:
            Worker.handle_error(worker, None, ours, ("203.0.113.9", 51234), error)
    for handler in logging.getLogger("gunicorn.error").handlers:
        handler.flush()
    written = path.read_text()
    assert written.count("invalid request") == 3
    for secret in ("203.0.113.9", "john.doe", "example.org", "seizures", "March", "search"):
        assert secret not in written, written
    assert "Invalid HTTP request line" in written and "Request Line is too large" in written
