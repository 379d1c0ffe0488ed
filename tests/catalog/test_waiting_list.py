"""Waiting lists on both databases: a freed seat is held for the first eligible survivor in the
allocation's priority order, her claim lapses to the next after 48 hours, and no other referral
can take it (concurrency: test_waiting_list_concurrency.py)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog.errors import Conflict, Invalid
from catalog.jobs import JOBS, pass_on_claims
from catalog.models import AuditEvent, Batch, Notification, Profile, WaitingListEntry
from catalog.services import courses, profiles, referrals, waiting_list
from tests.statements import statements

from .waiting_rows import HOLD_DAYS, NOW, withdraw


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
                           hold_days=HOLD_DAYS)
    return batch, held


def entry_of(session, profile_id: int) -> WaitingListEntry:
    session.flush()
    return session.scalar(select(WaitingListEntry).where(WaitingListEntry.profile_id == profile_id)
                          .execution_options(populate_existing=True))


def taken(session, batch_id: int) -> int:
    session.flush()
    return session.get(Batch, batch_id, populate_existing=True).seats_taken


def two_waiting_and_a_freed_seat(session, counselor, survivor, full_batch, second_urgency):
    """(batch, first, second): two survivors join the full batch's list, the first at high
    urgency; then its held seat is withdrawn, so the first is offered it."""
    batch, held = full_batch
    first, second = survivor(income_urgency="high"), survivor(income_urgency=second_urgency)
    for profile in (first, second):
        waiting_list.join(session, counselor, batch.id, profile.id, now=NOW)
    withdraw(session, counselor, held)
    return batch, first, second


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
    batch, first, second = two_waiting_and_a_freed_seat(session, counselor, survivor, full_batch,
                                                        "low")

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
        referrals.refer(session, counselor, other.id, batch_id=batch.id, now=NOW,
                        hold_days=HOLD_DAYS)
    assert refused.value.reason == "no_capacity"

    referral = referrals.refer(session, counselor, waiting.id, batch_id=batch.id, now=NOW,
                               hold_days=HOLD_DAYS)
    assert referral.status.value == "held"
    entry = entry_of(session, waiting.id)
    assert (entry.status.value, entry.referral_id) == ("claimed", referral.id)
    assert taken(session, batch.id) == 1  # the claim's seat became the hold, not a second one


def test_a_declined_claim_passes_to_the_next(session, counselor, survivor, full_batch):
    batch, first, second = two_waiting_and_a_freed_seat(session, counselor, survivor, full_batch,
                                                        "medium")
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
    profiles.close_profile(session, closed, counselor, now=NOW)
    profiles.update_profile(session, withdrew, {"consent_to_share": False}, counselor,
                            now=NOW + timedelta(minutes=5))  # after she joined
    moved_away.latitude, moved_away.longitude = 26.14, 91.74  # Guwahati: too far now

    withdraw(session, counselor, held)

    assert [(entry_of(session, p.id).status.value, entry_of(session, p.id).skip_reason)
            for p in (closed, withdrew, moved_away, eligible)] == [
        ("left", None), ("skipped", "consent_withdrawn"),  # closing left the list
        ("skipped", "too_far"), ("offered", None)]


def test_closing_a_profile_passes_her_claim_on_at_once(session, counselor, survivor,
                                                       full_batch):
    batch, first, second = two_waiting_and_a_freed_seat(session, counselor, survivor, full_batch,
                                                        "low")
    profiles.close_profile(session, first, counselor, now=NOW)
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


def test_the_claims_of_a_batch_lapse_with_one_update_of_its_seats(
        session, counselor, survivor, make_batch):
    batch = make_batch(seats_total=2)
    held = [referrals.refer(session, counselor, survivor().id, batch_id=batch.id, now=NOW,
                            hold_days=HOLD_DAYS) for _ in range(2)]
    for _ in range(2):
        waiting_list.join(session, counselor, batch.id, survivor().id, now=NOW)
    for referral in held:
        withdraw(session, counselor, referral)
    assert taken(session, batch.id) == 2  # both seats held for the two claims
    session.commit()

    with statements(session.get_bind()) as seen:
        assert pass_on_claims(session, NOW + timedelta(hours=48)) == {
            "claims_lapsed": 2, "claims_offered": 0}
    assert len([s for s in seen if s.lstrip().upper().startswith("UPDATE BATCHES")]) == 1
    assert taken(session, batch.id) == 0
