"""The catalogue, indexed once for fast matching: `CatalogIndex`.

Matching one survivor against 100,000 offers cannot run every rule on every offer. The index
keeps every listed offer as one position of numpy columns (`matcher.columns`): what the hard
rules and the factors ask of it, filed so that a query touches only the offers she could reach:

- offers that need presence sorted by grid cell (CELL_DEGREES cells, found by the box around the
  survivor's travel distance) and trade, so a query takes the runs of her cells, or of her
  trades in her cells (near misses, unblock alternatives, a cohort's markets);
- those among them with lodging (residential courses, jobs with accommodation), and remote
  offers, by trade.

Each position also carries a small signature id: the categorical conditions of the hard rules
(literacy, languages, women-only, ages, mode and device; `matcher.signature`), which the
row-by-row gathering (`matcher.candidates`) judges once per signature with the screens of the
rules. A property test checks
that the engine finds exactly what a brute-force pass over every offer finds.

Beside the columns the index keeps only the offers (`offer_at`, in position order), stored
compactly (`matcher.compact`: repeated values shared); a `matcher.rows.Row` is made for the
offers a query looks at (`row`), and `by_key` maps (kind, id) to them through the sorted keys.
Openings that are not published, or whose employer is not verified, are not indexed at all.

A patch appends to the columns and marks the old positions dead: a copy, no rebuild. A long-
running process that keeps an index should still call `gc.freeze()` after building it (the
offers are objects the cyclic garbage collector would walk now and then in a query).
"""

from __future__ import annotations

import copy
import math
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import replace

import numpy as np

from .candidates import keep_remote_positions
from .columns import Codes, Columns, cells_of, objects
from .compact import Interned
from .geo import bounding_box
from .keyed import Keyed
from .models import CourseOffer, Offer, OpeningOffer, TradeInfo
from .rows import CELL_DEGREES, Row, unknown_trade
from .signature import Access, Signature, signature_of


_GROWN = ("language_bits", "signatures", "_signature_ids", "accesses", "signature_access",
          "_access_ids")
"""The tables a patch may grow: copied by it, so the index it came from stays as it was."""


SEATED_KEPT = 1_000
"""Most offers `with_seats` keeps over `offer_at` before it writes them into a copy of it."""


