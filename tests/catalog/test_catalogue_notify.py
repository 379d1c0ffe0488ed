"""The catalogue's notifications (issue 19, PostgreSQL): a seat change carries the seats of its
batches, so a listening process patches its index from them without a read; any other change,
or a notification that does not follow the version kept, is caught up from the version row."""
from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from catalog import matching
from catalog.catalogue_notify import CHANNEL, libpq_url, parse_payload
from catalog.catalogue_version import read_version
from catalog.index_cache import IndexCache
from catalog.models import Batch, Course
from tests.outcome_rows import T0, OutcomeRows
from tests.statements import statements

TODAY = T0.date()


def test_a_payload_carries_the_seats_of_a_seat_change_and_of_nothing_else():
    assert parse_payload("a1b2:7") == ("a1b2", 7, None)
    assert parse_payload("a1b2:8:2:11,3,10,4,0;12,3,5,2,1") == (
        "a1b2", 8, {11: (3, 10, 4, False), 12: (3, 5, 2, True)})
    # a batch not found (deleted): the seats are not all there, so none are trusted
    assert parse_payload("a1b2:9:2:11,3,10,4,0") == ("a1b2", 9, None)


@pytest.fixture
def postgres(db):
    if db.dialect.name != "postgresql":
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    return db


@pytest.fixture
def place(session):
    rows = OutcomeRows(session)
    provider = rows.org("Kolkata Women's ITI", "provider")
    course, batch = rows.course(provider)
    session.get(Batch, batch).seats_total = 3
    session.commit()
    return dict(course=course, batch=batch)


@pytest.fixture
def heard(postgres):
    """The payloads of the notifications committed meanwhile, as a listener receives them."""
    connection = psycopg.connect(libpq_url(postgres.url), autocommit=True)
    connection.execute(f"LISTEN {CHANNEL}")

    def payloads() -> list[str]:
        return [note.payload for note in connection.notifies(timeout=1.0, stop_after=1)]

    yield payloads
    connection.close()


def _seats_left(index, course_id):
    return index.by_key["course", course_id].offer.batches[0].seats_available


def test_a_listener_patches_a_seat_change_from_its_notification_without_a_read(
        postgres, session, place, heard):
    cache = IndexCache(matching.load_courses, matching.load_openings, listen=False)
    cache.index(session, TODAY)
    session.commit()
    with Session(postgres) as other:  # another worker holds a seat
        other.execute(update(Batch).where(Batch.id == place["batch"]).values(seats_taken=1))
        other.commit()
    [payload] = heard()
    epoch, version, seats = parse_payload(payload)
    assert seats == {place["batch"]: (place["course"], 3, 1, False)}
    with statements(postgres) as seen:
        cache.heard(postgres, epoch, version, seats)
    assert seen == []  # nothing read: the seats came with the notification
    kept = cache.version_kept(postgres.url.render_as_string(hide_password=True))
    assert (kept.epoch, kept.version) == (epoch, version) == (read_version(session).epoch,
                                                              read_version(session).version)
    with statements(postgres) as seen:
        index = cache.index(session, TODAY)
    assert _seats_left(index, place["course"]) == 2
    assert len(seen) == 1  # the version row alone: the index was current
    session.commit()


def test_another_change_or_a_gap_is_caught_up_from_the_version_row(
        postgres, session, place, heard):
    cache = IndexCache(matching.load_courses, matching.load_openings, listen=False)
    cache.index(session, TODAY)
    session.commit()
    with Session(postgres) as other:
        other.get(Course, place["course"]).title = "Tailoring, advanced"
        other.commit()
    [edit] = heard()
    assert parse_payload(edit)[2] is None  # not a seat change: the version alone
    with Session(postgres) as other:
        other.execute(update(Batch).where(Batch.id == place["batch"]).values(seats_taken=2))
        other.commit()
    [hold] = heard()
    # the edit's notification missed: the hold's does not follow the version kept
    with statements(postgres) as seen:
        cache.heard(postgres, *parse_payload(hold))
    assert seen  # read from the version row and the change log
    index = cache.index(session, TODAY)
    offer = index.by_key["course", place["course"]].offer
    assert (offer.title, offer.batches[0].seats_available) == ("Tailoring, advanced", 1)
    stats = cache.stats[postgres.url.render_as_string(hide_password=True)]
    assert (stats.builds, stats.patches) == (1, 1)
    session.commit()


def test_a_listening_process_has_a_seat_change_in_before_a_request_asks(postgres, session, place):
    """The listener thread itself: it hears the hold and patches it in from the notification
    (no read of its own), so the next request finds its index current."""
    cache = IndexCache(matching.load_courses, matching.load_openings, listen=True)
    key = postgres.url.render_as_string(hide_password=True)
    try:
        cache.index(session, TODAY)
        session.commit()
        assert cache.listening(session)
        before = cache.version_kept(key).version
        with statements(postgres) as seen:
            with Session(postgres) as other:
                other.execute(update(Batch).where(Batch.id == place["batch"])
                              .values(seats_taken=1))
                other.commit()
            deadline = time.monotonic() + 5
            while cache.version_kept(key).version == before and time.monotonic() < deadline:
                time.sleep(0.005)
        assert cache.version_kept(key).version == before + 1
        assert not any("catalogue_changes AS c" in statement for statement in seen)
        with statements(postgres) as seen:
            index = cache.index(session, TODAY)
        assert _seats_left(index, place["course"]) == 2 and len(seen) == 1
        assert (cache.stats[key].builds, cache.stats[key].patches) == (1, 1)
        session.commit()
    finally:
        cache.close()
