"""The engine's index of the open catalogue, kept per process and brought up to date from the
catalogue's version row and change log (catalog/catalogue_version.py).

Each match reads the version row by its key. When it is the version the index was built or last
patched at, the index is used as it is. When it moved, the changes logged since are read and
only the offers they name are read again and patched into a new index (matcher/index.py): a seat
hold re-reads one batch's seats (and changes only the seats of the index, `with_seats`: every
other column shared, no day judged afresh), an edited opening one opening, an employer's
verification that employer's openings, a completion or hire the placement rates (one grouped
query) and the courses whose rate moved. A new day re-reads the listed courses with a batch that started since
and drops the listed openings that closed since (all that a day changes of what matching reads).
Too many changes at once, a change the log cannot name row by row, a log trimmed past this
process, an emptied version row or a day earlier than the one kept: the index is built afresh.
Kept by catalog/versioned_cache.py, two days at most (a request begun just before midnight
still finds its day).

On PostgreSQL a listener thread per database hears the NOTIFY each change sends and brings the
index up to date at once, so the next request finds it current; the version row stays the
authority, so a notification missed (a dropped connection) costs nothing but that head start.
"""
from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, and_, select
from sqlalchemy.orm import Session

from matcher import CatalogIndex
from matcher.models import BatchOffer

from . import catalogue_version as versions
from .catalogue_version import Change, Version
from .models import Batch, CatalogueChange, CatalogueVersion, Course, Opening
from .services import placement_rates
from .services.placement_rates import ObservedPlacements
from .taxonomy import trade_infos
from .versioned_cache import Entry, Stats, VersionedCache, as_new_as, database_key

PATCH_LIMIT = 2_000
"""Most offers one catch-up re-reads; beyond, the index is built afresh."""

NO_SOURCE = "(SELECT 1 AS one) AS one"
_CURRENT = (
    "SELECT v.epoch, v.version, v.log_from, c.version AS changed, c.kind, c.ref_id, b.course_id,"
    " b.seats_total, b.seats_taken, b.closed{also} FROM {source}"
    f" LEFT JOIN {CatalogueVersion.__tablename__} AS v ON v.id = {versions.ROW_ID}"
    f" LEFT JOIN {CatalogueChange.__tablename__} AS c ON v.epoch = :epoch"
    " AND c.version > :kept AND c.version <= v.version"
    f" AND v.version - :kept <= {PATCH_LIMIT} AND v.log_from <= :kept + 1"
    f" LEFT JOIN {Batch.__tablename__} AS b ON c.kind = 'seats' AND b.id = c.ref_id"
    " ORDER BY c.version, c.id")
"""The version row with the changes logged since the version kept (when a patch can follow:
the same epoch, the log not trimmed past it, at most PATCH_LIMIT versions) and the seats of the
batches they name as seat changes: what a request behind needs, in the one round trip it pays
anyway. `source` is a row read beside it (matching's schemes' version), `also` its columns."""
_READ = "index_cache_read"
"""session.info key: the `_Read` of the version the session read last (`read_current`)."""


@dataclass(frozen=True)
class _Read:
    """The changes after `since` up to `upto` in `epoch`, read with the version row, and the
    seats of the batches they name (batch id -> course id, total, taken, closed)."""
    epoch: str
    since: int
    upto: int
    changes: list[Change]
    seats: dict[int, tuple[int, int, int, bool]]


@lru_cache(maxsize=16)
def _current_sql(paramstyle: str, source: str, also: str) -> str:
    sql = _CURRENT.format(source=source, also=also)
    if paramstyle == "pyformat":  # psycopg
        sql = sql.replace(":epoch", "%(epoch)s").replace(":kept", "%(kept)s")
    return sql


@dataclass(frozen=True)
class Built:
    """What is kept for one database and day, under its catalogue version."""
    index: CatalogIndex
    placements: ObservedPlacements


