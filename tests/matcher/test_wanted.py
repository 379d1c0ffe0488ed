"""The allocation's fast path (matcher.wanted) against its specification (matcher.engine.
batch_fits, a whole query per survivor): on random small worlds, the same batches with the same
scores, factors and reasons; with a least score, every batch reaching it, so the same choices and
the same allocation. No database."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from matcher import CatalogIndex
from matcher.allocation import Candidate, Seats, allocate
from matcher.engine import batch_fits
from matcher.factors import FACTORS, TradeFacts
from matcher.wanted import Wanted, wanted_batch_fits

from .field import TAXONOMY, TODAY, TRADES, profile
from .worlds import PROPERTIES, profiles, scenarios

LEAST_SCORES = (0.0, 30.0, 50.0, 60.0, 70.0, 80.0)


@st.composite
def wanted_of(draw, courses):
    """Some of the courses, each with some of its batches (and an id no course has)."""
    wanted = {}
    for course in courses:
        if course.batches and draw(st.integers(0, 3)):
            ids = [b.id for b in course.batches]
            wanted[course.id] = set(draw(st.lists(st.sampled_from(ids), min_size=1)))
    wanted[10_000] = {1}
    return wanted


@PROPERTIES
@given(st.data())
def test_the_fast_path_finds_the_batches_the_whole_query_finds(data):
    person, courses, openings = data.draw(scenarios())
    wanted = data.draw(wanted_of(courses))
    index = CatalogIndex(TAXONOMY, courses, openings)
    spec = batch_fits(person, index, TODAY, wanted)
    assert wanted_batch_fits(person, index, TODAY, wanted) == spec
    filed = Wanted(index, wanted)
    for least in LEAST_SCORES:
        fast = wanted_batch_fits(person, index, TODAY, filed, least)
        assert [f for f in fast if f.score >= least] == [f for f in spec if f.score >= least]
        assert all(f in spec for f in fast)


@PROPERTIES
@given(st.data())
def test_a_cohort_gets_the_same_allocation_from_either_path(data):
    _, courses, openings = data.draw(scenarios())
    cohort = [replace(data.draw(profiles()), id=pid) for pid in range(1, 6)]
    wanted = data.draw(wanted_of(courses))
    least = data.draw(st.sampled_from(LEAST_SCORES))
    index = CatalogIndex(TAXONOMY, courses, openings)
    seats = [Seats(b, data.draw(st.integers(0, 2))) for ids in wanted.values() for b in ids]
    filed = Wanted(index, wanted)

    def candidates(fits_of):
        return [Candidate.of(p.id, p.income_urgency, 10 * p.id,
                             [(f.batch_id, f.score) for f in fits_of(p)], least)
                for p in cohort]

    spec = candidates(lambda p: batch_fits(p, index, TODAY, wanted))
    fast = candidates(lambda p: wanted_batch_fits(p, index, TODAY, filed, least))
    assert fast == spec
    assert allocate(fast, seats) == allocate(spec, seats)


@PROPERTIES
@given(st.data())
def test_a_cohort_filed_once_gets_each_survivor_what_the_whole_query_finds(data):
    """The arrays' path as an allocation runs it: the wanted courses filed once, the factors
    scored per offer shared by the whole cohort, on more than one day; survivor by survivor the
    batches of the specification (with a least score, every one reaching it)."""
    _, courses, openings = data.draw(scenarios())
    cohort = [replace(data.draw(profiles()), id=pid) for pid in range(1, 5)]
    wanted = data.draw(wanted_of(courses))
    index = CatalogIndex(TAXONOMY, courses, openings)
    filed = Wanted(index, wanted)
    for today in (TODAY, TODAY + timedelta(days=6), TODAY):
        for person in cohort:
            least = data.draw(st.sampled_from((None, *LEAST_SCORES)))
            spec = batch_fits(person, index, today, wanted)
            fast = wanted_batch_fits(person, index, today, filed, least)
            if least is None:
                assert fast == spec
            else:
                assert [f for f in fast if f.score >= least] == [f for f in spec
                                                                 if f.score >= least]
                assert all(f in spec for f in fast)


def test_every_trade_bound_grows_with_the_open_positions():
    """What lets the fast path bound a trade before counting a survivor's positions."""
    person = profile(["silai"])
    for trade in TRADES.values():
        for kind in ("course", "opening"):
            for factor in FACTORS:
                if factor.trade_bound is None:
                    continue
                values = [factor.trade_bound(TradeFacts(person, trade, kind, n))
                          for n in (0, 1, 3, 9, 10, 11, 100, 10**9)]
                assert values == sorted(values), (factor.name, trade.code, kind)
