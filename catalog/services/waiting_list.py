"""Waiting lists of batches, and first claims on the seats that free.

A counselor puts a survivor on a batch's list when she missed it only for want of a seat (every
other hard rule holds; outranked in a cohort allocation, or simply too late). When a seat frees
(a hold expired, a referral withdrawn, seats added by the liaison), `offer_free_seats` gives the
first eligible survivor on the list a first claim for CLAIM_HOURS: the seat is counted taken
(`batches.seats_taken`) for her claim, so the matcher shows the batch full and no other referral
can take it. Her counselor refers her (the usual `referrals.refer`, with every check; the seat
passes from the claim to the referral) or declines; a claim not taken up lapses
(`catalog.jobs.claims`) and the seat passes to the next on the list.

The order of the list is the cohort allocation's policy (`matcher.allocation.policy`: income
urgency, then the band of days waited, counted as allocations count them), then who joined the
list first, then the earlier registered profile. Eligibility is checked again when a seat comes
to her: a closed profile, consent withdrawn since she joined, a live referral to the batch or a
hard rule that now fails (other than the seat itself) skips her, recorded with its reason.

Every change is a conditional UPDATE after locking the batch row (FOR NO KEY UPDATE on
PostgreSQL; SQLite serialises writers): a seat is never held twice nor a batch overbooked.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.allocation import Candidate, policy
from matcher.checks import batch_blockers
from matcher.vocabulary import Blocker, ProfileStatus

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict
from ..matching import batch_offer, course_offer, profile_facts
from ..models import (
    Batch,
    Course,
    NotificationKind,
    Profile,
    Referral,
    User,
    WaitingListEntry,
    WaitingStatus,
)
from ..taxonomy import trade_infos
from . import notify
from .referral_checks import ensure_not_live, live_referrals_to, not_eligible
from .seats import return_seat, take_seat
from .waiting_times import waiting_times

CLAIM_HOURS = 48
W = WaitingStatus
OPEN = (W.WAITING, W.OFFERED)


def eligibility(session: Session, batch: Batch, now: datetime) -> Callable[[Profile], list]:
    """The hard rules a referral to `batch` breaks for a survivor, the want of a seat aside: the
    course and its trade read once, for every survivor of a list."""
    course = session.get(Course, batch.course_id)
    info, today = trade_infos(session).get(course.trade), local_date(now)

    def hits_for(profile: Profile) -> list:
        hits = batch_blockers(profile_facts(profile), course_offer(course, [batch]),
                              batch_offer(batch), info, today)
        return [hit for hit in hits if hit.code != Blocker.NO_CAPACITY]

    return hits_for


def join(session: Session, actor: User, batch_id: int, profile_id: int, *,
         now: datetime) -> WaitingListEntry:
    """Put her on the batch's list: she may join it but for a seat; not twice."""
    profile = access.load(session, actor, Profile, profile_id, write=True)
    batch = access.load(session, actor, Batch, batch_id)
    if profile.status is not ProfileStatus.ACTIVE:
        raise Conflict("a closed profile cannot wait for a seat", reason="profile_closed")
    hits = eligibility(session, batch, now)(profile)
    if hits:
        raise not_eligible(hits)
    if batch.seats_available > 0:
        raise Conflict("this batch has a seat free: refer her", reason="seats_available")
    ensure_not_live(session, profile, Referral.batch_id, batch.id)
    waiting = session.scalar(select(WaitingListEntry.id).where(
        WaitingListEntry.profile_id == profile.id, WaitingListEntry.batch_id == batch.id,
        WaitingListEntry.status.in_(OPEN)))
    if waiting is not None:
        raise Conflict(f"she is already on this waiting list (entry {waiting})",
                       reason="already_waiting", entry_id=waiting)
    entry = WaitingListEntry(batch_id=batch.id, profile_id=profile.id, status=W.WAITING,
                             created_by_id=actor.id, created_at=now, status_changed_at=now)
    return audit.created(session, actor, "waiting_list_entry", entry, profile_id=profile.id,
                         detail=f"batch={batch.id}")


def entries_query(actor: User, *, batch_id: int | None = None, open_only: bool = True):
    """The places of her organisation's survivors on waiting lists (read them with
    `audit_reads`)."""
    query = select(WaitingListEntry).where(access.scope(actor, WaitingListEntry))
    if batch_id is not None:
        query = query.where(WaitingListEntry.batch_id == batch_id)
    if open_only:
        query = query.where(WaitingListEntry.status.in_(OPEN))
    return query.order_by(WaitingListEntry.id)


