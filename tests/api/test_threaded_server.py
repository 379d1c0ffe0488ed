"""gunicorn as gunicorn.conf.py sets it up (issue 19: the gthread worker, two request threads a
worker) answers match requests arriving at once, eight at a time, exactly as it answers them
one at a time, in each language."""
from __future__ import annotations

import json
import os
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.gunicorn_process import GUNICORN, ROOT, launch, stop, wait_up

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("frozen_clock"),
              pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")]


def test_the_configured_worker_class_and_threads():
    config: dict = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), config)  # noqa: S102 - the repository's file
    assert config["worker_class"] == "gthread" and config["threads"] == 2
    assert config["keepalive"] == 0  # each answer closes its connection, as a sync worker's


def get(port: int, path: str, headers: dict) -> tuple[int, object]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=30) as answer:
        return answer.status, json.loads(answer.read())


def test_matches_at_once_are_the_matches_one_at_a_time(tmp_path, db, demo):
    _, headers, _, mine = demo
    process, port = launch(dict(os.environ, INSTANCE_PATH=str(tmp_path), APP_ENV="development",
                                DATABASE_URL=db.url.render_as_string(hide_password=False)))
    asks = [(f"/api/v1/profiles/{profile_id}/matches", {**headers, "Accept-Language": language})
            for profile_id in mine for language in ("en", "hi", "bn")]
    try:
        assert wait_up(process, port, seconds=60), "gunicorn did not start"
        alone = [get(port, path, ask) for path, ask in asks]
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(lambda ask: get(port, *ask), asks * 4))
    finally:
        output = stop(process)
    assert all(status == 200 for status, _ in alone), output
    assert together == alone * 4, output
