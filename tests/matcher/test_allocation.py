"""Cohort allocation (matcher.allocation): capacity, hard rules, priority, stability (checked by
brute force), determinism and explanations. No database."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matcher import CatalogIndex
from matcher.allocation import (
    Because,
    Candidate,
    Choice,
    Seats,
    Unplacement,
    allocate,
    blocking_pairs,
    priority,
)
from matcher.checks import batch_blockers
from matcher.engine import batch_fits
from matcher.vocabulary import Gender, IncomeUrgency, Literacy
from tests.hypothesis_profiles import examples

from . import field

HIGH, MEDIUM, LOW = IncomeUrgency.HIGH, IncomeUrgency.MEDIUM, IncomeUrgency.LOW


def person(pid, *choices, urgency=MEDIUM, waiting=0):
    return Candidate(pid, urgency, waiting, tuple(Choice(b, s) for b, s in choices))


# --- rules of the game, one at a time -------------------------------------------------------


def test_high_urgency_takes_the_last_seat_over_a_better_fit():
    cohort = [person(1, (10, 90.0), urgency=LOW), person(2, (10, 40.0), urgency=HIGH)]
    result = allocate(cohort, [Seats(10, 1)])
    assert result.assignment == {2: 10}
    (left,) = result.unplaced
    assert left.profile_id == 1 and left.reason is Unplacement.OUTRANKED
    assert left.passed_over[0].because is Because.HIGHER_URGENCY


@pytest.mark.parametrize(
    ("waited_a", "waited_b", "winner"),
    [(29, 30, 2), (30, 29, 1), (89, 90, 2), (179, 180, 2), (180, 400, 1)],
)
def test_longer_waiting_wins_by_band(waited_a, waited_b, winner):
    # 180 and 400 days are the same band: the tie then goes to fewer alternatives, fit, id.
    cohort = [person(1, (10, 50.0), waiting=waited_a), person(2, (10, 50.0), waiting=waited_b)]
    assert allocate(cohort, [Seats(10, 1)]).assignment == {winner: 10}


def test_urgency_outranks_waiting():
    cohort = [person(1, (10, 50.0), urgency=MEDIUM, waiting=400),
              person(2, (10, 50.0), urgency=HIGH, waiting=0)]
    assert allocate(cohort, [Seats(10, 1)]).assignment == {2: 10}


def test_among_equals_fewer_alternatives_first_fills_more_seats():
    # 1 could go to 10 or 20, 2 only to 10: giving 10 to 2 fills both seats.
    cohort = [person(1, (10, 80.0), (20, 70.0)), person(2, (10, 60.0))]
    result = allocate(cohort, [Seats(10, 1), Seats(20, 1)])
    assert result.assignment == {1: 20, 2: 10}
    placed_1 = next(p for p in result.placements if p.profile_id == 1)
    assert placed_1.choice == 2 and placed_1.options == 2
    assert [(p.batch_id, p.because) for p in placed_1.passed_over] == [
        (10, Because.FEWER_ALTERNATIVES)
    ]


def test_among_equals_with_as_many_alternatives_the_better_fit_wins():
    cohort = [person(1, (10, 55.0)), person(2, (10, 70.0))]
    result = allocate(cohort, [Seats(10, 1)])
    assert result.assignment == {2: 10}
    assert result.unplaced[0].passed_over[0].because is Because.BETTER_FIT


def test_the_earlier_profile_breaks_a_perfect_tie():
    cohort = [person(7, (10, 50.0)), person(3, (10, 50.0))]
    result = allocate(cohort, [Seats(10, 1)])
    assert result.assignment == {3: 10}
    assert result.unplaced[0].passed_over[0].because is Because.REGISTERED_EARLIER


def test_each_survivor_gets_her_best_choice_when_seats_allow():
    cohort = [person(1, (10, 60.0), (20, 80.0)), person(2, (10, 70.0), (20, 50.0))]
    result = allocate(cohort, [Seats(10, 1), Seats(20, 1)])
    assert result.assignment == {1: 20, 2: 10}
    assert all(p.choice == 1 and not p.passed_over for p in result.placements)


def test_no_eligible_batch_is_its_own_reason():
    result = allocate([person(1)], [Seats(10, 3)])
    assert result.assignment == {}
    assert result.unplaced[0].reason is Unplacement.NO_ELIGIBLE_BATCH


def test_choices_outside_the_allocation_or_without_seats_are_ignored():
    cohort = [person(1, (99, 90.0), (20, 10.0), (10, 50.0))]
    result = allocate(cohort, [Seats(10, 1), Seats(20, 0)])
    assert result.assignment == {1: 10}
    assert result.placements[0].choice == 1 and result.placements[0].options == 1


def test_a_profile_twice_is_refused():
    with pytest.raises(ValueError, match="twice"):
        allocate([person(1, (10, 1.0)), person(1, (10, 2.0))], [Seats(10, 1)])


def test_capacity_of_zero_seats_and_empty_cohort():
    assert allocate([], [Seats(10, 2)]).filled == {10: 0}
    result = allocate([person(1, (10, 50.0))], [Seats(10, 0)])
    assert result.assignment == {} and result.filled == {10: 0}


def test_priority_orders_policy_first():
    a = person(1, (10, 99.0), (20, 99.0), urgency=MEDIUM, waiting=500)
    b = person(2, (10, 1.0), urgency=HIGH)
    assert priority(b, 1.0) > priority(a, 99.0)


# --- brute force: stability, optimality, capacity, determinism ------------------------------


@st.composite
def instances(draw, max_people=7, max_batches=4):
    n_batches = draw(st.integers(1, max_batches))
    seats = [Seats(100 + b, draw(st.integers(0, 3))) for b in range(n_batches)]
    cohort = []
    for pid in range(1, draw(st.integers(0, max_people)) + 1):
        batches = draw(st.lists(st.sampled_from([s.batch_id for s in seats]), unique=True))
        scores = [draw(st.sampled_from([20.0, 50.0, 50.0, 80.0])) for _ in batches]
        cohort.append(Candidate(
            pid, draw(st.sampled_from(list(IncomeUrgency))),
            draw(st.sampled_from([0, 29, 30, 95, 200])),
            tuple(Choice(b, s) for b, s in zip(batches, scores, strict=True)),
        ))
    return cohort, seats


def _all_assignments(cohort, seats):
    """Every assignment that respects choices and capacity (small instances only)."""
    capacity = {s.batch_id: s.capacity for s in seats}
    options = [[None] + [c.batch_id for c in person.choices] for person in cohort]
    for picks in itertools.product(*options):
        used = {}
        for batch_id in picks:
            if batch_id is not None:
                used[batch_id] = used.get(batch_id, 0) + 1
        if all(count <= capacity[b] for b, count in used.items()):
            yield {p.profile_id: b for p, b in zip(cohort, picks, strict=True) if b is not None}


@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_stable_within_capacity_and_survivor_optimal(instance):
    cohort, seats = instance
    result = allocate(cohort, seats)
    assignment = result.assignment
    capacity = {s.batch_id: s.capacity for s in seats}
    for batch_id, filled in result.filled.items():
        assert filled <= capacity[batch_id]
        assert filled == sum(1 for b in assignment.values() if b == batch_id)
    for profile_id, batch_id in assignment.items():  # only ever a batch she may join
        person_ = next(p for p in cohort if p.profile_id == profile_id)
        assert batch_id in {c.batch_id for c in person_.choices}
    assert blocking_pairs(cohort, seats, assignment) == []
    assert blocking_pairs(cohort, seats, assignment, by_policy=True) == []
    assert len(result.placements) + len(result.unplaced) == len(cohort)
    # Brute force: among every stable assignment, none gives any survivor a batch she prefers.
    rank = {(p.profile_id, c.batch_id): i for p in cohort for i, c in enumerate(p.choices)}
    mine = {pid: rank[pid, b] for pid, b in assignment.items()}
    for other in _all_assignments(cohort, seats):
        if blocking_pairs(cohort, seats, other):
            continue
        for pid, batch_id in other.items():
            assert pid in mine and mine[pid] <= rank[pid, batch_id]


@settings(max_examples=examples(60), deadline=None)
@given(instances(max_people=12, max_batches=5))
def test_the_same_input_in_any_order_gives_the_same_allocation(instance):
    cohort, seats = instance
    first = allocate(cohort, seats)
    shuffled = list(cohort)
    random.Random(len(cohort)).shuffle(shuffled)
    again = allocate(
        [Candidate(p.profile_id, p.income_urgency, p.waiting_days, tuple(reversed(p.choices)))
         for p in shuffled],
        list(reversed(seats)),
    )
    assert again == first


def test_blocking_pairs_finds_what_a_first_come_first_served_assignment_breaks():
    cohort = [person(1, (10, 50.0), urgency=LOW), person(2, (10, 50.0), urgency=HIGH)]
    seats = [Seats(10, 1)]
    assert blocking_pairs(cohort, seats, {1: 10}) == [(2, 10)]
    assert blocking_pairs(cohort, seats, {1: 10}, by_policy=True) == [(2, 10)]
    # A free seat and a survivor who wanted it block too.
    assert blocking_pairs(cohort, [Seats(10, 2)], {1: 10}) == [(2, 10)]


def test_scale_of_an_intake_fills_every_seat_some_survivor_can_take():
    rng = random.Random(7)
    seats = [Seats(b, rng.randint(1, 8)) for b in range(1, 101)]
    cohort = [
        Candidate(pid, rng.choice(list(IncomeUrgency)), rng.randint(0, 400),
                  tuple(Choice(b, round(rng.uniform(20, 95), 1))
                        for b in rng.sample(range(1, 101), rng.randint(0, 6))))
        for pid in range(1, 1001)
    ]
    result = allocate(cohort, seats)
    assert blocking_pairs(cohort, seats, result.assignment) == []
    wanted = {c.batch_id for person_ in cohort for c in person_.choices}
    for seat in seats:  # stability: a batch someone unplaced could join is full
        if seat.batch_id in wanted and result.filled[seat.batch_id] < seat.capacity:
            assert not any(
                seat.batch_id in {c.batch_id for c in u_person.choices}
                for u_person in cohort if u_person.profile_id not in result.assignment
            )


# --- with the engine: every placement passes every hard rule ----------------------------------


def test_batch_fits_are_what_the_rules_allow_and_allocation_respects_them(today):
    course_a = field.course(1, "sewing_dress_making", batches=(field.batch(101, seats=1),
                                                    field.batch(102, start_in=60, seats=1)))
    course_b = field.course(2, "beauty_therapy", women_only=True,
                            batches=(field.batch(201, seats=2),))
    course_c = field.course(3, "data_entry", min_literacy=Literacy.CLASS10,
                            batches=(field.batch(301, seats=5),))
    index = CatalogIndex(field.TAXONOMY, [course_a, course_b, course_c], [])
    wanted = {1: {101, 102}, 2: {201}, 3: {301}}
    cohort = [
        field.profile(["silai"], id=1, income_urgency=HIGH),
        field.profile(["beauty parlour"], id=2, gender=Gender.MALE),
        field.profile(["tailoring"], id=3, income_urgency=LOW),
        field.profile(["computer"], id=4, literacy=Literacy.CLASS5),
    ]
    fits = {p.id: batch_fits(p, index, today, wanted) for p in cohort}
    # The man is never offered the women-only course; class 5 never reaches the class 10 course.
    assert 201 not in {f.batch_id for f in fits[2]}
    assert 301 not in {f.batch_id for f in fits[4]}
    # The earlier batch scores higher on the start factor.
    scores = {f.batch_id: f.score for f in fits[1]}
    assert scores[101] > scores[102]
    candidates = [Candidate.of(p.id, p.income_urgency, 0,
                               [(f.batch_id, f.score) for f in fits[p.id]])
                  for p in cohort]
    # A seat in a trade of no interest to her is not among her choices (MIN_SCORE).
    assert {c.batch_id for c in candidates[1].choices} == set()
    assert {c.batch_id for c in candidates[2].choices} == {101, 102}
    seats = [Seats(101, 1), Seats(102, 1), Seats(201, 2), Seats(301, 5)]
    result = allocate(candidates, seats)
    courses = {101: course_a, 102: course_a, 201: course_b, 301: course_c}
    batches = {b.id: b for c in (course_a, course_b, course_c) for b in c.batches}
    profiles = {p.id: p for p in cohort}
    for pid, batch_id in result.assignment.items():
        course = courses[batch_id]
        assert batch_blockers(profiles[pid], course, batches[batch_id],
                              field.TRADES[course.trade], today) == ()
    # The urgent survivor gets the early tailoring batch; the other tailoring survivor the later.
    assert result.assignment == {1: 101, 3: 102}
    assert {u.profile_id: u.reason for u in result.unplaced} == {
        2: Unplacement.NO_ELIGIBLE_BATCH, 4: Unplacement.NO_ELIGIBLE_BATCH}
