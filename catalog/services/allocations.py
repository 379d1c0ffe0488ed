"""Cohort allocations: propose an assignment of a team's survivors to the seats of an intake,
explained, then apply it as seat holds, all or nothing.

Proposing reads the survivors (of the counselor's organisation only) and the batches (named, or
found by filters), scores every batch each survivor may join with the matcher
(`matcher.wanted.wanted_batch_fits`, as `matcher.engine.batch_fits`: every hard rule, the score
a match gives that batch), and lets `matcher.allocation.allocate`
assign them. Nothing is held yet: the proposal is stored with each survivor's placement or the
reason she has none, so that a counselor can read it before applying it.

Applying refers each placed survivor to her batch through the referral service (the same
conditional UPDATE of seats and the same re-check of the hard rules as a single referral), in one
transaction: if any seat was taken meanwhile, or a survivor no longer qualifies, nothing is held
and the answer is a 409 naming the survivor and the batch.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from matcher.allocation import (
    MIN_SCORE,
    Candidate,
    PastReferral,
    Seats,
    Unplacement,
    Waiting,
    allocate,
    waiting_since,
)
from matcher.allocation import (
    Allocation as Assignment,
)
from matcher.checks import batch_blockers
from matcher.evaluation import BatchFit
from matcher.geo import haversine_km
from matcher.messages import AllocationNote, Message
from matcher.models import CourseOffer
from matcher.text import district_key
from matcher.wanted import Wanted, wanted_batch_fits
from matcher.vocabulary import IncomeUrgency, ProfileStatus, ReferralStatus

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict, DomainError, FieldError, Invalid, NotFound
from ..matching import catalogue_index, profile_facts
from ..models import (
    Allocation,
    AllocationItem,
    AllocationStatus,
    Batch,
    Course,
    FollowUp,
    FollowUpOutcome,
    Profile,
    Referral,
    User,
)
from . import referrals

MAX_COHORT = 2_000
MAX_BATCHES = 1_000
ALTERNATIVES_EXAMINED = 40  # nearest batches examined for a survivor no batch is open to


# --- proposing ---------------------------------------------------------------------------------


def propose(
    session: Session,
    actor: User,
    *,
    profile_ids: Sequence[int],
    batch_ids: Sequence[int] | None = None,
    filters: Mapping[str, Any] | None = None,
    min_score: float = MIN_SCORE,
    include_placed: bool = False,
    now: datetime,
) -> Allocation:
    """Propose an assignment of the survivors `profile_ids` to the batches `batch_ids` (or the
    open batches matching `filters`). Stored, audited for every survivor, not yet applied.
    A survivor holding a live seat (held or enrolled, in any batch) is left out unless
    `include_placed`. Dates are read on India's day of `now`."""
    today = local_date(now)
    profiles = _cohort(session, actor, profile_ids)
    batches = _batches(session, batch_ids, filters, today)
    index = catalogue_index(session, today)
    wanted: dict[int, set[int]] = {}
    for batch in batches:
        wanted.setdefault(batch.course_id, set()).add(batch.id)
    seats = [Seats(batch.id, _free_seats(batch, today)) for batch in batches]
    ids = [p.id for p in profiles]
    live = _live_seats(session, ids, {batch.id: batch for batch in batches})
    waited = waiting_times(session, profiles)

    facts = {profile.id: profile_facts(profile) for profile in profiles}
    filed = Wanted(index, wanted)
    held = {profile.id: {seat["batch_id"] for seat in live.get(profile.id, ())}
            for profile in profiles}

    def fits_of(profile_id: int, bound: float | None) -> list[BatchFit]:
        found = wanted_batch_fits(facts[profile_id], index, today, filed, bound)
        return [fit for fit in found if fit.batch_id not in held[profile_id]]

    # Her choices are the batches scoring min_score or more: courses that cannot are not scored.
    fits = {profile.id: fits_of(profile.id, min_score) for profile in profiles}
    candidates = [Candidate.of(
        profile.id, profile.income_urgency, waited[profile.id].days(today),
        [(fit.batch_id, fit.score) for fit in fits[profile.id]], min_score, held[profile.id],
    ) for profile in profiles]
    result = allocate(candidates, seats, include_placed=include_placed)
    for unplaced in result.unplaced:  # explained by every batch she may join, however weak
        if unplaced.reason is not Unplacement.HOLDS_SEAT_ELSEWHERE:
            fits[unplaced.profile_id] = fits_of(unplaced.profile_id, None)

    allocation = Allocation(
        organisation_id=actor.organisation_id, status=AllocationStatus.PROPOSED,
        min_score=min_score, include_placed=include_placed, created_by_id=actor.id,
        created_at=now,
        batches=[{"batch_id": seat.batch_id, "seats": seat.capacity} for seat in seats],
    )
    session.add(allocation)
    explain = _Explainer(index, today, batches, facts, fits, result, min_score, live, waited)
    by_id = {profile.id: profile for profile in profiles}
    for placement in result.placements:
        profile = by_id[placement.profile_id]
        allocation.items.append(AllocationItem(
            profile_id=profile.id, batch_id=placement.batch_id, score=placement.score,
            choice=placement.choice, explanation=explain.placement(profile, placement),
        ))
    for unplaced in result.unplaced:
        profile = by_id[unplaced.profile_id]
        allocation.items.append(AllocationItem(
            profile_id=profile.id, unplaced_reason=unplaced.reason.value,
            explanation=explain.unplaced(profile, unplaced),
        ))
    session.flush()
    for profile in profiles:
        audit.record(session, actor, "allocate", "allocation", allocation.id,
                     profile_id=profile.id)
    return allocation