class IndexCache:
    """Indexes by database URL, one day each, kept by catalog/versioned_cache.py. `loaders` are
    catalog/matching.py's `load_courses` and `load_openings` (passed in, so this module and that
    one do not import each other)."""

    def __init__(self, load_courses: Callable, load_openings: Callable, *, listen: bool = True):
        self._load_courses = load_courses
        self._load_openings = load_openings
        self._listen = listen
        # Two days kept: a request begun just before midnight still finds its day.
        self._cache: VersionedCache[Built] = VersionedCache(
            self._kept_build, catch_up=self._caught_up, fresh=as_new_as, across_parts=True,
            parts_kept=2)
        self._listen_lock = threading.Lock()
        self._listeners: dict[str, versions.Listener] = {}

    @property
    def stats(self) -> dict[str, Stats]:
        return self._cache.stats

    def clear(self) -> None:
        self._cache.clear()

    def version_kept(self, database: str) -> Version | None:
        """The catalogue version of the newest index kept for `database` (its URL, password
        hidden), if any."""
        kept = self._cache.kept(database)
        return kept[1].version if kept is not None else None

    def close(self) -> None:
        for listener in list(self._listeners.values()):
            listener.stop()
        self._listeners.clear()

    def read_current(self, session: Session, today: date, *, source: str = NO_SOURCE,
                     also: str = "") -> tuple[Version, Sequence[Any]]:
        """The catalogue's version (flushed first, as a query would: the session's own writes
        are noted) and the first row read (`source`'s columns `also` after the version's), in one
        statement that also brings the changes since the index kept for `today` when a patch
        can follow: `index` then patches from them without another read."""
        if session.autoflush:
            session.flush()
        database = database_key(session)
        kept = self._cache.base(database, today)
        since: Version | None = kept.version if kept is not None else None
        connection = session.connection()
        rows = connection.exec_driver_sql(
            _current_sql(connection.dialect.paramstyle, source, also),
            {"epoch": since.epoch if since else None, "kept": since.version if since else -1},
        ).all()
        first = rows[0]
        session.info.pop(_READ, None)
        if first.epoch is None:
            return Version(None, 0, 0), first
        current = Version(first.epoch, first.version, first.log_from)
        if (since is not None and since.epoch == current.epoch
                and current.version - since.version <= PATCH_LIMIT
                and since.version >= current.log_from - 1):  # the read brought every change
            changes, seats = [], {}
            for row in rows:
                if row.changed is not None:
                    changes.append(Change(row.changed, row.kind, row.ref_id))
                    if row.kind == "seats" and row.course_id is not None:
                        seats[row.ref_id] = (row.course_id, row.seats_total, row.seats_taken,
                                             bool(row.closed))
            session.info[_READ] = _Read(current.epoch, since.version, current.version,
                                        changes, seats)
        return current, first

    def index(self, session: Session, today: date, current: Version | None = None
              ) -> CatalogIndex:
        """The index of the catalogue as of now (version read first, so the rows read after it
        are at least as new; `current`: the version the caller has just read with
        `read_current`, or another way, flushed first)."""
        if current is None:
            current, _ = self.read_current(session, today)
        if current.epoch is None:
            # No version row (a database never changed through a session, or emptied): nothing
            # to key an index by, so it is built for this request alone.
            self.stats[database_key(session)].builds += 1
            return self._build(session, today).index
        self._ensure_listener(session)
        try:
            entry = self._cache.entry(session, current, today)
        finally:
            session.info.pop(_READ, None)  # used, or of no use once the version has moved
        pending = session.info.get(versions.PENDING)
        if pending:
            # Changes this transaction wrote and has not committed: an index of its own, the
            # shared one patched with them (or built afresh), never shared.
            mine = [Change(current.version + 1, kind, ref_id) for kind, ref_id in pending]
            patch = self._patch(session, entry.value, mine, today)
            return (patch or self._build(session, today)).index
        return entry.value.index

    # --- building and patching ----------------------------------------------------------------

    def _build(self, session: Session, today: date) -> Built:
        placements = placement_rates.observed_placements(session)
        index = CatalogIndex(trade_infos(session),
                             self._load_courses(session, today, placements=placements),
                             self._load_openings(session, today))
        return Built(index, placements)

    def _kept_build(self, session: Session, today: date) -> Built:
        built = self._build(session, today)
        # The index lives long and holds no cycles: keep the cyclic collector from walking it on
        # every request (without this, p99 of a match at 100,000 offers grows about tenfold).
        gc.freeze()
        return built

    def _caught_up(self, session: Session, entry: Entry[Built], current: Version,
                   today: date) -> Built | None:
        """The entry patched to `current` and `today` (from the day it was for, when a new day
        began since), or None when it must be built afresh."""
        kept: Version = entry.version
        if (kept.epoch != current.epoch or kept.version < current.log_from - 1
                or current.version - kept.version > PATCH_LIMIT or entry.part > today):
            return None
        read: _Read | None = session.info.get(_READ)
        if (read is not None and read.epoch == kept.epoch and read.since <= kept.version
                and read.upto == current.version):  # read with the version: no second read
            changes = [change for change in read.changes if change.version > kept.version]
            seats = read.seats
        else:
            changes, seats = _changes_and_seats(session, kept.version, current.version)
        dated = _dated_out(session, entry.value.index, entry.part, today)
        return self._patch(session, entry.value, changes, today, seats, dated)

    def _patch(self, session: Session, kept: Built, changes: list[Change], today: date,
               seats: dict[int, tuple[int, int, int, bool]] | None = None,
               dated: tuple[set[int], set[int]] = (set(), set())) -> Built | None:
        """`kept` with the offers `changes` name (and `dated`: the courses and openings a new
        day may have changed) read again, or None when it must be built afresh."""
        ids: dict[str, set[int]] = defaultdict(set)
        for change in changes:
            if change.kind == "outcomes":
                ids["outcomes"].add(0)
            elif change.kind == "all" or change.ref_id is None:
                return None
            else:
                ids[change.kind].add(change.ref_id)
        if sum(len(found) for found in ids.values()) > PATCH_LIMIT:
            return None
        index, placements = kept.index, kept.placements
        course_ids = set(ids["course"]) | dated[0]
        opening_ids = set(ids["opening"]) | dated[1]
        if ids["outcomes"]:
            placements = placement_rates.observed_placements(session)
            course_ids |= _moved_placements(session, kept.placements, placements)
        if ids["batch"]:
            course_ids |= set(session.scalars(
                select(Batch.course_id).where(Batch.id.in_(ids["batch"]))))
        if ids["employer"]:
            opening_ids |= set(session.scalars(
                select(Opening.id).where(Opening.employer_id.in_(ids["employer"]))))
        if len(course_ids) + len(opening_ids) > PATCH_LIMIT:
            return None
        add: list = []
        remove: list[tuple[str, int]] = []
        if course_ids:
            found = self._load_courses(session, today, ids=course_ids, placements=placements)
            add += found
            remove += [("course", i) for i in course_ids - {offer.id for offer in found}]
        if opening_ids:
            found = self._load_openings(session, today, ids=opening_ids)
            add += found
            remove += [("opening", i) for i in opening_ids - {offer.id for offer in found}]
        if add or remove:
            index = index.patched(remove=remove, add=add)
        # seats alone (a hold, a withdrawal): the seats-only path, every other column shared
        seated = _seat_patches(session, index, ids["seats"], course_ids, seats)
        if seated:
            index = index.with_seats(seated)
        return Built(index, placements)

    # --- hearing of changes ---------------------------------------------------------------------

    def _ensure_listener(self, session: Session) -> None:
        if not self._listen:
            return
        key = database_key(session)
        if key in self._listeners:
            return
        bind = session.get_bind()
        engine = bind.engine if not isinstance(bind, Engine) else bind
        if engine.dialect.name != "postgresql":
            return
        with self._listen_lock:
            if key in self._listeners:
                return

            def on_change(epoch: str, version: int) -> None:
                kept = self._cache.kept(key)
                if kept is None:
                    return
                today, entry = kept
                if entry.version.epoch == epoch and entry.version.version >= version:
                    return
                with Session(engine) as listening_session:
                    self.index(listening_session, today)
                    listening_session.rollback()

            self._listeners[key] = versions.Listener(
                versions.libpq_url(engine.url), on_change).start()

    def listening(self, session: Session, timeout: float = 5.0) -> bool:
        """Wait until this process listens for changes of the session's database (PostgreSQL)."""
        self._ensure_listener(session)
        listener = self._listeners.get(database_key(session))
        return listener is not None and listener.listening.wait(timeout)


