"""Cohort allocation's waiting and live seats (matcher.allocation), as pure rules: waiting counts
from the end of her last placement or closed referral, else from her registration; a survivor
holding a live seat elsewhere is left out unless included on purpose. No database."""
from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from matcher.allocation import (
    Candidate,
    Choice,
    PastReferral,
    Seats,
    Unplacement,
    Waiting,
    WaitingFrom,
    allocate,
    blocking_pairs,
    waiting_since,
)
from matcher.vocabulary import IncomeUrgency

REGISTERED = date(2026, 1, 10)
TODAY = date(2026, 12, 1)


def person(pid, *choices, waiting=0, live=()):
    return Candidate(pid, IncomeUrgency.MEDIUM, waiting, tuple(Choice(b, s) for b, s in choices),
                     tuple(live))


# --- waiting ----------------------------------------------------------------------------------

def test_with_no_referral_ended_she_waits_from_her_registration():
    waited = waiting_since(REGISTERED, [])
    assert waited == Waiting(REGISTERED, WaitingFrom.PROFILE_CREATED)
    assert waited.days(TODAY) == 325


def test_she_waits_from_the_end_of_her_last_placement():
    past = [PastReferral(3, date(2026, 5, 1), placement=False),
            PastReferral(7, date(2026, 10, 2), placement=True)]
    waited = waiting_since(REGISTERED, past)
    assert waited == Waiting(date(2026, 10, 2), WaitingFrom.PLACEMENT_ENDED, 7)
    assert waited.days(TODAY) == 60


def test_a_referral_closed_later_than_the_placement_counts():
    past = [PastReferral(7, date(2026, 6, 1), placement=True),
            PastReferral(9, date(2026, 11, 1), placement=False)]
    assert waiting_since(REGISTERED, past) == Waiting(date(2026, 11, 1),
                                                      WaitingFrom.REFERRAL_CLOSED, 9)


def test_a_referral_ended_before_her_registration_is_ignored():
    past = [PastReferral(2, date(2025, 12, 1), placement=True)]
    assert waiting_since(REGISTERED, past).source is WaitingFrom.PROFILE_CREATED


def test_the_same_day_a_placement_is_named_before_a_closed_referral():
    past = [PastReferral(4, date(2026, 8, 1), placement=False),
            PastReferral(5, date(2026, 8, 1), placement=True)]
    assert waiting_since(REGISTERED, past).referral_id == 5


@given(st.lists(st.tuples(st.integers(0, 400), st.booleans()), max_size=8))
def test_waiting_never_exceeds_the_time_since_registration_nor_since_any_end(ends):
    past = [PastReferral(i, date.fromordinal(REGISTERED.toordinal() + d), p)
            for i, (d, p) in enumerate(ends)]
    days = waiting_since(REGISTERED, past).days(TODAY)
    assert 0 <= days <= (TODAY - REGISTERED).days
    assert all(days <= max(0, (TODAY - r.ended_on).days) for r in past)


def test_a_survivor_just_back_from_a_course_waits_behind_one_who_waited_long():
    """Registered long ago but placed until last week: her wait is a week, not a year."""
    just_back = waiting_since(date(2025, 6, 1), [PastReferral(1, date(2026, 11, 24), True)])
    long_wait = waiting_since(date(2026, 5, 1), [])
    cohort = [person(1, (10, 80.0), waiting=just_back.days(TODAY)),
              person(2, (10, 60.0), waiting=long_wait.days(TODAY))]
    assert allocate(cohort, [Seats(10, 1)]).assignment == {2: 10}


# --- live seats ----------------------------------------------------------------------------

def test_a_survivor_holding_a_seat_elsewhere_is_left_out_and_told_which():
    cohort = [person(1, (10, 90.0), live=(77,)), person(2, (10, 60.0))]
    result = allocate(cohort, [Seats(10, 1)])
    assert result.assignment == {2: 10}
    [left] = result.unplaced
    assert (left.profile_id, left.reason, left.live_seats) == (
        1, Unplacement.HOLDS_SEAT_ELSEWHERE, (77,))
    assert left.passed_over == ()


def test_included_on_purpose_she_competes_and_the_placement_says_she_holds_a_seat():
    cohort = [person(1, (10, 90.0), live=(77,)), person(2, (10, 60.0))]
    result = allocate(cohort, [Seats(10, 1)], include_placed=True)
    assert result.assignment == {1: 10}
    [placement] = result.placements
    assert placement.live_seats == (77,)
    assert [u.reason for u in result.unplaced] == [Unplacement.OUTRANKED]


def test_included_she_is_never_placed_in_a_batch_she_holds():
    cohort = [person(1, (10, 90.0), (11, 70.0), live=(10,))]
    result = allocate(cohort, [Seats(10, 3), Seats(11, 3)], include_placed=True)
    assert result.assignment == {1: 11}
    assert result.placements[0].options == 1


def test_a_left_out_survivor_blocks_no_one():
    cohort = [person(1, (10, 90.0), live=(77,)), person(2, (10, 60.0))]
    result = allocate(cohort, [Seats(10, 1)])
    assert blocking_pairs(cohort, [Seats(10, 1)], result.assignment) == []
    # included, she and the batch would both rather have each other than this assignment
    assert blocking_pairs(cohort, [Seats(10, 1)], result.assignment, include_placed=True) \
        == [(1, 10)]


@given(st.lists(st.tuples(st.integers(1, 4), st.booleans()), min_size=1, max_size=12),
       st.booleans())
def test_no_one_holding_a_seat_is_placed_unless_included(wants, include):
    cohort = [person(pid, (10 + batch, 50.0 + pid), live=(99,) if holds else ())
              for pid, (batch, holds) in enumerate(wants, start=1)]
    seats = [Seats(10 + b, 2) for b in range(1, 5)]
    result = allocate(cohort, seats, include_placed=include)
    holders = {c.profile_id for c in cohort if c.live_seats}
    if not include:
        assert not holders & set(result.assignment)
        assert {u.profile_id for u in result.unplaced
                if u.reason is Unplacement.HOLDS_SEAT_ELSEWHERE} == holders
    else:
        assert not any(u.reason is Unplacement.HOLDS_SEAT_ELSEWHERE for u in result.unplaced)
    assert len(result.placements) + len(result.unplaced) == len(cohort)
    assert blocking_pairs(cohort, seats, result.assignment, include_placed=include) == []
