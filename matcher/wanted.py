"""The batches a survivor may join among a few wanted ones, fast: what a cohort allocation ranks.

`matcher.engine.batch_fits` is the specification: it builds a whole query (every offer within her
reach gathered, the market of every trade counted, the literacy bridges found) and keeps the
wanted batches. An allocation asks it for thousands of survivors and a few hundred courses, so
`wanted_batch_fits` asks only about the wanted courses, over arrays:

- the wanted courses and their wanted batches are filed once for the cohort (`Wanted`: their
  positions in the index's columns, the bound parts fixed by each course, and on each day which
  batches are open with a seat, the rules `closed` and `no_capacity` for that batch);
- her candidates among them are taken as the whole query's arrays gather them
  (`WantedQuery.gathered`: her grid cells and reach by the same distances, lodging if she would
  relocate, remote offers) and judged by the hard rules over arrays (`matcher.vector_rules`);
  the distance is then computed exactly for the few left (`too_far`, and the distance a fit
  reports);
- with `min_score`, a course whose upper bound of the score (what the factors of
  `matcher.factors` declare) cannot reach it is not scored at all: first bounded over arrays as
  if her market were the largest and she were next door, then exactly (`WantedQuery.upper_bound`)
  once the market of the trades left is counted; an allocation keeps only the batches scoring
  `min_score` or more (`matcher.allocation.Candidate.of`), so what it ranks is the same;
- the open positions of a trade within her reach (marketability) are counted only for the trades
  of the courses left, all at once, the way the whole query counts them (`WantedQuery.market`);
- each batch left is scored by the pure-Python factors (`Query.score`), as the whole query does.

The batches it returns are those `batch_fits` returns (with `min_score`: at least every one
scoring `min_score` or more), each with the same score, factors and reasons;
tests/matcher/test_wanted.py checks it on random worlds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date

import numpy as np

from .candidates import MOST_LENIENT_IN_PERSON, MOST_LENIENT_REMOTE, remote_positions
from .columns import cell_keys
from .evaluation import BatchFit, Evaluation
from .factors import DISTANCE_BOUNDS, FACTORS, Pair, TradeFacts, score_pair, trade_bound
from .index import CatalogIndex
from .models import BatchOffer, ProfileFacts
from .query import SCORE_MARGIN, Query
from .rows import Row
from .rules import RuleContext, blockers, reaches, too_far
from .scoring import Factor
from .vector_rules import Judge
from .vocabulary import IncomeUrgency

if any(f.by_trade or f.offer_bound or f.trade_bound for f in FACTORS if f.distance_bound):
    raise ImportError("matcher.wanted: a factor bounded by distance declares another bound part;"
                      " its bound before the distance is known is no longer its full weight")
DISTANCE_MOST = sum(weight for weight, _part in DISTANCE_BOUNDS)
"""The most the factors bounded by the distance add to a score (each value is at most 1)."""

MOST_POSITIONS = 10**9
"""More open positions than any trade has within anyone's reach."""

Joinable = list[tuple[Row, float, list[BatchOffer]]]