def _moved_placements(session: Session, before: ObservedPlacements,
                      after: ObservedPlacements) -> set[int]:
    """Courses whose placement rate may have moved: their own tally changed, or their
    provider's."""
    courses = {course_id for course_id in before.courses.keys() | after.courses.keys()
               if before.courses.get(course_id) != after.courses.get(course_id)}
    providers = {provider_id for provider_id in before.providers.keys() | after.providers.keys()
                 if before.providers.get(provider_id) != after.providers.get(provider_id)}
    if providers:
        courses |= set(session.scalars(select(Course.id).where(Course.provider_id.in_(providers))))
    return courses


def _dated_out(session: Session, index: CatalogIndex, before: date, today: date
               ) -> tuple[set[int], set[int]]:
    """The listed courses with a batch that started since `before` (it is no longer offered,
    and the course perhaps not), and the listed openings that closed since: all a new day can
    change of the catalogue matching reads (catalog/matching.py's loaders)."""
    if today == before:
        return set(), set()
    courses = set(session.scalars(select(Batch.course_id).where(
        Batch.start_date > before, Batch.start_date <= today).distinct()))
    openings = set(session.scalars(select(Opening.id).where(
        Opening.closes_on >= before, Opening.closes_on < today)))
    return ({i for i in courses if ("course", i) in index.by_key},
            {i for i in openings if ("opening", i) in index.by_key})