class CatalogIndex:
    """The catalogue of courses (with batches) and openings, filed for matching. Immutable once
    built: a change of a few offers makes a new index with `patched` (or `add`, `remove`
    for one), which shares every array the change leaves alone, so queries running on
    the old index are never disturbed; building 100,000 offers afresh takes about a second."""

    def __init__(
        self,
        trades: Iterable[TradeInfo] | Mapping[str, TradeInfo],
        courses: Iterable[CourseOffer] = (),
        openings: Iterable[OpeningOffer] = (),
    ):
        trades = trades.values() if isinstance(trades, Mapping) else trades
        self.trades: dict[str, TradeInfo] = {trade.code: trade for trade in trades}
        self.language_bits: dict[str, int] = {}
        self.signatures: list[Signature] = []
        self._signature_ids: dict[Signature, int] = {}
        # How an offer is reached (presence, remote, device, hands-on): a few kinds, judged once
        # per query for the market of each trade.
        self.accesses: list[Access] = []
        self.signature_access: list[int] = []
        self._access_ids: dict[Access, int] = {}
        self._interned = Interned()
        self._rows: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        self.by_key = Keyed(self)

        offers: list[Offer] = sorted(courses, key=lambda c: c.id)
        offers += sorted((o for o in openings if o.is_listed), key=lambda o: o.id)
        offers = [self._interned.offer(offer) for offer in offers]
        signatures = [self._signature(offer) for offer in offers]
        self._file_accesses()
        self.offer_at = objects(offers)  # the offer of each position in the columns
        self._seated: dict[int, Offer] = {}  # offers `with_seats` put in place (over offer_at)
        self.columns = Columns(offers, *self._column_codes(signatures), Codes())
        self._settle()

    def _column_codes(self, signatures: list[int]) -> tuple[list[int], list[int], list[int]]:
        """The signature id, access id and language mask of each offer, as the columns file
        them."""
        table, access = self.signatures, self.signature_access
        return (signatures, [access[s] for s in signatures],
                [table[s].language_mask for s in signatures])

    def _file_accesses(self) -> None:
        for s in self.signatures[len(self.signature_access):]:
            access = s.access
            if access not in self._access_ids:
                self._access_ids[access] = len(self.accesses)
                self.accesses.append(access)
            self.signature_access.append(self._access_ids[access])

    def __len__(self) -> int:
        return len(self.columns.key_pos)

    def _settle(self) -> None:
        """What is read of every offer at once: the highest literacy level a listed bridge
        reaches (-1: none)."""
        c = self.columns
        self.max_raise_rank = int(c.raises[c.key_pos].max()) if len(c.key_pos) else -1

    def row(self, position: int) -> Row:
        """The row of the offer at a position of the columns (the same object while one lives:
        shared with the indexes patched from this one, where positions never move; made again
        for an offer `with_seats` put in its place)."""
        row = self._rows.get(position)
        if row is None or row.offer is not self.offer(position):
            row = self._rows[position] = self.new_row(position)
        return row

    def offer(self, position: int) -> Offer:
        """The offer at a position of the columns."""
        seated = self._seated.get(position)
        return self.offer_at[position] if seated is None else seated

    def new_row(self, position: int) -> Row:
        """A row of its own for the offer at a position (what a query makes and keeps)."""
        offer = self.offer(position)
        return Row(offer, self.trade(offer.trade), int(self.columns.signature[position]),
                   position)

    @property
    def rows(self) -> list[Row]:
        """Every row: courses by id, then openings by id."""
        return [self.row(p) for p in self.columns.key_pos.tolist()]

    def trade(self, code: str) -> TradeInfo:
        return self.trades.get(code) or unknown_trade(code)

    # --- building --------------------------------------------------------------------------------

    def language_mask(self, languages: Iterable[str]) -> int:
        mask = 0
        for code in languages:
            bit = self.language_bits.get(code)
            if bit is not None:
                mask |= bit
        return mask

    def _signature(self, offer: Offer) -> int:
        trade = self.trade(offer.trade)
        for code in sorted(offer.languages):
            self.language_bits.setdefault(code, 1 << len(self.language_bits))
        signature = signature_of(offer, trade, self.language_mask(offer.languages))
        signature_id = self._signature_ids.setdefault(signature, len(self.signatures))
        if signature_id == len(self.signatures):
            self.signatures.append(signature)
        return signature_id

    # --- patching -----------------------------------------------------------------------------

    def add(self, offer: Offer) -> CatalogIndex:
        """A new index with `offer` added (or put in place of the one with its kind and id)."""
        return self.patched(add=(offer,))

    def remove(self, kind: str, offer_id: int) -> CatalogIndex:
        """A new index without the offer of `kind` and `offer_id` (the same when absent)."""
        return self.patched(remove=((kind, offer_id),))

    def patched(self, remove: Iterable[tuple[str, int]] = (),
                add: Iterable[Offer] = ()) -> CatalogIndex:
        """A new index with the offers keyed (kind, id) in `remove` taken out and those in `add`
        filed (each in place of any with its kind and id; an opening that is not listed only
        takes the old one out). The new index equals one built afresh from the changed catalogue,
        shares whatever the change does not touch with this one, and leaves this one as it was.
        Cost: a copy of the columns (a memcpy) and a merge of their sorted runs."""
        new = object.__new__(CatalogIndex)
        new.__dict__.update(self.__dict__)
        new.by_key = Keyed(new)
        for name in _GROWN:
            setattr(new, name, copy.copy(getattr(self, name)))
        add = list(add)
        keys = set(remove) | {(offer.kind, offer.id) for offer in add}
        c = self.columns
        dead = [p for p in (self.by_key.position(key) for key in sorted(keys)) if p is not None]
        # remote openings' positions are cached per day: kept unless one moved
        remote_moved = any(c.kind[p] == 1 and not c.presence[p] for p in dead)
        fresh = [new._interned.offer(offer) for offer in add
                 if not (isinstance(offer, OpeningOffer) and not offer.is_listed)]
        remote_moved |= any(isinstance(o, OpeningOffer) and not o.needs_presence for o in fresh)
        signatures = [new._signature(offer) for offer in fresh]
        if not remote_moved:  # a seat or a course edit: the same positions (read-only maps)
            keep_remote_positions(self, new)
        new._file_accesses()
        new.offer_at = np.concatenate((self.offer_at, objects(fresh)))
        new._seated = {}
        for position, offer in self._seated.items():
            new.offer_at[position] = offer
        new.columns = c.patched(dead, fresh, *new._column_codes(signatures))
        if new.columns.needs_compacting:  # dead positions pile up: renumber the live ones
            new.columns, kept = new.columns.compacted()
            new.offer_at = new.offer_at[kept]
            new._rows = weakref.WeakValueDictionary()  # positions moved
        new._settle()
        return new

    def with_seats(self, courses: Iterable[CourseOffer]) -> CatalogIndex:
        """A new index with `courses` in place of the listed courses with their ids, when they
        differ from them only in the seats of their batches (a seat held or given back): it
        shares every column but the batches' seats with this one, and judges the days kept again
        for those courses alone (no merge, no day judged afresh). This one stays as it was. Any
        other change (or a course not listed) is filed by `patched`."""
        courses = list(courses)
        changed: dict[int, CourseOffer] = {}
        for course in courses:
            position = self.by_key.position(("course", course.id))
            if position is None or not _seats_only(self.offer(position), course):
                return self.patched(add=courses)
            changed[position] = course
        if not changed:
            return self
        new = object.__new__(CatalogIndex)
        new.__dict__.update(self.__dict__)
        new.by_key = Keyed(new)
        # the offers put in place over offer_at (a copy of it touches every offer: 2 ms at
        # 200,000), written into a copy only once they are many
        new._seated = dict(self._seated)
        new._seated.update((p, new._interned.offer(c)) for p, c in changed.items())
        if len(new._seated) > SEATED_KEPT:
            new.offer_at = self.offer_at.copy()
            for position, offer in new._seated.items():
                new.offer_at[position] = offer
            new._seated = {}
        new.columns = self.columns.with_seats(
            {position: [b.seats_available for b in course.batches]
             for position, course in changed.items()})
        keep_remote_positions(self, new)
        return new

    # --- queries -------------------------------------------------------------------------------

    def cells_near(self, lat: float, lon: float, radius_km: float) -> list[tuple[int, int]]:
        """Grid cells that may hold offers within `radius_km` (sorted, so queries are ordered)."""
        south, north, west, east = bounding_box(lat, lon, radius_km)
        rows = range(math.floor(south / CELL_DEGREES), math.floor(north / CELL_DEGREES) + 1)
        columns = range(math.floor(west / CELL_DEGREES), math.floor(east / CELL_DEGREES) + 1)
        occupied = self.columns.cell_keys
        if len(rows) * len(columns) > 2 * len(occupied):  # a wide box: the occupied cells in it
            return sorted(cell for cell in cells_of(occupied)
                          if cell[0] in rows and cell[1] in columns)
        return [(r, c) for r in rows for c in columns]


def _seats_only(old: Offer, new: Offer) -> bool:
    """Whether `new` is the course `old` but for the seats of its batches."""
    if type(new) is not CourseOffer or type(old) is not CourseOffer:
        return False
    if len(new.batches) != len(old.batches) or replace(new, batches=old.batches) != old:
        return False
    return all(replace(b, seats_total=a.seats_total, seats_taken=a.seats_taken) == a
               for a, b in zip(old.batches, new.batches))
