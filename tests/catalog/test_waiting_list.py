"""Waiting lists on both databases: a freed seat is held for the first eligible survivor in the
allocation's priority order, her claim lapses to the next after 48 hours, no other referral can
take it, and under concurrency nothing is held twice nor a batch overbooked."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from catalog.db import make_session_factory
from catalog.errors import Conflict, Invalid
from catalog.jobs import JOBS, pass_on_claims
from catalog.models import (
    AuditEvent,
    Batch,
    Course,
    Notification,
    Profile,
    Referral,
    User,
    WaitingListEntry,
)
from catalog.services import accounts, courses, profiles, referrals, waiting_list

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
TODAY = date(2026, 12, 1)
HOLD_DAYS = 7


@pytest.fixture
def ngo(make_org):
    return make_org("Asha Shelter Trust", "ngo")


@pytest.fixture
def counselor(session, ngo):
    return accounts.create_user(session, "didi@example.org", ngo, "counselor")[0]


@pytest.fixture
def survivor(make_profile, ngo):
    counter = iter(range(1, 1000))

    def make(**fields) -> Profile:
        values = dict(case_ref=f"ASH-{next(counter):03d}", max_travel_km=30,
                      created_at=NOW - timedelta(days=5))
        values.update(fields)
        return make_profile(ngo, **values)

    return make


@pytest.fixture
def full_batch(session, make_batch, counselor, survivor):
    """A batch of one seat, held by a first survivor's referral."""
    batch = make_batch(seats_total=1)
    holder = survivor()
    held = referrals.refer(session, counselor, holder.id, batch_id=batch.id, now=NOW,
                           today=TODAY, hold_days=HOLD_DAYS)
    return batch, held


def entry_of(session, profile_id: int) -> WaitingListEntry:
    session.flush()
    return session.scalar(select(WaitingListEntry).where(WaitingListEntry.profile_id == profile_id)
                          .execution_options(populate_existing=True))


def taken(session, batch_id: int) -> int:
    session.flush()
    return session.get(Batch, batch_id, populate_existing=True).seats_taken


def withdraw(session, counselor, referral, at=NOW):
    referrals.change_status(session, counselor, referral, "withdrawn", now=at)


def test_a_freed_seat_goes_to_the_higher_priority_survivor(session, counselor, survivor,
                                                            full_batch):
    batch, held = full_batch
    medium = survivor(income_urgency="medium")
    high = survivor(income_urgency="high")
    waiting_list.join(session, counselor, batch.id, medium.id, now=NOW)  # she joined first
    waiting_list.join(session, counselor, batch.id, high.id, now=NOW + timedelta(minutes=1))

    withdraw(session, counselor, held)

    claim = entry_of(session, high.id)
    assert claim.status.value == "offered"
    assert claim.claim_expires_at == NOW + timedelta(hours=48)
    assert entry_of(session, medium.id).status.value == "waiting"
    assert taken(session, batch.id) == 1  # the seat is held for her claim
    note = session.scalar(select(Notification).where(Notification.kind == "seat_claim_offered"))
    assert note.user_id == counselor.id
    assert note.data == {"entry_id": claim.id, "profile_id": high.id, "batch_id": batch.id,
                         "title": "Sewing Technology",
                         "expires_at": (NOW + timedelta(hours=48)).isoformat()}


def test_a_longer_wait_outranks_joining_first_at_equal_urgency(session, counselor, survivor,
                                                               full_batch):
    batch, held = full_batch
    recent = survivor(created_at=NOW - timedelta(days=3))
    waited = survivor(created_at=NOW - timedelta(days=200))
    waiting_list.join(session, counselor, batch.id, recent.id, now=NOW)
    waiting_list.join(session, counselor, batch.id, waited.id, now=NOW + timedelta(minutes=1))
    withdraw(session, counselor, held)
    assert entry_of(session, waited.id).status.value == "offered"


