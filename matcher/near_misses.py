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

import numpy as np

from . import unblock
from .alternatives import nearest_first
from .checks import next_batch
from .evaluation import Evaluation
from .columns import cell_keys
from .query import Query
from .results import NearMiss
from .rows import cell_distance_order
from .vector_rules import RULE_NAMES, verdicts

NEAR_MISS_MIN_RADIUS_KM = 50.0
NEAR_MISS_POOL = 300
RANKED_BY = "interest"
"""The factor (of `matcher.factors`) whose value ranks near misses of one group."""

Pool = tuple[np.ndarray, np.ndarray]
"""(positions in the index's columns, km), nearest first."""


def near_misses(query: Query, wanted: tuple[str, ...], limit: int | None) -> list[NearMiss]:
    """The near misses of the query among offers of the `wanted` kinds, best first."""
    if limit is not None and limit <= 0:
        return []
    profile = query.profile
    trades = {i.trade for i in (*profile.interests, *profile.experience)}
    codes = query.index.columns.codes.trades
    trade_ids = np.array(sorted(codes[t] for t in trades if t in codes), dtype=np.int32)
    missed, steppable = _missed(query, _interest_pool(query, trade_ids, wanted))
    if limit is None or len(missed) < limit:  # then the other trades nearby, after them
        more, more_steppable = _missed(query, _nearby_pool(query, trade_ids, wanted))
        missed = np.concatenate((missed, more))
        steppable = np.concatenate((steppable, more_steppable))
    ranked = _rank(query, missed.tolist(), steppable.tolist(), unblocker(query), limit)
    return [as_near_miss(query, evaluation, steps) for evaluation, steps in ranked]


def _rank(query: Query, missed: list[int], steppable: list[bool], unblocker: unblock.Unblocker,
          limit: int | None) -> list[tuple[Evaluation, unblock.Steps]]:
    """The near misses at positions `missed` (in their order), those with an unblock step first,
    the first `limit`, each with its steps. Those that fail no rule with a step (`steppable`
    False) are known to have none without evaluating them: only the near misses returned and
    those asked whether they have a step are evaluated."""
    row, evaluate = query.index.row, query.evaluate
    with_step: list[Evaluation] = []
    without: list = []  # evaluations, or positions not evaluated yet
    for position, can in zip(missed, steppable):
        if not can:
            without.append(position)
            continue
        evaluation = evaluate(row(position), None)
        (with_step if unblocker.has_step(evaluation) else without).append(evaluation)
        if limit is not None and len(with_step) >= limit:
            break
    chosen = [e if not isinstance(e, int) else evaluate(row(e), None)
              for e in (with_step + without)[:limit]]
    return [(evaluation, unblocker.steps(evaluation)) for evaluation in chosen]


def unblocker(query: Query) -> unblock.Unblocker:
    """The unblock step of each blocker of a near miss (matcher.unblock)."""
    c, judge, point = query.index.columns, query.pool.judge, (query.phi, query.lam, query.cos_phi)

    def failing(positions: list[int]) -> list[frozenset[str]]:
        pos = np.array(positions, dtype=np.int64)
        failures = judge.failures(pos, c.distance(pos, *point))
        return [frozenset(RULE_NAMES[r] for r in np.flatnonzero(column).tolist())
                for column in failures.T]

    return unblock.Unblocker(query.profile, query.index, query.today, query.evaluate,
                             query.bridge_for, failing)


def _shown(query: Query, pos: np.ndarray, wanted: tuple[str, ...]) -> np.ndarray:
    """Offers of the wanted kinds she may be shown: not in a district she avoids, no bridge
    below her level."""
    c = query.index.columns
    keep = ~query.pool.judge.hidden_at(pos)
    if wanted != ("course", "opening"):
        keep &= c.kind[pos] == (0 if wanted == ("course",) else 1)
    raises = c.raises[pos]
    return keep & ((raises < 0) | (raises > query.rank))


