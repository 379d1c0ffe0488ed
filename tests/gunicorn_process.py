"""gunicorn started as a process of its own for the tests that serve through it
(tests/web/test_gunicorn.py, tests/api/test_threaded_server.py): two workers on a free port,
waited for until it answers, stopped with what it printed."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def launch(environment: dict[str, str]) -> tuple[subprocess.Popen, int]:
    """gunicorn with two workers serving wsgi:app on a free port, in `environment`."""
    port = free_port()
    process = subprocess.Popen(
        [str(GUNICORN), "--workers", "2", "--bind", f"127.0.0.1:{port}", "wsgi:app"],
        cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return process, port


def wait_up(process, port, seconds=20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health", timeout=1)
            return True
        except OSError:  # refused, reset or timed out: not up yet
            time.sleep(0.2)
    return False


def stop(process) -> str:
    process.terminate()
    try:
        output, _ = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output.decode(errors="replace")
