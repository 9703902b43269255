"""Running the site under gunicorn from Python (used by ``raremap serve``)."""

from __future__ import annotations

import logging
import os
import sys

from gunicorn.app.base import BaseApplication


class _Server(BaseApplication):
    def __init__(self, options: dict) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from raremap.web.wsgi import application

        return application


def run_gunicorn(host: str, port: int, workers: int, threads: int = 1) -> None:
    """Serve until stopped. ``threads`` > 1 uses gunicorn's threaded workers: page renders
    are CPU-bound so they add no throughput, but a quick response (a cached page, a static
    file) no longer waits in line behind a slow render in the same worker."""
    _Server(options(host, port, workers, threads)).run()


def options(host: str, port: int, workers: int, threads: int = 1) -> dict:
    """gunicorn's settings for ``run_gunicorn``."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return {
        "bind": bind,
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        # No access log: request lines hold what people search for (privacy).
        "accesslog": None,
        "errorlog": "-",
        # Its lines about malformed requests name the client and quote what it sent.
        "logger_class": "raremap.web.ops.gunicorn_log.PrivateLogger",
        "loglevel": "warning",
        "proc_name": "raremap",
        # Load the app (and the knowledge base) once in the master; workers share its memory.
        "preload_app": True,
        "worker_exit": exit_worker_at_once,
    }


def exit_worker_at_once(server, worker) -> None:
    """gunicorn's last hook in a worker that is stopping, after its own clean-up: end the
    process there. Tearing down the interpreter would free, object by object, the millions
    of objects of the knowledge base and the models that the worker shares with the master;
    on a busy machine that took more than the 10 s grace period, and the master killed the
    worker (an [ERROR] on every such stop). Logs are flushed first. A worker that is ending
    with an error (a failed boot, an uncaught exception) ends the usual way, so its status
    still says so."""
    exc = sys.exc_info()[1]
    if exc is not None and not (isinstance(exc, SystemExit) and exc.code in (0, None)):
        return
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0)