class Wanted:
    """The wanted courses (course id -> batch ids) filed once for a whole cohort, as positions of
    the index's columns (courses missing from the index, and batch ids none of a course's batches
    has, left out), with their wanted batches in the order of the course's batches."""

    def __init__(self, index: CatalogIndex, wanted: Mapping[int, Collection[int]]):
        self.index, self.wanted = index, wanted
        self.rows: list[Row] = []
        for course_id in sorted(wanted):
            row = index.by_key.get(("course", course_id))
            if row is not None and wanted[course_id]:
                self.rows.append(row)
        c, n = index.columns, len(self.rows)
        self.pos = np.array([row.position for row in self.rows], dtype=np.int64)
        self.presence, self.lodging = c.presence[self.pos], c.lodging[self.pos]
        self.cell, self.trade, self.lit = c.cell[self.pos], c.trade[self.pos], c.lit[self.pos]
        numbers = np.arange(n)
        at = numbers[self.presence]
        order = np.argsort(self.cell[at], kind="stable")
        self.by_cell, self.cells = at[order], self.cell[at][order]  # need presence, by cell
        self.with_lodging = numbers[self.presence & self.lodging]
        self.remote = numbers[~self.presence]
        self.offer_bounds = np.array([row.offer_bounds for row in self.rows],
                                     dtype=np.float64).reshape(n, len(IncomeUrgency))
        owner: list[int] = []
        self.batches: list[BatchOffer] = []
        for number, row in enumerate(self.rows):
            ids = wanted[row.id]
            for batch in row.offer.batches:
                if batch.id in ids:
                    owner.append(number)
                    self.batches.append(batch)
        self.owner = np.array(owner, dtype=np.int64)
        self.first = np.searchsorted(self.owner, np.arange(n + 1)).tolist()
        self._days: dict[int, tuple[np.ndarray, np.ndarray, dict]] = {}

    def in_cells(self, keys: np.ndarray) -> np.ndarray:
        """The courses that need presence in the grid cells of `keys` (sorted cell keys)."""
        lo = np.searchsorted(self.cells, keys, side="left").tolist()
        hi = np.searchsorted(self.cells, keys, side="right").tolist()
        return np.concatenate([self.by_cell[a:b] for a, b in zip(lo, hi) if b > a]
                              or [self.by_cell[:0]])

    def on(self, today: date) -> tuple[np.ndarray, np.ndarray, dict]:
        """What is known of the wanted courses on a day, once: of each wanted batch, whether it
        is open with a seat (what the rules `closed` and `no_capacity` ask of one batch); of each
        course, whether one of its wanted batches is; and the factors scored per offer so far
        (`matcher.factors.score_pair` with `seen`)."""
        ordinal = today.toordinal()
        found = self._days.get(ordinal)
        if found is None:
            open_batch = np.array([not batch.is_closed(today) and batch.seats_available > 0
                                   for batch in self.batches], dtype=np.bool_)
            open_course = np.bincount(self.owner[open_batch], minlength=len(self.rows)) > 0
            if len(self._days) > 4:
                self._days.clear()
            found = self._days[ordinal] = (open_batch, open_course, {})
        return found


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
    fits = [batch_fit(query, row, km, batch)
            for row, km, batches in query.joinable(wanted, min_score) for batch in batches]
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
        fits.append(batch_fit(query, row, km, batch))
    return fits