def test_a_lapsed_claim_passes_on_once(session, counselor, survivor, full_batch):
    batch, held = full_batch
    first, second = survivor(income_urgency="high"), survivor(income_urgency="low")
    for profile in (first, second):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    withdraw(session, counselor, held)

    assert pass_on_claims(session, NOW + timedelta(hours=47)) == {
        "claims_lapsed": 0, "claims_offered": 0}
    assert pass_on_claims(session, NOW + timedelta(hours=48)) == {
        "claims_lapsed": 1, "claims_offered": 1}
    assert entry_of(session, first.id).status.value == "lapsed"
    assert entry_of(session, second.id).status.value == "offered"
    assert entry_of(session, second.id).claim_expires_at == NOW + timedelta(hours=96)
    assert taken(session, batch.id) == 1
    assert pass_on_claims(session, NOW + timedelta(hours=48)) == {
        "claims_lapsed": 0, "claims_offered": 0}  # twice: nothing more
    assert pass_on_claims(session, NOW + timedelta(hours=96)) == {
        "claims_lapsed": 1, "claims_offered": 0}
    assert taken(session, batch.id) == 0  # no one left waiting: the seat is free again
    assert "pass_on_claims" in JOBS


def test_a_claimed_seat_cannot_be_taken_by_another_referral(session, counselor, survivor,
                                                            full_batch):
    batch, held = full_batch
    waiting = survivor()
    waiting_list.join(session, counselor, batch.id, waiting.id, now=NOW)
    withdraw(session, counselor, held)
    other = survivor()
    with pytest.raises(Conflict) as refused:
        referrals.refer(session, counselor, other.id, batch_id=batch.id, now=NOW, today=TODAY,
                        hold_days=HOLD_DAYS)
    assert refused.value.reason == "no_capacity"

    referral = referrals.refer(session, counselor, waiting.id, batch_id=batch.id, now=NOW,
                               today=TODAY, hold_days=HOLD_DAYS)
    assert referral.status.value == "held"
    entry = entry_of(session, waiting.id)
    assert (entry.status.value, entry.referral_id) == ("claimed", referral.id)
    assert taken(session, batch.id) == 1  # the claim's seat became the hold, not a second one


def test_a_declined_claim_passes_to_the_next(session, counselor, survivor, full_batch):
    batch, held = full_batch
    first, second = survivor(income_urgency="high"), survivor(income_urgency="medium")
    for profile in (first, second):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    withdraw(session, counselor, held)
    waiting_list.decline(session, counselor, entry_of(session, first.id).id, now=NOW)
    assert entry_of(session, first.id).status.value == "declined"
    assert entry_of(session, second.id).status.value == "offered"
    assert taken(session, batch.id) == 1


def test_survivors_no_longer_eligible_are_skipped(session, counselor, survivor, full_batch):
    batch, held = full_batch
    closed = survivor(income_urgency="high")
    withdrew = survivor(income_urgency="high", consent_to_share=True)
    moved_away = survivor(income_urgency="high")
    eligible = survivor(income_urgency="low")
    for profile in (closed, withdrew, moved_away, eligible):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    profiles.close_profile(session, closed, counselor)
    profiles.update_profile(session, withdrew, {"consent_to_share": False}, counselor)
    moved_away.latitude, moved_away.longitude = 26.14, 91.74  # Guwahati: too far now

    withdraw(session, counselor, held)

    assert [(entry_of(session, p.id).status.value, entry_of(session, p.id).skip_reason)
            for p in (closed, withdrew, moved_away, eligible)] == [
        ("left", None), ("skipped", "consent_withdrawn"),  # closing left the list
        ("skipped", "too_far"), ("offered", None)]


