"""The services read no clock of their own: given a `now` far from the machine's, they record it,
and they read India's calendar day from it."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from catalog.errors import Invalid
from catalog.models import Opening, WebSession
from catalog.services import (
    accounts,
    courses,
    openings,
    passwords,
    profiles,
    verification,
    web_sessions,
)

# Long past, so that no reading of the machine's clock could pass for it.
THEN = datetime(2021, 3, 4, 20, 15, tzinfo=timezone.utc)  # 5 March, 01:45 in Kolkata
LATER = datetime(2021, 3, 9, 9, 0, tzinfo=timezone.utc)

PROFILE = dict(case_ref="CLK-1", age=30, gender="female", literacy="class5", languages=["bn"],
               district="Kolkata", state="West Bengal")
OPENING = dict(title="Sewing machine operator", trade="sewing_dress_making",
               min_literacy="class5", languages=["bn"], work_mode="on_site", district="Kolkata",
               state="West Bengal", wage_inr_month=11000, positions=2)


def as_utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def test_consent_and_closing_are_recorded_at_the_given_now(session, ngo, counselor):
    profile = profiles.create_profile(session, ngo, {**PROFILE, "consent_to_share": True},
                                      counselor, now=THEN)
    assert as_utc(profile.consent_recorded_at) == THEN

    profiles.close_profile(session, profile, counselor, now=LATER, reason="settled")
    session.flush()
    session.expire_all()
    assert as_utc(profile.closed_at) == LATER
    assert as_utc(profile.consent_recorded_at) == LATER  # closing ended her consent then


def test_withdrawing_consent_is_recorded_at_the_given_now(session, ngo, counselor):
    profile = profiles.create_profile(session, ngo, {**PROFILE, "consent_to_share": True},
                                      counselor, now=THEN)
    profiles.update_profile(session, profile, {"consent_to_share": False}, counselor, now=LATER)
    assert as_utc(profile.consent_recorded_at) == LATER


def test_publishing_and_verifying_happen_at_the_given_now(session, make_org):
    employer = make_org("Sundarban Garments", "employer")
    opening = openings.create_opening(session, employer, {**OPENING, "closes_on": date(2021, 3, 5)},
                                      None, now=THEN)  # India's 5 March: closing today is open
    assert opening.status.value == "pending_review"  # its employer is not verified yet

    verification.set_verification(session, employer, True, "checked", None, LATER)  # re-screens
    session.flush()
    session.expire_all()
    assert as_utc(employer.verified_at) == LATER
    closed = openings.close_opening(session, session.get(Opening, opening.id), None, now=LATER)
    assert as_utc(session.scalar(select(Opening.updated_at).where(Opening.id == closed.id))) \
        == LATER


def test_the_day_is_india_s_day_of_the_given_now(session, make_org, make_course):
    employer = make_org("Sundarban Garments", "employer", verified=True)
    with pytest.raises(Invalid) as refused:  # 4 March is yesterday in Kolkata at THEN
        openings.create_opening(session, employer, {**OPENING, "closes_on": date(2021, 3, 4)},
                                None, now=THEN)
    assert "closes_on" in refused.value.field_errors

    course = make_course()
    dates = {"start_date": date(2021, 3, 20), "application_deadline": date(2021, 3, 4),
             "seats_total": 5}
    with pytest.raises(Invalid) as past:
        courses.add_batch(session, course, dates, None, now=THEN, refuse_past=True)
    assert set(past.value.field_errors) == {"application_deadline"}
    assert courses.add_batch(session, course, dates, None, now=THEN).seats_total == 5


def test_a_new_password_ends_the_sessions_at_the_given_now(session, counselor):
    web_sessions.open_session(session, counselor, THEN)
    passwords.set_password(session, counselor, "a long new passphrase", now=LATER)
    session.flush()
    assert as_utc(session.scalars(select(WebSession)).one().revoked_at) == LATER