def audit_reads(session: Session, actor: User, found: Iterable[WaitingListEntry]) -> None:
    for entry in found:
        audit.record(session, actor, "read", "waiting_list_entry", entry.id,
                     profile_id=entry.profile_id)


def leave(session: Session, actor: User, entry_id: int, *, now: datetime) -> WaitingListEntry:
    """Take her off the batch's list; a claim she held passes on."""
    entry = access.load(session, actor, WaitingListEntry, entry_id, write=True)
    return _end(session, actor, entry, OPEN, W.LEFT, "leave", now)


def leave_all(session: Session, actor: User | None, profile_id: int, *, now: datetime) -> None:
    """A closed profile leaves every list at once: a seat held for her claim passes on now."""
    for entry in session.scalars(select(WaitingListEntry).where(
            WaitingListEntry.profile_id == profile_id, WaitingListEntry.status.in_(OPEN))):
        _end(session, actor, entry, OPEN, W.LEFT, "leave", now)


def decline(session: Session, actor: User, entry_id: int, *, now: datetime) -> WaitingListEntry:
    """Her counselor declines the claim offered to her: the seat passes on."""
    entry = access.load(session, actor, WaitingListEntry, entry_id, write=True)
    return _end(session, actor, entry, (W.OFFERED,), W.DECLINED, "decline", now)


def _end(session, actor, entry, statuses, status, action, now) -> WaitingListEntry:
    lock_batch(session, entry.batch_id)
    offered = move(session, [entry.id], W.OFFERED, status, now)
    if not offered and not move(session, [entry.id], W.WAITING, status, now, statuses):
        session.refresh(entry)
        raise Conflict(f"an entry that is {entry.status.value} cannot be {status.value}",
                       reason="invalid_transition")
    audit.record(session, actor, action, "waiting_list_entry", entry.id,
                 profile_id=entry.profile_id, fields=["status"])
    if offered:
        release_seat(session, entry.batch_id, now)
    session.refresh(entry)
    return entry


def move(session, ids: Sequence[int], old: WaitingStatus, new: WaitingStatus, now: datetime,
         allowed: Iterable[WaitingStatus] | None = None, *extra, **also) -> list[int]:
    """Move the entries `ids` that are `old` (and `old` is among `allowed`) to `new`, setting
    the columns `also` with it; their ids."""
    if allowed is not None and old not in allowed or not ids:
        return []
    values = {"status": new, "status_changed_at": now}
    if new is not W.OFFERED:
        values["claim_expires_at"] = None
    values.update(also)
    return list(session.scalars(
        update(WaitingListEntry)
        .where(WaitingListEntry.id.in_(ids), WaitingListEntry.status == old, *extra)
        .values(**values).returning(WaitingListEntry.id)
        .execution_options(synchronize_session=False)))


def lock_batch(session: Session, batch_id: int) -> None:
    """Take the batch's row first, so every path takes its locks in one order."""
    session.execute(select(Batch.id).where(Batch.id == batch_id)
                    .with_for_update(key_share=True))


# --- the claim and the refer path ----------------------------------------------------------


def open_claim(session: Session, profile_id: int, batch_id: int, now: datetime) -> int | None:
    """Her claim on a seat of the batch still open at `now` (an entry id), the batch locked."""
    lock_batch(session, batch_id)
    return session.scalar(select(WaitingListEntry.id).where(
        WaitingListEntry.profile_id == profile_id, WaitingListEntry.batch_id == batch_id,
        WaitingListEntry.status == W.OFFERED, WaitingListEntry.claim_expires_at > now))


def take_claim(session: Session, entry_id: int, now: datetime) -> bool:
    """Turn the claim into the referral being made: the seat it held goes with it."""
    return bool(move(session, [entry_id], W.OFFERED, W.CLAIMED, now, None,
                     WaitingListEntry.claim_expires_at > now))


def record_referral(session: Session, entry_id: int, referral_id: int) -> None:
    session.execute(update(WaitingListEntry).where(WaitingListEntry.id == entry_id)
                    .values(referral_id=referral_id)
                    .execution_options(synchronize_session=False))


# --- passing freed seats on ------------------------------------------------------------------


