"""The casework loop after a referral, in the pages: the counselor's list (live referrals,
follow-ups due, search by case reference), a profile's page, a referral's page for each role
with the actions that fit its state, follow-ups, closing a profile and withdrawing consent, each
confirmed first; scoping (404 across organisations), audit rows and bad input."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from catalog.models import (
    AuditEvent,
    Batch,
    Course,
    FollowUp,
    Opening,
    Organisation,
    Profile,
    Referral,
)

from .conftest import csrf_token

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
NGO, PROVIDER, EMPLOYER = "Asha Shelter Trust", "Pragati ITI", "Sundarban Garments"
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def org_id(db_session, name: str) -> int:
    found = db_session.scalar(select(Organisation.id).where(Organisation.name == name))
    db_session.rollback()
    return found


@pytest.fixture
def people(app, signed_in):
    """A counselor, a liaison and a CSR partner, each of their own organisation, at NOW."""
    app.config["CLOCK"] = lambda: NOW
    return {"counselor": signed_in("counselor", org_name=NGO),
            "liaison": signed_in("iti_liaison", org_name=PROVIDER),
            "partner": signed_in("csr_partner", org_name=EMPLOYER)}


def new_batch(db_session, provider: str = PROVIDER, seats_taken: int = 0) -> int:
    course = Course(provider_id=org_id(db_session, provider), title="Sewing machine operator",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                    mode="in_person", duration_weeks=12, **KOLKATA)
    db_session.add(course)
    db_session.flush()
    batch = Batch(course_id=course.id, start_date=date(2027, 2, 1),
                  application_deadline=date(2027, 1, 20), seats_total=5,
                  seats_taken=seats_taken)
    db_session.add(batch)
    db_session.commit()
    return batch.id


def new_opening(db_session, employer: str = EMPLOYER) -> int:
    opening = Opening(employer_id=org_id(db_session, employer), title="Stitching operator",
                      trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                      work_mode="on_site", wage_inr_month=11000, positions=2,
                      closes_on=date(2027, 2, 1), status="published", **KOLKATA)
    db_session.add(opening)
    db_session.commit()
    return opening.id


def referral_row(db_session, profile_id: int, status: str, *, at: datetime = NOW,
                 note: str | None = None, **offer) -> int:
    referral = Referral(profile_id=profile_id, status=status, created_at=at,
                        status_changed_at=at, note=note,
                        hold_expires_at=at + timedelta(days=3) if status == "held" else None,
                        **offer)
    db_session.add(referral)
    db_session.commit()
    return referral.id


def held_seat(db_session, profile_id: int) -> tuple[int, int]:
    batch_id = new_batch(db_session, seats_taken=1)
    return referral_row(db_session, profile_id, "held", batch_id=batch_id), batch_id


def fresh(db_session, model, object_id):
    """The row as stored now, detached (reading it later opens no transaction)."""
    found = db_session.get(model, object_id)
    db_session.refresh(found)
    db_session.expunge(found)
    db_session.rollback()
    return found


def events(db_session, **where) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEvent, name) == value)
    found = list(db_session.scalars(query))
    db_session.expunge_all()  # detached: reading them later opens no transaction
    db_session.rollback()
    return found


def post(client, path: str, data: dict, page: str | None = None):
    return client.post(path, data={**data, "csrf_token": csrf_token(client, page or path)})


def set_status(client, referral_id: int, **data):
    return post(client, f"/referrals/{referral_id}/status", data, f"/referrals/{referral_id}")


# -- the counselor's list -----------------------------------------------------------------


def test_the_list_shows_live_referrals_and_follow_ups_due_and_is_audited(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-101")
    held, _batch = held_seat(db_session, profile_id)
    placed = referral_row(db_session, profile_id, "enrolled", batch_id=new_batch(db_session),
                          at=NOW - timedelta(days=31))
    db_session.add(FollowUp(referral_id=placed, day=30, due_on=date(2026, 11, 30)))
    db_session.commit()
    page = people["counselor"].get("/counselor").get_data(as_text=True)
    assert f'href="/profiles/{profile_id}"' in page
    assert f'href="/referrals/{held}"' in page and "Seat held" in page
    assert f'href="/referrals/{placed}#follow-ups"' in page and "Enrolled" in page
    assert f"day-30 follow-up of referral {placed}" in page
    lists = {(e.object_type, e.object_id) for e in events(db_session, action="list")}
    assert {("profile", profile_id), ("referral", held), ("referral", placed)} <= lists


def test_the_search_finds_a_case_reference_or_its_beginning_and_refuses_bad_input(
        people, signed_in, profile_in, db_session):
    for case_ref in ("ASH-110", "ASH-111", "BRK-1"):
        profile_in(NGO, case_ref)
    counselor = people["counselor"]
    page = counselor.get("/counselor?q=ash-11").get_data(as_text=True)
    assert "ASH-110" in page and "ASH-111" in page and "BRK-1" not in page
    page = counselor.get("/counselor?q=BRK-1").get_data(as_text=True)
    assert "BRK-1" in page and "ASH-110" not in page
    page = counselor.get("/counselor?q=ZZZ").get_data(as_text=True)
    assert "No profile has a case reference beginning with ZZZ." in page
    assert "ASH-110" not in counselor.get("/counselor?q=%25").get_data(as_text=True)
    for bad, message in (("A" * 65, "A case reference has at most 64 characters."),
                         ("ASH\x01", "Must not contain control characters.")):
        response = counselor.get("/counselor", query_string={"q": bad})
        assert response.status_code == 422
        text = response.get_data(as_text=True)
        assert f'<p class="field-error" id="q-error">{message}' in text
        assert 'aria-describedby="q-error"' in text
    # Another organisation's counselor finds nothing of ours.
    stranger = signed_in("counselor", org_name="Other Shelter")
    assert "ASH-110" not in stranger.get("/counselor?q=ASH").get_data(as_text=True)


# -- a profile's page ---------------------------------------------------------------------


def test_the_profile_page_lists_her_referrals_is_audited_and_404_elsewhere(
        people, signed_in, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-120")
    held, _batch = held_seat(db_session, profile_id)
    counselor = people["counselor"]
    page = counselor.get(f"/profiles/{profile_id}").get_data(as_text=True)
    assert "Profile ASH-120" in page and f'href="/referrals/{held}"' in page
    assert f'href="/profiles/{profile_id}/close"' in page
    assert events(db_session, action="read", object_type="profile", object_id=profile_id)
    stranger = signed_in("counselor", org_name="Other Shelter")
    for path in (f"/profiles/{profile_id}", f"/referrals/{held}",
                 f"/profiles/{profile_id}/close"):
        assert stranger.get(path).status_code == 404
    response = stranger.post(f"/referrals/{held}/status",
                             data={"status": "withdrawn", "reason": "moved_away",
                                   "csrf_token": csrf_token(stranger, "/counselor")})
    assert response.status_code == 404
    assert fresh(db_session, Referral, held).status.value == "held"
    # A liaison or a partner has no profile page.
    assert people["liaison"].get(f"/profiles/{profile_id}").status_code == 403


# -- the counselor's actions --------------------------------------------------------------


def test_the_counselor_withdraws_a_held_seat_with_a_reason_and_the_seat_returns(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-130")
    held, batch_id = held_seat(db_session, profile_id)
    counselor = people["counselor"]
    page = counselor.get(f"/referrals/{held}").get_data(as_text=True)
    assert "Withdraw the referral" in page and "Mark enrolled" in page
    assert "Mark completed" not in page and "Record a follow-up" not in page
    assert events(db_session, action="read", object_type="referral", object_id=held)

    # Bad input: no reason, an unknown reason, a note too long; nothing is written.
    for data, field, message in (
            ({}, "reason", "Choose a reason."),
            ({"reason": "bored"}, "reason", "Choose one of the options."),
            ({"reason": "moved_away", "note": "x" * 501}, "note", "Give 1 to 500 items or characters.")):
        response = set_status(counselor, held, status="withdrawn", **data)
        assert response.status_code == 422, data
        text = response.get_data(as_text=True)
        assert f'id="{field}-error">{message}' in text, (data, text[:3000])
        assert 'role="alert" tabindex="-1" id="form-errors"' in text
    assert fresh(db_session, Referral, held).status.value == "held"
    assert fresh(db_session, Batch, batch_id).seats_taken == 1
    assert not events(db_session, action="status", object_id=held)

    response = set_status(counselor, held, status="withdrawn", reason="found_other_work",
                          note="Works at her aunt's shop")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/referrals/{held}")
    referral = fresh(db_session, Referral, held)
    assert (referral.status.value, referral.reason) == ("withdrawn", "found_other_work")
    assert referral.note == "Works at her aunt's shop"
    assert fresh(db_session, Batch, batch_id).seats_taken == 0
    [event] = events(db_session, action="status", object_id=held)
    assert event.detail == "held->withdrawn reason=found_other_work"
    page = counselor.get(f"/referrals/{held}").get_data(as_text=True)
    assert "Referral %d is now: Withdrawn." % held in page
    assert 'tabindex="-1" data-focus autofocus' in page
    assert "She found other work" in page and "1 Dec 2026, 11:30" in page  # India time
    assert "What you can do now" not in page


def test_the_counselor_moves_a_course_referral_on_and_each_state_offers_its_actions(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-140")
    held, _batch = held_seat(db_session, profile_id)
    counselor = people["counselor"]
    assert set_status(counselor, held, status="enrolled").status_code == 302
    page = counselor.get(f"/referrals/{held}").get_data(as_text=True)
    assert "Mark completed" in page and "Mark dropped out" in page
    assert "Mark enrolled" not in page and "Withdraw the referral" in page
    assert "Seat held" in page and "Enrolled" in page  # the history
    assert set_status(counselor, held, status="completed").status_code == 302
    page = counselor.get(f"/referrals/{held}").get_data(as_text=True)
    assert "What you can do now" not in page
    # A move the state does not allow any more: a 409, with the reason at the top.
    response = set_status(counselor, held, status="dropped")
    assert response.status_code == 409
    assert "This referral cannot move to that status." in response.get_data(as_text=True)
    assert fresh(db_session, Referral, held).status.value == "completed"
    # Dropping out of another course.
    enrolled = referral_row(db_session, profile_id, "enrolled", batch_id=new_batch(db_session))
    assert set_status(counselor, enrolled, status="dropped").status_code == 302
    assert fresh(db_session, Referral, enrolled).status.value == "dropped"
    # A counselor cannot mark a job interview: her role may not (403), nothing written.
    opening_id = new_opening(db_session)
    applied = referral_row(db_session, profile_id, "applied", opening_id=opening_id)
    page = counselor.get(f"/referrals/{applied}").get_data(as_text=True)
    assert "Withdraw the referral" in page and "Mark interviewed" not in page
    assert set_status(counselor, applied, status="interviewed").status_code == 403
    assert set_status(counselor, applied, status="nonsense").status_code == 422
    assert fresh(db_session, Referral, applied).status.value == "applied"


def test_the_counselor_records_a_due_follow_up_and_bad_input_writes_nothing(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-150")
    placed = referral_row(db_session, profile_id, "enrolled", batch_id=new_batch(db_session),
                          at=NOW - timedelta(days=31))
    counselor = people["counselor"]
    page = counselor.get(f"/referrals/{placed}").get_data(as_text=True)
    assert "Record a follow-up" in page
    assert '<option value="30"' in page and '<option value="90"' not in page
    assert events(db_session, action="read_follow_ups", object_id=placed)
    path = f"/referrals/{placed}/follow-ups"
    for data, field, message in (
            ({"day": "30"}, "outcome", "Choose an outcome."),
            ({"day": "30", "outcome": "fine"}, "outcome", "Choose one of the options."),
            ({"outcome": "working"}, "day", "Choose a follow-up."),
            ({"day": "30", "outcome": "working", "wage_paid_inr_month": "lots"},
             "wage_paid_inr_month", "Enter a whole number."),
            ({"day": "30", "outcome": "working", "fees_taken": "maybe"}, "fees_taken",
             "Choose yes, no or not known."),
            ({"day": "30", "outcome": "working", "follow_up_note": "x" * 501},
             "follow_up_note", "Give 1 to 500 items or characters.")):
        response = post(counselor, path, data, f"/referrals/{placed}")
        assert response.status_code == 422, data
        assert f'id="{field}-error">{message}' in response.get_data(as_text=True), data
    # The day-90 follow-up is not due yet: refused with the reason.
    response = post(counselor, path, {"day": "90", "outcome": "in_training"},
                    f"/referrals/{placed}")
    assert response.status_code == 409
    recorded = db_session.scalars(select(FollowUp.outcome).where(
        FollowUp.referral_id == placed, FollowUp.outcome.is_not(None))).all()
    db_session.rollback()
    assert recorded == []

    response = post(counselor, path, {"day": "30", "outcome": "in_training",
                                      "follow_up_note": "Attends every day",
                                      "documents_with_her": "yes"}, f"/referrals/{placed}")
    assert response.status_code == 302
    follow_up = db_session.scalar(select(FollowUp).where(FollowUp.referral_id == placed,
                                                         FollowUp.day == 30))
    assert (follow_up.outcome.value, follow_up.note) == ("in_training", "Attends every day")
    assert follow_up.documents_with_her is True and follow_up.fees_taken is None
    db_session.rollback()
    assert events(db_session, action="follow_up", object_id=placed)
    page = counselor.get(f"/referrals/{placed}").get_data(as_text=True)
    assert "Day-30 follow-up recorded: In training." in page
    assert "Record a follow-up" not in page


# -- the liaison's actions ----------------------------------------------------------------


def test_the_liaison_marks_enrolled_completed_and_dropped_out_and_sees_no_case(
        people, signed_in, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-160")
    held, _batch = held_seat(db_session, profile_id)
    db_session.get(Referral, held).note = "Her private story"
    db_session.commit()
    liaison = people["liaison"]
    page = liaison.get(f"/referrals/{held}").get_data(as_text=True)
    assert "Mark enrolled" in page and "Withdraw the referral" not in page
    assert "ASH-160" not in page and "Her private story" not in page
    assert f"/profiles/{profile_id}" not in page and "18-24" in page
    assert events(db_session, action="read_summary", object_id=held)
    # A liaison does not withdraw: her role may not (403), nothing written.
    assert set_status(liaison, held, status="withdrawn",
                      reason="moved_away").status_code == 403
    assert set_status(liaison, held, status="enrolled").status_code == 302
    page = liaison.get(f"/referrals/{held}").get_data(as_text=True)
    assert "Mark completed" in page and "Mark dropped out" in page
    assert set_status(liaison, held, status="completed").status_code == 302
    assert fresh(db_session, Referral, held).status.value == "completed"
    other = referral_row(db_session, profile_id, "enrolled", batch_id=new_batch(db_session))
    assert set_status(liaison, other, status="dropped").status_code == 302
    assert fresh(db_session, Referral, other).status.value == "dropped"
    # The enrolment scheduled the follow-ups; the counselor sees them.
    assert fresh(db_session, Referral, held).status.value == "completed"
    days = db_session.scalars(select(FollowUp.day).where(FollowUp.referral_id == held)).all()
    db_session.rollback()
    assert sorted(days) == [30, 90, 180]
    # Another provider's liaison, or a partner, sees nothing of it.
    assert signed_in("iti_liaison", org_name="Other ITI").get(
        f"/referrals/{held}").status_code == 404
    assert people["partner"].get(f"/referrals/{held}").status_code == 404


# -- the partner's actions ----------------------------------------------------------------


def test_the_partner_marks_interview_hired_or_not_selected_with_a_reason(
        people, signed_in, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-170", consent_to_share=True)
    opening_id = new_opening(db_session)
    applied = referral_row(db_session, profile_id, "applied", opening_id=opening_id,
                           note="Her private story")
    partner = people["partner"]
    page = partner.get(f"/referrals/{applied}").get_data(as_text=True)
    assert "Mark interviewed" in page and "Mark hired" in page
    assert "Why was she not selected?" in page and "Withdraw the referral" not in page
    assert "ASH-170" not in page and "Her private story" not in page
    assert f"/profiles/{profile_id}" not in page
    assert events(db_session, action="read_summary", object_id=applied)
    assert set_status(partner, applied, status="interviewed").status_code == 302
    response = set_status(partner, applied, status="not_selected")
    assert response.status_code == 422
    assert 'id="reason-error">Choose a reason.' in response.get_data(as_text=True)
    response = set_status(partner, applied, status="not_selected", reason="moved_away")
    assert response.status_code == 422  # a reason for withdrawing, not for this
    assert fresh(db_session, Referral, applied).status.value == "interviewed"
    response = set_status(partner, applied, status="not_selected", reason="position_filled")
    assert response.status_code == 302
    referral = fresh(db_session, Referral, applied)
    assert (referral.status.value, referral.reason) == ("not_selected", "position_filled")
    assert "The positions were filled" in partner.get(f"/referrals/{applied}").get_data(
        as_text=True)
    # Hired, on another application.
    second = referral_row(db_session, profile_in(NGO, "ASH-171", consent_to_share=True),
                          "applied", opening_id=opening_id)
    assert set_status(partner, second, status="hired").status_code == 302
    assert fresh(db_session, Opening, opening_id).positions_filled == 1
    # Without consent, or of another employer: not found.
    hidden = referral_row(db_session, profile_in(NGO, "ASH-172"), "applied",
                          opening_id=opening_id)
    assert partner.get(f"/referrals/{hidden}").status_code == 404
    assert signed_in("csr_partner", org_name="Other Garments").get(
        f"/referrals/{applied}").status_code == 404
    assert people["liaison"].get(f"/referrals/{applied}").status_code == 404


# -- closing a profile, withdrawing consent -------------------------------------------------


def test_closing_a_profile_says_what_it_does_then_withdraws_and_releases_the_seats(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-180", consent_to_share=True)
    held, batch_id = held_seat(db_session, profile_id)
    applied = referral_row(db_session, profile_id, "applied", opening_id=new_opening(db_session))
    done = referral_row(db_session, profile_id, "completed", batch_id=new_batch(db_session))
    counselor = people["counselor"]
    page = counselor.get(f"/profiles/{profile_id}/close").get_data(as_text=True)
    assert "withdraw her 2 live referrals:" in page
    assert "give 1 held seat back to its batch" in page
    assert "end her consent to share" in page
    assert fresh(db_session, Profile, profile_id).status.value == "active"  # nothing yet
    path = f"/profiles/{profile_id}/close"
    for data, field, message in (({}, "reason", "Choose a reason."),
                                 ({"reason": "bored"}, "reason", "Choose one of the options."),
                                 ({"reason": "settled", "note": "x" * 501}, "note",
                                  "Give 1 to 500 items or characters.")):
        response = post(counselor, path, data)
        assert response.status_code == 422
        assert f'id="{field}-error">{message}' in response.get_data(as_text=True)
    assert fresh(db_session, Profile, profile_id).status.value == "active"
    assert fresh(db_session, Referral, held).status.value == "held"

    response = post(counselor, path, {"reason": "moved_away", "note": "Went to Siliguri"})
    assert response.status_code == 302
    profile = fresh(db_session, Profile, profile_id)
    assert (profile.status.value, profile.closed_reason, profile.closed_note) == (
        "closed", "moved_away", "Went to Siliguri")
    assert profile.consent_to_share is False
    assert fresh(db_session, Referral, held).status.value == "withdrawn"
    assert fresh(db_session, Referral, held).reason == "profile_closed"
    assert fresh(db_session, Referral, applied).status.value == "withdrawn"
    assert fresh(db_session, Referral, done).status.value == "completed"
    assert fresh(db_session, Batch, batch_id).seats_taken == 0
    [close] = events(db_session, action="close", object_id=profile_id)
    assert close.detail == "reason=moved_away"
    page = counselor.get(f"/profiles/{profile_id}").get_data(as_text=True)
    assert "Profile ASH-180 closed." in page and "This profile is closed." in page
    assert "She moved away" in page
    assert "Her profile was closed" in counselor.get(f"/referrals/{held}").get_data(
        as_text=True)


def test_withdrawing_consent_on_the_form_asks_to_confirm_first(
        people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-190", consent_to_share=True)
    applied = referral_row(db_session, profile_id, "applied", opening_id=new_opening(db_session))
    counselor = people["counselor"]
    path = f"/profiles/{profile_id}/edit"
    form = {"case_ref": "ASH-190", "age": "24", "gender": "female", "literacy": "class8",
            "languages": "bn", "district": "Kolkata", "state": "West Bengal",
            "max_travel_km": "15", "interests": "tailoring", "learning_mode": "any",
            "device": "none", "income_urgency": "medium"}
    response = post(counselor, path, form)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Withdraw her consent to share? Nothing is saved yet." in page
    assert "Her 1 live job application is withdrawn:" in page and "Stitching operator" in page
    assert fresh(db_session, Profile, profile_id).consent_to_share is True
    assert fresh(db_session, Referral, applied).status.value == "applied"
    response = post(counselor, path, {**form, "confirm_consent": "yes"})
    assert response.status_code == 302
    assert fresh(db_session, Profile, profile_id).consent_to_share is False
    assert fresh(db_session, Referral, applied).status.value == "withdrawn"
    assert fresh(db_session, Referral, applied).reason == "consent_withdrawn"


# -- a language is required ---------------------------------------------------------------


def test_a_profile_without_a_language_is_refused_by_the_page_and_the_api(
        people, profile_in, db_session):
    counselor = people["counselor"]
    form = {"case_ref": "ASH-200", "age": "24", "gender": "female", "literacy": "class8",
            "district": "Kolkata", "state": "West Bengal", "max_travel_km": "15",
            "learning_mode": "any", "device": "none", "income_urgency": "medium"}
    response = post(counselor, "/profiles/new", form)
    assert response.status_code == 422
    assert 'id="languages-error">Give at least one language.' in response.get_data(as_text=True)
    assert db_session.scalar(select(func.count(Profile.id)).where(
        Profile.case_ref == "ASH-200")) == 0
    db_session.rollback()
    # Taking every language off an existing profile is refused too.
    profile_id = profile_in(NGO, "ASH-201")
    response = post(counselor, f"/profiles/{profile_id}/edit", {**form, "case_ref": "ASH-201"})
    assert response.status_code == 422
    assert fresh(db_session, Profile, profile_id).languages == ["bn"]


def test_the_api_refuses_a_profile_without_a_language_and_takes_reasons(
        app, db_session, profile_in):
    from catalog.services import accounts
    organisation = accounts.create_organisation(db_session, NGO, "ngo")
    accounts.create_organisation(db_session, PROVIDER, "provider")
    _user, token = accounts.create_user(db_session, "api.counselor@example.org", organisation,
                                        "counselor")
    db_session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    client = app.test_client()
    body = {"case_ref": "API-1", "age": 24, "gender": "female", "literacy": "class8",
            "languages": [], "district": "Kolkata"}
    response = client.post("/api/v1/profiles", json=body, headers=headers)
    assert response.status_code == 422
    assert "languages" in response.get_json()["errors"]["json"]
    profile_id = profile_in(NGO, "API-2")
    assert client.patch(f"/api/v1/profiles/{profile_id}", json={"languages": []},
                        headers=headers).status_code == 422
    held, batch_id = held_seat(db_session, profile_id)
    response = client.patch(f"/api/v1/referrals/{held}",
                            json={"status": "withdrawn", "reason": "position_filled"},
                            headers=headers)
    assert response.status_code == 422  # a reason of not_selected
    response = client.patch(f"/api/v1/referrals/{held}",
                            json={"status": "withdrawn", "reason": "health"}, headers=headers)
    assert response.status_code == 200 and response.get_json()["reason"] == "health"
    assert client.delete(f"/api/v1/profiles/{profile_id}", json={"reason": "bored"},
                         headers=headers).status_code == 422
    assert client.delete(f"/api/v1/profiles/{profile_id}", json={"reason": "repatriated"},
                         headers=headers).status_code == 204
    assert fresh(db_session, Profile, profile_id).closed_reason == "repatriated"


# -- the matches page ---------------------------------------------------------------------


def test_the_refer_button_gives_way_to_the_referral_it_made(people, profile_in, db_session):
    profile_id = profile_in(NGO, "ASH-210")
    batch_id = new_batch(db_session)
    counselor = people["counselor"]
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" in page
    response = post(counselor, f"/profiles/{profile_id}/refer", {"batch_id": str(batch_id)},
                    f"/profiles/{profile_id}/matches")
    assert response.status_code == 302
    referral_id = db_session.scalar(select(Referral.id).where(Referral.batch_id == batch_id))
    db_session.rollback()
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" not in page
    assert f'<a href="/referrals/{referral_id}">Open referral {referral_id}</a>' in page
    # Withdrawn, it may be referred afresh.
    assert set_status(counselor, referral_id, status="withdrawn",
                      reason="survivor_declined").status_code == 302
    page = counselor.get(f"/profiles/{profile_id}/matches").get_data(as_text=True)
    assert "Refer: hold a seat in Sewing machine operator" in page
