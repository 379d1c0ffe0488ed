"""What the index cache (catalog/index_cache.py) reads of the database to bring its index up to
date: the version row with the changes logged since the version kept and the seats of the
batches they name, in one statement; the seats of batches as a seat patch puts them in place;
what a new day dates out; the courses whose placement rate moved.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from matcher import CatalogIndex
from matcher.models import BatchOffer

from .catalogue_notify import Seats
from .catalogue_version import ROW_ID, Change, Version
from .models import Batch, CatalogueChange, CatalogueVersion, Course, Opening
from .services.placement_rates import ObservedPlacements

PATCH_LIMIT = 2_000
"""Most offers one catch-up re-reads; beyond, the index is built afresh."""

NO_SOURCE = "(SELECT 1 AS one) AS one"
_CURRENT = (
    "SELECT v.epoch, v.version, v.log_from, c.version AS changed, c.kind, c.ref_id, b.course_id,"
    " b.seats_total, b.seats_taken, b.closed{also} FROM {source}"
    f" LEFT JOIN {CatalogueVersion.__tablename__} AS v ON v.id = {ROW_ID}"
    f" LEFT JOIN {CatalogueChange.__tablename__} AS c ON v.epoch = :epoch"
    " AND c.version > :kept AND c.version <= v.version"
    f" AND v.version - :kept <= {PATCH_LIMIT} AND v.log_from <= :kept + 1"
    f" LEFT JOIN {Batch.__tablename__} AS b ON c.kind = 'seats' AND b.id = c.ref_id"
    " ORDER BY c.version, c.id")
"""The version row with the changes logged since the version kept (when a patch can follow:
the same epoch, the log not trimmed past it, at most PATCH_LIMIT versions) and the seats of the
batches they name as seat changes: what a request behind needs, in the one round trip it pays
anyway. `source` is a row read beside it (matching's schemes' version), `also` its columns."""
READ = "index_cache_read"
"""session.info key: the `Read` of the version the session read last (`read_current`)."""


@dataclass(frozen=True)
class Read:
    """The changes after `since` up to `upto` in `epoch`, read with the version row, and the
    seats of the batches they name (batch id -> course id, total, taken, closed)."""
    epoch: str
    since: int
    upto: int
    changes: list[Change]
    seats: Seats


@lru_cache(maxsize=16)
def _current_sql(paramstyle: str, source: str, also: str) -> str:
    sql = _CURRENT.format(source=source, also=also)
    if paramstyle == "pyformat":  # psycopg
        sql = sql.replace(":epoch", "%(epoch)s").replace(":kept", "%(kept)s")
    return sql


def read_version_and_changes(session: Session, since: Version | None, source: str, also: str
                             ) -> tuple[Version, Sequence[Any], Read | None]:
    """The version row (`Version(None, 0, 0)` when there is none), the first row read (with
    `source`'s columns), and the changes since `since` with their seats when the read brought
    them all (a patch can follow), in one statement (`_CURRENT`)."""
    connection = session.connection()
    rows = connection.exec_driver_sql(
        _current_sql(connection.dialect.paramstyle, source, also),
        {"epoch": since.epoch if since else None, "kept": since.version if since else -1},
    ).all()
    first = rows[0]
    if first.epoch is None:
        return Version(None, 0, 0), first, None
    current = Version(first.epoch, first.version, first.log_from)
    if since is None or not patchable(since, current):
        return current, first, None  # the read brought no change: none can be patched
    changes, seats = _collected(
        (row.changed, row.kind, row.ref_id, row.course_id, row.seats_total, row.seats_taken,
         row.closed) for row in rows if row.changed is not None)
    return current, first, Read(current.epoch, since.version, current.version, changes, seats)


def patchable(kept: Version, current: Version) -> bool:
    """Whether an index kept at `kept` can be patched to `current` from the change log: the same
    epoch, the log not trimmed past it, at most PATCH_LIMIT versions behind (`_CURRENT` asks the
    same of the rows it joins)."""
    return (kept.epoch == current.epoch and kept.version >= current.log_from - 1
            and current.version - kept.version <= PATCH_LIMIT)


def _collected(rows) -> tuple[list[Change], Seats]:
    """Changes and the seats of the batches they name as seat changes, from rows of (version,
    kind, ref_id, course id, total, taken, closed), the batch columns None but for seats."""
    changes, seats = [], {}
    for version, kind, ref_id, course_id, total, taken, closed in rows:
        changes.append(Change(version, kind, ref_id))
        if kind == "seats" and course_id is not None:
            seats[ref_id] = (course_id, total, taken, bool(closed))
    return changes, seats


def moved_placements(session: Session, before: ObservedPlacements,
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


def dated_out(session: Session, index: CatalogIndex, before: date, today: date
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


def changes_and_seats(session: Session, since: int, upto: int) -> tuple[list[Change], Seats]:
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
    return _collected(session.execute(query))


def seat_patches(session: Session | None, index: CatalogIndex, batch_ids: set[int],
                 reloaded: set[int], known: Seats | None = None) -> list:
    """Courses of the index with the seats of `batch_ids` as they are now (`known`, else one
    query by id: no session needed when `known` has them all); a course re-read whole anyway is
    left to that."""
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