def batch_fit(query: Query, row: Row, km: float, batch: BatchOffer) -> BatchFit:
    """A batch she may join, scored as a match would score it (its own start date)."""
    evaluation = Evaluation(row=row, distance_km=km, blockers=(), batch=batch)
    query.score(evaluation)
    return BatchFit(
        course_id=row.id, batch_id=batch.id, score=evaluation.score,
        distance_km=km, factors=evaluation.factors, reasons=tuple(evaluation.reasons),
    )


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
        near = index.cells_near(profile.latitude, profile.longitude, self.reach_km
                                ) if self.in_person else []
        self._near_keys = cell_keys(sorted(near))
        self._reachable = np.array(self.access_ok + [False], dtype=np.bool_)
        self.market = _Market(self)
        self._most_bounds: dict[tuple[str, int], float] = {}
        self._seen: dict | None = None  # the factors scored per offer for the cohort, that day

    def joinable(self, wanted: Wanted, min_score: float | None = None) -> Joinable:
        """(row, km, batches) of the wanted courses with batches she may join now (every hard
        rule judged for each batch); with `min_score`, without the courses whose score cannot
        reach it (by their bounds, over arrays, then exactly)."""
        at = self.gathered(wanted)
        if min_score is not None and len(at):
            most = self._most_bounds_of(wanted, at)
            at = at[most + SCORE_MARGIN >= min_score]
        near: list[tuple[int, Row, float]] = []
        for number in at.tolist():
            row = wanted.rows[number]
            km = self.distance(row)
            if too_far(self.profile, row.offer, RuleContext(self.today, row.trade_info, km)):
                continue  # by the exact distance
            near.append((number, row, km))
        self.count_markets({row.trade for _n, row, _km in near})
        open_batch, _open_course, self._seen = wanted.on(self.today)
        found: Joinable = []
        for number, row, km in near:
            if min_score is not None and self.upper_bound(row, km) + SCORE_MARGIN < min_score:
                continue
            batches = [wanted.batches[b] for b in range(wanted.first[number],
                                                           wanted.first[number + 1])
                       if open_batch[b]]
            found.append((row, km, batches))
        return found

    def factors_of(self, pair: Pair, row: Row) -> dict[str, Factor]:
        """Every factor of the pair, those scored per offer taken from the cohort's filing once
        `joinable` has asked it."""
        batch = None if pair.batch is None else pair.batch.id
        return score_pair(pair, self.trade_scores(row), self._seen, (row.position, batch))

    def gathered(self, wanted: Wanted) -> np.ndarray:
        """The wanted courses (their numbers in `wanted`, in order) the whole query would gather
        (`matcher.columnar`: in her grid cells within her reach by the same distances, with
        lodging if she would relocate, remote) and no hard rule but `too_far` blocks for some
        wanted batch open with a seat (the rules over arrays, `matcher.vector_rules`)."""
        c = self.index.columns
        open_course = wanted.on(self.today)[1]
        gathered = np.zeros(len(wanted.rows), dtype=np.bool_)
        if self.in_person:
            near = wanted.in_cells(self._near_keys)
            near = near[open_course[near]]
            km = c.distance(wanted.pos[near], self.phi, self.lam, self.cos_phi)
            gathered[near[km <= self.reach_km]] = True
            if self.profile.can_relocate:
                gathered[wanted.with_lodging] = True
        if self.remote:
            gathered[wanted.remote] = True
        at = np.flatnonzero(gathered & open_course & (wanted.lit <= self.rank))
        pos = wanted.pos[at]
        judge = Judge(c, self.seeker, self.index.accesses, self.today_ordinal)
        return at[judge.admissible(pos) & ~judge.hidden_at(pos)]

    def _most_bounds_of(self, wanted: Wanted, at: np.ndarray) -> np.ndarray:
        """Upper bounds of the scores of the wanted courses `at`, before her market is counted
        and the distance known: the trade's part as if it had the most open positions, the
        offer's part, and the full weight of the factors bounded by the distance."""
        _trades, first, inverse = np.unique(wanted.trade[at], return_index=True,
                                            return_inverse=True)
        trade = [self.most_trade_bound(wanted.rows[n]) for n in at[first].tolist()]
        part = np.array(trade, dtype=np.float64)[inverse.reshape(-1)]
        return part + wanted.offer_bounds[at, self._urgency_index] + DISTANCE_MOST

    def count_markets(self, trades: Iterable[str]) -> None:
        """Count the market of the trades not counted yet, at once (`positions_of`)."""
        fresh = [trade for trade in sorted(trades) if trade not in self.market]
        if fresh:
            self.market.update(self.positions_of(fresh))

    def positions(self, trade: str) -> int:
        """Open positions of the trade within her reach (`positions_of`)."""
        return self.positions_of([trade])[trade]

    def positions_of(self, trades: list[str]) -> dict[str, int]:
        """Open positions of each trade within her reach, as `matcher.candidates.gather` counts
        them: openings she can reach by place, mode and device, in her cells and within her
        distance (with lodging beyond it, if she would relocate), and remote ones."""
        totals = dict.fromkeys(trades, 0)
        index, hidden = self.index, self.hidden
        c = index.columns
        numbers = {c.codes.trades[t]: t for t in trades if t in c.codes.trades}
        if self.in_person and numbers:
            ids = np.array(sorted(numbers), dtype=np.int64)
            pos = c.of_trades("by_cell", ids, self._near_keys)
            within = np.ones(len(pos), dtype=np.bool_)  # in her cells: counted within reach
            if self.profile.can_relocate:  # with lodging: counted beyond it
                lodging = c.of_trades("lodging_pos", ids)
                pos = np.concatenate((pos, lodging))
                within = np.concatenate((within, np.zeros(len(lodging), dtype=np.bool_)))
            keep = c.day(self.today_ordinal).open_opening[pos] & self._reachable[c.access[pos]]
            hidden_ids = [c.codes.districts[d] for d in hidden if d in c.codes.districts]
            if hidden_ids:
                keep &= ~np.isin(c.district[pos], hidden_ids)
            pos, within = pos[keep], within[keep]
            km = c.distance(pos, self.phi, self.lam, self.cos_phi)
            pos = pos[(km <= self.reach_km) == within]
            sums = np.bincount(c.trade[pos], weights=c.positions[pos], minlength=ids[-1] + 1)
            for number in ids.tolist():
                totals[numbers[number]] += int(sums[number])
        if self.remote:
            for access, (by_trade, by_district) in remote_positions(index, self.today).items():
                if self.access_ok[access]:
                    for trade in totals:
                        totals[trade] += by_trade.get(trade, 0)
                        for district in hidden:
                            totals[trade] -= by_district.get(district, {}).get(trade, 0)
        return totals

    def most_trade_bound(self, row: Row) -> float:
        """The part of the bound fixed by the row's trade and kind, as if the trade had more open
        positions than any could (a trade's bound never falls as its positions grow, see
        `matcher.factors.TradeFacts`): before her market is counted (cached)."""
        key = (row.trade, row.kind_order)
        trade = self._most_bounds.get(key)
        if trade is None:
            facts = TradeFacts(self.profile, row.trade_info, row.kind, MOST_POSITIONS)
            trade = self._most_bounds[key] = trade_bound(facts, self.trade_scores(row))
        return trade

    def upper_bound(self, row: Row, km: float | None) -> float:
        """An upper bound of the score of any batch of the row, without the bridge discount (a
        batch is scored as joined now), once her market of its trade is counted."""
        return self._offer_bound(self._trade_bound(row), row, km)
