"""The casework loop after a referral, in the pages: the counselor's list (live referrals,
follow-ups due, search by case reference), a profile's page, a referral's page for each role
with the actions that fit its state, and follow-ups; scoping (404 across organisations), audit
rows and bad input. Closing, consent and the matches page: test_casework_closing.py."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from catalog.models import Batch, FollowUp, Opening, Referral

from .casework_rows import (  # noqa: F401  (people is a fixture)
    NGO,
    NOW,
    events,
    fresh,
    held_seat,
    new_batch,
    new_opening,
    people,
    post,
    referral_row,
    set_status,
)
from .conftest import csrf_token


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
