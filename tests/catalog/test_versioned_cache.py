"""The one cache helper (catalog/versioned_cache.py) and its three users: a trade edited in place
by a re-seed while the process runs (its `remote_teachable`, a hard rule) is seen on the next
match; the taxonomy is kept across seat changes; the helper is bounded and builds once when
many threads ask at once."""
from __future__ import annotations

import threading
import time
from datetime import date, timedelta

import pytest

import seeds.loader as loader
from catalog import matching, taxonomy
from catalog.models import Batch, Course, Profile
from catalog.versioned_cache import VersionedCache
from matcher.vocabulary import Device, LearningMode
from tests.outcome_rows import KOLKATA, T0, OutcomeRows

TODAY = T0.date()


# --- the helper on its own --------------------------------------------------------------------


class _Url:
    def __init__(self, name):
        self.name = name

    def render_as_string(self, hide_password=True):
        return self.name


class _Session:
    """What the helper reads of a session: the URL of its database."""

    def __init__(self, name="db"):
        self._bind = type("Bind", (), {"url": _Url(name)})()

    def get_bind(self):
        return self._bind


def test_kept_while_the_version_holds_then_caught_up_or_built():
    built, patched = [], []

    def build(session, part):
        built.append(part)
        return f"built {len(built)}"

    def catch_up(session, entry, version, part):
        patched.append((entry.version, version))
        return None if version == "rebuild" else f"{entry.value} + {version}"

    cache = VersionedCache(build, catch_up=catch_up)
    session = _Session()
    assert cache.get(session, 1) == "built 1"
    assert cache.get(session, 1) == "built 1"
    assert cache.get(session, 2) == "built 1 + 2"
    assert cache.get(session, "rebuild") == "built 2"
    assert patched == [(1, 2), (2, "rebuild")]
    assert (cache.stats["db"].builds, cache.stats["db"].patches) == (2, 1)


def test_memory_is_bounded_by_parts_and_databases():
    cache = VersionedCache(lambda session, part: [part], parts_kept=2, databases_kept=2)
    for day in range(5):
        cache.get(_Session("a"), 1, part=day)
    assert list(cache._entries["a"]) == [3, 4]  # the newest two days
    assert cache.kept("a")[0] == 4
    cache.get(_Session("b"), 1)
    cache.get(_Session("c"), 1)
    assert list(cache._entries) == ["b", "c"]


def test_many_threads_asking_at_once_build_once():
    started = threading.Event()
    calls = []

    def slow_build(session, part):
        calls.append(part)
        started.set()
        time.sleep(0.05)
        return object()

    cache = VersionedCache(slow_build)
    found = []
    threads = [threading.Thread(target=lambda: found.append(cache.get(_Session(), 7)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len({id(value) for value in found}) == 1


# --- the taxonomy: a re-seed that edits a trade in place --------------------------------------


@pytest.fixture
def reseed(session, monkeypatch):
    """Re-seed the trades with `remote_teachable` of `code` set as given (as `livelihood seed`
    does after trades.json changed, while the server runs); the seeded value comes back after."""
    original = loader.read_json("trades.json")

    def reseed_with(code: str, remote_teachable: bool) -> None:
        rows = [dict(row, remote_teachable=remote_teachable) if row["code"] == code else row
                for row in original]
        monkeypatch.setattr(loader, "read_json", lambda name: rows)
        loader.load_trades(session)
        session.commit()

    yield reseed_with
    monkeypatch.setattr(loader, "read_json", lambda name: original)
    session.rollback()
    loader.load_trades(session)
    session.commit()


@pytest.fixture
def remote_course(session):
    """A remote-only data entry course, and a survivor with a smartphone who can learn either
    way: she is offered it only while data entry is teachable at a distance."""
    rows = OutcomeRows(session)
    provider = rows.org("Kolkata Digital Skills", "provider")
    ngo = rows.org("Asha Shelter Trust", "ngo")
    course = Course(provider_id=provider, title="Data entry, online", trade="data_entry",
                    min_literacy="none", languages=["bn"], mode="remote", duration_weeks=8,
                    min_age=16, **KOLKATA)
    session.add(course)
    session.flush()
    session.add(Batch(course_id=course.id, start_date=date(2027, 3, 1),
                      application_deadline=date(2027, 3, 1) - timedelta(days=10),
                      seats_total=20, seats_taken=0))
    profile = session.get(Profile, rows.survivor(ngo))
    profile.learning_mode = LearningMode.ANY
    profile.device = Device.SMARTPHONE
    profile.connectivity = True
    session.commit()
    return course.id, profile.id


def _offered(session, profile_id, course_id) -> bool:
    result = matching.match_profile(session, None, session.get(Profile, profile_id), T0,
                                    kind="course")
    session.commit()
    return course_id in {match.course_id for match in result.matches}


def test_a_trade_edited_in_place_by_a_reseed_is_seen_on_the_next_match(
        session, reseed, remote_course):
    course_id, profile_id = remote_course
    assert taxonomy.trade_infos(session)["data_entry"].remote_teachable
    assert _offered(session, profile_id, course_id)

    reseed("data_entry", remote_teachable=False)  # same trades, same aliases: only the rule
    assert not taxonomy.trade_infos(session)["data_entry"].remote_teachable
    assert not _offered(session, profile_id, course_id)  # needs practice in person now

    reseed("data_entry", remote_teachable=True)
    assert _offered(session, profile_id, course_id)


def test_a_seat_change_keeps_the_taxonomy_and_its_resolver(session, remote_course):
    course_id, _ = remote_course
    before = taxonomy.taxonomy(session)
    resolver = taxonomy.interest_resolver(session)
    batch = session.query(Batch).filter_by(course_id=course_id).one()
    batch.seats_taken += 1
    session.commit()
    assert taxonomy.taxonomy(session) is before
    assert taxonomy.interest_resolver(session) is resolver


def test_an_uncommitted_trade_edit_is_seen_by_its_own_transaction_alone(session, reseed):
    from catalog.models import Trade

    kept = taxonomy.taxonomy(session)
    session.get(Trade, "data_entry").remote_teachable = False
    assert not taxonomy.trade_infos(session)["data_entry"].remote_teachable
    session.rollback()
    assert taxonomy.trade_infos(session)["data_entry"].remote_teachable
    assert taxonomy.taxonomy(session).infos == kept.infos
