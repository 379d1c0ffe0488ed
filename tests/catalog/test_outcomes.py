"""Outcomes of referrals: what counts as placed, decided and retained, and when matching trusts
an observed placement rate over the declared one (MIN_OUTCOMES)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog import matching
from catalog.models import Organisation
from catalog.services import accounts, outcomes, placement_rates
from catalog.services.placement_rates import MIN_OUTCOMES, Tally
from tests.outcome_rows import T0, OutcomeRows


@pytest.fixture
def rows(session):
    return OutcomeRows(session)


@pytest.fixture
def place(rows):
    """An NGO, a provider with one course, an employer with one opening."""
    ngo = rows.org("Asha Shelter Trust", "ngo")
    provider = rows.org("Kolkata Women's ITI", "provider")
    employer = rows.org("Stitch Works", "employer", verified=True)
    course, batch = rows.course(provider, placement_rate=0.7)
    opening = rows.opening(employer)
    return dict(ngo=ngo, provider=provider, employer=employer, course=course, batch=batch,
                opening=opening)


def test_a_completion_followed_by_a_hire_is_placed_and_a_hire_before_it_is_not(
        session, rows, place):
    later, earlier, never = (rows.survivor(place["ngo"]) for _ in range(3))
    for profile in (later, earlier, never):
        rows.completed(profile, place["batch"], T0)
    rows.hired(later, place["opening"], T0 + timedelta(days=20))
    rows.hired(earlier, place["opening"], T0 - timedelta(days=20))
    # Someone else's hire says nothing about these three.
    rows.hired(rows.survivor(place["ngo"]), place["opening"], T0 + timedelta(days=1))
    observed = placement_rates.observed_placements(session)
    assert observed.courses == {place["course"]: Tally(n=3, successes=1)}
    assert observed.providers == {place["provider"]: Tally(n=3, successes=1)}


def test_a_hire_at_the_moment_of_completion_counts_and_a_live_application_does_not(
        session, rows, place):
    same_moment, applied = rows.survivor(place["ngo"]), rows.survivor(place["ngo"])
    for profile in (same_moment, applied):
        rows.completed(profile, place["batch"], T0)
    rows.hired(same_moment, place["opening"], T0)
    rows.referral(applied, "applied", T0 + timedelta(days=3), opening_id=place["opening"])
    assert placement_rates.observed_placements(session).courses[place["course"]] == Tally(2, 1)


def test_an_employer_counts_hired_and_not_selected_as_decided_and_retention_from_day_90(
        session, rows, place):
    hired = [rows.hired(rows.survivor(place["ngo"]), place["opening"]) for _ in range(3)]
    rows.referral(rows.survivor(place["ngo"]), "not_selected", opening_id=place["opening"])
    rows.referral(rows.survivor(place["ngo"]), "interviewed", opening_id=place["opening"])
    rows.follow_up(hired[0], 90, "working")
    rows.follow_up(hired[1], 90, "dropped_out")
    rows.follow_up(hired[2], 90, None)  # due, not recorded: not counted
    rows.follow_up(hired[2], 30, "working")  # another day: not the 90-day retention
    admin = _admin(session, rows)
    report = outcomes.outcomes_report(session, admin)
    (employer,) = report.employers
    assert (employer.id, employer.tally, employer.tally.rate) == (place["employer"], Tally(4, 3),
                                                                 0.75)
    assert employer.retention_90 == Tally(2, 1)
    assert employer.used_in_matching is False


def test_retention_counts_course_follow_ups_in_training_or_working_and_job_ones_working(
        session, rows, place):
    enrolled = [rows.referral(rows.survivor(place["ngo"]), "enrolled", batch_id=place["batch"])
                for _ in range(3)]
    hired = rows.hired(rows.survivor(place["ngo"]), place["opening"])
    for referral, outcome in zip(enrolled, ("in_training", "working", "dropped_out")):
        rows.follow_up(referral, 30, outcome)
    rows.follow_up(hired, 30, "in_training")
    report = outcomes.outcomes_report(session, _admin(session, rows))
    by_key = {(row.day, row.kind): row for row in report.retention}
    assert sorted(by_key) == [(d, k) for d in (30, 90, 180) for k in ("course", "job")]
    course = by_key[30, "course"]
    assert (course.recorded, course.retained, course.outcomes["dropped_out"]) == (3, 2, 1)
    assert course.rate == pytest.approx(2 / 3)
    assert (by_key[30, "job"].recorded, by_key[30, "job"].rate) == (1, 0.0)
    assert (by_key[90, "course"].recorded, by_key[90, "course"].rate) == (0, None)


def _admin(session, rows):
    operator = session.get(Organisation, rows.org("Operator", "operator"))
    user, _token = accounts.create_user(session, "admin@example.org", operator, "admin")
    return user


# --- the threshold -------------------------------------------------------------------------


@pytest.mark.parametrize("completed, source, rate, outcomes_", [
    (MIN_OUTCOMES - 1, "declared", 0.7, 0),
    (MIN_OUTCOMES, "observed_course", 0.25, MIN_OUTCOMES),
])
def test_a_course_keeps_its_declared_rate_until_it_has_min_outcomes(
        session, rows, place, completed, source, rate, outcomes_):
    rows.graduates(place["ngo"], place["batch"], place["opening"], completed, placed=5)
    (offer,) = matching.load_courses(session, T0.date())
    assert (offer.placement_source, offer.placement_outcomes) == (source, outcomes_)
    assert offer.placement_rate == pytest.approx(rate)


def test_a_course_short_of_outcomes_falls_back_to_its_providers(session, rows, place):
    other, other_batch = rows.course(place["provider"], "Embroidery", "embroidery")
    rows.graduates(place["ngo"], place["batch"], place["opening"], 5, placed=5)
    rows.graduates(place["ngo"], other_batch, place["opening"], MIN_OUTCOMES - 5, placed=0)
    offers = {offer.id: offer for offer in matching.load_courses(session, T0.date())}
    for course_id in (place["course"], other):
        offer = offers[course_id]
        assert (offer.placement_source, offer.placement_outcomes) == ("observed_provider",
                                                                      MIN_OUTCOMES)
        assert offer.placement_rate == pytest.approx(5 / MIN_OUTCOMES)


def test_a_provider_short_of_outcomes_leaves_the_declared_rate_or_none(session, rows, place):
    undeclared, _ = rows.course(place["provider"], "Embroidery", "embroidery")
    rows.graduates(place["ngo"], place["batch"], place["opening"], MIN_OUTCOMES - 1, placed=19)
    offers = {offer.id: offer for offer in matching.load_courses(session, T0.date())}
    assert (offers[place["course"]].placement_rate,
            offers[place["course"]].placement_source) == (0.7, "declared")
    assert (offers[undeclared].placement_rate, offers[undeclared].placement_source) == (
        None, "declared")


def test_the_catalogue_version_changes_with_an_outcome_and_not_with_a_hold(
        session, rows, place):
    def version():
        return session.execute(select(*placement_rates.outcomes_version())).one()

    before = version()
    rows.referral(rows.survivor(place["ngo"]), "held", batch_id=place["batch"])
    rows.referral(rows.survivor(place["ngo"]), "applied", opening_id=place["opening"])
    assert version() == before
    rows.completed(rows.survivor(place["ngo"]), place["batch"])
    assert version() != before
    after_completion = version()
    rows.hired(rows.survivor(place["ngo"]), place["opening"], T0 + timedelta(days=1))
    assert version() != after_completion
