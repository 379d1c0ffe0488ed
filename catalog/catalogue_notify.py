"""The catalogue's notifications (PostgreSQL): the version bump (catalog/catalogue_version.py)
sends NOTIFY on `CHANNEL`, delivered at COMMIT and never for a rollback, and each process hears it
in a `Listener` thread, so it learns of a change at once. A change of seats alone carries the
seats of its batches, so a listening process patches its index without reading them
(catalog/index_cache.py). A notification only wakes a process: one missed (a dropped connection)
is found from the version row on the next read.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .models import Batch

log = logging.getLogger(__name__)

CHANNEL = "catalogue_changed"
NOTIFY_SEATS = 50
"""Most batches whose seats a notification carries (a seats-only change); beyond, it carries
the version alone and each process reads the change log."""
Seats = dict[int, tuple[int, int, int, bool]]
"""Seats of batches as a seat patch reads them: batch id -> course id, total, taken, closed."""


_NOTIFY_SEATS = (
    "SELECT pg_notify(%(channel)s, %(head)s || coalesce((SELECT string_agg(concat_ws(',', id,"
    f" course_id, seats_total, seats_taken, closed::int), ';') FROM {Batch.__tablename__}"
    " WHERE id = ANY(%(ids)s)), ''))")
"""The notification of a seats-only change, with the seats of its batches read after the bump:
the version row is held from the bump to COMMIT, so they are the seats as of this version."""


def notify(connection, epoch: str, version: int, changes: list[tuple[str, int | None]]) -> None:
    """NOTIFY `CHANNEL` with `epoch:version`, and for a change of seats alone (of at most
    NOTIFY_SEATS batches) `:count:` and the batches' `id,course,total,taken,closed` (`;` between
    them), so a listening process patches its index without a read (`parse_payload`)."""
    ids = [ref_id for kind, ref_id in changes if kind == "seats" and ref_id is not None]
    if ids and len(ids) == len(changes) and len(ids) <= NOTIFY_SEATS:
        connection.exec_driver_sql(_NOTIFY_SEATS, {
            "channel": CHANNEL, "head": f"{epoch}:{version}:{len(ids)}:", "ids": ids})
    else:
        connection.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                                   {"channel": CHANNEL, "payload": f"{epoch}:{version}"})


def parse_payload(payload: str) -> tuple[str, int, Seats | None]:
    """The epoch, version and (a seats-only change whose batches were all found) seats of a
    notification `notify` sent."""
    epoch, version, count, rows = (payload.split(":", 3) + ["", ""])[:4]
    if not count:
        return epoch, int(version), None
    seats: Seats = {}
    for row in filter(None, rows.split(";")):
        batch_id, course_id, total, taken, closed = (int(n) for n in row.split(","))
        seats[batch_id] = (course_id, total, taken, bool(closed))
    return epoch, int(version), seats if len(seats) == int(count) else None


class Listener:
    """LISTEN on `CHANNEL` in a daemon thread with its own connection, calling `on_change(epoch,
    version, seats)` for each notification (`parse_payload`). It only wakes the process: a lost
    connection is retried, and whatever was missed meanwhile is found from the version row on
    the next read."""

    def __init__(self, url: str, on_change: Callable[[str, int, Seats | None], None], *,
                 retry_seconds: float = 1.0):
        self.url = url
        self.on_change = on_change
        self.retry_seconds = retry_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="catalogue-listener",
                                        daemon=True)
        self.listening = threading.Event()

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=0.5):
                            try:
                                self.on_change(*parse_payload(note.payload))
                            except Exception:  # noqa: BLE001 - never let a patch kill the thread
                                log.exception("catalogue change %s not applied", note.payload)
            except Exception:  # noqa: BLE001 - the connection went: retry, the row catches up
                self.listening.clear()
                log.warning("catalogue listener lost its connection; retrying", exc_info=True)
                self._stop.wait(self.retry_seconds)
        self.listening.clear()


def libpq_url(sqlalchemy_url) -> str:
    """A psycopg connection string from the engine's URL (driver name dropped)."""
    return sqlalchemy_url.set(drivername="postgresql").render_as_string(hide_password=False)