def _cohort(session: Session, actor: User, profile_ids: Sequence[int]) -> list[Profile]:
    ids = list(profile_ids)
    if not ids:
        raise Invalid("name at least one survivor", field_errors={
            "profile_ids": ["Name at least one profile."]})
    if len(ids) > MAX_COHORT:
        raise Invalid("too many survivors", field_errors={
            "profile_ids": [FieldError("too_many_profiles", max=MAX_COHORT)]})
    repeated = sorted(pid for pid, times in Counter(ids).items() if times > 1)
    if repeated:
        raise Invalid("a survivor is named twice", field_errors={
            "profile_ids": [FieldError("named_twice", ids=repeated)]})
    profiles = list(session.scalars(
        select(Profile).where(Profile.id.in_(ids), access.scope(actor, Profile))
        .order_by(Profile.id)
    ))
    missing = sorted(set(ids) - {p.id for p in profiles})
    if missing:  # another organisation's profile is simply not found, as everywhere
        raise NotFound(f"profiles {_list(missing)} were not found",
                       errors={"json": {"profile_ids": [FieldError("not_found_ids",
                                                                    ids=missing)]}})
    closed = [p.id for p in profiles if p.status is not ProfileStatus.ACTIVE]
    if closed:
        raise Invalid("closed profiles cannot be allocated", field_errors={
            "profile_ids": [FieldError("profiles_closed", ids=closed)]})
    return profiles


