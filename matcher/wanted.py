"""The batches a survivor may join among a few wanted ones, fast: what a cohort allocation ranks.

`matcher.engine.batch_fits` is the specification: it builds a whole query (every offer within her
reach gathered, the market of every trade counted, the literacy bridges found) and keeps the
wanted batches. An allocation asks it for thousands of survivors and a few hundred courses, so
`wanted_batch_fits` asks only about the wanted courses:

- the wanted courses are filed once for the cohort (`Wanted`), and one of them is her candidate
  exactly when the whole query would gather it (`WantedQuery.gather_wanted` runs them through
  the scan of `matcher.candidates`: the same screens, hidden districts, grid cells, reach and
  relocation);
- the open positions of a trade within her reach (marketability) are counted only for the trades
  of those courses, the same way `matcher.candidates` counts them (`WantedQuery.market`);
- with `min_score`, a course whose upper bound of the score (what the factors of
  `matcher.factors` declare) cannot reach it is not scored at all: an allocation keeps only the
  batches scoring `min_score` or more (`matcher.allocation.Candidate.of`), so what it ranks is
  the same.

The batches it returns are those `batch_fits` returns (with `min_score`: at least every one
scoring `min_score` or more), each with the same score, factors and reasons;
tests/matcher/test_wanted.py checks it on random worlds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import date

import numpy as np

from .candidates import (
    MOST_LENIENT_IN_PERSON,
    MOST_LENIENT_REMOTE,
    Candidates,
    remote_positions,
    scan,
)
from .evaluation import BatchFit, Evaluation
from .factors import TradeFacts, trade_bound
from .columns import cell_keys
from .index import CatalogIndex
from .models import ProfileFacts
from .query import SCORE_MARGIN, Query
from .rows import Row, cell_of
from .rules import RuleContext, blockers, reaches


class Wanted:
    """The wanted courses (course id -> batch ids) filed once for a whole cohort: in-person ones
    by grid cell, those with lodging, remote ones; courses missing from the index left out."""

    def __init__(self, index: CatalogIndex, wanted: Mapping[int, Collection[int]]):
        self.index, self.wanted = index, wanted
        self.by_cell: dict[tuple[int, int], list[Row]] = {}
        self.lodging: list[Row] = []
        self.remote: list[Row] = []
        for course_id in sorted(wanted):
            row = index.by_key.get(("course", course_id))
            if row is None or not wanted[course_id]:
                continue
            if not row.needs_presence:
                self.remote.append(row)
                continue
            self.by_cell.setdefault(cell_of(row.lat, row.lon), []).append(row)
            if row.lodging:
                self.lodging.append(row)


def wanted_batch_fits(
    profile: ProfileFacts, index: CatalogIndex, today: date,
    wanted: Mapping[int, Collection[int]] | Wanted, min_score: float | None = None,
) -> list[BatchFit]:
    """The batches of `wanted` (course id -> batch ids, or them filed once as `Wanted`) she may
    join now, best first, as `matcher.engine.batch_fits` finds them; with `min_score`, courses
    whose score cannot reach it are skipped (their batches may be missing; every batch scoring
    `min_score` or more is there)."""
    if isinstance(wanted, Wanted) and wanted.index is not index:  # filed for another index
        wanted = wanted.wanted
    if not isinstance(wanted, Wanted):
        wanted = Wanted(index, wanted)
    query = WantedQuery(profile, index, today)
    fits: list[BatchFit] = []
    for row, km, batch_ids in query.gather_wanted(wanted):
        if min_score is not None and (
                query.upper_bound(row, km, most_positions=True) + SCORE_MARGIN < min_score
                or query.upper_bound(row, km) + SCORE_MARGIN < min_score):
            continue
        fits.extend(row_fits(query, row, km, batch_ids))
    fits.sort(key=lambda fit: (-fit.score, fit.batch_id))
    return fits


def row_fits(query: Query, row: Row, km: float | None,
             batch_ids: Collection[int]) -> list[BatchFit]:
    """The batches of one candidate course (of `batch_ids`) she may join: every hard rule checked
    for that batch, and the score a match would give it (its own start date)."""
    if km is None:
        km = query.distance(row)
    profile, today = query.profile, query.today
    fits = []
    for batch in row.offer.batches:
        if batch.id not in batch_ids:
            continue
        if blockers(profile, row.offer, RuleContext(today, row.trade_info, km, batch)):
            continue
        evaluation = Evaluation(row=row, distance_km=km, blockers=(), batch=batch)
        query.score(evaluation)
        fits.append(BatchFit(
            course_id=row.id, batch_id=batch.id, score=evaluation.score,
            distance_km=km, factors=evaluation.factors, reasons=tuple(evaluation.reasons),
        ))
    return fits


MOST_POSITIONS = 10**9
"""More open positions than any trade has within anyone's reach."""


