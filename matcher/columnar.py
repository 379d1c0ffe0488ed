"""The candidates of one query as arrays (the columnar engine, issue 19): `Pool`.

Gathered as `matcher.candidates` describes (the grid cells within her travel distance, lodging
offers anywhere if she would relocate, remote offers; never the districts she avoids), judged by
every hard rule at once (`matcher.vector_rules`) and scored at once (`matcher.factors`,
`vector_score`). The market of each trade is counted from the same arrays. What a match lists is
then decided exactly: `best` takes the offers whose vectorised score could enter the top
`limit` and lets the pure-Python rules and factors (`Query.evaluate`) judge only those, so the
output is the specification's to the last digit.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable

import numpy as np

from .candidates import MOST_LENIENT_IN_PERSON, MOST_LENIENT_REMOTE
from .columns import cell_keys
from .factors import BY_TRADE, COLUMNS, Many, vector_score
from .rules import reaches
from .vector_rules import Judge

EXACT_MARGIN = 0.11
"""A vectorised score is the exact one before rounding to one decimal (to the last bits of a
sum): whatever could enter the top `limit` lies within this of the `limit`-th vectorised score."""


def _order(evaluation) -> tuple:
    return evaluation.order


class Pool:
    """The candidates of a query (`query`, a `matcher.query.Query` being built) as arrays: their
    positions in the index's columns, distances, blocker counts, what the rules say."""

    def __init__(self, query):
        index, profile = query.index, query.profile
        self.query, self.columns = query, index.columns
        self.judge = Judge(index.columns, query.seeker, index.accesses, query.today_ordinal)
        self.access_ok = np.array(query.access_ok + [False], dtype=np.bool_)
        self.point = (query.phi, query.lam, query.cos_phi)
        self.market_by_id = np.zeros(len(index.columns.codes.trades) + 1, np.int64)
        self._cell_rows: tuple[np.ndarray, np.ndarray] | None = None
        parts = self._gather(index, profile)
        pos = np.concatenate([p for p, _ in parts]) if parts else np.zeros(0, np.int64)
        km = np.concatenate([k for _, k in parts]) if parts else np.zeros(0)
        # too far and avoided districts pass by construction; of the other rules she may fail
        # only literacy (then a bridge may lead there)
        keep = self.judge.admissible(pos)
        self.pos, self.km = pos[keep], km[keep]
        c = self.columns
        self.kind, self.lit, self.raises = c.kind[self.pos], c.lit[self.pos], c.raises[self.pos]
        self.trade = c.trade[self.pos]
        self.lit_only = self.lit > query.rank
        self.ok = ~self.lit_only
        self._by_trade: dict[int, tuple[float, ...]] = {}
        self._scored: np.ndarray | None = None

    def _gather(self, index, profile) -> list[tuple[np.ndarray, np.ndarray]]:
        """(positions, km) of the grid cells within her reach; of lodging offers beyond it if
        she would relocate (those outside her cells are beyond it: km inf, not measured); of
        remote offers (km 0, not measured: no distance counts for them)."""
        c, query, parts = self.columns, self.query, []
        if reaches(query.seeker, MOST_LENIENT_IN_PERSON):
            keys, pos = self.cell_rows()
            pos = self._reachable(pos)
            km = c.distance(pos, *self.point)
            within = km <= query.reach_km
            parts.append(self._counted(pos[within], km[within]))
            if profile.can_relocate:
                beyond = ~within & c.lodging[pos]
                parts.append(self._counted(pos[beyond], km[beyond]))
                far = c.lodging_pos[~np.isin(c.cell[c.lodging_pos], keys)]
                far = self._reachable(far)
                parts.append(self._counted(far, np.full(len(far), np.inf)))
        if reaches(query.seeker, MOST_LENIENT_REMOTE):
            remote = self._reachable(c.remote_pos)
            parts.append(self._counted(remote, np.zeros(len(remote))))
        return parts

    def cell_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """(sorted keys, positions) of the grid cells within her travel distance (once)."""
        if self._cell_rows is None:
            profile = self.query.profile
            keys = cell_keys(self.query.index.cells_near(profile.latitude, profile.longitude,
                                                         self.query.reach_km))
            self._cell_rows = (keys, self.columns.in_cells(keys))
        return self._cell_rows

    def _reachable(self, pos: np.ndarray) -> np.ndarray:
        """Of `pos`, those she can reach by mode and device, outside the districts she avoids."""
        return pos[self.access_ok[self.columns.access[pos]] & ~self.judge.hidden_at(pos)]

    def _counted(self, pos: np.ndarray, km: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Count the open positions of the openings among `pos` towards their trade's market."""
        c = self.columns
        counted = pos[self.judge.day.open_opening[pos]]
        if len(counted):
            self.market_by_id += np.bincount(c.trade[counted], weights=c.positions[counted],
                                             minlength=len(self.market_by_id)).astype(np.int64)
        return pos, km

    def market(self) -> dict[str, int]:
        """Open positions per trade code within her reach."""
        market: dict[str, int] = defaultdict(int)
        for code, number in self.columns.codes.trades.items():
            if number < len(self.market_by_id) and self.market_by_id[number]:
                market[code] = int(self.market_by_id[number])
        return market

    # --- scores ------------------------------------------------------------------------------

    def trade_values(self, trade_ids: np.ndarray) -> dict[str, np.ndarray]:
        """The factors scored by trade, spread over offers of the trades `trade_ids`."""
        codes = self.columns.codes.trades
        names = {number: code for code, number in codes.items()}
        unique, inverse = np.unique(trade_ids, return_inverse=True)
        table = []
        for number in unique.tolist():
            values = self._by_trade.get(number)
            if values is None:
                scores = self.query.trade_scores_of(names[number])
                values = self._by_trade[number] = tuple(scores[f.name].value for f in BY_TRADE)
            table.append(values)
        spread = np.array(table, dtype=np.float64).reshape(len(unique), len(BY_TRADE))[inverse]
        return {f.name: spread[:, n] for n, f in enumerate(BY_TRADE)}

    def scores(self, at: np.ndarray, pos: np.ndarray | None = None,
               km: np.ndarray | None = None, bridge: np.ndarray | None = None) -> np.ndarray:
        """Vectorised scores of the pool's entries `at` (or of positions `pos`, `km` away)."""
        if pos is None:
            pos, km = self.pos[at], self.km[at]
            bridge = self.lit_only[at]
        c = self.columns
        many = Many(self.query.profile, self.query.today_ordinal, km, c.presence[pos],
                    c.kind[pos] == 0, self.judge.day.best_start[pos],
                    self.market_by_id[c.trade[pos]],
                    {name: c.factor[pos, n] for n, (name, _f) in enumerate(COLUMNS)})
        return vector_score(many, self.trade_values(c.trade[pos]), bridge)

    def scored(self) -> np.ndarray:
        """The vectorised score of every entry she may take (eligible, or through a bridge),
        computed once; the others score 0."""
        if self._scored is None:
            takes = np.flatnonzero(self.ok | self.lit_only)
            self._scored = np.zeros(len(self.pos))
            if len(takes):
                self._scored[takes] = self.scores(takes)
        return self._scored

    def best(self, at: np.ndarray | None, limit: int | None,
             accept: Callable = lambda evaluation: evaluation.is_match) -> list:
        """The best `limit` evaluations (exact, `Query.evaluate`) among the pool's entries `at`
        (None: none), best first: entries are evaluated in order of their vectorised score,
        until no later one could enter the top."""
        if at is None or not len(at):
            return []
        evaluate = self.query.evaluate_at
        if limit is None or len(at) <= limit:
            found = [evaluate(p) for p in self.pos[at].tolist()]
            return sorted((e for e in found if accept(e)), key=lambda e: e.order)
        scored = self.scored()[at]
        threshold = np.partition(scored, len(scored) - limit)[len(scored) - limit]
        near = np.flatnonzero(scored >= threshold - EXACT_MARGIN)
        near = near[np.argsort(-scored[near], kind="stable")]
        kept: list = []
        for entry, upper in zip(at[near].tolist(), scored[near].tolist()):
            if len(kept) >= limit and upper + EXACT_MARGIN / 2 < kept[limit - 1].score:
                break
            evaluation = evaluate(int(self.pos[entry]))
            if accept(evaluation):
                bisect.insort(kept, evaluation, key=_order)
        return kept[:limit]

    # --- the pools the engine ranks ----------------------------------------------------------

    def bridges(self) -> np.ndarray:
        """Literacy and schooling courses she may join now (eligible, at her level, below
        their aim): entries of the pool."""
        rank = self.query.rank
        return np.flatnonzero(self.ok & (self.raises > rank) & (self.lit <= rank))

    def matchable(self, kinds: tuple[str, ...], literacy_reach: int) -> np.ndarray:
        """Entries she may take (eligible, or blocked by literacy alone within a bridge's
        reach), bridges aside, of the `kinds`."""
        wanted = (self.ok | self.lit_only) & (self.raises < 0) & (self.lit <= literacy_reach)
        if kinds != ("course", "opening"):
            wanted &= self.kind == (0 if kinds == ("course",) else 1)
        return np.flatnonzero(wanted)

    def openings_by_trade(self, literacy_reach: int) -> dict[int, np.ndarray]:
        """Matchable openings grouped by trade id once (the pathways after a course)."""
        at = self.matchable(("opening",), literacy_reach)
        order = np.argsort(self.trade[at], kind="stable")
        at = at[order]
        trades = self.trade[at]
        starts = np.flatnonzero(np.r_[True, trades[1:] != trades[:-1]]) if len(at) else []
        ends = list(starts[1:]) + [len(at)]
        return {int(trades[s]): at[s:e] for s, e in zip(starts, ends)}
