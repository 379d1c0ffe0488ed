"""The engine's index of the open catalogue, kept per process and brought up to date from the
catalogue's version row and change log (catalog/catalogue_version.py).

Each match reads the version row by its key, and in the same statement the changes logged since
the version kept (catalog/index_reads.py), which are none when the index is current: it is then
used as it is. When it moved, only the offers the changes name are read again and patched into a
new index (matcher/index.py): a seat hold puts in place the seats that one read brought (and
changes only the seats of the index, `with_seats`: every other column shared, no day judged
afresh), an edited opening re-reads one opening, an employer's verification that employer's
openings, a completion or hire the placement rates (one grouped query) and the courses whose
rate moved. A new day re-reads the listed courses with a batch that started since and drops the
listed openings that closed since (all that a day changes of what matching reads). Too many
changes at once, a change the log cannot name row by row, a log trimmed past this process, an
emptied version row or a day earlier than the one kept: the index is built afresh. Kept by
catalog/versioned_cache.py, two days at most (a request begun just before midnight still finds
its day).

On PostgreSQL a listener thread per database hears the NOTIFY each change sends
(catalog/catalogue_notify.py) and brings the index up to date at once, so the next request finds
it current: a seat change from the seats the notification carries, without a read. The version
row stays the authority, so a notification missed (a dropped connection) costs nothing but that
head start.
"""
from __future__ import annotations

import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from matcher import CatalogIndex

from . import catalogue_notify as notifications
from .catalogue_notify import Seats
from .catalogue_version import PENDING, Change, Version
from .index_reads import (
    NO_SOURCE,
    PATCH_LIMIT,
    READ,
    Read,
    changes_and_seats,
    dated_out,
    moved_placements,
    patchable,
    read_version_and_changes,
    seat_patches,
)
from .models import Batch, Opening
from .services import placement_rates
from .services.placement_rates import ObservedPlacements
from .taxonomy import trade_infos
from .versioned_cache import Entry, Stats, VersionedCache, as_new_as, database_key


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
        self._listeners: dict[str, notifications.Listener] = {}

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
        kept = self._cache.base(database_key(session), today)
        current, first, read = read_version_and_changes(
            session, kept.version if kept is not None else None, source, also)
        session.info.pop(READ, None)
        if read is not None:
            session.info[READ] = read
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
            session.info.pop(READ, None)  # used, or of no use once the version has moved
        pending = session.info.get(PENDING)
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
        if not patchable(kept, current) or entry.part > today:
            return None
        read: Read | None = session.info.get(READ)
        if (read is not None and read.epoch == kept.epoch and read.since <= kept.version
                and read.upto == current.version):  # read with the version: no second read
            changes = [change for change in read.changes if change.version > kept.version]
            seats = read.seats
        else:
            changes, seats = changes_and_seats(session, kept.version, current.version)
        dated = dated_out(session, entry.value.index, entry.part, today)
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
            course_ids |= moved_placements(session, kept.placements, placements)
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
        seated = seat_patches(session, index, ids["seats"], course_ids, seats)
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
            self._listeners[key] = notifications.Listener(
                notifications.libpq_url(engine.url), partial(self.heard, engine)).start()

    def heard(self, engine: Engine, epoch: str, version: int, seats: Seats | None) -> None:
        """What the listener does with a notification of `version`: a seats-only change the
        index kept is one version behind patched from the `seats` it carried (no read), else the
        index brought up to date as a request would (the version row read in a session of its
        own), so that the next request finds it current."""
        key = engine.url.render_as_string(hide_password=True)
        kept = self._cache.kept(key)
        if kept is None:
            return
        today, entry = kept
        if entry.version.epoch == epoch and entry.version.version >= version:
            return
        if seats is not None and self._cache.advance(
                key, today, lambda found: self._seated(found, epoch, version, seats)):
            return
        with Session(engine) as listening_session:
            self.index(listening_session, today)
            listening_session.rollback()

    @staticmethod
    def _seated(entry: Entry[Built], epoch: str, version: int, seats: Seats
                ) -> tuple[Version, Built] | None:
        """The entry one version on with `seats` put in place, if it is the version before."""
        kept: Version = entry.version
        if kept.epoch != epoch or kept.version != version - 1:
            return None
        index = entry.value.index
        seated = seat_patches(None, index, set(seats), set(), seats)
        if seated:
            index = index.with_seats(seated)
        return (Version(epoch, version, kept.log_from),
                Built(index, entry.value.placements))

    def listening(self, session: Session, timeout: float = 5.0) -> bool:
        """Wait until this process listens for changes of the session's database (PostgreSQL)."""
        self._ensure_listener(session)
        listener = self._listeners.get(database_key(session))
        return listener is not None and listener.listening.wait(timeout)