def _batches(session: Session, batch_ids, filters, today: date) -> list[Batch]:
    if (batch_ids is None) == (filters is None):
        raise Invalid("name either batch_ids or filters", field_errors={
            "batch_ids": ["Give batch_ids or filters, not both."]})
    if batch_ids is not None:
        ids = list(dict.fromkeys(batch_ids))
        if not ids:
            raise Invalid("name at least one batch", field_errors={
                "batch_ids": ["Name at least one batch."]})
        if len(ids) > MAX_BATCHES:
            raise Invalid("too many batches", field_errors={
                "batch_ids": [FieldError("too_many_batches", max=MAX_BATCHES)]})
        batches = list(session.scalars(
            select(Batch).where(Batch.id.in_(ids)).options(selectinload(Batch.course))
            .order_by(Batch.id)
        ))
        missing = sorted(set(ids) - {b.id for b in batches})
        if missing:
            raise Invalid("some batches were not found", field_errors={
                "batch_ids": [FieldError("not_found_ids", ids=missing)]})
        shut = [b.id for b in batches if not _open(b, today)]
        if shut:
            raise Invalid("some batches are not open for referrals", field_errors={
                "batch_ids": [FieldError("batches_not_open", ids=shut)]})
        return batches
    query = (
        select(Batch).join(Course, Batch.course_id == Course.id)
        .where(Course.active.is_(True), Batch.closed.is_(False), Batch.start_date > today,
               Batch.application_deadline >= today, Batch.seats_taken < Batch.seats_total)
        .options(selectinload(Batch.course))
        .order_by(Batch.id)
    )
    if filters.get("trades"):
        query = query.where(Course.trade.in_(filters["trades"]))
    if filters.get("districts"):
        query = query.where(Course.district_key.in_(
            [district_key(name) for name in filters["districts"]]))
    if filters.get("course_ids"):
        query = query.where(Course.id.in_(filters["course_ids"]))
    if filters.get("starts_from"):
        query = query.where(Batch.start_date >= filters["starts_from"])
    if filters.get("starts_until"):
        query = query.where(Batch.start_date <= filters["starts_until"])
    batches = list(session.scalars(query.limit(MAX_BATCHES + 1)))
    if len(batches) > MAX_BATCHES:
        raise Invalid("the filters find too many batches", field_errors={
            "filters": [FieldError("filters_too_broad", max=MAX_BATCHES)]})
    if not batches:
        raise Invalid("no open batch has seats for these filters", reason="no_batches",
                      field_errors={"filters": ["No open batch with seats matches them."]})
    return batches


def _open(batch: Batch, today: date) -> bool:
    return (batch.course.active and not batch.closed and batch.start_date > today
            and batch.application_deadline >= today)


def _free_seats(batch: Batch, today: date) -> int:
    return max(0, batch.seats_total - batch.seats_taken) if _open(batch, today) else 0


LIVE_SEATS = (ReferralStatus.HELD, ReferralStatus.ENROLLED)
"""A referral in one of these holds a seat: the survivor is placed, in any batch."""
PLACEMENTS_ENDED = (ReferralStatus.COMPLETED, ReferralStatus.DROPPED)
CLOSED = (ReferralStatus.WITHDRAWN, ReferralStatus.EXPIRED, ReferralStatus.NOT_SELECTED)
LEFT_THE_JOB = (FollowUpOutcome.DROPPED_OUT, FollowUpOutcome.UNREACHABLE, FollowUpOutcome.UNSAFE)


def _live_seats(session: Session, profile_ids: list[int], known: Mapping[int, Batch]
                ) -> dict[int, list[dict[str, Any]]]:
    """The seats each survivor holds (held or enrolled), in any batch: the referral, its
    status, and the batch and its course (read from `known`, or loaded)."""
    rows = session.execute(
        select(Referral.profile_id, Referral.id, Referral.batch_id, Referral.status)
        .where(Referral.profile_id.in_(profile_ids), Referral.batch_id.is_not(None),
               Referral.status.in_(LIVE_SEATS))
        .order_by(Referral.batch_id, Referral.id)
    ).all()
    batches = dict(known)
    missing = {row.batch_id for row in rows} - batches.keys()
    if missing:
        batches |= {batch.id: batch for batch in session.scalars(
            select(Batch).where(Batch.id.in_(missing)).options(selectinload(Batch.course)))}
    live: dict[int, list[dict[str, Any]]] = {}
    for profile_id, referral_id, batch_id, status in rows:
        batch = batches[batch_id]
        live.setdefault(profile_id, []).append({
            "referral_id": referral_id, "status": status.value, "batch_id": batch_id,
            "course_id": batch.course_id, "title": batch.course.title,
            "start_date": batch.start_date.isoformat()})
    return live


