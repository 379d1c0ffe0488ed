"""A counselor's live referrals come with what her list shows of each (`live_by_profile`): the
batch, its course and the opening are loaded with the referrals, in as many statements for
three courses as for one, and reading the course's title runs none."""
from __future__ import annotations

from sqlalchemy import select

from catalog.models import Profile
from catalog.services import casework
from tests.outcome_rows import OutcomeRows
from tests.statements import statements


def live_referrals(session, counselor, courses: int) -> list[int]:
    """A profile with a seat held in a batch of each of `courses` courses, another with an
    application to an opening."""
    rows = OutcomeRows(session)
    provider = rows.org(f"Pragati ITI {courses}", "provider")
    employer = rows.org(f"Stitch Works {courses}", "employer", verified=True)
    profiles = []
    for number in range(courses):
        _, batch = rows.course(provider, title=f"Course {number}")
        profile = rows.survivor(counselor.organisation_id)
        rows.referral(profile, "held", batch_id=batch)
        profiles.append(profile)
    rows.referral(profiles[0], "applied", opening_id=rows.opening(employer, title="Operator"))
    session.commit()
    return profiles


def statements_to_read(session, counselor, profile_ids) -> tuple[list[str], int]:
    """(what the list shows of each live referral, the statements it took)."""
    profiles = session.scalars(select(Profile).where(Profile.id.in_(profile_ids))).all()
    session.refresh(counselor)
    with session.no_autoflush, statements(session.get_bind()) as seen:
        found = casework.live_by_profile(session, counselor, profiles)
        shown = sorted(referral.batch.course.title if referral.batch else referral.opening.title
                       for referrals in found.values() for referral in referrals)
    session.rollback()
    return shown, len(seen)


def test_the_course_of_each_live_referral_is_loaded_with_it(session, counselor):
    one = live_referrals(session, counselor, 1)
    three = live_referrals(session, counselor, 3)
    shown, few = statements_to_read(session, counselor, one)
    assert shown == ["Course 0", "Operator"]
    shown, many = statements_to_read(session, counselor, three)
    assert shown == ["Course 0", "Course 1", "Course 2", "Operator"]
    assert many == few  # the referrals, their batches, the batches' courses, their openings
