"""Step 1 of a query, row by row: the candidates of one survivor, and the market of each trade
within her reach (see `matcher.engine`). The engine gathers them as arrays
(`matcher.columnar.Pool`, and for a cohort's wanted courses `matcher.wanted`); `gather` (its
rows through `scan`) is the row-by-row specification the arrays' market is checked against
(tests/matcher/test_columnar.py).

Offers of the grid cells within her travel distance, lodging offers anywhere if she would
relocate, remote offers; those whose signature a rule's screen rejects are dropped
(`matcher.rules.admits`), and offers in the districts she avoids are never taken
(`matcher.rules.hidden_districts`). Open positions within her reach by place, mode and device
(`matcher.rules.reaches`) count towards the market of their trade, whatever else blocks.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from datetime import date

import numpy as np

from .columns import cell_keys
from .geo import haversine_radians
from .rows import Row
from .rules import reaches
from .signature import Access

Candidates = list[tuple[Row, "float | None"]]
"""(row, distance in km); None for a remote offer, whose distance is computed when needed."""

MOST_LENIENT_IN_PERSON = Access(needs_presence=True, is_remote_only=False, remote_devices=None,
                                hands_on_course=False)
MOST_LENIENT_REMOTE = Access(needs_presence=False, is_remote_only=True, remote_devices=None,
                             hands_on_course=False)
"""The easiest offers to reach in person and remotely: when even these fail her screens (her
learning mode), no offer reached that way can pass, and the query skips them all."""


def gather(query) -> tuple[Candidates, dict[str, int]]:
    """The candidates of the survivor of `query` (a `matcher.query.Query`) and the open
    positions per trade within her reach, offer by offer (the rows of the index's positions)."""
    index, hidden = query.index, query.hidden
    c = index.columns
    found: Candidates = []
    market: dict[str, int] = defaultdict(int)
    profile = query.profile
    if reaches(query.seeker, MOST_LENIENT_IN_PERSON):
        for cell in index.cells_near(profile.latitude, profile.longitude, query.reach_km):
            rows = _rows(index, c.in_cells(cell_keys([cell])))
            if rows:
                scan(query, rows, found, market, within=True)
        if profile.can_relocate:
            scan(query, _rows(index, c.lodging_pos), found, market, within=False)
    if reaches(query.seeker, MOST_LENIENT_REMOTE):
        fits = query.fits
        for row in _rows(index, c.remote_pos):
            if fits(row.signature) and not (hidden and row.district in hidden):
                found.append((row, None))
        for access, (by_trade, by_district) in remote_positions(index, query.today).items():
            if not query.access_ok[access]:
                continue
            for trade, positions in by_trade.items():
                market[trade] += positions
            for district in hidden:
                for trade, positions in by_district.get(district, {}).items():
                    market[trade] -= positions
    return found, market


def _rows(index, positions) -> list[Row]:
    return [index.row(p) for p in np.sort(positions).tolist()]


def scan(query, rows: list[Row], found: Candidates, market: dict[str, int], within: bool) -> None:
    """Rows that need presence: those that fit and lie within daily reach (`within`), or beyond
    it (lodging, for survivors who would relocate). Open openings within reach by place, mode
    and device count towards the market of their trade, whatever else blocks."""
    fits, access_ok = query.fits, query.access_ok
    signature_access = query.index.signature_access
    hidden, reach, today = query.hidden, query.reach_km, query.today_ordinal
    phi, lam, cos_phi = query.phi, query.lam, query.cos_phi
    last, fit, reachable = -1, False, False
    for row in rows:
        if row.signature != last:
            last = row.signature
            fit = fits(last)
            reachable = access_ok[signature_access[last]]
        if not reachable or (hidden and row.district in hidden):
            continue
        if not fit and row.kind_order == 0:
            continue
        km = haversine_radians(phi, lam, cos_phi, row.phi, row.lam, row.cos_phi)
        if (km <= reach) is within:
            if row.kind_order == 1 and row.is_open_opening(today):
                market[row.trade] += row.positions_available
            if fit:
                found.append((row, km))


_REMOTE_POSITIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def remote_positions(index, today: date) -> dict[int, tuple[dict, dict]]:
    """Positions left in the index's open remote openings, for each way they are reached (an
    id of `accesses`): by trade, and by district then trade (so a query can take away the
    districts a survivor avoids). Cached per index and day."""
    ordinal = today.toordinal()
    days = _REMOTE_POSITIONS.setdefault(index, {})
    cached = days.get(ordinal)
    if cached is None:
        c = index.columns
        pos = c.remote_pos[c.kind[c.remote_pos] == 1]
        pos = pos[c.day(ordinal).open_opening[pos]]
        trades = {number: code for code, number in c.codes.trades.items()}
        districts = {number: key for key, number in c.codes.districts.items()}
        by_access: dict[int, tuple[dict, dict]] = {}
        for access, trade, district, positions in zip(
                c.access[pos].tolist(), c.trade[pos].tolist(), c.district[pos].tolist(),
                c.positions[pos].tolist()):
            trade, district = trades[trade], districts[district]
            by_trade, by_district = by_access.setdefault(access, ({}, {}))
            by_trade[trade] = by_trade.get(trade, 0) + positions
            in_district = by_district.setdefault(district, {})
            in_district[trade] = in_district.get(trade, 0) + positions
        if len(days) > 8:
            days.clear()
        cached = days[ordinal] = by_access
    return cached


def keep_remote_positions(old, new) -> None:
    """A patched index whose remote openings are those of `old` keeps its cached positions."""
    days = _REMOTE_POSITIONS.get(old)
    if days:
        _REMOTE_POSITIONS[new] = dict(days)