class _Market(dict):
    """Open positions per trade within her reach, counted when a trade is first asked for."""

    def __init__(self, query: WantedQuery):
        super().__init__()
        self.query = query

    def __missing__(self, trade: str) -> int:
        count = self[trade] = self.query.positions(trade)
        return count


class WantedQuery(Query):
    """A `Query` that gathers nothing up front: it answers for the offers it is asked about."""

    def __init__(self, profile: ProfileFacts, index: CatalogIndex, today: date):
        self._prepare(profile, index, today)
        self.in_person = reaches(self.seeker, MOST_LENIENT_IN_PERSON)
        self.remote = reaches(self.seeker, MOST_LENIENT_REMOTE)
        self.near = set(index.cells_near(profile.latitude, profile.longitude, self.reach_km)
                        ) if self.in_person else set()
        self._near_keys = cell_keys(sorted(self.near))
        self.market = _Market(self)
        self._most_bounds: dict[tuple[str, int], float] = {}

    def _admitted(self, row: Row) -> bool:
        return not (self.hidden and row.district in self.hidden) and self.fits(row.signature)

    def gather_wanted(self, wanted: Wanted) -> list[tuple[Row, float | None, Collection[int]]]:
        """(row, km, batch ids) of the wanted courses the whole query would gather: the rows of
        her grid cells and, if she would relocate, those with lodging go through the scan of
        `matcher.candidates.gather` (the same screens, hidden districts, reach); remote ones
        (km None, computed when needed) pass the same screens as there."""
        found: Candidates = []
        market: dict[str, int] = defaultdict(int)  # wanted rows are courses: nothing counted
        if self.in_person:
            for cell in self.near:
                rows = wanted.by_cell.get(cell)
                if rows:
                    scan(self, rows, found, market, within=True)
            if self.profile.can_relocate:
                scan(self, wanted.lodging, found, market, within=False)
        if self.remote:
            found.extend((row, None) for row in wanted.remote if self._admitted(row))
        batch_ids = wanted.wanted
        return [(row, km, batch_ids[row.id]) for row, km in found]

    def positions(self, trade: str) -> int:
        """Open positions of the trade within her reach, as `matcher.candidates.gather` counts
        them: openings she can reach by place, mode and device, in her cells and within her
        distance (with lodging beyond it, if she would relocate), and remote ones."""
        total = 0
        index, hidden = self.index, self.hidden
        c = index.columns
        number = c.codes.trades.get(trade)
        if self.in_person and number is not None:
            trades = np.array([number])
            near = c.of_trades("by_cell", trades, self._near_keys)
            lodging = c.of_trades("lodging_pos", trades) if self.profile.can_relocate else near[:0]
            day, access_ok = c.day(self.today_ordinal), np.array(self.access_ok + [False])
            hidden_ids = [c.codes.districts[d] for d in hidden if d in c.codes.districts]
            for pos, within in ((near, True), (lodging, False)):
                pos = pos[(c.kind[pos] == 1) & day.open_opening[pos] & access_ok[c.access[pos]]
                          & ~np.isin(c.district[pos], hidden_ids)]
                km = c.distance(pos, self.phi, self.lam, self.cos_phi)
                total += int(c.positions[pos[(km <= self.reach_km) == within]].sum())
        if self.remote:
            for access, (by_trade, by_district) in remote_positions(index, self.today).items():
                if self.access_ok[access]:
                    total += by_trade.get(trade, 0)
                    for district in hidden:
                        total -= by_district.get(district, {}).get(trade, 0)
        return total

    def upper_bound(self, row: Row, km: float | None, most_positions: bool = False) -> float:
        """An upper bound of the score of any batch of the row, without the bridge discount (a
        batch is scored as joined now). With `most_positions`, before her
        market is counted: as if the trade had more open positions than any could (a trade's
        bound never falls as its positions grow, see `matcher.factors.TradeFacts`)."""
        if most_positions:
            key = (row.trade, row.kind_order)
            trade = self._most_bounds.get(key)
            if trade is None:
                facts = TradeFacts(self.profile, row.trade_info, row.kind, MOST_POSITIONS)
                trade = self._most_bounds[key] = trade_bound(facts, self.trade_scores(row))
        else:
            trade = self._trade_bound(row)
        return self._offer_bound(trade, row, km)
