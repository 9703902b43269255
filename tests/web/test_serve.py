"""``raremap serve`` refuses to start without a knowledge base; ``raremap manage`` wraps
Django's management commands."""

import os
import subprocess
import sys
from pathlib import Path

RAREMAP = Path(sys.executable).with_name("raremap")


def run(args, data_dir, timeout=60):
    env = {**os.environ, "RAREMAP_DATA_DIR": str(data_dir)}
    return subprocess.run([str(RAREMAP), *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_serve_without_a_knowledge_base_fails_with_one_line(tmp_path):
    done = run(["serve", "--port", "1"], tmp_path)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) <= 2  # Rich may wrap the one sentence
    assert "raremap init" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_web_worker_without_a_knowledge_base_stops_loudly(tmp_path):
    env = {**os.environ, "RAREMAP_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", "import raremap.web.wsgi"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "KnowledgeUnavailable" in done.stderr and "raremap init" in done.stderr
    assert not list(tmp_path.glob("*.kb"))  # it did not try to build one


def test_manage_runs_django_commands(tmp_path):
    done = run(["manage", "check"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "System check identified no issues" in done.stdout
