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
from .alternatives import nearest_cells, nearest_first
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

_RULE_SHIFTS = np.arange(len(RULE_NAMES), dtype=np.int64)[:, None]
KINDS = ("course", "opening")
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
    missed, failed = _missed(query, _interest_pool(query, trade_ids, wanted))
    if limit is None or len(missed) < limit:  # then the other trades nearby, after them
        more, more_failed = _missed(query, _nearby_pool(query, trade_ids, wanted))
        missed = np.concatenate((missed, more))
        failed = np.concatenate((failed, more_failed))
    ranked = _rank(query, missed, failed, unblocker(query), limit)
    return [as_near_miss(query, evaluation, steps) for evaluation, steps in ranked]


def _bits(failures: np.ndarray) -> np.ndarray:
    """The rules each offer of a failures array fails, as bits in RULE_NAMES order."""
    return (failures.astype(np.int64) << _RULE_SHIFTS).sum(axis=0)


_CODES: dict[int, frozenset[str]] = {}


def rule_codes(bits: int) -> frozenset[str]:
    """The rule names of bits in RULE_NAMES order (a few combinations: kept)."""
    codes = _CODES.get(bits)
    if codes is None:
        codes = _CODES[bits] = frozenset(name for n, name in enumerate(RULE_NAMES) if bits >> n & 1)
    return codes


_STEPPED_BITS = sum(1 << RULE_NAMES.index(code) for code in unblock.STEPPED)


def _rank(query: Query, missed: np.ndarray, failed: np.ndarray, unblocker: unblock.Unblocker,
          limit: int | None) -> list[tuple[Evaluation, unblock.Steps]]:
    """The near misses at positions `missed` (in their order), those with an unblock step first,
    the first `limit`, each with its steps. Whether one has a step is asked of the rules it
    fails over the arrays (`failed`, bits in RULE_NAMES order): only the near misses returned
    are evaluated (and the alternatives asked about)."""
    c = query.index.columns
    names = {number: code for code, number in c.codes.trades.items()}
    with_step: list[int] = []
    without: list[int] = []
    for position, bits, kind, trade, offer_id, literacy in zip(
            missed.tolist(), failed.tolist(), c.kind[missed].tolist(), c.trade[missed].tolist(),
            c.ident[missed].tolist(), c.lit[missed].tolist()):
        if bits & _STEPPED_BITS:
            codes = rule_codes(bits)
            if unblocker.has_step_of(names[trade], KINDS[kind], offer_id, literacy, codes):
                with_step.append(position)
                if limit is not None and len(with_step) >= limit:
                    break
                continue
        without.append(position)
    chosen = [query.evaluate_at(p) for p in (with_step + without)[:limit]]
    return [(evaluation, unblocker.steps(evaluation)) for evaluation in chosen]


def unblocker(query: Query) -> unblock.Unblocker:
    """The unblock step of each blocker of a near miss (matcher.unblock)."""
    c, judge, point = query.index.columns, query.pool.judge, (query.phi, query.lam, query.cos_phi)

    def failing(positions: list[int]) -> list[frozenset[str]]:
        pos = np.array(positions, dtype=np.int64)
        failures = judge.failures(pos, c.distance(pos, *point))
        return [rule_codes(bits) for bits in _bits(failures).tolist()]

    return unblock.Unblocker(query.profile, query.index, query.today, query.evaluate,
                             query.bridge_for, failing, judge.hidden_at)


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
        keep = nearest_cells(by_cell, NEAR_MISS_POOL)
        pos, km = pos[keep], km[keep]
    return _nearest(query, pos, km)


def _missed(query: Query, pool: Pool) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the pool's offers that fail a rule, in the order near misses of one
    group are ranked by (fewer blockers, stronger interest, nearer, kind, id), and the rules
    each fails (bits in RULE_NAMES order)."""
    pos, km = pool
    c, qp = query.index.columns, query.pool
    failures = qp.judge.failures(pos, km)
    count, ok, lit_only = verdicts(failures)
    through_bridge = lit_only & (c.raises[pos] < 0) & (c.lit[pos] <= query.literacy_reach)
    missed = ~(ok | through_bridge)
    bits = _bits(failures[:, missed])
    pos, km, count = pos[missed], km[missed], count[missed]
    strength = qp.trade_values(c.trade[pos])[RANKED_BY] if len(pos) else km
    order = np.lexsort((c.ident[pos], c.kind[pos], km, -strength, count))
    return pos[order], bits[order]


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
