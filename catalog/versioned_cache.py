"""What a process keeps of the database, kept one way: a value per database (and per `part`, e.g.
the day an index is for), tagged with the version the database gave when it was made, and made
again, or brought up to date, when the database gives another.

The version is whatever the owner reads cheaply and the database changes with every write that
matters: the catalogue's version row (catalog/catalogue_version.py, one read by key, the same
whatever the size of the catalogue), or for a small table outside it a count with its highest
`updated_at` and id. Read the version first and the rows after: the value is then at least as
new as its tag, and a write in between only makes the next request catch up once more.

Used by the taxonomy (catalog/taxonomy.py), the catalogue index (catalog/index_cache.py) and
the schemes (catalog/matching.py). Bounded: `parts_kept` parts per database (the newest), and
`databases_kept` databases (the least recently stored go). Thread-safe: readers take no lock
when the value is current; one thread at a time makes or catches up a value, and the threads
that waited for it find it done.
"""
from __future__ import annotations

import operator
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from .catalogue_version import Version

T = TypeVar("T")


@dataclass(frozen=True)
class Entry(Generic[T]):
    version: Hashable
    value: T
    part: Hashable = None


@dataclass
class Stats:
    builds: int = 0
    patches: int = 0  # brought up to date without a build


def as_new_as(kept: Hashable, version: Hashable) -> bool:
    """`fresh` for the catalogue's version: the same epoch and no older (a value a listener
    brought further than the request's read is current); other versions: equal."""
    if isinstance(kept, Version) and isinstance(version, Version):
        return kept.epoch == version.epoch and kept.version >= version.version
    return kept == version


def database_key(session: Session) -> str:
    """The key of the session's database (its URL, password hidden)."""
    return session.get_bind().url.render_as_string(hide_password=True)


class VersionedCache(Generic[T]):
    """A value per (database, part), made by `build(session, part)` and kept while
    `fresh(kept_version, version)` holds (default: the versions are equal).

    `catch_up(session, entry, version, part)`, when given, is tried before a build: the value
    for `version` and `part` made from the entry kept (a patch), or None to build afresh. With
    `across_parts`, a part not kept is caught up from the newest part kept (`entry.part` says
    which: the index of a new day is yesterday's patched)."""

    def __init__(self, build: Callable[[Session, Hashable], T], *,
                 catch_up: Callable[[Session, Entry[T], Hashable, Hashable], T | None] | None = None,
                 fresh: Callable[[Hashable, Hashable], bool] = operator.eq,
                 across_parts: bool = False, parts_kept: int = 1, databases_kept: int = 4):
        self._build = build
        self._catch_up = catch_up
        self._fresh = fresh
        self._across_parts = across_parts
        self._parts_kept = parts_kept
        self._databases_kept = databases_kept
        self._lock = threading.RLock()  # re-entrant: a build that asks this cache again waits not
        self._entries: OrderedDict[str, OrderedDict[Hashable, Entry[T]]] = OrderedDict()
        self.stats: dict[str, Stats] = defaultdict(Stats)

    def clear(self) -> None:
        with self._lock:
            self._entries = OrderedDict()  # replaced, never changed: readers take no lock

    def kept(self, database: str) -> tuple[Hashable, Entry[T]] | None:
        """The newest part kept for `database` and its entry, if any."""
        parts = self._entries.get(database)  # never changed once stored: no lock needed
        if not parts:
            return None
        part = next(reversed(parts))
        return part, parts[part]

    def base(self, database: str, part: Hashable = None) -> Entry[T] | None:
        """The entry a request for `part` finds kept or is caught up from: its own, else (with
        `across_parts`) the newest part kept; None when there is none."""
        entry = self._get(database, part)
        if entry is None and self._across_parts:
            newest = self.kept(database)
            entry = newest[1] if newest is not None else None
        return entry

    def entry(self, session: Session, version: Hashable, part: Hashable = None) -> Entry[T]:
        """The entry for the session's database and `part` at `version` (read by the caller,
        before anything else it reads), kept, brought up to date, or built."""
        database = database_key(session)
        entry = self._get(database, part)
        if entry is not None and self._fresh(entry.version, version):
            return entry
        with self._lock:  # one build or catch-up at a time; the others wait and find it done
            entry = self._get(database, part)
            if entry is not None and self._fresh(entry.version, version):
                return entry
            value = None
            entry = self.base(database, part)
            if entry is not None and self._catch_up is not None:
                value = self._catch_up(session, entry, version, part)
            if value is not None:
                self.stats[database].patches += 1
            else:
                value = self._build(session, part)
                self.stats[database].builds += 1
            entry = Entry(version, value, part)
            self._put(database, part, entry)
            return entry

    def advance(self, database: str, part: Hashable,
                step: Callable[[Entry[T]], tuple[Hashable, T] | None]) -> bool:
        """Bring the entry kept for `database` and `part` on without a session: `step(entry)`
        gives the new version and value (what a notification carried), or None to leave it;
        under the lock, as a catch-up. Whether it was brought on."""
        with self._lock:
            entry = self._get(database, part)
            stepped = step(entry) if entry is not None else None
            if stepped is None:
                return False
            version, value = stepped
            self._put(database, part, Entry(version, value, part))
            self.stats[database].patches += 1
            return True

    def get(self, session: Session, version: Hashable, part: Hashable = None) -> T:
        return self.entry(session, version, part).value

    def _get(self, database: str, part: Hashable) -> Entry[T] | None:
        parts = self._entries.get(database)
        return parts.get(part) if parts is not None else None

    def _put(self, database: str, part: Hashable, entry: Entry[T]) -> None:
        """Store under the lock, copying the part map so that readers without the lock never
        see it change under them."""
        parts = OrderedDict(self._entries.get(database) or ())
        parts.pop(part, None)
        parts[part] = entry
        while len(parts) > self._parts_kept:
            parts.popitem(last=False)
        entries = OrderedDict(self._entries)
        entries.pop(database, None)
        entries[database] = parts
        while len(entries) > self._databases_kept:
            entries.popitem(last=False)
        self._entries = entries
