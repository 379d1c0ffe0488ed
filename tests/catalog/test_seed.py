"""Seeding: real reference data, a realistic demo catalogue, and running it twice changes nothing."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, select

from catalog.models import (
    Batch,
    Course,
    District,
    Opening,
    Organisation,
    Profile,
    Scheme,
    Trade,
    TradeAlias,
    User,
)
from matcher.vocabulary import Literacy, OpeningStatus
from seeds.loader import load_demo, load_reference
from tests.rows import row_counts

TODAY = date(2026, 11, 29)
NOW = datetime(2026, 11, 29, 6, 30, tzinfo=timezone.utc)  # noon of TODAY in India


def snapshot(session) -> set:
    """Every seeded row's natural content, to compare two runs by value, not only by count."""
    return {
        *session.execute(select(Trade.code, Trade.name, Trade.remote_teachable)).all(),
        *session.execute(select(TradeAlias.trade_code, TradeAlias.alias)).all(),
        *session.execute(select(District.country, District.name, District.latitude)).all(),
        *session.execute(select(Course.title, Course.provider_id, Course.district_key)).all(),
        *session.execute(select(Batch.course_id, Batch.start_date, Batch.seats_taken)).all(),
        *session.execute(select(Opening.title, Opening.status, Opening.closes_on)).all(),
        *session.execute(select(Profile.case_ref, Profile.literacy, Profile.district_key)).all(),
        *((s.code, s.name, json.dumps(s.eligibility, sort_keys=True),
           json.dumps(s.documents_required), s.updated_at)
          for s in session.scalars(select(Scheme))),
    }


def test_seeding_twice_changes_nothing(session):
    load_reference(session)  # the schemes catalogue too
    load_demo(session, now=NOW)
    session.commit()
    counts, contents = row_counts(session), snapshot(session)

    load_reference(session)
    load_demo(session, now=NOW + timedelta(days=6))  # another day: existing rows stay as they were
    session.commit()
    assert row_counts(session) == counts
    assert snapshot(session) == contents


def test_the_demo_catalogue_is_big_enough_to_explore(session):
    load_demo(session, now=NOW)
    session.commit()
    count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
    assert count(Course) >= 40
    assert session.scalar(select(func.count(func.distinct(Course.district_key)))) >= 8
    assert count(Opening) >= 20
    assert count(Profile) >= 15
    roles = set(session.scalars(select(User.role)))
    assert {role.value for role in roles} == {"counselor", "iti_liaison", "csr_partner", "admin"}
    literacy = set(session.scalars(select(Profile.literacy)))
    assert literacy == set(Literacy)
    assert session.scalar(select(func.count()).where(Profile.age < 18)) >= 1
    assert session.scalar(select(func.count()).where(Profile.learning_mode == "remote_only")) >= 1
    modes = {mode.value for mode in session.scalars(select(Course.mode))}
    assert {"in_person", "remote", "blended"} <= modes


def test_demo_profiles_are_resolved_and_placed_when_written(session):
    load_demo(session, now=NOW)
    session.commit()
    profiles = list(session.scalars(select(Profile)))
    assert all(p.latitude and p.longitude and p.district_key for p in profiles)
    with_interests = [p for p in profiles if p.interests]
    assert with_interests
    assert sum(1 for p in with_interests if p.resolved_interests) >= len(with_interests) * 0.8


def test_openings_of_unverified_employers_wait_for_review(session):
    load_demo(session, now=NOW)
    session.commit()
    rows = session.execute(select(Opening.status, Organisation.verified)
                           .join(Organisation, Opening.employer_id == Organisation.id)).all()
    assert all(status is OpeningStatus.PENDING_REVIEW for status, verified in rows if not verified)


def test_reference_data_covers_the_mission_states(session):
    states = set(session.scalars(select(District.state).where(District.country == "IN")))
    for state in ("West Bengal", "Maharashtra", "Bihar", "Jharkhand", "Odisha", "Assam", "Delhi",
                  "Karnataka", "Tamil Nadu", "Uttar Pradesh"):
        assert any(state.lower() in s.lower() for s in states), state
    assert session.scalar(select(func.count()).where(District.country == "BD")) == 64
    kolkata = session.scalar(select(District).where(District.key == "kolkata"))
    assert 22.4 < kolkata.latitude < 22.7 and 88.2 < kolkata.longitude < 88.5