def test_closing_a_profile_passes_her_claim_on_at_once(session, counselor, survivor,
                                                       full_batch):
    batch, held = full_batch
    first, second = survivor(income_urgency="high"), survivor(income_urgency="low")
    for profile in (first, second):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    withdraw(session, counselor, held)
    profiles.close_profile(session, first, counselor)
    assert entry_of(session, first.id).status.value == "left"
    assert entry_of(session, second.id).status.value == "offered"
    assert taken(session, batch.id) == 1


def test_seats_added_by_the_liaison_go_to_the_waiting_list(session, counselor, survivor,
                                                           full_batch):
    batch, _ = full_batch
    first, second, third = (survivor() for _ in range(3))
    for profile in (first, second, third):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    courses.update_batch(session, batch, {"seats_total": 3}, None, now=NOW)
    assert [entry_of(session, p.id).status.value for p in (first, second, third)] == [
        "offered", "offered", "waiting"]
    assert taken(session, batch.id) == 3


def test_joining_needs_a_full_batch_she_may_join_and_happens_once(session, counselor, survivor,
                                                                  make_batch, full_batch):
    batch, _ = full_batch
    with pytest.raises(Conflict) as free:
        waiting_list.join(session, counselor, make_batch(batch.course).id, survivor().id,
                          now=NOW)
    assert free.value.reason == "seats_available"
    with pytest.raises(Invalid) as ineligible:
        waiting_list.join(session, counselor, batch.id, survivor(literacy="none").id, now=NOW)
    assert ineligible.value.reason == "not_eligible"
    assert [b["code"] for b in ineligible.value.details["blockers"]] == [
        "literacy_below_minimum"]
    her = survivor()
    waiting_list.join(session, counselor, batch.id, her.id, now=NOW)
    with pytest.raises(Conflict) as twice:
        waiting_list.join(session, counselor, batch.id, her.id, now=NOW)
    assert twice.value.reason == "already_waiting"
    left = waiting_list.leave(session, counselor, entry_of(session, her.id).id, now=NOW)
    assert left.status.value == "left"
    audit = session.scalars(select(AuditEvent.action).where(
        AuditEvent.profile_id == her.id, AuditEvent.object_type == "waiting_list_entry")).all()
    assert audit == ["create", "leave"]


# --- concurrency --------------------------------------------------------------------------------


def _arrange(db, holds: int, waiting: int):
    """A committed batch of `holds` seats all held, and `waiting` survivors on its list."""
    factory = make_session_factory(db)
    with factory() as session:
        ngo = accounts.create_organisation(session, "Asha Shelter Trust", "ngo")
        provider = accounts.create_organisation(session, "Howrah Women's ITI", "provider")
        user = accounts.create_user(session, "didi@example.org", ngo, "counselor")[0]
        course = Course(provider_id=provider.id, title="Sewing", trade="sewing_dress_making",
                        min_literacy="class5", languages=["bn"], mode="in_person",
                        district="Howrah", district_key="howrah", latitude=22.57,
                        longitude=88.25, duration_weeks=24)
        session.add(course)
        session.flush()
        batch = Batch(course_id=course.id, start_date=date(2027, 1, 15),
                      application_deadline=date(2027, 1, 5), seats_total=holds, seats_taken=0)
        session.add(batch)
        session.flush()
        people = []
        for n in range(holds + waiting):
            people.append(Profile(organisation_id=ngo.id, case_ref=f"C-{n}", age=24,
                                  gender="female", literacy="class5", languages=["bn"],
                                  district="Kolkata", district_key="kolkata", latitude=22.55,
                                  longitude=88.35, max_travel_km=30,
                                  income_urgency=("high", "medium", "low")[n % 3]))
        session.add_all(people)
        session.flush()
        held = [referrals.refer(session, user, p.id, batch_id=batch.id, now=NOW, today=TODAY,
                                hold_days=HOLD_DAYS).id for p in people[:holds]]
        for p in people[holds:]:
            waiting_list.join(session, user, batch.id, p.id, now=NOW)
        session.commit()
        return factory, user.id, batch.id, held