def _changes_and_seats(session: Session, since: int, upto: int
                       ) -> tuple[list[Change], dict[int, tuple[int, int, int, bool]]]:
    """The changes after `since` up to `upto`, and the seats of the batches they name as seat
    changes, as they are now: one query (batch id -> course id, total, taken, closed)."""
    query = (
        select(CatalogueChange.version, CatalogueChange.kind, CatalogueChange.ref_id,
               Batch.course_id, Batch.seats_total, Batch.seats_taken, Batch.closed)
        .outerjoin(Batch, and_(CatalogueChange.kind == "seats",
                               Batch.id == CatalogueChange.ref_id))
        .where(CatalogueChange.version > since, CatalogueChange.version <= upto)
        .order_by(CatalogueChange.version, CatalogueChange.id)
    )
    changes, seats = [], {}
    for version, kind, ref_id, course_id, total, taken, closed in session.execute(query):
        changes.append(Change(version, kind, ref_id))
        if kind == "seats" and course_id is not None:
            seats[ref_id] = (course_id, total, taken, closed)
    return changes, seats


def _seat_patches(session: Session, index: CatalogIndex, batch_ids: set[int],
                  reloaded: set[int], known: dict | None = None) -> list:
    """Courses of the index with the seats of `batch_ids` as they are now (`known`, else one
    query by id); a course re-read whole anyway is left to that."""
    if not batch_ids:
        return []
    if known is None or not batch_ids <= known.keys():
        known = {batch_id: (course_id, total, taken, closed)
                 for batch_id, course_id, total, taken, closed in session.execute(
                     select(Batch.id, Batch.course_id, Batch.seats_total, Batch.seats_taken,
                            Batch.closed).where(Batch.id.in_(batch_ids)))}
    seats: dict[int, dict[int, tuple[int, int, bool]]] = defaultdict(dict)
    for batch_id in batch_ids:
        if batch_id not in known:  # deleted: its course's change re-reads it
            continue
        course_id, total, taken, closed = known[batch_id]
        if course_id not in reloaded:
            seats[course_id][batch_id] = (total, taken, closed)
    patched = []
    for course_id, by_batch in seats.items():
        position = index.by_key.position(("course", course_id))
        if position is None:  # not listed: a seat never makes a course listed or unlisted
            continue
        offer = index.offer(position)  # the offer alone: no row made
        batches = tuple(_with_seats(batch, by_batch.get(batch.id)) for batch in offer.batches)
        if batches != offer.batches:
            patched.append(replace(offer, batches=batches))
    return patched


def _with_seats(batch: BatchOffer, seats: tuple[int, int, bool] | None) -> BatchOffer:
    if seats is None:
        return batch
    total, taken, closed = seats
    return replace(batch, seats_total=total, seats_taken=Batch.offered_taken(total, taken, closed))
