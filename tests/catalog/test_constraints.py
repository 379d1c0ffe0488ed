"""The database itself refuses what must never happen, on SQLite and on PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from catalog.models import Batch, Course, Opening, Referral


@pytest.mark.parametrize("seats_total, seats_taken, change", [
    pytest.param(5, 5, dict(seats_taken=6), id="an_over_full_batch"),
    pytest.param(5, 0, dict(seats_taken=Batch.seats_taken - 1), id="seats_taken_below_zero"),
    pytest.param(10, 4, dict(seats_total=3), id="seats_total_below_seats_taken"),
])
def test_impossible_seats_are_refused_by_the_database(session, make_batch, seats_total,
                                                      seats_taken, change):
    batch = make_batch(seats_total=seats_total, seats_taken=seats_taken)
    session.commit()
    with pytest.raises(IntegrityError):
        session.execute(update(Batch).where(Batch.id == batch.id).values(**change))
        session.flush()


def test_a_full_batch_is_allowed(session, make_batch):
    batch = make_batch(seats_total=5, seats_taken=5)
    session.commit()
    assert batch.seats_available == 0


def test_positions_filled_cannot_exceed_positions(session, make_opening):
    opening = make_opening(positions=2)
    session.commit()
    with pytest.raises(IntegrityError):
        session.execute(update(Opening).where(Opening.id == opening.id).values(positions_filled=3))
        session.flush()


def test_an_opening_never_admits_minors(session, make_opening):
    with pytest.raises(IntegrityError):
        make_opening(min_age=16)


def test_case_ref_is_unique_within_an_organisation(session, make_org, make_profile):
    ngo = make_org("Asha Shelter Trust")
    make_profile(ngo, case_ref="ASH-1")
    session.commit()
    with pytest.raises(IntegrityError):
        make_profile(ngo, case_ref="ASH-1")


def test_the_same_case_ref_may_exist_in_two_organisations(session, make_org, make_profile):
    make_profile(make_org("Asha Shelter Trust"), case_ref="CASE-1")
    make_profile(make_org("Mumbai Mukti Sangha"), case_ref="CASE-1")
    session.commit()


def test_profile_age_must_be_plausible(session, make_profile):
    with pytest.raises(IntegrityError):
        make_profile(age=9)


def test_foreign_keys_are_enforced(session):
    session.add(
        Course(provider_id=999_999, title="Ghost", trade="sewing_dress_making",
               min_literacy="none", languages=[], mode="remote", duration_weeks=4)
    )
    with pytest.raises(IntegrityError):
        session.flush()


def test_a_course_needs_a_known_trade(session, make_course):
    with pytest.raises(IntegrityError):
        make_course(trade="astrology")


def test_a_referral_names_exactly_one_offer(session, make_profile, make_batch, make_opening):
    profile, batch, opening = make_profile(), make_batch(), make_opening()
    session.add(Referral(profile_id=profile.id, batch_id=batch.id, opening_id=opening.id,
                         status="held"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_one_live_referral_per_survivor_and_batch(session, make_profile, make_batch):
    profile, batch = make_profile(), make_batch()
    session.add(Referral(profile_id=profile.id, batch_id=batch.id, status="withdrawn"))
    session.add(Referral(profile_id=profile.id, batch_id=batch.id, status="held"))
    session.flush()  # a withdrawn referral does not stand in the way of a new one
    session.add(Referral(profile_id=profile.id, batch_id=batch.id, status="held"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_enumeration_columns_refuse_unknown_codes(session, make_profile):
    profile = make_profile()
    session.commit()
    with pytest.raises(IntegrityError):
        session.connection().exec_driver_sql(
            f"UPDATE profiles SET literacy = 'phd' WHERE id = {profile.id}"
        )