def waiting_times(session: Session, profiles: Sequence[Profile]) -> dict[int, Waiting]:
    """Since when each survivor has waited (matcher.allocation.waiting_since): from the end of
    her last placement (a course completed or dropped; a job from the day a follow-up found she
    left it, else from the hire) or closed referral (withdrawn, expired, not selected), else
    from her registration. Days are India's."""
    ids = [profile.id for profile in profiles]
    left_job = dict(session.execute(
        select(FollowUp.referral_id, func.max(FollowUp.recorded_at))
        .join(Referral, FollowUp.referral_id == Referral.id)
        .where(Referral.profile_id.in_(ids), Referral.status == ReferralStatus.HIRED,
               FollowUp.outcome.in_(LEFT_THE_JOB))
        .group_by(FollowUp.referral_id)).all())
    past: dict[int, list[PastReferral]] = {}
    for profile_id, referral_id, status, changed_at in session.execute(
        select(Referral.profile_id, Referral.id, Referral.status, Referral.status_changed_at)
        .where(Referral.profile_id.in_(ids),
               Referral.status.in_((*PLACEMENTS_ENDED, *CLOSED, ReferralStatus.HIRED)))
    ):
        ended_at = max(changed_at, left_job.get(referral_id) or changed_at)
        past.setdefault(profile_id, []).append(PastReferral(
            referral_id, local_date(ended_at), status not in CLOSED))
    return {profile.id: waiting_since(local_date(profile.created_at), past.get(profile.id, ()))
            for profile in profiles}


def _list(ids: Sequence[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:20])
    return shown + (f" and {len(ids) - 20} more" if len(ids) > 20 else "")


