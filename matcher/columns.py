"""The columnar half of the catalogue index (issue 19): every listed offer as one position in
numpy arrays, what the hard rules and the factors ask of it, and the grid cells as sorted runs.

A position never moves while an index is patched: a patch appends the offers it adds and marks
the ones it takes out dead (`live`), so the arrays of an index are never written once built (a
patch copies them, a memcpy: a few milliseconds at 200,000 offers). The index compacts them
(`matcher.index`) once dead positions pass COMPACT_SHARE.

- `by_cell`: live positions that need presence sorted by grid cell (then position), with the
  key of each cell once (`cell_keys`, `cell_lo`, `cell_hi`): a query takes the runs of the cells
  around her as slices;
- `lodging`, `remote`: live positions with lodging (that need presence) and remote ones;
- batches of courses as flat arrays (`b_owner` the position of the course), judged once per day
  (`day`): open, full, closed, the start of the batch a match names.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

from .factors import COLUMNS
from .models import CourseOffer
from .rows import CELL_DEGREES
from .signature import NO_MAX_AGE
from .vocabulary import Document, OpeningStatus

NO_DATE = 2**31 - 1
TRADE_SPAN = 1 << 20  # grid runs are keyed cell * TRADE_SPAN + trade id
COMPACT_SHARE = 0.25
DOCUMENT_BITS = {document: 1 << n for n, document in enumerate(Document)}
_REMOTE_DEVICES = {None: 0}


def cell_key(row, column):
    """One integer per grid cell (works on numpy arrays too)."""
    return (row + 4096) * 16384 + (column + 8192)


def cells_of(keys: np.ndarray) -> list[tuple[int, int]]:
    """The grid cells of keys (`cell_key` undone)."""
    return list(zip((keys // 16384 - 4096).tolist(), (keys % 16384 - 8192).tolist()))


def cell_keys(cells: list[tuple[int, int]], ordered: bool = True) -> np.ndarray:
    """The keys of the grid cells `cells`: sorted, or (not `ordered`) in the cells' order."""
    grid = np.array(cells, dtype=np.int64).reshape(len(cells), 2)
    keys = cell_key(grid[:, 0], grid[:, 1])
    return np.sort(keys) if ordered else keys


def document_mask(documents) -> int:
    mask = 0
    for document in documents:
        mask |= DOCUMENT_BITS[document]
    return mask


