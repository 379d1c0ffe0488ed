"""Issue 15, finding 9, from outside: gunicorn with two workers and no SECRET_KEY. In
production (wsgi.py) it refuses to start; in development both workers read the instance's one
key, so a sign-in form served by one worker is accepted by the other (10 of 10 sign-ins)."""
from __future__ import annotations

import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

from tests.gunicorn_process import GUNICORN, launch, stop, wait_up
from tests.outcome_rows import OutcomeRows

from .conftest import PASSWORD

pytestmark = pytest.mark.slow  # processes of their own (setup.cfg)


def start(tmp_path, db, **env):
    environment = {key: value for key, value in os.environ.items() if key != "SECRET_KEY"}
    environment.update(INSTANCE_PATH=str(tmp_path), DATABASE_URL=db.url.render_as_string(
        hide_password=False), **env)
    return launch(environment)


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")
def test_gunicorn_in_production_without_a_secret_key_does_not_start(tmp_path, db):
    process, port = start(tmp_path, db)
    started = wait_up(process, port, seconds=8)
    output = stop(process)
    assert not started
    assert "SECRET_KEY is not set" in output


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")
def test_two_workers_in_development_share_one_key(tmp_path, db, person):
    email = person("counselor")
    process, port = start(tmp_path, db, APP_ENV="development")
    try:
        assert wait_up(process, port), "gunicorn did not start"
        signed_in = 0
        for _ in range(10):
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()),
                                                 NoRedirect())
            form = opener.open(f"http://127.0.0.1:{port}/sign-in").read().decode()
            token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
            body = urllib.parse.urlencode({"email": email, "password": PASSWORD,
                                           "csrf_token": token}).encode()
            try:
                opener.open(f"http://127.0.0.1:{port}/sign-in", data=body)
            except urllib.error.HTTPError as answer:
                signed_in += answer.code == 302
    finally:
        output = stop(process)
    assert signed_in == 10, output


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed")
def test_each_worker_builds_its_index_before_its_first_request(tmp_path, db, session):
    """gunicorn.conf.py (read from the working directory): each worker builds its catalogue
    index once it has loaded the app, and says how long it took."""
    rows = OutcomeRows(session)
    rows.course(rows.org("Kolkata Women's ITI", "provider"))
    rows.opening(rows.org("Stitch Works", "employer", verified=True))
    session.commit()
    process, port = start(tmp_path, db, APP_ENV="development")
    try:
        assert wait_up(process, port), "gunicorn did not start"
        time.sleep(2)  # the other worker, booted with the first, has built its own by now
    finally:
        output = stop(process)
    built = re.findall(r"catalogue index of (\d+) offers built in [\d.]+ s \(pid (\d+)\)",
                       output)
    assert sorted(offers for offers, _ in built) == ["2", "2"], output
    assert len({pid for _, pid in built}) == 2  # one build in each worker


def test_a_long_build_at_start_keeps_the_worker_alive(monkeypatch):
    """The arbiter kills a worker silent for --timeout: the build is accompanied by beats."""
    from flask import Flask

    from api import worker_start

    monkeypatch.setattr(worker_start, "build_catalogue_index",
                        lambda app: time.sleep(2.5) or 7)
    beats, logged = [], []
    worker = type("Worker", (), {})()
    worker.wsgi = Flask(__name__)
    worker.notify = lambda: beats.append(time.monotonic())
    worker.log = type("Log", (), {"info": lambda self, *args: logged.append(args[0] % args[1:]),
                                  "exception": lambda self, *args: None})()
    worker_start.post_worker_init(worker)
    assert len(beats) >= 2
    assert logged and logged[0].startswith("catalogue index of 7 offers built in 2.")
    count = len(beats)
    time.sleep(1.2)
    assert len(beats) == count  # the beats stop with the build


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
