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

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from matcher.allocation import (
    MIN_SCORE,
    Candidate,
    Seats,
    Unplacement,
    Waiting,
    allocate,
)
from matcher.allocation import (
    Allocation as Assignment,
)
from matcher.evaluation import BatchFit
from matcher.models import ProfileFacts
from matcher.vocabulary import IncomeUrgency
from matcher.wanted import Wanted, wanted_batch_fits

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict, DomainError
from ..matching import catalogue_index, profile_facts
from ..models import Allocation, AllocationItem, AllocationStatus, Batch, Profile, User
from . import referrals
from .allocation_cohort import cohort, find_batches, free_seats, live_seats
from .allocation_explainer import Explainer
from .waiting_times import waiting_times

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
    profiles = cohort(session, actor, profile_ids)
    batches = find_batches(session, batch_ids, filters, today)
    index = catalogue_index(session, today)
    seats = [Seats(batch.id, free_seats(batch, today)) for batch in batches]
    live = live_seats(session, [p.id for p in profiles], {batch.id: batch for batch in batches})
    waited = waiting_times(session, profiles)
    facts = {profile.id: profile_facts(profile) for profile in profiles}
    fits, result = _allocate(index, batches, seats, profiles, facts, live, waited, today,
                             min_score, include_placed)

    allocation = Allocation(
        organisation_id=actor.organisation_id, status=AllocationStatus.PROPOSED,
        min_score=min_score, include_placed=include_placed, created_by_id=actor.id,
        created_at=now,
        batches=[{"batch_id": seat.batch_id, "seats": seat.capacity} for seat in seats],
    )
    session.add(allocation)
    explain = Explainer(index, today, batches, facts, fits, result, min_score, live, waited)
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


def _allocate(index, batches: Sequence[Batch], seats: list[Seats], profiles: Sequence[Profile],
              facts: Mapping[int, ProfileFacts], live: Mapping[int, list[dict[str, Any]]],
              waited: Mapping[int, Waiting], today: date, min_score: float,
              include_placed: bool) -> tuple[dict[int, list[BatchFit]], Assignment]:
    """Score every batch each survivor may join (`matcher.wanted.wanted_batch_fits`: every hard
    rule, the score a match gives that batch) and let `matcher.allocation.allocate` assign the
    seats. Returns each survivor's fits (a survivor left unplaced: every batch she may join,
    however weak, which explain her) and the assignment."""
    wanted: dict[int, set[int]] = {}
    for batch in batches:
        wanted.setdefault(batch.course_id, set()).add(batch.id)
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
    return fits, result


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
