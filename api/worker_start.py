"""What a gunicorn worker does once it has loaded the app and before it takes a request
(gunicorn.conf.py's `post_worker_init`): build the engine's index of the open catalogue, so
that no request pays for it (tens of seconds at 200,000 offers: 9 to 90 s measured, against
gunicorn's 30 s timeout).

The build runs in the worker's main thread, before gunicorn's accept loop, while a thread tells
the arbiter the worker is alive (else a build longer than `--timeout` would have it killed).
The other workers keep serving meanwhile; once the index is kept, changes patch it
(catalog/index_cache.py) and a new day patches it too, so the build is paid once per worker.
A failed build is logged and left to the first match, as before.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

from flask import Flask


def build_catalogue_index(app: Flask) -> int:
    """Build (or bring up to date) this process's index of the app's database for today;
    returns how many offers it holds."""
    from catalog.matching import catalogue_index

    from . import clock
    from .database import database

    with app.app_context():
        session = database().session_factory()
        try:
            return len(catalogue_index(session, clock.today()))
        finally:
            session.rollback()
            session.close()


def _beating(notify: Callable[[], None], every: float) -> Callable[[], None]:
    """Call `notify` every `every` seconds in a daemon thread until the returned stop is
    called."""
    stopped = threading.Event()

    def beat() -> None:
        while not stopped.wait(every):
            notify()

    threading.Thread(target=beat, name="worker-heartbeat", daemon=True).start()
    return stopped.set


def post_worker_init(worker) -> None:
    """gunicorn hook: the worker's index built before its first request, and how long it took
    logged (`catalogue index of N offers built in S s`)."""
    app = worker.wsgi  # wsgi:app, the Flask app itself (ProxyFix wraps its wsgi_app)
    if not isinstance(app, Flask):
        worker.log.warning("catalogue index not built at start: %r is not a Flask app", app)
        return
    stop = _beating(worker.notify, every=1.0)
    started = time.perf_counter()
    try:
        offers = build_catalogue_index(app)
    except Exception:  # noqa: BLE001 - the worker still serves; the first match builds it
        worker.log.exception("catalogue index not built at start (pid %s)", os.getpid())
        return
    finally:
        stop()
    worker.log.info("catalogue index of %d offers built in %.1f s (pid %s)", offers,
                    time.perf_counter() - started, os.getpid())
