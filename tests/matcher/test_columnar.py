"""The columnar engine against its specification, on random worlds (hypothesis): for every
(profile, offer) pair, the hard rules judged over arrays (`matcher.vector_rules`) fail exactly
the rules `matcher.rules.blockers` reports, the vectorised score (`matcher.factors`,
`vector_score`) is the pure-Python one before rounding, and the market each trade counts from the
arrays is the one `matcher.candidates.gather` counts; a patched index judges as a fresh one."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given

from matcher import CatalogIndex, match
from matcher.candidates import gather
from matcher.checks import best_open_batch
from matcher.factors import FACTORS, Pair, score_pair
from matcher.query import Query
from matcher.rules import RuleContext, blockers
from matcher.vector_rules import RULE_NAMES, verdicts

from .field import TAXONOMY, TODAY
from .worlds import PROPERTIES, scenarios


def _world(scenario):
    profile, courses, openings = scenario
    index = CatalogIndex(TAXONOMY, courses, openings)
    return profile, index, Query(profile, index, TODAY)


def _all(index: CatalogIndex, query: Query):
    c = index.columns
    pos = np.flatnonzero(c.live)
    return pos, c.distance(pos, query.phi, query.lam, query.cos_phi)


@PROPERTIES
@given(scenarios())
def test_the_rules_over_arrays_fail_exactly_the_rules_blockers_reports(scenario):
    profile, index, query = _world(scenario)
    pos, km = _all(index, query)
    failures = query.pool.judge.failures(pos, km)
    count, ok, lit_only = verdicts(failures)
    for n, p in enumerate(pos.tolist()):
        row = index.row(p)
        hits = blockers(profile, row.offer, RuleContext(TODAY, row.trade_info, query.distance(row)))
        codes = {str(hit.code) for hit in hits}
        assert {RULE_NAMES[r] for r in np.flatnonzero(failures[:, n])} == codes, row.offer
        assert bool(ok[n]) == (not hits)
        assert bool(lit_only[n]) == (codes == {"literacy_below_minimum"})
        passed = {"literacy_below_minimum", "too_far", "avoided_district"}
        assert bool(query.pool.judge.admissible(pos)[n]) == (codes <= passed)


@PROPERTIES
@given(scenarios())
def test_the_vectorised_score_is_the_pure_python_score(scenario):
    profile, index, query = _world(scenario)
    pos, km = _all(index, query)
    bridge = np.zeros(len(pos), np.bool_)
    for requires_bridge in (False, True):
        bridge[:] = requires_bridge
        vector = query.pool.scores(None, pos, km, bridge) if len(pos) else []
        for n, p in enumerate(pos.tolist()):
            row = index.row(p)
            batch = best_open_batch(row.offer, TODAY) if row.kind == "course" else None
            pair = Pair(profile, row.offer, row.trade_info, TODAY, query.distance(row),
                        batch, query.market[row.trade])
            factors = score_pair(pair, query.trade_scores(row))
            total = 0.0
            for factor in FACTORS:
                total += factor.weight * factors[factor.name].value
            total = min(100.0, max(0.0, total * (0.9 if requires_bridge else 1.0)))
            if row.kind == "course" and batch is None:
                continue  # no batch to score: never a match
            assert abs(vector[n] - total) < 1e-9, (row.offer, factors)


@PROPERTIES
@given(scenarios())
def test_the_market_from_the_arrays_is_the_one_the_rows_count(scenario):
    profile, index, query = _world(scenario)
    _found, market = gather(query)
    assert {t: n for t, n in market.items() if n} == {t: n for t, n in query.market.items() if n}


@PROPERTIES
@given(scenarios())
def test_a_patched_index_matches_as_a_fresh_one(scenario):
    profile, courses, openings = scenario
    if not courses:
        return
    first, rest = courses[0], courses[1:]
    patched = CatalogIndex(TAXONOMY, rest, openings).add(first)
    patched = patched.add(replace(first, title="Changed"))
    fresh = CatalogIndex(TAXONOMY, [replace(first, title="Changed"), *rest], openings)
    assert (match(profile, patched, TODAY).to_dict() == match(profile, fresh, TODAY).to_dict())
    removed = patched.remove("course", first.id)
    assert (match(profile, removed, TODAY).to_dict()
            == match(profile, CatalogIndex(TAXONOMY, rest, openings), TODAY).to_dict())


def test_an_index_patched_past_its_dead_share_compacts_and_still_matches_as_a_fresh_one():
    from .field import FIELD_COURSES, FIELD_OPENINGS, profile

    index = CatalogIndex(TAXONOMY, FIELD_COURSES, FIELD_OPENINGS)
    edited = list(FIELD_COURSES)
    for number in range(300):  # more dead positions than COMPACT_SHARE of 1,000
        at = number % len(edited)
        edited[at] = replace(edited[at], title=f"Edit {number}")
        index = index.add(edited[at])
    assert index.columns.dead < 300  # compacted on the way
    assert index.columns.n - index.columns.dead == len(index)
    fresh = CatalogIndex(TAXONOMY, edited, FIELD_OPENINGS)
    for interests in ([], ["silai"], ["parlour", "computer"]):
        survivor = profile(interests=interests)
        assert match(survivor, index, TODAY).to_dict() == match(survivor, fresh, TODAY).to_dict()


def test_a_patch_judges_the_days_already_judged_as_a_fresh_build_would():
    from .field import FIELD_COURSES, FIELD_OPENINGS

    index = CatalogIndex(TAXONOMY, FIELD_COURSES, FIELD_OPENINGS)
    index.columns.day(TODAY.toordinal())  # judged before the patch
    full = replace(FIELD_COURSES[0], batches=tuple(
        replace(b, seats_taken=b.seats_total) for b in FIELD_COURSES[0].batches))
    patched = index.add(full)
    fresh = CatalogIndex(TAXONOMY, [full, *FIELD_COURSES[1:]], FIELD_OPENINGS)
    def judged(columns, name):
        values = getattr(columns.day(TODAY.toordinal()), name)
        return {(int(columns.kind[p]), int(columns.ident[p])): values[p].item()
                for p in np.flatnonzero(columns.live)}

    for name in ("closed", "no_capacity", "open_opening", "best_start"):
        assert judged(patched.columns, name) == judged(fresh.columns, name), name
    assert judged(patched.columns, "no_capacity")[(0, FIELD_COURSES[0].id)]
