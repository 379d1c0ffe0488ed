"""Scheduled jobs with a frozen clock: nothing before their moment, their effect after it, and
nothing more when run twice."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text

from api.messages import Wording
from catalog.db import make_session_factory
from catalog.errors import Conflict
from catalog.jobs import (
    anonymise_closed_profiles,
    close_past_offers,
    expire_holds,
    remind_follow_ups,
    send_match_digest,
)
from catalog.jobs.follow_ups import record_outcome
from catalog.models import (
    AuditEvent,
    Batch,
    DigestEntry,
    FollowUp,
    Notification,
    Opening,
    Profile,
    Referral,
)
from catalog.services import accounts
from catalog.services.follow_ups import schedule
from catalog.services.referrals import change_status
from tests.conftest import NOW

TODAY = NOW.date()  # NOW (tests.conftest) is 11:30 in Kolkata


def notifications(session, kind: str | None = None) -> list[Notification]:
    query = select(Notification).order_by(Notification.id)
    if kind:
        query = query.where(Notification.kind == kind)
    return list(session.scalars(query))


def digest(session, now):
    """The digest reads rows as the database has them (factories leave plain strings behind)."""
    session.flush()
    session.expire_all()
    return send_match_digest(session, now)


def count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def provider(make_org):
    return make_org("Howrah Women's ITI", "provider")


@pytest.fixture
def course(make_course, provider):
    return make_course(provider)


@pytest.fixture
def employer(make_org):
    return make_org("Sundarban Garments", "employer", verified=True)


@pytest.fixture
def make_referral(session, make_profile, make_batch, course, ngo, counselor):
    def make(status="held", batch=None, profile=None, created_by=None, **fields) -> Referral:
        profile = profile or make_profile(ngo, case_ref=f"ASH-{count(session, Profile) + 1}")
        offer = {"opening_id": fields.pop("opening_id")} if "opening_id" in fields else {
            "batch_id": (batch or make_batch(course, seats_taken=1)).id}
        referral = Referral(profile_id=profile.id, status=status,
                            created_by_id=(created_by or counselor).id, **offer, **fields)
        session.add(referral)
        session.flush()
        return referral

    return make


# --- expiring holds ---------------------------------------------------------------------------

def test_a_hold_expires_at_its_moment_the_seat_returns_and_the_counselor_hears(
        session, make_referral, make_batch, course, counselor):
    batch = make_batch(course, seats_total=5, seats_taken=2)
    referral = make_referral(batch=batch, hold_expires_at=NOW + timedelta(hours=1))

    before = expire_holds(session, NOW + timedelta(minutes=59))
    assert before == {"expired": 0, "seats_returned": 0, "notifications": 0}
    assert session.get(Batch, batch.id).seats_taken == 2

    at = NOW + timedelta(hours=1)
    assert expire_holds(session, at) == {"expired": 1, "seats_returned": 1, "notifications": 1}
    session.expire_all()
    assert session.get(Referral, referral.id).status.value == "expired"
    assert session.get(Referral, referral.id).status_changed_at == at
    assert session.get(Batch, batch.id).seats_taken == 1
    [note] = notifications(session)
    assert (note.user_id, note.kind) == (counselor.id, "hold_expired")
    assert note.data == {"referral_id": referral.id, "profile_id": referral.profile_id,
                         "batch_id": batch.id, "title": batch.course.title}
    assert "ASH" not in str(note.data)  # never the case reference
    [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "expire"))
    assert (event.actor_user_id, event.object_id, event.at) == (None, referral.id, at)

    again = expire_holds(session, at + timedelta(minutes=5))
    assert again == {"expired": 0, "seats_returned": 0, "notifications": 0}
    session.expire_all()
    assert session.get(Batch, batch.id).seats_taken == 1
    assert len(notifications(session)) == 1


def test_a_confirmed_or_withdrawn_referral_never_expires(session, make_referral, make_batch,
                                                        course):
    batch = make_batch(course, seats_total=5, seats_taken=1)
    make_referral(status="enrolled", batch=batch, hold_expires_at=NOW - timedelta(days=1))
    make_referral(status="withdrawn", batch=batch, hold_expires_at=NOW - timedelta(days=1))
    assert expire_holds(session, NOW)["expired"] == 0
    assert session.get(Batch, batch.id).seats_taken == 1


def test_when_the_referring_counselor_has_left_every_counselor_of_the_organisation_hears(
        session, make_referral, make_org, ngo, counselor):
    colleague = accounts.create_user(session, "apa@example.org", ngo, "counselor")[0]
    other = make_org("Other Shelter", "ngo")
    accounts.create_user(session, "stranger@example.org", other, "counselor")
    counselor.active = False
    session.flush()
    make_referral(hold_expires_at=NOW - timedelta(minutes=1))

    assert expire_holds(session, NOW)["notifications"] == 1
    assert [n.user_id for n in notifications(session)] == [colleague.id]


# --- a hold expiring while a liaison confirms it ----------------------------------------------

@pytest.fixture
def committed(db):
    """Sessions of their own, for work that must commit and race."""
    factory = make_session_factory(db)
    opened = []

    def open_session():
        session = factory()
        opened.append(session)
        return session

    yield open_session
    for session in opened:
        session.rollback()
        session.close()


def _arrange_hold(session, make_referral, make_batch, course):
    provider = course.provider_id
    from catalog.models import Organisation

    liaison = accounts.create_user(session, "iti@example.org",
                                   session.get(Organisation, provider), "iti_liaison")[0]
    batch = make_batch(course, seats_total=3, seats_taken=1)
    referral = make_referral(batch=batch, hold_expires_at=NOW - timedelta(seconds=1))
    session.commit()
    return liaison.id, batch.id, referral.id


def _confirm(session, liaison_id, referral_id):
    from catalog.models import User

    referral = session.get(Referral, referral_id)
    change_status(session, session.get(User, liaison_id), referral, "enrolled", now=NOW)


@pytest.mark.parametrize("round_", range(6))
def test_a_hold_expiring_while_a_liaison_confirms_it_is_decided_once(
        round_, session, committed, make_referral, make_batch, course):
    liaison_id, batch_id, referral_id = _arrange_hold(session, make_referral, make_batch,
                                                      course)
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def confirm():
        own = committed()
        start.wait()
        try:
            _confirm(own, liaison_id, referral_id)
            own.commit()
            outcome["confirmed"] = True
        except Conflict:
            own.rollback()
            outcome["confirmed"] = False

    def expire():
        own = committed()
        start.wait()
        outcome["expired"] = expire_holds(own, NOW)["expired"]
        own.commit()

    threads = [threading.Thread(target=confirm), threading.Thread(target=expire)]
    for thread in (threads if round_ % 2 else reversed(threads)):
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert outcome["confirmed"] != bool(outcome["expired"])  # exactly one wins
    check = committed()
    status = check.get(Referral, referral_id).status.value
    seats = check.get(Batch, batch_id).seats_taken
    assert (status, seats) == (("enrolled", 1) if outcome["confirmed"] else ("expired", 0))


def _wait_until_blocked(session, timeout: float = 20.0) -> None:
    """Until another backend waits for a row lock (PostgreSQL): no sleeping on the clock."""
    waited = threading.Event()
    for _ in range(int(timeout / 0.01)):
        blocked = session.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"))
        session.rollback()
        if blocked:
            return
        waited.wait(0.01)
    raise AssertionError("the second transaction never waited for the first")


@pytest.mark.parametrize("first", ["confirm", "expire"])
def test_on_postgresql_the_second_of_a_confirm_and_an_expiry_waits_and_loses(
        first, engine, session, committed, make_referral, make_batch, course):
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite runs one writer at a time")
    liaison_id, batch_id, referral_id = _arrange_hold(session, make_referral, make_batch,
                                                      course)
    leader = committed()
    if first == "confirm":
        _confirm(leader, liaison_id, referral_id)
    else:
        assert expire_holds(leader, NOW)["expired"] == 1
    outcome: dict[str, object] = {}

    def second():
        own = committed()
        if first == "confirm":
            outcome["expired"] = expire_holds(own, NOW)["expired"]
            own.commit()
        else:
            try:
                _confirm(own, liaison_id, referral_id)
                outcome["confirmed"] = True
            except Conflict:
                outcome["confirmed"] = False
            own.rollback()

    thread = threading.Thread(target=second)
    thread.start()
    _wait_until_blocked(committed())
    leader.commit()
    thread.join(timeout=60)

    check = committed()
    if first == "confirm":
        assert outcome == {"expired": 0}
        assert check.get(Batch, batch_id).seats_taken == 1
    else:
        assert outcome == {"confirmed": False}
        assert check.get(Batch, batch_id).seats_taken == 0


# --- closing offers ---------------------------------------------------------------------------

def test_offers_close_the_day_after_their_date_in_indian_time(session, make_opening, make_batch,
                                                              employer, course):
    published = make_opening(employer, status="published", closes_on=TODAY)
    pending = make_opening(employer, status="pending_review", closes_on=TODAY)
    rejected = make_opening(employer, status="rejected", closes_on=TODAY)
    later = make_opening(employer, status="published", closes_on=TODAY + timedelta(days=1))
    batch = make_batch(course, application_deadline=TODAY, start_date=TODAY + timedelta(days=5))
    later_batch = make_batch(course, application_deadline=TODAY + timedelta(days=1),
                             start_date=TODAY + timedelta(days=5))

    last_minute = datetime(2026, 12, 1, 18, 29, 59, tzinfo=timezone.utc)  # 23:59:59 IST
    assert close_past_offers(session, last_minute) == {"openings_closed": 0, "batches_closed": 0}

    midnight = datetime(2026, 12, 1, 18, 30, tzinfo=timezone.utc)  # 00:00 IST, 2 December
    assert close_past_offers(session, midnight) == {"openings_closed": 2, "batches_closed": 1}
    session.expire_all()
    statuses = {o.id: o.status.value for o in session.scalars(select(Opening))}
    assert statuses == {published.id: "closed", pending.id: "closed", rejected.id: "rejected",
                        later.id: "published"}
    assert session.get(Batch, batch.id).closed is True
    assert session.get(Batch, later_batch.id).closed is False
    assert session.get(Opening, published.id).updated_at == midnight

    assert close_past_offers(session, midnight + timedelta(hours=1)) == {
        "openings_closed": 0, "batches_closed": 0}


# --- the match digest -------------------------------------------------------------------------

@pytest.fixture
def matched(session, make_profile, make_opening, make_batch, ngo, counselor, employer, course):
    """A survivor near Kolkata with a published opening and a course batch that both match."""
    profile = make_profile(ngo, max_travel_km=40, created_by_id=counselor.id)
    opening = make_opening(employer, status="published")
    batch = make_batch(course)
    return profile, opening, batch


def test_the_digest_tells_the_counselor_of_new_matches_once(session, matched, counselor,
                                                            make_opening, employer):
    profile, opening, batch = matched

    report = digest(session, NOW)
    assert report == {"profiles": 1, "profiles_with_news": 1, "offers": 2, "notifications": 1}
    [note] = notifications(session, "new_matches")
    assert note.user_id == counselor.id and note.created_at == NOW
    offers = {(o["kind"], o["course_id"] or o["opening_id"]) for o in note.data["offers"]}
    assert offers == {("opening", opening.id), ("course", batch.course_id)}
    assert note.data["profile_id"] == profile.id
    assert "ASH" not in str(note.data) and note.data["count"] == 2
    # The case is named by its reference, read when the notification is shown.
    assert Wording("en").notification(note.kind, note.data, case_ref=profile.case_ref) \
        .startswith(f"2 new matches for case {profile.case_ref}: ")
    assert count(session, AuditEvent, AuditEvent.action == "digest") == 1

    again = digest(session, NOW + timedelta(days=1))
    assert again == {"profiles": 1, "profiles_with_news": 0, "offers": 0, "notifications": 0}
    assert len(notifications(session)) == 1

    newer = make_opening(employer, status="published", title="Tailor")
    third = digest(session, NOW + timedelta(days=2))
    assert third["offers"] == 1 and third["notifications"] == 1
    latest = notifications(session, "new_matches")[-1]
    assert [o["opening_id"] for o in latest.data["offers"]] == [newer.id]


def test_the_digest_skips_closed_profiles_and_offers_that_are_not_matches(
        session, make_profile, make_opening, ngo, counselor, employer):
    make_profile(ngo, case_ref="ASH-closed", status="closed", closed_at=NOW)
    make_profile(ngo, case_ref="ASH-far", created_by_id=counselor.id)
    make_opening(employer, status="pending_review")
    make_opening(employer, status="published", district="Mumbai", district_key="mumbai",
                 latitude=19.07, longitude=72.87)
    report = digest(session, NOW)
    assert report == {"profiles": 1, "profiles_with_news": 0, "offers": 0, "notifications": 0}
    assert count(session, DigestEntry) == 0


def test_one_digest_per_counselor_per_profile_when_its_creator_has_left(
        session, matched, ngo, counselor, make_org):
    colleagues = [accounts.create_user(session, f"c{n}@example.org", ngo, "counselor")[0]
                  for n in range(2)]
    accounts.create_user(session, "x@example.org", make_org("Other", "ngo"), "counselor")
    counselor.active = False
    session.flush()
    assert digest(session, NOW)["notifications"] == 2
    assert sorted(n.user_id for n in notifications(session)) == [c.id for c in colleagues]


# --- follow-ups -------------------------------------------------------------------------------

@pytest.fixture
def partner(session, employer):
    return accounts.create_user(session, "hr@example.org", employer, "csr_partner")[0]


def enrol(session, make_referral, counselor, at: datetime) -> Referral:
    """A seat held, then enrolled by the counselor at `at`: the path every caller takes."""
    referral = make_referral(status="held", hold_expires_at=at + timedelta(days=3))
    session.refresh(referral)  # the factory leaves plain strings behind
    return change_status(session, counselor, referral, "enrolled", now=at)


def follow_ups(session, referral) -> dict[int, FollowUp]:
    return {f.day: f for f in session.scalars(
        select(FollowUp).where(FollowUp.referral_id == referral.id))}


def test_enrolled_and_completed_the_same_day_keeps_the_enrolments_follow_ups(
        session, make_referral, counselor):
    placed = datetime(2026, 12, 1, 5, 0, tzinfo=timezone.utc)
    referral = enrol(session, make_referral, counselor, placed)
    change_status(session, counselor, referral, "completed", now=placed + timedelta(hours=3))
    # no job has run: the follow-ups came with the enrolment, due from its day
    assert {day: f.due_on for day, f in follow_ups(session, referral).items()} == {
        30: date(2026, 12, 31), 90: date(2027, 3, 1), 180: date(2027, 5, 30)}
    assert session.get(Referral, referral.id).status.value == "completed"


def test_a_hire_gets_its_follow_ups_when_hired_and_a_held_seat_none(
        session, make_referral, make_opening, employer, partner):
    opening = make_opening(employer, status="published")
    hired = make_referral(status="applied", opening_id=opening.id)
    held = make_referral(status="held", hold_expires_at=NOW + timedelta(days=3))
    session.refresh(hired)
    change_status(session, partner, hired, "hired", now=NOW)
    assert sorted(follow_ups(session, hired)) == [30, 90, 180]
    assert follow_ups(session, held) == {}
    assert count(session, FollowUp) == 3


def test_follow_ups_are_reminded_on_day_30_90_and_180_once_each(session, make_referral,
                                                               counselor):
    placed = datetime(2026, 12, 1, 5, 0, tzinfo=timezone.utc)
    referral = enrol(session, make_referral, counselor, placed)

    assert remind_follow_ups(session, placed + timedelta(hours=1)) == {
        "reminded": 0, "escalated": 0, "notifications": 0}
    day_29 = datetime(2026, 12, 30, 12, 0, tzinfo=timezone.utc)
    assert remind_follow_ups(session, day_29)["reminded"] == 0
    day_30 = datetime(2026, 12, 30, 18, 30, tzinfo=timezone.utc)  # midnight in Kolkata
    assert remind_follow_ups(session, day_30) == {"reminded": 1, "escalated": 0,
                                                  "notifications": 1}
    assert remind_follow_ups(session, day_30 + timedelta(days=1))["reminded"] == 0
    [note] = notifications(session, "follow_up_due")
    assert note.user_id == counselor.id
    assert note.data == {"referral_id": referral.id, "profile_id": referral.profile_id,
                         "day": 30, "due_on": "2026-12-31"}

    # day 30 is recorded in time, so never raised again; day 90 is recorded on its day, so
    # never reminded; day 180 is
    record_outcome(session, counselor, referral.id, 30, "in_training", note=None,
                   now=day_30 + timedelta(days=2))
    day_90 = datetime(2027, 3, 1, 6, 0, tzinfo=timezone.utc)
    record_outcome(session, counselor, referral.id, 90, "working", note=None, now=day_90)
    assert remind_follow_ups(session, day_90 + timedelta(days=1))["reminded"] == 0
    assert remind_follow_ups(session, datetime(2027, 6, 1, tzinfo=timezone.utc))["reminded"] == 1
    assert [n.data["day"] for n in notifications(session, "follow_up_due")] == [30, 180]
    assert notifications(session, "follow_up_overdue") == []


def test_a_follow_up_14_days_overdue_is_raised_once_not_every_day(session, make_referral,
                                                                  counselor):
    placed = datetime(2026, 12, 1, 5, 0, tzinfo=timezone.utc)
    referral = enrol(session, make_referral, counselor, placed)
    remind_follow_ups(session, datetime(2026, 12, 31, 6, 0, tzinfo=timezone.utc))  # due
    day_13_late = datetime(2027, 1, 13, 6, 0, tzinfo=timezone.utc)
    assert remind_follow_ups(session, day_13_late)["escalated"] == 0
    day_14_late = datetime(2027, 1, 14, 6, 0, tzinfo=timezone.utc)
    assert remind_follow_ups(session, day_14_late) == {"reminded": 0, "escalated": 1,
                                                       "notifications": 1}
    for days in range(1, 20):  # the daily runs that follow raise nothing more
        assert remind_follow_ups(session, day_14_late + timedelta(days=days))["escalated"] == 0
    [raised] = notifications(session, "follow_up_overdue")
    assert raised.user_id == counselor.id
    assert raised.data == {"referral_id": referral.id, "profile_id": referral.profile_id,
                           "day": 30, "due_on": "2026-12-31", "days_late": 14}
    assert follow_ups(session, referral)[30].escalated_at == day_14_late
    assert len(notifications(session, "follow_up_due")) == 1


def test_a_follow_up_first_seen_overdue_is_raised_and_not_also_reminded(
        session, make_referral, counselor):
    referral = enrol(session, make_referral, counselor,
                     datetime(2026, 10, 1, 5, 0, tzinfo=timezone.utc))
    report = remind_follow_ups(session, datetime(2026, 11, 20, 6, 0, tzinfo=timezone.utc))
    assert report == {"reminded": 0, "escalated": 1, "notifications": 1}
    assert [n.kind for n in notifications(session)] == ["follow_up_overdue"]
    assert follow_ups(session, referral)[30].reminded_at is not None


def test_recording_a_follow_up_not_yet_due_is_a_conflict_naming_why(session, make_referral,
                                                                    counselor):
    placed = datetime(2026, 12, 1, 5, 0, tzinfo=timezone.utc)
    referral = enrol(session, make_referral, counselor, placed)
    with pytest.raises(Conflict) as raised:
        record_outcome(session, counselor, referral.id, 30, "working", note=None,
                       now=datetime(2026, 12, 30, 6, 0, tzinfo=timezone.utc))
    assert raised.value.reason == "follow_up_not_due"
    assert raised.value.details == {"day": 30, "due_on": "2026-12-31"}
    assert follow_ups(session, referral)[30].outcome is None
    recorded = record_outcome(session, counselor, referral.id, 30, "working", note=None,
                              now=datetime(2026, 12, 31, 6, 0, tzinfo=timezone.utc))
    assert recorded.outcome.value == "working"


def test_recording_a_follow_up_of_a_referral_never_placed_is_a_conflict(
        session, make_referral, counselor):
    held = make_referral(status="held", hold_expires_at=NOW + timedelta(days=3))
    session.refresh(held)
    change_status(session, counselor, held, "withdrawn", now=NOW)
    with pytest.raises(Conflict) as raised:
        record_outcome(session, counselor, held.id, 30, "working", note=None,
                       now=NOW + timedelta(days=40))
    assert raised.value.reason == "not_placed"
    assert raised.value.details == {"referral_status": "withdrawn"}
    assert count(session, FollowUp) == 0


def test_an_anonymised_survivor_is_not_followed_up(session, make_referral, make_profile, ngo):
    profile = make_profile(ngo, status="closed", closed_at=NOW, anonymised_at=NOW)
    referral = make_referral(status="enrolled", profile=profile,
                             status_changed_at=NOW - timedelta(days=60))
    schedule(session, [(referral.id, referral.status_changed_at)])
    report = remind_follow_ups(session, NOW)
    assert report == {"reminded": 0, "escalated": 0, "notifications": 0}


# --- retention --------------------------------------------------------------------------------

def test_a_profile_closed_past_retention_is_anonymised_and_its_audit_trail_kept(
        session, make_profile, make_referral, ngo, counselor):
    closed_at = NOW - timedelta(days=365)
    profile = make_profile(ngo, case_ref="ASH-OLD", status="closed", closed_at=closed_at,
                           interests=["silai"], experience=["tailoring"],
                           resolved_interests=[{"text": "silai", "trade": "sewing_dress_making",
                                                "score": 1.0}],
                           avoid_districts=["Howrah"], avoid_district_keys=["howrah"])
    recent = make_profile(ngo, case_ref="ASH-NEW", status="closed",
                          closed_at=closed_at + timedelta(seconds=1))
    active = make_profile(ngo, case_ref="ASH-ACTIVE")
    referral = make_referral(status="enrolled", profile=profile, note="met at the shelter",
                             note_for_partner="prefers mornings",
                             status_changed_at=closed_at - timedelta(days=40))
    record_outcome(session, counselor, referral.id, 30, "working", note="doing well",
                   now=closed_at)
    audit_before = count(session, AuditEvent)

    assert anonymise_closed_profiles(session, NOW - timedelta(seconds=1), retention_days=365) \
        == {"profiles_anonymised": 0, "job_runs_pruned": 0}
    assert anonymise_closed_profiles(session, NOW, retention_days=365)["profiles_anonymised"] == 1
    session.expire_all()
    gone = session.get(Profile, profile.id)
    assert gone.case_ref is None and gone.anonymised_at == NOW
    assert (gone.interests, gone.experience, gone.resolved_interests, gone.avoid_districts,
            gone.avoid_district_keys) == ([], [], [], [], [])
    assert gone.age == 24 and gone.literacy.value == "class5"  # what statistics need stays
    assert session.get(Referral, referral.id).note is None
    assert session.get(Referral, referral.id).note_for_partner is None
    assert {f.note for f in session.scalars(select(FollowUp))} == {None}
    assert session.get(Profile, recent.id).case_ref == "ASH-NEW"
    assert session.get(Profile, active.id).case_ref == "ASH-ACTIVE"
    [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "anonymise"))
    assert (event.actor_user_id, event.profile_id, event.at) == (None, profile.id, NOW)
    assert "case_ref" in event.fields
    assert count(session, AuditEvent) == audit_before + 1  # nothing of the trail was dropped

    assert anonymise_closed_profiles(session, NOW, retention_days=365) \
        == {"profiles_anonymised": 0, "job_runs_pruned": 0}
    assert count(session, AuditEvent) == audit_before + 1
