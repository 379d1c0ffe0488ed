"""Notifications of every event of a case (issue 16): each event that a service raises writes
exactly one notification to the right people in its own transaction, and no one else's; the
time-based ones come from the jobs, once however often they run; the list read names the case
by its reference to a reader who may read it, and to no one else."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from catalog.errors import Conflict, Invalid
from catalog.jobs import JOBS, JobSettings, warn_expiring_holds
from catalog.models import Notification, Organisation, Profile, Referral
from catalog.queries import notifications as query
from catalog.services import accounts, referrals
from tests.outcome_rows import T0, OutcomeRows

TODAY = T0.date()
HOLD_DAYS = 7


def sent(session) -> list[tuple[int, str, dict]]:
    session.flush()
    return [(n.user_id, n.kind, n.data) for n in
            session.scalars(select(Notification).order_by(Notification.id))]


@pytest.fixture
def world(session):
    rows = OutcomeRows(session)
    ids = dict(ngo=rows.org("Asha Shelter Trust", "ngo"),
               other_ngo=rows.org("Other Shelter", "ngo"),
               provider=rows.org("Kolkata Women's ITI", "provider"),
               other_provider=rows.org("Other ITI", "provider"),
               employer=rows.org("Stitch Works", "employer", verified=True),
               other_employer=rows.org("Other Works", "employer", verified=True))
    ids["course"], ids["batch"] = rows.course(ids["provider"])
    ids["opening"] = rows.opening(ids["employer"])
    ids["profile"] = rows.survivor(ids["ngo"])
    session.get(Profile, ids["profile"]).case_ref = "ASH-2026-017"

    def user(email, org, role):
        return accounts.create_user(session, email, session.get(Organisation, ids[org]),
                                    role)[0]

    people = dict(
        counselor=user("didi@example.org", "ngo", "counselor"),
        colleague=user("colleague@example.org", "ngo", "counselor"),
        stranger=user("stranger@example.org", "other_ngo", "counselor"),
        liaison=user("liaison@example.org", "provider", "iti_liaison"),
        other_liaison=user("other.liaison@example.org", "other_provider", "iti_liaison"),
        partner=user("partner@example.org", "employer", "csr_partner"),
        other_partner=user("other.partner@example.org", "other_employer", "csr_partner"),
    )
    session.execute(delete(Notification))
    session.commit()
    return {**ids, **people}


def hold(session, world) -> Referral:
    return referrals.refer(session, world["counselor"], world["profile"],
                           batch_id=world["batch"], now=T0, hold_days=HOLD_DAYS)


def apply(session, world) -> Referral:
    return referrals.refer(session, world["counselor"], world["profile"],
                           opening_id=world["opening"], now=T0,
                           hold_days=HOLD_DAYS, confirm_flags=True)


def test_a_seat_hold_tells_the_liaisons_of_the_batch_and_nobody_else(session, world):
    referral = hold(session, world)
    assert sent(session) == [(world["liaison"].id, "new_referral", {
        "referral_id": referral.id, "batch_id": world["batch"], "title": "Sewing Technology"})]


def test_an_application_tells_the_partners_nothing_of_the_survivor(session, world):
    referral = apply(session, world)
    [(user_id, kind, data)] = sent(session)
    assert (user_id, kind) == (world["partner"].id, "new_referral")
    # Not the profile, not the case reference: the candidate's summary is on the partner's page.
    assert data == {"referral_id": referral.id, "opening_id": world["opening"],
                    "title": "Machine operator"}
    assert "ASH" not in str(data)


def test_the_liaison_enrolling_her_tells_her_counselor_once(session, world):
    referral = hold(session, world)
    session.execute(delete(Notification))
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    assert sent(session) == [(world["counselor"].id, "enrolled", {
        "referral_id": referral.id, "profile_id": world["profile"], "batch_id": world["batch"],
        "title": "Sewing Technology"})]


def test_what_a_counselor_does_herself_she_is_not_told(session, world):
    referral = hold(session, world)
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    session.execute(delete(Notification))
    referrals.change_status(session, world["counselor"], referral, "completed", now=T0)
    assert sent(session) == []


def test_a_colleague_completing_the_course_tells_the_counselor_of_the_case(session, world):
    referral = hold(session, world)
    referrals.change_status(session, world["colleague"], referral, "enrolled", now=T0)
    referrals.change_status(session, world["colleague"], referral, "completed", now=T0)
    kinds = [(user_id, kind) for user_id, kind, _ in sent(session)]
    assert kinds == [(world["liaison"].id, "new_referral"), (world["counselor"].id, "enrolled"),
                     (world["counselor"].id, "completed")]


def test_the_employers_outcomes_reach_the_counselor_with_the_reason(session, world):
    referral = apply(session, world)
    session.execute(delete(Notification))
    referrals.change_status(session, world["partner"], referral, "interviewed", now=T0)
    referrals.change_status(session, world["partner"], referral, "not_selected", now=T0,
                            reason="did_not_attend")
    notes = sent(session)
    assert [(user_id, kind) for user_id, kind, _ in notes] == [
        (world["counselor"].id, "interviewed"), (world["counselor"].id, "not_selected")]
    assert notes[1][2] == {"referral_id": referral.id, "profile_id": world["profile"],
                           "opening_id": world["opening"], "title": "Machine operator",
                           "reason": "did_not_attend"}
    assert session.get(Referral, referral.id).reason == "did_not_attend"


def test_a_hire_tells_the_counselor(session, world):
    referral = apply(session, world)
    session.execute(delete(Notification))
    referrals.change_status(session, world["partner"], referral, "hired", now=T0)
    assert [(u, k) for u, k, _ in sent(session)] == [(world["counselor"].id, "hired")]


@pytest.mark.parametrize("status, reason, field", [("hired", "skills", "reason"),
                                                    ("not_selected", "too_old", "reason")])
def test_a_reason_is_a_listed_code_given_with_not_selected_only(session, world, status, reason,
                                                                field):
    referral = apply(session, world)
    session.commit()
    with pytest.raises(Invalid) as raised:
        referrals.change_status(session, world["partner"], referral, status, now=T0,
                                reason=reason)
    assert field in raised.value.field_errors
    session.rollback()
    assert session.get(Referral, referral.id).status.value == "applied"


def test_when_her_counselor_has_left_every_counselor_of_the_organisation_hears(session, world):
    referral = hold(session, world)
    world["counselor"].active = False
    session.execute(delete(Notification))
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    assert sorted(u for u, _, _ in sent(session)) == [world["colleague"].id]


def test_a_refused_change_writes_no_notification(session, world):
    referral = hold(session, world)
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    session.execute(delete(Notification))
    with pytest.raises(Conflict):
        referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    assert sent(session) == []


# --- the hold about to expire: from the job, once ----------------------------------------------

def test_a_hold_ending_within_two_days_is_told_once(session, world):
    referral = hold(session, world)
    session.execute(delete(Notification))
    ends = referral.hold_expires_at
    assert warn_expiring_holds(session, ends - timedelta(days=3)) == {"warned": 0,
                                                                      "notifications": 0}
    at = ends - timedelta(days=2)
    assert warn_expiring_holds(session, at) == {"warned": 1, "notifications": 1}
    assert warn_expiring_holds(session, at + timedelta(hours=1)) == {"warned": 0,
                                                                     "notifications": 0}
    report = JOBS["warn_holds"].run(session, at + timedelta(hours=2), JobSettings())
    assert report == {"warned": 0, "notifications": 0}
    [(user_id, kind, data)] = sent(session)
    assert (user_id, kind) == (world["counselor"].id, "hold_expiring")
    assert data == {"referral_id": referral.id, "profile_id": world["profile"],
                    "batch_id": world["batch"], "title": "Sewing Technology",
                    "expires_at": "2026-06-08T06:00:00+00:00"}


def test_a_hold_already_confirmed_or_expired_is_not_warned(session, world):
    referral = hold(session, world)
    ends = referral.hold_expires_at
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    session.execute(delete(Notification))
    assert warn_expiring_holds(session, ends - timedelta(days=1))["warned"] == 0
    assert warn_expiring_holds(session, ends + timedelta(minutes=1))["warned"] == 0
    assert sent(session) == []


# --- the list read --------------------------------------------------------------------------

def test_the_list_names_the_case_to_her_counselor_and_links_what_she_may_see(session, world):
    referral = hold(session, world)
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    forged = Notification(user_id=world["stranger"].id, kind="enrolled",
                          data={"referral_id": referral.id, "profile_id": world["profile"]})
    session.add(forged)
    session.commit()

    [mine] = query.list_notifications(session, world["counselor"]).items
    assert (mine.kind, mine.case_ref, mine.profile_id, mine.referral_id) == (
        "enrolled", "ASH-2026-017", world["profile"], referral.id)
    # Another organisation's counselor holding ids of this case learns nothing of it.
    [theirs] = query.list_notifications(session, world["stranger"]).items
    assert (theirs.case_ref, theirs.profile_id, theirs.referral_id) == (None, None, None)
    # The liaison's referral is hers to open (on her page); the profile is not.
    [liaisons] = query.list_notifications(session, world["liaison"]).items
    assert (liaisons.case_ref, liaisons.profile_id, liaisons.referral_id) == (
        None, None, referral.id)


def test_an_anonymised_case_is_no_longer_named(session, world):
    referral = hold(session, world)
    referrals.change_status(session, world["liaison"], referral, "enrolled", now=T0)
    session.get(Profile, world["profile"]).case_ref = None
    session.commit()
    [item] = query.list_notifications(session, world["counselor"]).items
    assert item.case_ref is None


def test_unread_count_paging_and_marking_read(session, world):
    for number in range(5):
        session.add(Notification(user_id=world["counselor"].id, kind="hired",
                                 data={"title": f"job {number}"},
                                 created_at=T0 + timedelta(minutes=number)))
    session.add(Notification(user_id=world["colleague"].id, kind="hired", data={}))
    session.commit()
    me = world["counselor"]
    assert query.unread_count(session, me) == 5
    page = query.list_notifications(session, me, page=2, per_page=2)
    assert (page.total, [item.data["title"] for item in page.items]) == (5, ["job 2", "job 1"])
    query.mark_read(session, me, page.items[0].id, T0)
    assert query.unread_count(session, me) == 4
    assert query.list_notifications(session, me, unread=True).total == 4
    assert query.mark_all_read(session, me, T0) == 4
    assert query.unread_count(session, me) == 0
    assert query.unread_count(session, world["colleague"]) == 1