class _Explainer:
    """Turns the allocation into what a counselor reads, per survivor."""

    def __init__(self, index, today, batches, facts, fits, result: Assignment, min_score, live,
                 waited):
        self.index, self.today, self.min_score = index, today, min_score
        self.live, self.waited = live, waited
        self.batches = {batch.id: batch for batch in batches}
        self.facts, self.fits = facts, fits
        self.seats_left = {b: result.seats[b] - result.filled.get(b, 0) for b in result.seats}

    def _batch(self, batch_id: int) -> dict[str, Any]:
        batch = self.batches[batch_id]
        return {"batch_id": batch.id, "course_id": batch.course_id, "title": batch.course.title,
                "start_date": batch.start_date.isoformat()}

    def _priority(self, profile: Profile) -> dict[str, Any]:
        waited = self.waited[profile.id]
        return {"income_urgency": profile.income_urgency.value,
                "waiting_days": waited.days(self.today),
                "waiting_since": waited.since.isoformat(), "waiting_from": waited.source.value,
                "waiting_referral_id": waited.referral_id}

    def _live(self, profile: Profile) -> list[dict[str, Any]]:
        """The seats she holds, each with its referral, status, batch and course."""
        return self.live.get(profile.id, [])

    def _passed_over(self, passed) -> list[dict[str, Any]]:
        return [{**self._batch(p.batch_id), "score": p.score, "because": p.because.value}
                for p in passed]

    def placement(self, profile: Profile, placement) -> dict[str, Any]:
        fit = next(f for f in self.fits[profile.id] if f.batch_id == placement.batch_id)
        batch = self.batches[placement.batch_id]
        reasons = [Message(AllocationNote.PLACED_CHOICE, {
            "title": batch.course.title, "start_date": batch.start_date.isoformat(),
            "choice": placement.choice, "options": placement.options,
            "score": placement.score})]
        for passed in placement.passed_over:
            higher = self.batches[passed.batch_id]
            reasons.append(Message(AllocationNote.PASSED_OVER, {
                "title": higher.course.title, "start_date": higher.start_date.isoformat(),
                "because": passed.because.value}))
        reasons.extend(fit.reasons)
        reasons = [reason.to_dict() for reason in reasons]
        return {"reasons": reasons, "options": placement.options,
                "passed_over": self._passed_over(placement.passed_over),
                "factors": dict(fit.factors), "priority": self._priority(profile),
                "live_seats": self._live(profile)}

    def unplaced(self, profile: Profile, unplaced) -> dict[str, Any]:
        if unplaced.reason is Unplacement.HOLDS_SEAT_ELSEWHERE:
            # Left out, not outranked: the code and the seats she holds are the explanation
            # (worded at the edge); no alternative is offered, she has a seat.
            return {"explanation": [], "passed_over": [], "nearest_alternative": None,
                    "priority": self._priority(profile), "live_seats": self._live(profile)}
        weaker = [f for f in self.fits[profile.id] if f.score < self.min_score]
        if unplaced.reason is Unplacement.OUTRANKED:
            notes = [Message(AllocationNote.UNPLACED_OUTRANKED)]
        elif weaker:
            notes = [Message(AllocationNote.UNPLACED_BELOW_MIN_SCORE,
                             {"min_score": self.min_score})]
        else:
            notes = [Message(AllocationNote.UNPLACED_NONE_JOINABLE)]
        held = sorted({seat["batch_id"] for seat in self.live.get(profile.id, ())}
                      & self.batches.keys())
        if held and unplaced.reason is not Unplacement.OUTRANKED:
            titles = [self.batches[b].course.title for b in held]
            notes.insert(0, Message(AllocationNote.ALREADY_HOLDS, {"titles": titles}))
        return {"explanation": [note.to_dict() for note in notes],
                "passed_over": self._passed_over(unplaced.passed_over),
                "nearest_alternative": self._alternative(profile, unplaced, weaker),
                "priority": self._priority(profile), "live_seats": self._live(profile)}

    def _alternative(self, profile, unplaced, weaker) -> dict[str, Any] | None:
        # 1. A batch she may join that scored under the least score and still has a seat left.
        with_seats = [f for f in weaker if self.seats_left.get(f.batch_id, 0) > 0]
        if with_seats:
            best = with_seats[0]  # fits come best first
            return {**self._batch(best.batch_id), "score": best.score, "blockers": [],
                    "explanation": Message(AllocationNote.ALTERNATIVE_UNDER_MIN_SCORE, {
                        "score": best.score, "min_score": self.min_score}).to_dict()}
        # 2. Outranked: her first choice, and what it would take.
        if unplaced.passed_over:
            first = unplaced.passed_over[0]
            return {**self._batch(first.batch_id), "score": first.score, "blockers": [],
                    "explanation": Message(AllocationNote.ALTERNATIVE_FIRST_CHOICE, {
                        "because": first.because.value}).to_dict()}
        # 3. The batch she is nearest to joining: fewest rules broken, then nearest.
        return self._fewest_blockers(profile)

    def _fewest_blockers(self, profile: Profile) -> dict[str, Any] | None:
        facts = self.facts[profile.id]
        candidates = []
        for batch in self.batches.values():
            course = batch.course
            remote = course.latitude is None
            km = 0.0 if remote else haversine_km(facts.latitude, facts.longitude,
                                                  course.latitude, course.longitude)
            candidates.append((km, batch.id, batch))
        candidates.sort(key=lambda item: item[:2])
        best = None
        for km, _, batch in candidates[:ALTERNATIVES_EXAMINED]:
            row = self.index.by_key.get(("course", batch.course_id))
            if row is None:
                continue
            offer: CourseOffer = row.offer
            batch_offer = next((b for b in offer.batches if b.id == batch.id), None)
            if batch_offer is None:
                continue
            # Its seats as the allocation leaves them: a batch it filled has none left.
            left = self.seats_left.get(batch.id, 0)
            batch_offer = replace(batch_offer,
                                  seats_taken=max(0, batch_offer.seats_total - left))
            hits = batch_blockers(facts, offer, batch_offer, row.trade_info, self.today)
            key = (len(hits), km, batch.id)
            if hits and (best is None or key < best[0]):
                best = (key, batch.id, hits)
        if best is None:
            return None
        _, batch_id, hits = best
        return {**self._batch(batch_id), "score": None,
                "blockers": [hit.to_dict() for hit in hits],
                "explanation": Message(AllocationNote.ALTERNATIVE_NEAREST).to_dict()}


# --- reading and applying ------------------------------------------------------------------------


def read(session: Session, actor: User, allocation_id: int) -> Allocation:
    """The allocation, its reading of every survivor audited."""
    allocation = access.load(session, actor, Allocation, allocation_id)
    for item in allocation.items:
        audit.record(session, actor, "read", "allocation", allocation.id,
                     profile_id=item.profile_id)
    return allocation