def _spans(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The indexes lo[0]..hi[0]-1, lo[1]..hi[1]-1, ... in one array."""
    sizes = hi - lo
    keep = sizes > 0
    lo, sizes = lo[keep], sizes[keep]
    if not len(lo):
        return np.zeros(0, np.int64)
    starts = np.cumsum(sizes) - sizes
    return np.repeat(lo - starts, sizes) + np.arange(int(sizes.sum()))


def objects(rows: list) -> np.ndarray:
    """Rows in a numpy array of objects: one object the cyclic garbage collector does not walk
    (a list of every row would be walked after each patch, before `gc.freeze()` again)."""
    array = np.empty(len(rows), dtype=object)
    array[:] = rows
    return array


def _tally(ordinal: int, owner: np.ndarray, b_start: np.ndarray, b_deadline: np.ndarray,
           b_seats: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of each of `n` courses, from its batches (`owner` its number 0..n-1) on a day: how many
    are upcoming, whether none of those has a seat left (and one is upcoming), and the start of
    the first upcoming one with seats (NO_DATE: none)."""
    upcoming = (ordinal <= b_deadline) & (ordinal < b_start)
    with_seats = upcoming & (b_seats > 0)
    n_upcoming = np.bincount(owner, weights=upcoming, minlength=n)
    n_seats = np.bincount(owner, weights=with_seats, minlength=n)
    best = np.full(n, NO_DATE, np.int32)
    np.minimum.at(best, owner[with_seats], b_start[with_seats])
    return n_upcoming, (n_upcoming > 0) & (n_seats == 0), best


class Day(NamedTuple):
    """What the batches and closing dates say on one day, per position."""

    closed: np.ndarray
    no_capacity: np.ndarray
    open_opening: np.ndarray
    best_start: np.ndarray  # ordinal of the batch a match names (courses; NO_DATE: none)


_FIELDS = {  # name: dtype
    "kind": np.int8, "ident": np.int64, "trade": np.int32, "district": np.int32,
    "access": np.int16, "phi": np.float64, "lam": np.float64, "cos_phi": np.float64,
    "cell": np.int64, "presence": np.bool_, "lodging": np.bool_, "lit": np.int8,
    "raises": np.int8, "lang": np.int64, "women": np.bool_, "min_age": np.int16,
    "max_age": np.int16, "docs": np.int32, "positions": np.int32, "closes": np.int32,
    "status_closed": np.bool_, "signature": np.int32,
}
KIND_SPAN = 1 << 40  # offers are keyed kind * KIND_SPAN + id (`key_pos`)


class Codes:
    """Trade codes and district keys numbered for the columns (a patch numbers new ones in a
    copy: numbers never change)."""

    def __init__(self):
        self.trades: dict[str, int] = {}
        self.districts: dict[str, int] = {}

    def copied(self) -> Codes:
        """A copy to grow (a patch's: the codes of a published index never change, so queries
        running on it may walk them while another thread patches)."""
        new = Codes()
        new.trades, new.districts = dict(self.trades), dict(self.districts)
        return new

    def trade(self, code: str) -> int:
        return self.trades.setdefault(code, len(self.trades))

    def district(self, key: str) -> int:
        return self.districts.setdefault(key, len(self.districts))


def _values(offer, signature: int, access: int, language_mask: int, codes: Codes) -> tuple:
    phi, lam = math.radians(offer.latitude), math.radians(offer.longitude)
    cell = cell_key(math.floor(offer.latitude / CELL_DEGREES),
                    math.floor(offer.longitude / CELL_DEGREES))
    course = isinstance(offer, CourseOffer)
    raises = offer.raises_literacy_to if course else None
    closes = None if course else offer.closes_on
    return (0 if course else 1, offer.id, codes.trade(offer.trade), codes.district(offer.district),
            access, phi, lam, math.cos(phi), cell, offer.needs_presence, offer.lodging,
            offer.min_literacy.rank, -1 if raises is None else raises.rank, language_mask,
            offer.women_only, offer.effective_min_age,
            NO_MAX_AGE if offer.max_age is None else offer.max_age,
            document_mask(offer.documents_required), 0 if course else offer.positions_available,
            NO_DATE if closes is None else closes.toordinal(),
            not course and offer.status is OpeningStatus.CLOSED, signature)


class Columns:
    """The columns of the listed offers (see the module docstring). `offers` in position order;
    `signatures[n]` the signature id, `accesses[n]` the access id and `languages[n]` the language
    mask of each."""

    def __init__(self, offers: list, signatures: list[int], accesses: list[int],
                 languages: list[int], codes: Codes):
        self.codes = codes
        self.n = 0
        self.dead = 0
        for name, dtype in _FIELDS.items():
            setattr(self, name, np.zeros(0, dtype))
        self.factor = np.zeros((0, len(COLUMNS)))
        self.live = np.zeros(0, np.bool_)
        for name in ("b_owner", "b_start", "b_deadline", "b_seats"):
            setattr(self, name, np.zeros(0, np.int32))
        self._append(offers, signatures, accesses, languages)
        self.live = np.ones(self.n, np.bool_)
        self._file(np.arange(self.n, dtype=np.int32))
        self._days: dict[int, Day] = {}

    def _append(self, offers: list, signatures: list[int], accesses: list[int],
                languages: list[int]) -> None:
        start, codes = self.n, self.codes
        table = [_values(offer, signature, access, mask, codes) for offer, signature, access, mask
                 in zip(offers, signatures, accesses, languages, strict=True)]
        for n, (name, dtype) in enumerate(_FIELDS.items()):
            fresh = np.fromiter((values[n] for values in table), dtype, len(table))
            setattr(self, name, np.concatenate((getattr(self, name), fresh)))
        fresh = np.array([[column(offer) for _name, column in COLUMNS] for offer in offers],
                         dtype=np.float64).reshape(len(offers), len(COLUMNS))
        self.factor = np.concatenate((self.factor, fresh))
        batches = [(start + n, b.start_date.toordinal(), b.application_deadline.toordinal(),
                    b.seats_available)
                   for n, offer in enumerate(offers) if isinstance(offer, CourseOffer)
                   for b in offer.batches]
        fresh_batches = np.array(batches, dtype=np.int32).reshape(len(batches), 4)
        for n, name in enumerate(("b_owner", "b_start", "b_deadline", "b_seats")):
            setattr(self, name, np.concatenate((getattr(self, name), fresh_batches[:, n])))
        self.n = start + len(offers)

    def _file(self, fresh: np.ndarray, kept: Columns | None = None) -> None:
        """File the positions `fresh` (appended) after those `kept` has filed that still live:
        need presence by (cell, trade), with lodging and remote by trade."""
        presence, lodging = self.presence[fresh], self.lodging[fresh]
        runs = {"by_cell": fresh[presence], "lodging_pos": fresh[presence & lodging],
                "remote_pos": fresh[~presence], "key_pos": fresh}
        for name, pos in runs.items():
            keys = self._run_keys(name, pos)
            order = np.argsort(keys, kind="stable")
            pos, keys = pos[order], keys[order]
            if kept is not None:
                old, old_keys = getattr(kept, name), getattr(kept, name + "_keys")
                alive = self.live[old]
                old, old_keys = old[alive], old_keys[alive]
                at = np.searchsorted(old_keys, keys, side="right")
                pos, keys = np.insert(old, at, pos), np.insert(old_keys, at, keys)
            setattr(self, name, pos.astype(np.int32))
            setattr(self, name + "_keys", keys)
        cells = self.by_cell_keys // TRADE_SPAN
        starts = np.flatnonzero(np.r_[True, cells[1:] != cells[:-1]]) if len(cells) else cells
        self.cell_keys = cells[starts]
        self.cell_lo = starts
        self.cell_hi = np.r_[starts[1:], len(cells)].astype(np.int64)

    def _run_keys(self, name: str, pos: np.ndarray) -> np.ndarray:
        """What the run `name` is sorted by: (cell, trade), (kind, id) or the trade."""
        if name == "by_cell":
            return self.cell[pos] * TRADE_SPAN + self.trade[pos]
        if name == "key_pos":
            return self.kind[pos].astype(np.int64) * KIND_SPAN + self.ident[pos]
        return self.trade[pos].astype(np.int64)

    def patched(self, dead: list[int], offers: list, signatures: list[int], accesses: list[int],
                languages: list[int]) -> Columns:
        """New columns: the positions `dead` marked dead, `offers` appended (this one
        unchanged)."""
        new = object.__new__(Columns)
        new.__dict__.update(self.__dict__)
        new.live = self.live.copy()
        new.live[np.asarray(dead, dtype=np.int64)] = False
        new.dead = self.dead + len(dead)
        new.codes = self.codes.copied()
        start = new.n
        new._append(offers, signatures, accesses, languages)
        new.live = np.concatenate((new.live, np.ones(len(offers), np.bool_)))
        new._file(np.arange(start, new.n, dtype=np.int32), kept=self)
        # the days judged already: only the appended positions are judged (dead ones are never
        # gathered again)
        new._days = {ordinal: Day(*(np.concatenate((old, fresh)) for old, fresh in
                                    zip(day, new._judge(ordinal, start, len(self.b_owner)))))
                     for ordinal, day in self._days.items()}
        return new

    def with_seats(self, seats: dict[int, list[int]]) -> Columns:
        """New columns with the seats left of the batches of some courses (`seats`: position ->
        the seats of its batches, in order), sharing every other array with this one (unchanged):
        `b_seats` copied, and the days judged already judged again for those positions only."""
        new = object.__new__(Columns)
        new.__dict__.update(self.__dict__)
        order = sorted(seats)
        positions = np.array(order, dtype=np.int64)
        at = self.batches_of(positions)
        new.b_seats = self.b_seats.copy()
        new.b_seats[at] = np.fromiter((n for p in order for n in seats[p]), np.int32, len(at))
        new._days = {}
        for ordinal, day in list(self._days.items()):
            no_capacity, best_start = day.no_capacity.copy(), day.best_start.copy()
            fresh = new._judge_batches(ordinal, positions, at)
            no_capacity[positions], best_start[positions] = fresh
            new._days[ordinal] = day._replace(no_capacity=no_capacity, best_start=best_start)
        return new

    def batches_of(self, positions: np.ndarray) -> np.ndarray:
        """The batches of the positions `positions` (sorted), in order (`b_owner` is sorted: a
        patch appends, compacting keeps the order)."""
        # in b_owner's dtype: searchsorted would otherwise cast all of b_owner (O(n)) each call
        positions = positions.astype(self.b_owner.dtype, copy=False)
        lo = np.searchsorted(self.b_owner, positions, side="left")
        hi = np.searchsorted(self.b_owner, positions, side="right")
        return _spans(lo, hi)

    def _judge_batches(self, ordinal: int, positions: np.ndarray, at: np.ndarray
                       ) -> tuple[np.ndarray, np.ndarray]:
        """`no_capacity` and `best_start` of the courses at `positions` (sorted, distinct), from
        their batches `at` (as `_judge` finds them)."""
        owner = np.searchsorted(positions, self.b_owner[at])
        _n_upcoming, no_seats, best = _tally(ordinal, owner, self.b_start[at],
                                             self.b_deadline[at], self.b_seats[at], len(positions))
        return no_seats, best

    @property
    def needs_compacting(self) -> bool:
        return self.dead > COMPACT_SHARE * max(self.n, 1000)

    def compacted(self) -> tuple[Columns, np.ndarray]:
        """New columns of the live positions only, renumbered in order, and the old position of
        each new one (arrays taken by numpy, nothing walked in Python)."""
        kept = np.flatnonzero(self.live)
        new = object.__new__(Columns)
        new.__dict__.update(self.__dict__)
        new._days, new.n, new.dead = {}, len(kept), 0
        for name in _FIELDS:
            setattr(new, name, getattr(self, name)[kept])
        new.factor = self.factor[kept]
        renumber = np.cumsum(self.live) - 1
        alive = self.live[self.b_owner]
        new.b_owner = renumber[self.b_owner[alive]].astype(np.int32)
        for name in ("b_start", "b_deadline", "b_seats"):
            setattr(new, name, getattr(self, name)[alive])
        new.live = np.ones(new.n, np.bool_)
        new._file(np.arange(new.n, dtype=np.int32))
        return new, kept

    def position(self, kind_order: int, offer_id: int) -> int | None:
        """The live position of an offer (None: not listed), by the sorted keys."""
        key = kind_order * KIND_SPAN + offer_id
        at = int(np.searchsorted(self.key_pos_keys, key))
        if at < len(self.key_pos_keys) and self.key_pos_keys[at] == key:
            return int(self.key_pos[at])
        return None

    # --- queries -----------------------------------------------------------------------------

    def in_cells(self, keys: np.ndarray) -> np.ndarray:
        """Live positions that need presence in the cells of `keys` (sorted cell keys)."""
        at = np.searchsorted(self.cell_keys, keys)
        inside = at < len(self.cell_keys)
        at, keys = at[inside], keys[inside]
        at = at[self.cell_keys[at] == keys]
        if not len(at):
            return self.by_cell[:0]
        lo, hi = self.cell_lo[at], self.cell_hi[at]
        if len(at) == 1:
            return self.by_cell[lo[0]:hi[0]]
        return np.concatenate([self.by_cell[a:b] for a, b in zip(lo.tolist(), hi.tolist())])

    def of_trades(self, name: str, trades: np.ndarray, cells: np.ndarray | None = None):
        """Live positions of the run `name` ("by_cell": in the cells of keys `cells`;
        "lodging_pos", "remote_pos") of the trade ids `trades`, without a pass over the others."""
        keys = getattr(self, name + "_keys")
        wanted = trades.astype(np.int64)
        if cells is not None:
            wanted = (cells[:, None] * TRADE_SPAN + wanted[None, :]).ravel()
        lo = np.searchsorted(keys, wanted, side="left")
        hi = np.searchsorted(keys, wanted, side="right")
        return getattr(self, name)[_spans(lo, hi)]

    def distance(self, pos: np.ndarray, phi: float, lam: float, cos_phi: float) -> np.ndarray:
        """Great-circle km from a point to each position (`matcher.geo.haversine_radians`)."""
        half_dphi = np.sin((self.phi[pos] - phi) / 2.0)
        half_dlambda = np.sin((self.lam[pos] - lam) / 2.0)
        a = half_dphi * half_dphi + cos_phi * self.cos_phi[pos] * half_dlambda * half_dlambda
        return 2.0 * 6371.0088 * np.arcsin(np.minimum(1.0, np.sqrt(a)))

    def day(self, ordinal: int) -> Day:
        """The batches and closing dates judged on a day (cached, a few days kept)."""
        found = self._days.get(ordinal)
        if found is None:
            if len(self._days) > 4:
                self._days.clear()
            found = self._days[ordinal] = self._judge(ordinal)
        return found

    def _judge(self, ordinal: int, start: int = 0, first_batch: int = 0) -> Day:
        """The day's state of positions from `start` on (whose batches start at `first_batch`)."""
        n = self.n - start
        owner = self.b_owner[first_batch:] - start
        batches = np.bincount(owner, minlength=n)
        n_upcoming, no_seats, best = _tally(ordinal, owner, self.b_start[first_batch:],
                                            self.b_deadline[first_batch:],
                                            self.b_seats[first_batch:], n)
        course = self.kind[start:] == 0
        positions, closes = self.positions[start:], self.closes[start:]
        closed = np.where(course, (batches == 0) | (n_upcoming == 0),
                          self.status_closed[start:] | (closes < ordinal))
        no_capacity = np.where(course, no_seats, positions <= 0)
        open_opening = ~course & (positions > 0) & (ordinal <= closes)
        return Day(closed, no_capacity, open_opening, best)
