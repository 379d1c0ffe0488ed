"""What a cohort allocation reads before it proposes: the survivors (of the counselor's
organisation only, named once each, active), the batches (named, or found by filters; open for
referrals), the seats each has free, and the seats each survivor already holds, in any batch.
Bad input is a 400 naming the field, as everywhere."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from matcher.text import district_key
from matcher.vocabulary import ProfileStatus, ReferralStatus

from .. import access
from ..errors import FieldError, Invalid, NotFound
from ..models import Batch, Course, Profile, Referral, User

MAX_COHORT = 2_000
MAX_BATCHES = 1_000


def _named_within(ids: list, field: str, most: int, none: tuple[str, str],
                  too_many: tuple[str, str]) -> None:
    """At least one id named in `field` (else `none`: the error's detail and the field's words)
    and at most `most` (else `too_many`: the detail and the field's code)."""
    if not ids:
        raise Invalid(none[0], field_errors={field: [none[1]]})
    if len(ids) > most:
        raise Invalid(too_many[0], field_errors={field: [FieldError(too_many[1], max=most)]})


def cohort(session: Session, actor: User, profile_ids: Sequence[int]) -> list[Profile]:
    """The survivors named: of the actor's organisation only (another's is not found), each
    named once, every one active."""
    ids = list(profile_ids)
    _named_within(ids, "profile_ids", MAX_COHORT, ("name at least one survivor",
                  "Name at least one profile."), ("too many survivors", "too_many_profiles"))
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


def find_batches(session: Session, batch_ids, filters, today: date) -> list[Batch]:
    """The batches named, each open for referrals, or else the open batches with a seat that the
    filters find; at most MAX_BATCHES."""
    if (batch_ids is None) == (filters is None):
        raise Invalid("name either batch_ids or filters", field_errors={
            "batch_ids": ["Give batch_ids or filters, not both."]})
    if batch_ids is not None:
        ids = list(dict.fromkeys(batch_ids))
        _named_within(ids, "batch_ids", MAX_BATCHES, ("name at least one batch",
                      "Name at least one batch."), ("too many batches", "too_many_batches"))
        batches = list(session.scalars(
            select(Batch).where(Batch.id.in_(ids)).options(selectinload(Batch.course))
            .order_by(Batch.id)
        ))
        missing = sorted(set(ids) - {b.id for b in batches})
        if missing:
            raise Invalid("some batches were not found", field_errors={
                "batch_ids": [FieldError("not_found_ids", ids=missing)]})
        shut = [b.id for b in batches if not is_open(b, today)]
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


def is_open(batch: Batch, today: date) -> bool:
    return (batch.course.active and not batch.closed and batch.start_date > today
            and batch.application_deadline >= today)


def free_seats(batch: Batch, today: date) -> int:
    return max(0, batch.seats_total - batch.seats_taken) if is_open(batch, today) else 0


LIVE_SEATS = (ReferralStatus.HELD, ReferralStatus.ENROLLED)
"""A referral in one of these holds a seat: the survivor is placed, in any batch."""


def live_seats(session: Session, profile_ids: list[int], known: Mapping[int, Batch]
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


def _list(ids: Sequence[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:20])
    return shown + (f" and {len(ids) - 20} more" if len(ids) > 20 else "")