def apply(
    session: Session, actor: User, allocation_id: int, *, now: datetime, hold_days: int,
) -> Allocation:
    """Hold a seat for every placed survivor, all or nothing (409 naming the first that fails)."""
    allocation = access.load(session, actor, Allocation, allocation_id, for_update=True)
    if allocation.status is not AllocationStatus.PROPOSED:
        raise Conflict(f"allocation {allocation.id} was applied already",
                       reason="already_applied")
    placed = sorted((item for item in allocation.items if item.batch_id is not None),
                    key=lambda item: (item.batch_id, item.profile_id))
    for item in placed:
        try:
            referral = referrals.refer(session, actor, item.profile_id, batch_id=item.batch_id,
                                       now=now, hold_days=hold_days)
        except DomainError as error:
            raise Conflict(
                f"the allocation can no longer be applied: profile {item.profile_id} to batch "
                f"{item.batch_id}: {error.message}; nothing was held, propose again",
                reason="allocation_stale", profile_id=item.profile_id, batch_id=item.batch_id,
                cause=error.reason,
            ) from error
        item.referral_id = referral.id
    allocation.status = AllocationStatus.APPLIED
    allocation.applied_at = now
    allocation.applied_by_id = actor.id
    audit.record(session, actor, "apply", "allocation", allocation.id,
                 detail=f"{len(placed)} seats held")
    session.flush()
    return allocation


def summary(allocation: Allocation, urgency: Mapping[int, IncomeUrgency]) -> dict[str, int]:
    """Counts a counselor (and the benchmark) reads first."""
    items = allocation.items
    placed = [item for item in items if item.batch_id is not None]
    high = {pid for pid, level in urgency.items() if level is IncomeUrgency.HIGH}
    return {
        "survivors": len(items),
        "placed": len(placed),
        "unplaced": len(items) - len(placed),
        "seats_offered": sum(batch["seats"] for batch in allocation.batches),
        "seats_filled": len(placed),
        "high_urgency": len(high),
        "high_urgency_placed": sum(1 for item in placed if item.profile_id in high),
    }


def listed(allocation: Allocation) -> dict[str, Any]:
    """An allocation in a list: its counts, naming no survivor."""
    items = allocation.items
    return {"id": allocation.id, "status": allocation.status.value,
            "created_at": allocation.created_at, "applied_at": allocation.applied_at,
            "survivors": len(items),
            "placed": sum(1 for item in items if item.batch_id is not None),
            "seats_offered": sum(batch["seats"] for batch in allocation.batches)}


def present(session: Session, allocation: Allocation) -> dict[str, Any]:
    """The allocation as the API shows it."""
    profile_ids = [item.profile_id for item in allocation.items]
    urgency = dict(session.execute(
        select(Profile.id, Profile.income_urgency).where(Profile.id.in_(profile_ids))
    ).all()) if profile_ids else {}
    batch_rows = {batch.id: batch for batch in session.scalars(
        select(Batch).where(Batch.id.in_([b["batch_id"] for b in allocation.batches]))
        .options(selectinload(Batch.course))
    )}
    filled: dict[int, int] = {}
    placements, unplaced = [], []
    for item in allocation.items:
        if item.batch_id is not None:
            filled[item.batch_id] = filled.get(item.batch_id, 0) + 1
            placements.append({
                "profile_id": item.profile_id, "batch_id": item.batch_id,
                "course_id": batch_rows[item.batch_id].course_id if item.batch_id in batch_rows
                else None,
                "score": item.score, "choice": item.choice, "referral_id": item.referral_id,
                **item.explanation,
            })
        else:
            unplaced.append({"profile_id": item.profile_id, "reason": item.unplaced_reason,
                             **item.explanation})
    batches = []
    for entry in allocation.batches:
        batch = batch_rows.get(entry["batch_id"])
        batches.append({
            "batch_id": entry["batch_id"],
            "course_id": batch.course_id if batch else None,
            "title": batch.course.title if batch else None,
            "start_date": batch.start_date.isoformat() if batch else None,
            "seats": entry["seats"],
            "filled": filled.get(entry["batch_id"], 0),
        })
    return {
        "id": allocation.id,
        "status": allocation.status.value,
        "min_score": allocation.min_score,
        "include_placed": allocation.include_placed,
        "created_at": allocation.created_at,
        "applied_at": allocation.applied_at,
        "summary": summary(allocation, urgency),
        "batches": batches,
        "placements": placements,
        "unplaced": unplaced,
    }