@pytest.mark.parametrize("round_", range(3))
def test_seats_freed_and_claimed_at_once_are_never_held_twice(round_, db):
    factory, user_id, batch_id, held = _arrange(db, holds=3, waiting=6)
    start = threading.Barrier(len(held) + 3)
    failures: list[BaseException] = []

    def run(work):
        session = factory()
        try:
            start.wait()
            work(session)
            session.commit()
        except Conflict:
            session.rollback()
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)
            session.rollback()
        finally:
            session.close()

    def withdrawing(referral_id):
        return lambda s: withdraw(s, s.get(User, user_id), s.get(Referral, referral_id))

    def raising(s):
        courses.update_batch(s, s.get(Batch, batch_id), {"seats_total": 5}, None, now=NOW)

    works = [withdrawing(r) for r in held] + [
        lambda s: pass_on_claims(s, NOW), lambda s: pass_on_claims(s, NOW), raising]
    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures

    with factory() as check:
        batch = check.get(Batch, batch_id)
        offered = check.scalars(select(WaitingListEntry.profile_id).where(
            WaitingListEntry.status == "offered")).all()
        holds = check.scalar(select(func.count()).select_from(Referral).where(
            Referral.status == "held"))
        assert len(offered) == len(set(offered)) == 5  # 3 freed + 2 added, one each
        assert batch.seats_total == 5 and batch.seats_taken == len(offered) + holds == 5
        assert check.scalar(select(func.count()).select_from(WaitingListEntry).where(
            WaitingListEntry.status == "waiting")) == 1


@pytest.mark.parametrize("round_", range(4))
def test_a_claim_taken_as_it_lapses_is_decided_once(round_, db):
    factory, user_id, batch_id, held = _arrange(db, holds=1, waiting=2)
    with factory() as session:  # the seat frees: the first in line (high urgency) has it
        withdraw(session, session.get(User, user_id), session.get(Referral, held[0]))
        session.commit()
        first, second = session.scalars(select(WaitingListEntry.profile_id)
                                        .order_by(WaitingListEntry.id)).all()
        strangers = [p.id for p in session.scalars(select(Profile).where(
            Profile.id.not_in([first, second])))]
    expiry = NOW + timedelta(hours=48)
    start = threading.Barrier(2 + len(strangers))
    outcome: dict[str, object] = {}

    def run(name, work):
        session = factory()
        try:
            start.wait()
            outcome[name] = work(session)
            session.commit()
        except Conflict as refused:
            outcome[name] = refused.reason
            session.rollback()
        finally:
            session.close()

    def refer(profile_id):
        return lambda s: referrals.refer(s, s.get(User, user_id), profile_id, batch_id=batch_id,
                                         now=expiry - timedelta(minutes=1), today=TODAY,
                                         hold_days=HOLD_DAYS).status.value

    works = [("claim", refer(first)),
             ("lapse", lambda s: pass_on_claims(s, expiry + timedelta(minutes=1)))]
    works += [(f"stranger{n}", refer(p)) for n, p in enumerate(strangers)]
    threads = [threading.Thread(target=run, args=work) for work in
               (works if round_ % 2 else list(reversed(works)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    with factory() as check:
        status = dict(check.execute(select(WaitingListEntry.profile_id,
                                           WaitingListEntry.status)).all())
        assert check.get(Batch, batch_id).seats_taken == 1
        if outcome["claim"] == "held":
            assert outcome["lapse"] == {"claims_lapsed": 0, "claims_offered": 0}
            assert (status[first].value, status[second].value) == ("claimed", "waiting")
        else:
            assert outcome["claim"] == "no_capacity"
            assert outcome["lapse"] == {"claims_lapsed": 1, "claims_offered": 1}
            assert (status[first].value, status[second].value) == ("lapsed", "offered")
        assert [outcome[f"stranger{n}"] for n in range(len(strangers))] == [
            "no_capacity"] * len(strangers)