def ordered(session: Session, batch_id: int, now: datetime) -> list[WaitingListEntry]:
    """The batch's waiting survivors, first in line first (see the module docstring)."""
    waiting = list(session.scalars(
        select(WaitingListEntry).where(WaitingListEntry.batch_id == batch_id,
                                       WaitingListEntry.status == W.WAITING)
        .execution_options(populate_existing=True)))
    if not waiting:
        return []
    profiles = {p.id: p for p in session.scalars(
        select(Profile).where(Profile.id.in_({e.profile_id for e in waiting})))}
    waited = waiting_times(session, list(profiles.values()))
    today = local_date(now)

    def key(entry: WaitingListEntry):
        profile = profiles[entry.profile_id]
        urgency, band = policy(Candidate.of(profile.id, profile.income_urgency,
                                            waited[profile.id].days(today), ()))
        return (-urgency, -band, entry.created_at, profile.id)

    return sorted(waiting, key=key)


def skip_reason(session: Session, entry: WaitingListEntry, referred: set[int],
                hits_for: Callable[[Profile], list]) -> str | None:
    """Why she cannot take a seat of the batch now (a code), or None; `referred` are the
    survivors with a live referral to it, `hits_for` its rules (`eligibility`)."""
    profile = session.get(Profile, entry.profile_id)
    if profile.status is not ProfileStatus.ACTIVE:
        return "profile_closed"
    if (not profile.consent_to_share and profile.consent_recorded_at is not None
            and profile.consent_recorded_at > entry.created_at):
        return "consent_withdrawn"
    if profile.id in referred:
        return "already_referred"
    hits = hits_for(profile)
    return hits[0].code.value if hits else None


def release_seat(session: Session, batch_id: int, now: datetime) -> None:
    """A held seat of the batch frees (a withdrawal, a claim given up): it returns to the batch
    and passes, as a first claim, to the next on its list. The jobs return many seats and offer
    once per run (`catalog.jobs.holds`, `catalog.jobs.claims`)."""
    return_seat(session, batch_id)
    offer_free_seats(session, [batch_id], now)


def offer_free_seats(session: Session, batch_ids: Iterable[int], now: datetime) -> int:
    """Give each free seat of the batches to the first eligible survivor waiting for it, as a
    claim until now + CLAIM_HOURS; her counselor is told. Returns the claims offered."""
    offered = 0
    for batch_id in sorted(set(batch_ids)):
        lock_batch(session, batch_id)
        offered += _offer_batch(session, batch_id, now)
    return offered


def _offer_batch(session: Session, batch_id: int, now: datetime) -> int:
    batch = session.get(Batch, batch_id, populate_existing=True)
    if batch is None:
        return 0
    offered = 0
    waiting = ordered(session, batch_id, now)
    # Read once for the whole list (the batch is locked: no referral to it is made meanwhile).
    referred = live_referrals_to(session, [entry.profile_id for entry in waiting],
                                 Referral.batch_id, batch_id)
    hits_for = eligibility(session, batch, now)
    for entry in waiting:
        if batch.seats_available <= 0:
            break
        reason = skip_reason(session, entry, referred, hits_for)
        if reason is not None:
            if move(session, [entry.id], W.WAITING, W.SKIPPED, now, skip_reason=reason):
                note(session, entry, "skip", f"batch={batch_id} {reason}", now)
            continue
        if not take_seat(session, batch_id, local_date(now)):
            break
        expires = now + timedelta(hours=CLAIM_HOURS)
        if not move(session, [entry.id], W.WAITING, W.OFFERED, now,
                    claim_expires_at=expires, offered_at=now):
            return_seat(session, batch_id)  # she left meanwhile: the seat stays
            continue
        note(session, entry, "offer_claim", f"batch={batch_id}", now)
        _tell_counselor(session, entry, batch, expires, now)
        offered += 1
        session.refresh(batch)
    return offered


def note(session, entry, action, detail, now) -> None:
    event = audit.record(session, None, action, "waiting_list_entry", entry.id,
                         profile_id=entry.profile_id, fields=["status"], detail=detail)
    event.at = now


def _tell_counselor(session, entry, batch, expires: datetime, now: datetime) -> None:
    organisation_id = session.scalar(select(Profile.organisation_id)
                                     .where(Profile.id == entry.profile_id))
    title = session.scalar(select(Course.title).where(Course.id == batch.course_id))
    notify.notify(session, [{
        "user_id": user_id, "kind": NotificationKind.SEAT_CLAIM_OFFERED,
        "data": {"entry_id": entry.id, "profile_id": entry.profile_id, "batch_id": batch.id,
                 "title": title, "expires_at": expires.isoformat()},
    } for user_id in notify.case_counselors(session, organisation_id, entry.created_by_id)],
        now)
