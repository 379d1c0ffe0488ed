"""Step 4 of a query: near misses, offers she may not take now because they fail a rule.

Offers in districts she avoids are never listed (`matcher.rules.hidden_districts`), nor offers
not offered to her (`matcher.checks.is_offered`: a bridge to a level she has). Near misses are
bounded, not exhaustive: first the offers of her interest and experience trades within
max(2 x travel distance, 50 km), remote, or with lodging anywhere; then, if those give fewer than
the cap, offers of any trade within her daily reach. At most NEAR_MISS_POOL of each (nearest
first) are examined; they are ranked by (interest trade first, fewer blockers, stronger interest,
nearer, kind, id) and `limit` are returned.

Each near miss is made by `as_near_miss`, the one place to add what a counselor needs to know
about a blocked offer: each blocker gets the step that would lift it, and near misses with a
step come first (`matcher.unblock`, issue 17).
"""

from __future__ import annotations

import heapq

from . import unblock
from .checks import next_batch
from .evaluation import Evaluation
from .query import Query
from .results import NearMiss
from .rows import Row, cell_distance_order

NEAR_MISS_MIN_RADIUS_KM = 50.0
NEAR_MISS_POOL = 300
RANKED_BY = "interest"
"""The factor (of `matcher.factors`) whose value ranks near misses of one group."""

Pool = list[tuple[float, int, int, Row]]


def near_misses(query: Query, wanted: tuple[str, ...], limit: int | None) -> list[NearMiss]:
    """The near misses of the query among offers of the `wanted` kinds, best first."""
    if limit is not None and limit <= 0:
        return []
    rank, hidden = query.rank, query.hidden

    def shown(row: Row) -> bool:
        if row.kind not in wanted or (hidden and row.district in hidden):
            return False
        return not row.is_bridge or row.raises_rank > rank

    profile = query.profile
    trades = {i.trade for i in (*profile.interests, *profile.experience)}
    missed = _missed(query, _interest_pool(query, sorted(trades), shown), group=0)
    if limit is None or len(missed) < limit:
        missed += _missed(query, _nearby_pool(query, trades, shown), group=1)
    missed.sort(key=lambda item: item[0])
    ranked = unblock.rank((evaluation for _, evaluation in missed), unblocker(query), limit)
    return [as_near_miss(query, evaluation, steps) for evaluation, steps in ranked]


def unblocker(query: Query) -> unblock.Unblocker:
    """The unblock step of each blocker of a near miss (matcher.unblock)."""
    return unblock.Unblocker(query.profile, query.index, query.today, query.evaluate,
                             query.bridge_for)


def _interest_pool(query: Query, trades: list[str], shown) -> Pool:
    """Offers of her interest and experience trades: within the near-miss radius, remote, or with
    lodging further away; the NEAR_MISS_POOL nearest."""
    index, profile, distance = query.index, query.profile, query.distance
    radius = max(2.0 * query.reach_km, NEAR_MISS_MIN_RADIUS_KM)
    cells = index.cells_near(profile.latitude, profile.longitude, radius)
    pool = []
    for trade in trades:
        grid = index.grid_by_trade.get(trade, {})
        for cell in cells:
            for row in grid.get(cell, ()):
                if shown(row):
                    km = distance(row)
                    if km <= radius:
                        pool.append((km, row.kind_order, row.id, row))
        for row in index.remote_by_trade.get(trade, ()):
            if shown(row):
                pool.append((distance(row), row.kind_order, row.id, row))
        for row in index.lodging_by_trade.get(trade, ()):
            if shown(row):
                km = distance(row)
                if km > radius:  # nearer ones came from the grid
                    pool.append((km, row.kind_order, row.id, row))
    return heapq.nsmallest(NEAR_MISS_POOL, pool)


def _nearby_pool(query: Query, trades: set[str], shown) -> Pool:
    """Offers of other trades within daily reach: cells nearest first, until NEAR_MISS_POOL offers
    are gathered (the pool is bounded, not exhaustive, in dense cities)."""
    index, profile, reach = query.index, query.profile, query.reach_km
    cells = index.cells_near(profile.latitude, profile.longitude, reach)
    pool = []
    for cell in cell_distance_order(cells, profile.latitude, profile.longitude):
        for grid in (index.grid_courses, index.grid_openings):
            for row in grid.get(cell, ()):
                if row.trade not in trades and shown(row):
                    km = query.distance(row)
                    if km <= reach:
                        pool.append((km, row.kind_order, row.id, row))
        if len(pool) >= NEAR_MISS_POOL:
            break
    return heapq.nsmallest(NEAR_MISS_POOL, pool)


def _missed(query: Query, pool: Pool, group: int) -> list[tuple[tuple, Evaluation]]:
    """Evaluations of the pool that fail a rule, with the key near misses are ranked by."""
    missed = []
    for km, kind_order, offer_id, row in pool:
        evaluation = query.evaluate(row, km)
        if evaluation.is_match:
            continue
        strength = query.trade_scores(row)[RANKED_BY].value
        key = (group, len(evaluation.blockers), -strength, km, kind_order, offer_id)
        missed.append((key, evaluation))
    return missed


def as_near_miss(query: Query, evaluation: Evaluation, steps: unblock.Steps = ()) -> NearMiss:
    """The near miss of an evaluation that fails a rule."""
    row = evaluation.row
    batch = next_batch(row.offer, query.today) if row.kind == "course" else None
    return NearMiss(
        kind=row.kind,
        course_id=row.id if row.kind == "course" else None,
        batch_id=batch.id if batch is not None else None,
        opening_id=row.id if row.kind == "opening" else None,
        title=row.offer.title,
        trade=row.trade,
        blockers=evaluation.blockers,
        unblocks=steps,
    )
