"""A seat change gives a new index by the seats-only path (`CatalogIndex.with_seats`, issue 19:
a hold changes nothing else): it answers exactly as one built afresh from the changed catalogue,
shares every column but the batches' seats with the index it came from, and leaves that one as
it was."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from matcher import CatalogIndex, match
from tests.hypothesis_profiles import examples

from .field import TAXONOMY, TODAY, batch, course
from .worlds import PROPERTIES, scenarios

DAYS = (TODAY, TODAY + timedelta(days=3))


@st.composite
def seat_changes(draw):
    """A catalogue, and new seats for some batches of its courses: often full (every seat
    taken), or none taken, or a few; perhaps fewer or more seats in all."""
    profile, courses, openings = draw(scenarios())
    changed = []
    for offer in courses:
        if not offer.batches or not draw(st.booleans()):
            continue
        batches = []
        for b in offer.batches:
            total = draw(st.sampled_from([b.seats_total, b.seats_total, 0, 1, 5]))
            taken = draw(st.sampled_from([total, total, 0, total // 2, total + 1]))
            batches.append(replace(b, seats_total=total, seats_taken=taken))
        changed.append(replace(offer, batches=tuple(batches)))
    return profile, courses, openings, changed, draw(st.booleans()), draw(st.booleans())


def _with(courses, changed):
    by_id = {c.id: c for c in courses}
    by_id.update({c.id: c for c in changed})
    return list(by_id.values())


def _day_state(index, day):
    """What the day's judgement says of each offer, by key (positions differ between indexes)."""
    judged = index.columns.day(day.toordinal())
    return {key: tuple(int(array[index.by_key.position(key)]) for array in judged)
            for key in index.by_key}


def _answers(profile, index):
    return [match(profile, index, day, limit=None, near_misses=near)
            for day in DAYS for near in (False, True)]


def _assert_same(profile, index, fresh):
    assert _answers(profile, index) == _answers(profile, fresh)
    for day in DAYS:
        assert _day_state(index, day) == _day_state(fresh, day)


@settings(PROPERTIES, max_examples=examples(80))
@given(seat_changes())
def test_seats_changed_answer_as_a_fresh_build_and_the_old_index_is_untouched(change):
    profile, courses, openings, changed, repatched, fold = change
    old = CatalogIndex(TAXONOMY, courses, openings)
    if repatched and courses:  # dead positions (and their batches) in the columns
        old = old.patched(add=[replace(courses[0], title="again")])
        courses = [replace(courses[0], title="again"), *courses[1:]]
        changed = [replace(c, title="again") if c.id == courses[0].id else c for c in changed]
    match(profile, old, TODAY, limit=None)  # a day judged before the change: patched in place
    before = _answers(profile, old)
    seats_before = old.columns.b_seats.copy()
    offers_before = [old.offer(p) for p in range(len(old.offer_at))]
    days_before = {day: _day_state(old, day) for day in DAYS}

    seated = old.with_seats(changed)
    assert seated.columns.phi is old.columns.phi  # the seats-only path, not a full patch
    fresh = CatalogIndex(TAXONOMY, _with(courses, changed), openings)
    _assert_same(profile, seated, fresh)
    _assert_same(profile, seated.patched(remove=[("opening", 999)]), fresh)  # a patch after it
    # and back: every batch as it was (a batch full, then a seat given back)
    # (`fold`: the offers put in place written into a copy of offer_at)
    with mock.patch("matcher.index.SEATED_KEPT", 0 if fold else 1_000):
        back = seated.with_seats([c for c in courses if c.id in {x.id for x in changed}])
    _assert_same(profile, back, CatalogIndex(TAXONOMY, courses, openings))

    assert _answers(profile, old) == before
    assert np.array_equal(old.columns.b_seats, seats_before)
    assert all(old.offer(p) is offer for p, offer in enumerate(offers_before))
    assert {day: _day_state(old, day) for day in DAYS} == days_before


def test_a_seat_change_shares_every_column_but_the_seats():
    index = CatalogIndex(TAXONOMY, [course(1, "tailoring"), course(2, "tailoring")])
    index.columns.day(TODAY.toordinal())
    full = replace(index.by_key[("course", 1)].offer,
                   batches=(batch(101, seats=4, taken=4),))
    kept_row, old_row = index.by_key[("course", 2)], index.by_key[("course", 1)]
    seated = index.with_seats([full])
    assert seated.by_key[("course", 2)] is kept_row  # rows of the offers left alone: shared
    assert seated.by_key[("course", 1)] is not old_row
    assert index.by_key[("course", 1)].offer is old_row.offer
    for name in ("phi", "key_pos", "by_cell", "b_owner", "b_start", "factor", "live"):
        assert getattr(seated.columns, name) is getattr(index.columns, name)
    assert seated.columns.b_seats is not index.columns.b_seats
    assert seated.by_key[("course", 1)].offer == full
    assert seated.by_key[("course", 1)].offer.batches[0].seats_available == 0
    assert index.by_key[("course", 1)].offer.batches[0].seats_available > 0
    position = seated.by_key.position(("course", 1))
    assert seated.columns.day(TODAY.toordinal()).no_capacity[position]
    assert not index.columns.day(TODAY.toordinal()).no_capacity[position]


def test_a_change_beyond_the_seats_takes_the_full_patch():
    index = CatalogIndex(TAXONOMY, [course(1, "tailoring")])
    offer = index.by_key[("course", 1)].offer
    renamed = replace(offer, title="Renamed", batches=(batch(101, seats=4, taken=4),))
    patched = index.with_seats([renamed])
    assert patched.by_key[("course", 1)].offer == renamed
    assert patched.columns.phi is not index.columns.phi  # filed afresh, not the fast path
    moved = replace(offer, batches=(batch(11, seats=4),))  # another batch: not a seat change
    assert index.with_seats([moved]).by_key[("course", 1)].offer == moved
    assert index.with_seats([]) is index