def _nearest(query: Query, pos: np.ndarray, km: np.ndarray) -> Pool:
    """The NEAR_MISS_POOL nearest (by km, kind, id)."""
    c = query.index.columns
    pos, km = nearest_first(pos, km, NEAR_MISS_POOL)
    order = np.lexsort((c.ident[pos], c.kind[pos], km))[:NEAR_MISS_POOL]
    return pos[order], km[order]


def _interest_pool(query: Query, trades: np.ndarray, wanted: tuple[str, ...]) -> Pool:
    """Offers of her interest and experience trades: within the near-miss radius, remote, or with
    lodging further away; the NEAR_MISS_POOL nearest."""
    index, profile, c = query.index, query.profile, query.index.columns
    radius = max(2.0 * query.reach_km, NEAR_MISS_MIN_RADIUS_KM)
    point = (query.phi, query.lam, query.cos_phi)
    cells = cell_keys(index.cells_near(profile.latitude, profile.longitude, radius))
    near = c.of_trades("by_cell", trades, cells)  # her trades' runs of each cell: no other row
    parts = []
    for pos, side in ((near, True), (c.of_trades("lodging_pos", trades), False),
                      (c.of_trades("remote_pos", trades), None)):
        pos = pos[_shown(query, pos, wanted)]
        km = c.distance(pos, *point)
        if side is not None:
            keep = km <= radius if side else km > radius
            pos, km = pos[keep], km[keep]
        parts.append((pos, km))
    return _nearest(query, np.concatenate([p for p, _ in parts]),
                    np.concatenate([k for _, k in parts]))


def _nearby_pool(query: Query, trades: np.ndarray, wanted: tuple[str, ...]) -> Pool:
    """Offers of other trades within daily reach: cells nearest first, until NEAR_MISS_POOL offers
    are gathered (the pool is bounded, not exhaustive, in dense cities)."""
    index, profile, reach, c = query.index, query.profile, query.reach_km, query.index.columns
    cells = cell_distance_order(index.cells_near(profile.latitude, profile.longitude, reach),
                                profile.latitude, profile.longitude)
    pos = query.pool.cell_rows()[1]
    pos = pos[~np.isin(c.trade[pos], trades)]
    pos = pos[_shown(query, pos, wanted)]
    km = c.distance(pos, query.phi, query.lam, query.cos_phi)
    pos, km = pos[km <= reach], km[km <= reach]
    if len(pos) > NEAR_MISS_POOL:  # the cells nearest first until the pool is full
        keys = cell_keys(cells, ordered=False)
        nearness = np.argsort(keys)  # sorted key -> rank of nearness
        by_cell = nearness[np.searchsorted(keys[nearness], c.cell[pos])]
        filled = np.cumsum(np.bincount(by_cell, minlength=len(cells)))
        last = int(np.searchsorted(filled, NEAR_MISS_POOL))
        keep = by_cell <= last
        pos, km = pos[keep], km[keep]
    return _nearest(query, pos, km)


def _missed(query: Query, pool: Pool) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the pool's offers that fail a rule, in the order near misses of one
    group are ranked by (fewer blockers, stronger interest, nearer, kind, id), and whether each
    fails a rule that may have an unblock step (`matcher.unblock.STEPPED`)."""
    pos, km = pool
    c, qp = query.index.columns, query.pool
    failures = qp.judge.failures(pos, km)
    count, ok, lit_only = verdicts(failures)
    through_bridge = lit_only & (c.raises[pos] < 0) & (c.lit[pos] <= query.literacy_reach)
    missed = ~(ok | through_bridge)
    stepped = [RULE_NAMES.index(code) for code in unblock.STEPPED]
    steppable = failures[stepped][:, missed].any(axis=0)
    pos, km, count = pos[missed], km[missed], count[missed]
    strength = qp.trade_values(c.trade[pos])[RANKED_BY] if len(pos) else km
    order = np.lexsort((c.ident[pos], c.kind[pos], km, -strength, count))
    return pos[order], steppable[order]


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
