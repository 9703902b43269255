"""Stopping ``raremap serve``: a service manager's SIGTERM to the master, or Ctrl+C in the
terminal (SIGINT to the whole process group), after the models have been used, ends every
worker cleanly and the master with status 0. (The workers aborted at exit: onnxruntime,
imported in the master before the fork, left its telemetry thread's state behind in each
worker, whose teardown threw std::system_error.)"""

from __future__ import annotations

import os
import signal

import httpx
import pytest

from tests.live_site import LiveSite


@pytest.mark.slow
@pytest.mark.parametrize(("how", "to_group"), [(signal.SIGTERM, False), (signal.SIGINT, True)],
                         ids=["sigterm-to-master", "ctrl-c-to-group"])
def test_the_server_stops_cleanly_after_using_the_models(tmp_path, kb, how, to_group):
    site = LiveSite(None, tmp_path, workers=2).start()
    try:
        for _ in range(2):  # one request for each worker, more or less: both use the models
            page = httpx.get(site.base + "/tagging/", params={"text": "my skin is getting darker and I have fits"},
                             timeout=60)
            assert page.status_code == 200
            assert "HP:" in page.text  # the tagger (its sentence-embedding model included) ran
        assert len(site.worker_pids()) == 2
        assert site.process is not None
        if to_group:
            os.killpg(site.process.pid, how)
        else:
            site.process.send_signal(how)
        code = site.process.wait(30)
    finally:
        site.stop()  # only if it is still running
    log = site.log()
    assert code == 0, log[-3000:]
    assert "SIGABRT" not in log and "terminate called" not in log, log[-3000:]
    assert "[ERROR]" not in log and "Traceback" not in log, log[-3000:]


@pytest.mark.parametrize(("code", "torn_down"), [(0, False), (3, True)])
def test_a_stopping_worker_ends_at_once_unless_it_ends_with_an_error(code, torn_down):
    # The hook ends a worker that stops normally without the interpreter's teardown (an
    # atexit handler stands for it); a worker ending with an error keeps its status.
    import subprocess
    import sys

    program = (
        "import atexit, sys\n"
        "from raremap.web.server import exit_worker_at_once, options\n"
        "assert options('127.0.0.1', 8000, 2)['worker_exit'] is exit_worker_at_once\n"
        "atexit.register(lambda: print('torn down', flush=True))\n"
        "try:\n"
        f"    sys.exit({code})\n"
        "finally:\n"
        "    exit_worker_at_once(None, None)\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert done.returncode == code, done.stderr
    assert ("torn down" in done.stdout) is torn_down