def test_seeding_loads_the_schemes_and_keeps_an_admins_change(session):
    load_reference(session)
    session.commit()
    codes = set(session.scalars(select(Scheme.code)))
    assert {"pmkvy", "pmjdy", "mudra_shishu", "day_nrlm", "day_nulm", "e_shram",
            "nfsa_ration_card", "ujjawala", "swadhar_greh", "shakti_sadan"} <= codes
    mudra = session.scalar(select(Scheme).where(Scheme.code == "mudra_shishu"))
    assert (mudra.kind.value, mudra.benefit_amount_inr, mudra.prerequisites) == (
        "business_loan", 50000, ["pmjdy"])
    mudra.benefit_amount_inr = 60000  # an admin followed a policy change
    session.commit()
    load_reference(session)
    session.commit()
    session.expire_all()
    assert session.scalar(select(Scheme.benefit_amount_inr)
                          .where(Scheme.code == "mudra_shishu")) == 60000


def _demo_district_keys(session) -> set[str]:
    keys = set()
    for model in (Course, Opening, Profile):
        keys |= set(session.scalars(select(model.district_key).where(
            model.district_key.is_not(None))))
    return keys


def test_each_demo_district_has_a_literacy_bridge_and_an_open_schooling_course(session):
    """Issue 17: a newcomer anywhere the demo reaches sees a pathway in."""
    load_demo(session, now=NOW)
    session.commit()
    districts = _demo_district_keys(session)
    assert {"howrah", "jashore", "kolkata", "patna", "mumbai"} <= districts
    for trade in ("literacy_bridge", "open_schooling"):
        offered = set(session.scalars(select(Course.district_key).where(
            Course.trade == trade, Course.raises_literacy_to.is_not(None))))
        assert districts <= offered, (trade, sorted(districts - offered))


def test_the_howrah_class_5_case_sees_a_bridge_and_the_distance(session):
    """The counselor's case: 27, class 5, Howrah, 10 km. Sewing and beauty in Kolkata need
    class 8 and are about 29 km away: each near miss names the Howrah open-schooling course,
    the day she could then start, and the distance."""
    from catalog.matching import match_profile

    load_demo(session, now=NOW)
    session.commit()
    profile = session.scalar(select(Profile).where(Profile.case_ref == "MAR-2026-061"))
    result = match_profile(session, None, profile, NOW)
    assert any(m.trade == "open_schooling" for m in result.matches)
    sewing = [n for n in result.near_misses
              if n.trade in ("sewing_dress_making", "beauty_therapy") and n.kind == "course"]
    assert sewing
    for miss in sewing:
        steps = {str(hit.code): step for hit, step in zip(miss.blockers, miss.unblocks)}
        if "literacy_below_minimum" in steps and "too_far" in steps:
            break
    else:
        raise AssertionError("no near miss blocked by literacy and distance")
    bridge, travel = steps["literacy_below_minimum"], steps["too_far"]
    school = session.get(Course, bridge.params["course_id"])
    assert (school.trade, school.district_key, bridge.params["reaches"]) == (
        "open_schooling", "howrah", "class8")
    assert bridge.params["duration_weeks"] == school.duration_weeks
    assert travel.code == "unblock_travel" and travel.params["km"] == 29


def test_the_demo_goes_through_the_services(session):
    """Courses, batches and openings are written as the API writes them: screened (the
    screening's version and the text's digest kept, so a re-screen knows what it read),
    audited, and counted in the catalogue version that the matcher's caches follow."""
    from catalog.catalogue_version import read_version
    from catalog.models import AuditEvent
    from catalog.services import publishing

    before = read_version(session).version
    load_demo(session, now=NOW)
    session.commit()
    assert read_version(session).version > before
    openings = list(session.scalars(select(Opening)))
    for opening in openings:
        assert opening.screening_version == publishing.SCREENING_VERSION, opening.title
        assert opening.content_digest == publishing.content_digest(opening), opening.title
    created = dict(session.execute(
        select(AuditEvent.object_type, func.count()).where(AuditEvent.action == "create")
        .group_by(AuditEvent.object_type)).all())
    assert created["course"] == session.scalar(select(func.count()).select_from(Course))
    assert created["batch"] == session.scalar(select(func.count()).select_from(Batch))
    assert created["opening"] == len(openings)
