"""The catalogue, indexed once for fast matching: `CatalogIndex`.

Matching one survivor against 100,000 offers cannot run every rule on every offer. The index
keeps, per offer, a row of precomputed constants, and files the rows so that a query touches
only those the survivor could reach:

- offers that need presence (in-person and blended courses, on-site and hybrid openings) in a
  grid of CELL_DEGREES cells, found by the box around the survivor's travel distance (and in a
  grid per trade, for near misses);
- those among them with lodging (residential courses, jobs with accommodation) also in lists of
  their own (and by trade), for survivors who would relocate;
- remote offers by signature and by trade.

Each row also carries a small signature id: the categorical conditions of the hard rules
(literacy, languages, women-only, ages, mode and device; `matcher.signature`), which
`matcher.wanted` judges once per signature with the screens of the rules. A property test checks
that the engine finds exactly what a brute-force pass over every offer finds. Rows are
`matcher.rows`, the key map `matcher.keyed`.

Openings that are not published, or whose employer is not verified, are not indexed at all.

The columnar engine reads the offers as numpy arrays, `columns` (`matcher.columns`; `row_at`:
the row of each position); a patch appends to them and marks the old dead: a copy, no rebuild.

An index over 100,000 offers holds about a million small objects; a long-running process that
keeps one should call `gc.freeze()` after building it, or the cyclic garbage collector will
walk it now and then in the middle of a query (tens of milliseconds; see bench/bench_matcher.py).
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np

from .candidates import keep_remote_positions
from .columns import Codes, Columns, objects
from .geo import bounding_box
from .keyed import Keyed
from .models import CourseOffer, Offer, OpeningOffer, TradeInfo
from .rows import CELL_DEGREES, Row, by_signature, cell_of, row_order, unknown_trade
from .signature import Access, Signature, signature_of


class CatalogIndex:
    """The catalogue of courses (with batches) and openings, filed for matching. Immutable once
    built: a change of a few offers makes a new index with `patched` (or `add`, `remove`,
    `replace` for one), which shares every structure the change leaves alone, so queries running
    on the old index are never disturbed; building 100,000 offers afresh takes about a second."""

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

        offers: list[Offer] = sorted(courses, key=lambda c: c.id)
        offers += sorted((o for o in openings if o.is_listed), key=lambda o: o.id)
        rows: list[Row] = [self._row(offer) for offer in offers]
        self.by_key = Keyed({(row.kind, row.id): row for row in rows})

        self._file_fresh(rows)
        # How an offer is reached (presence, remote, device, hands-on): a few kinds, judged once
        # per query for the market of each trade.
        self.accesses: list[Access] = []
        self.signature_access: list[int] = []
        self._access_ids: dict[Access, int] = {}
        self._file_accesses()
        self._raise_counts: dict[int, int] = {}
        for row in rows:
            self._raise_counts[row.raises_rank] = self._raise_counts.get(row.raises_rank, 0) + 1
        self.max_raise_rank = max(self._raise_counts, default=-1)
        self.row_at = objects(rows)  # the row of each position in the columns
        self.columns = Columns(rows, *self._column_codes(rows), Codes())

    def _column_codes(self, rows: list[Row]) -> tuple[list[int], list[int]]:
        """The access id and the language mask of each row, as the columns file them."""
        signatures, access = self.signatures, self.signature_access
        return ([access[row.signature] for row in rows],
                [signatures[row.signature].language_mask for row in rows])

    def _file_fresh(self, rows: list[Row]) -> None:
        """File the rows of a fresh build (`patched` files one row at a time, `_places`)."""
        self.grid_courses: dict[tuple[int, int], list[Row]] = defaultdict(list)
        self.grid_openings: dict[tuple[int, int], list[Row]] = defaultdict(list)
        self.grid_by_trade: dict[str, dict[tuple[int, int], list[Row]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.lodging_courses: list[Row] = []
        self.lodging_openings: list[Row] = []
        self.remote_openings: list[Row] = []
        self.remote_by_signature: dict[int, list[Row]] = defaultdict(list)
        self.remote_by_trade: dict[str, list[Row]] = defaultdict(list)
        self.lodging_by_trade: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            course = row.kind == "course"
            if row.needs_presence:
                cell = cell_of(row.lat, row.lon)
                (self.grid_courses if course else self.grid_openings)[cell].append(row)
                self.grid_by_trade[row.trade][cell].append(row)
                if row.lodging:
                    (self.lodging_courses if course else self.lodging_openings).append(row)
                    self.lodging_by_trade[row.trade].append(row)
            else:
                self.remote_by_signature[row.signature].append(row)
                self.remote_by_trade[row.trade].append(row)
                if not course:
                    self.remote_openings.append(row)
        # Rows of one cell sorted by signature: a query judges each run of equal signatures once.
        self.grid_courses = {c: sorted(r, key=by_signature) for c, r in self.grid_courses.items()}
        self.grid_openings = {c: sorted(r, key=by_signature) for c, r in self.grid_openings.items()}
        self.grid_by_trade = {t: dict(cells) for t, cells in self.grid_by_trade.items()}
        self.remote_by_signature = dict(sorted(self.remote_by_signature.items()))
        self.remote_by_trade = dict(self.remote_by_trade)
        self.lodging_by_trade = dict(self.lodging_by_trade)

    def _file_accesses(self) -> None:
        for s in self.signatures[len(self.signature_access):]:
            access = s.access
            if access not in self._access_ids:
                self._access_ids[access] = len(self.accesses)
                self.accesses.append(access)
            self.signature_access.append(self._access_ids[access])

    def __len__(self) -> int:
        return len(self.by_key)

    @property
    def rows(self) -> list[Row]:
        """Every row: courses by id, then openings by id."""
        return sorted(self.by_key.values(), key=row_order)

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

    def _row(self, offer: Offer) -> Row:
        trade = self.trade(offer.trade)
        for code in sorted(offer.languages):
            self.language_bits.setdefault(code, 1 << len(self.language_bits))
        signature = signature_of(offer, trade, self.language_mask(offer.languages))
        signature_id = self._signature_ids.setdefault(signature, len(self.signatures))
        if signature_id == len(self.signatures):
            self.signatures.append(signature)
        return Row(offer, trade, signature_id)

    # --- patching -----------------------------------------------------------------------------

    def add(self, offer: Offer) -> CatalogIndex:
        """A new index with `offer` added (or put in place of the one with its kind and id)."""
        return self.patched(add=(offer,))

    def remove(self, kind: str, offer_id: int) -> CatalogIndex:
        """A new index without the offer of `kind` and `offer_id` (the same when absent)."""
        return self.patched(remove=((kind, offer_id),))

    def replace(self, offer: Offer) -> CatalogIndex:
        """A new index with `offer` in place of the one with its kind and id."""
        return self.patched(add=(offer,))

    def patched(self, remove: Iterable[tuple[str, int]] = (),
                add: Iterable[Offer] = ()) -> CatalogIndex:
        """A new index with the offers keyed (kind, id) in `remove` taken out and those in `add`
        filed (each in place of any with its kind and id; an opening that is not listed only
        takes the old one out). The new index equals one built afresh from the changed catalogue,
        shares whatever the change does not touch with this one, and leaves this one as it was.
        Cost: a copy of the key map and of the lists the changed rows sit in."""
        new = object.__new__(CatalogIndex)
        new.__dict__.update(self.__dict__)
        new.by_key = self.by_key.layered()
        new.language_bits = dict(self.language_bits)
        new.signatures = list(self.signatures)
        new._signature_ids = dict(self._signature_ids)
        new.accesses = list(self.accesses)
        new.signature_access = list(self.signature_access)
        new._access_ids = dict(self._access_ids)
        new._raise_counts = dict(self._raise_counts)
        new._copied = set()
        add = list(add)
        keys = set(remove) | {(offer.kind, offer.id) for offer in add}
        remote_moved = False  # remote openings' positions are cached per day: kept unless moved
        dead, fresh = [], []
        for key in sorted(keys):
            row = new.by_key.pop(key, None)
            if row is not None:
                remote_moved |= row.kind == "opening" and not row.needs_presence
                new._unfile(row)
                dead.append(new.columns.position(row.kind_order, row.id))
        for offer in add:
            if isinstance(offer, OpeningOffer) and not offer.is_listed:
                continue
            row = new._row(offer)
            remote_moved |= row.kind == "opening" and not row.needs_presence
            fresh.append(row)
            new.by_key[(row.kind, row.id)] = row
            new._file(row)
        if not remote_moved:  # a seat or a course edit: the same positions (read-only maps)
            keep_remote_positions(self, new)
        new._file_accesses()
        new.row_at = np.concatenate((self.row_at, objects(fresh)))
        new.columns = self.columns.patched(dead, fresh, *new._column_codes(fresh))
        if ("remote_by_signature",) in new._copied:  # a fresh build keeps signatures in order
            new.remote_by_signature = dict(sorted(new.remote_by_signature.items()))
        new.max_raise_rank = max((rank for rank, n in new._raise_counts.items() if n),
                                 default=-1)
        del new._copied
        new.by_key.settle()
        if new.columns.needs_compacting:  # dead positions pile up: renumber the live ones
            new.columns, kept = new.columns.compacted()
            new.row_at = new.row_at[kept]
        return new

    def _own(self, holder_name: str, *path):
        """The container at `holder_name[path...]`, copied once in this patch (copy on write);
        missing levels are made."""
        holder = getattr(self, holder_name)
        if (holder_name,) not in self._copied:
            holder = dict(holder) if isinstance(holder, dict) else list(holder)
            setattr(self, holder_name, holder)
            self._copied.add((holder_name,))
        for depth, step in enumerate(path):
            inner_key = (holder_name, *path[: depth + 1])
            last = depth == len(path) - 1
            inner = holder.get(step)
            if inner is None:  # missing, or pruned earlier in this patch
                inner = holder[step] = [] if last else {}
                self._copied.add(inner_key)
            elif inner_key not in self._copied:
                inner = holder[step] = list(inner) if isinstance(inner, list) else dict(inner)
                self._copied.add(inner_key)
            holder = inner
        return holder

    def _places(self, row: Row) -> list[tuple[tuple, object]]:
        """Where a row is filed: (holder and path, sort key of the list)."""
        course = row.kind == "course"
        places: list[tuple[tuple, object]] = []
        if row.needs_presence:
            cell = cell_of(row.lat, row.lon)
            places.append((("grid_courses" if course else "grid_openings", cell), by_signature))
            places.append((("grid_by_trade", row.trade, cell), row_order))
            if row.lodging:
                places.append((("lodging_courses" if course else "lodging_openings",),
                               row_order))
                places.append((("lodging_by_trade", row.trade), row_order))
        else:
            places.append((("remote_by_signature", row.signature), row_order))
            places.append((("remote_by_trade", row.trade), row_order))
            if not course:
                places.append((("remote_openings",), row_order))
        return places

    def _file(self, row: Row) -> None:
        for (name, *path), order in self._places(row):
            rows = self._own(name, *path)
            bisect.insort(rows, row, key=order)
        self._raise_counts[row.raises_rank] = self._raise_counts.get(row.raises_rank, 0) + 1

    def _unfile(self, row: Row) -> None:
        for (name, *path), _order in self._places(row):
            rows = self._own(name, *path)
            rows[:] = [other for other in rows if other is not row]
            if not rows and path:
                self._prune(name, path)
        self._raise_counts[row.raises_rank] -= 1

    def _prune(self, name: str, path: list) -> None:
        """Drop empty lists and maps left by a removal, as a fresh build would not have them."""
        holders = [getattr(self, name)]
        for step in path[:-1]:
            holders.append(holders[-1][step])
        for depth in range(len(path) - 1, -1, -1):
            if not holders[depth][path[depth]]:
                del holders[depth][path[depth]]
            else:
                break

    # --- queries -------------------------------------------------------------------------------

    def cells_near(self, lat: float, lon: float, radius_km: float) -> list[tuple[int, int]]:
        """Grid cells that may hold offers within `radius_km` (sorted, so queries are ordered)."""
        south, north, west, east = bounding_box(lat, lon, radius_km)
        rows = range(math.floor(south / CELL_DEGREES), math.floor(north / CELL_DEGREES) + 1)
        columns = range(math.floor(west / CELL_DEGREES), math.floor(east / CELL_DEGREES) + 1)
        if len(rows) * len(columns) > 2 * (len(self.grid_courses) + len(self.grid_openings)):
            occupied = set(self.grid_courses) | set(self.grid_openings)
            return sorted(cell for cell in occupied if cell[0] in rows and cell[1] in columns)
        return [(r, c) for r in rows for c in columns]
