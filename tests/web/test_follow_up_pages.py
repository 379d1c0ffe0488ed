"""Follow-ups from the pages: a liaison's enrolment and a CSR partner's hire create them at once,
and the counselor's profile list shows those due and those overdue."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select

from catalog.models import FollowUp, Opening, Organisation, Referral
from tests.rows import batch_row, course_row

from .conftest import csrf_token

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


def org(db_session, name: str) -> Organisation:
    return db_session.scalar(select(Organisation).where(Organisation.name == name))


def seat_held(db_session, profile_id: int, provider: Organisation) -> int:
    course = course_row(db_session, provider.id, languages=["bn"], latitude=22.56,
                        longitude=88.36, duration_weeks=12)
    batch = batch_row(db_session, course.id, date(2027, 2, 1), date(2027, 1, 20), 5, 1)
    referral = Referral(profile_id=profile_id, batch_id=batch.id, status="held",
                        hold_expires_at=NOW + timedelta(days=3), created_at=NOW,
                        status_changed_at=NOW)
    db_session.add(referral)
    db_session.commit()
    return referral.id


def days_of(db_session, referral_id: int) -> dict[int, date]:
    found = dict(db_session.execute(select(FollowUp.day, FollowUp.due_on)
                                    .where(FollowUp.referral_id == referral_id)).all())
    db_session.rollback()
    return found


def test_a_liaison_confirming_an_enrolment_on_the_page_creates_its_follow_ups(
        app, signed_in, profile_in, db_session):
    app.config["CLOCK"] = lambda: NOW
    signed_in("counselor", org_name="Asha Shelter Trust")
    liaison = signed_in("iti_liaison", org_name="Pragati ITI")
    referral_id = seat_held(db_session, profile_in("Asha Shelter Trust", "ASH-1"),
                            org(db_session, "Pragati ITI"))
    response = liaison.post(f"/liaison/referrals/{referral_id}/enrol",
                            data={"csrf_token": csrf_token(liaison, "/liaison")})
    assert response.status_code == 302
    assert days_of(db_session, referral_id) == {
        30: date(2026, 12, 31), 90: date(2027, 3, 1), 180: date(2027, 5, 30)}


def test_a_partner_recording_a_hire_on_the_page_creates_its_follow_ups(
        app, signed_in, profile_in, db_session):
    app.config["CLOCK"] = lambda: NOW
    signed_in("counselor", org_name="Asha Shelter Trust")
    partner = signed_in("csr_partner", org_name="Sundarban Garments")
    profile_id = profile_in("Asha Shelter Trust", "ASH-2", consent_to_share=True)
    opening = Opening(employer_id=org(db_session, "Sundarban Garments").id, title="Operator",
                      trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                      work_mode="on_site", district="Kolkata", district_key="kolkata",
                      latitude=22.55, longitude=88.35, wage_inr_month=11000, positions=2,
                      closes_on=date(2027, 2, 1), status="published")
    db_session.add(opening)
    db_session.flush()
    referral = Referral(profile_id=profile_id, opening_id=opening.id, status="interviewed",
                        created_at=NOW, status_changed_at=NOW)
    db_session.add(referral)
    db_session.commit()
    response = partner.post(f"/partner/referrals/{referral.id}/outcome",
                            data={"status": "hired",
                                  "csrf_token": csrf_token(partner, "/partner")})
    assert response.status_code == 302
    assert sorted(days_of(db_session, referral.id)) == [30, 90, 180]


def test_the_profile_list_shows_a_follow_up_due_and_one_overdue(app, signed_in, profile_in,
                                                                 db_session):
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    signed_in("iti_liaison", org_name="Pragati ITI")
    provider = org(db_session, "Pragati ITI")
    late = seat_held(db_session, profile_in("Asha Shelter Trust", "ASH-LATE"), provider)
    due = seat_held(db_session, profile_in("Asha Shelter Trust", "ASH-DUE"), provider)
    for referral_id, due_on in ((late, date(2026, 11, 10)), (due, date(2026, 11, 25))):
        referral = db_session.get(Referral, referral_id)
        referral.status = "enrolled"
        db_session.add(FollowUp(referral_id=referral_id, day=30, due_on=due_on))
    db_session.commit()
    app.config["CLOCK"] = lambda: NOW  # 1 December: 21 days after the first, 6 after the other

    page = counselor.get("/counselor").get_data(as_text=True)
    assert f"day-30 follow-up of referral {late}, due 10 Nov 2026, 21 days late" in page
    assert f"day-30 follow-up of referral {due}, due 25 Nov 2026</li>" in page
    assert page.count('class="overdue"') == 1
    stranger = signed_in("counselor", org_name="Other Shelter")
    assert "follow-up" not in stranger.get("/counselor").get_data(as_text=True)
