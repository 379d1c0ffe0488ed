"""Courses of training providers and their batches (intakes), written by the provider's liaison.

A course's district is resolved once, at write time, to its key and coordinates. Seats taken are
counted by referrals alone; a liaison changes `seats_total`, never `seats_taken`, and lowering the
total is one conditional UPDATE (`seats_taken <= new total`), so a seat held at the same moment
can never leave a batch over-full (the CHECK constraint on batches backs it).
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from matcher.vocabulary import CourseMode, Literacy, ReferralStatus

from .. import audit
from ..clock import local_date
from ..errors import Conflict, Invalid
from ..geography import district_key, place
from ..guarded import update_if
from ..models import Batch, Course, Organisation, Referral, Trade, User
from . import waiting_list
from .offers import LOCATION_FIELDS, copy_fields

# Fields copied as they are; district, state and coordinates are resolved by `place`.
PLAIN_FIELDS = (
    "title", "trade", "min_literacy", "mode", "duration_weeks", "fee_inr", "stipend_inr_month",
    "residential", "women_only", "min_age", "max_age", "raises_literacy_to", "placement_rate",
    "active",
)
BATCH_FIELDS = ("start_date", "application_deadline", "closed")

_DEFAULTS: dict[str, Any] = {
    "fee_inr": 0,
    "stipend_inr_month": 0,
    "residential": False,
    "women_only": False,
    "min_age": 14,
    "max_age": None,
    "documents_required": [],
    "raises_literacy_to": None,
    "placement_rate": None,
    "active": True,
}


def courses_query(
    *, trade: str | None = None, district: str | None = None, mode: str | None = None,
    provider_id: int | None = None,
) -> Select:
    """Courses (with their batches) narrowed by the filters given, newest first.
    Everyone signed in may read courses, so there is no scoping to apply."""
    query = select(Course).options(selectinload(Course.batches)).order_by(Course.id.desc())
    if trade:
        query = query.where(Course.trade == trade)
    if district:
        query = query.where(Course.district_key == district_key(district))
    if mode:
        query = query.where(Course.mode == CourseMode(mode))
    if provider_id is not None:
        query = query.where(Course.provider_id == provider_id)
    return query


def create_course(
    session: Session, provider: Organisation, data: Mapping[str, Any], actor: User | None
) -> Course:
    course = Course(provider_id=provider.id)
    _apply(session, course, {**_DEFAULTS, **data}, creating=True)
    return audit.created(session, actor, "course", course, fields=data.keys())


def update_course(
    session: Session, course: Course, changes: Mapping[str, Any], actor: User | None
) -> Course:
    _apply(session, course, changes, creating=False)
    session.flush()
    audit.record(session, actor, "update", "course", course.id, fields=changes.keys())
    return course


def add_batch(
    session: Session, course: Course, data: Mapping[str, Any], actor: User | None, *,
    now: datetime, refuse_past: bool = False,
) -> Batch:
    """Open an intake. With `refuse_past`, a date before India's today (of `now`) is refused."""
    check_batch_dates(data, local_date(now) if refuse_past else None)
    batch = Batch(course_id=course.id, start_date=data["start_date"],
                  application_deadline=data["application_deadline"],
                  seats_total=data["seats_total"], seats_taken=0,
                  closed=data.get("closed", False))
    session.add(batch)
    session.flush()
    session.expire(course, ["batches"])
    audit.record(session, actor, "create", "batch", batch.id, fields=data.keys(),
                 detail=f"course={course.id}")
    return batch


def update_batch(
    session: Session, batch: Batch, changes: Mapping[str, Any], actor: User | None, *,
    now: datetime, refuse_past: bool = False,
) -> Batch:
    """Change dates, `closed` or `seats_total`; a total below the seats already taken is a 409.
    With `refuse_past`, a date changed to one before India's today (of `now`) is refused (an
    unchanged date stays). A seat that frees (more seats, a batch opened again) goes to its
    waiting list first, at `now`."""
    _check_dates(changes.get("start_date", batch.start_date),
                 changes.get("application_deadline", batch.application_deadline))
    if refuse_past:
        _check_not_past({name: value for name, value in changes.items()
                         if name in ("start_date", "application_deadline")
                         and value != getattr(batch, name)}, local_date(now))
    for field in BATCH_FIELDS:
        if field in changes:
            setattr(batch, field, changes[field])
    session.flush()
    if "seats_total" in changes:
        _set_seats_total(session, batch, changes["seats_total"], now)
    audit.record(session, actor, "update", "batch", batch.id, fields=changes.keys())
    if batch.seats_available > 0:
        waiting_list.offer_free_seats(session, [batch.id], now)
        session.refresh(batch)
    return batch


def close_batch(session: Session, batch: Batch, actor: User | None) -> int:
    """Take no new referral into the batch. Seats already held stay held until they are
    enrolled or their hold expires, as when a batch closes at its deadline
    (`catalog.jobs.closing`). Closing twice is harmless. Returns the seats still held."""
    if not batch.closed:
        batch.closed = True
        session.flush()
    audit.record(session, actor, "close", "batch", batch.id, fields=["closed"])
    return held_seats(session, batch)


def held_seats(session: Session, batch: Batch) -> int:
    """The live holds on a batch (referred, not yet enrolled)."""
    return session.scalar(select(func.count(Referral.id)).where(
        Referral.batch_id == batch.id, Referral.status == ReferralStatus.HELD)) or 0


def lock_courses(session: Session, provider_id: int) -> None:
    """Lock the provider's courses (in id order, so two writers cannot deadlock) until the
    transaction ends: a second upload of the same rows waits, then sees the first's batches as
    duplicates (`duplicate_batch`). SQLite's writers are serialised already."""
    session.execute(select(Course.id).where(Course.provider_id == provider_id)
                    .order_by(Course.id).with_for_update())


def duplicate_batch(session: Session, course_id: int, start_date: date) -> Batch | None:
    """A batch of the course that already starts on that day (a second is a duplicate)."""
    return session.scalar(select(Batch).where(Batch.course_id == course_id,
                                              Batch.start_date == start_date).limit(1))


def _set_seats_total(session: Session, batch: Batch, seats_total: int, now: datetime) -> None:
    # One statement decides it: a seat held concurrently is either counted here or refused there.
    if not update_if(session, batch, Batch.seats_taken <= seats_total,
                     seats_total=seats_total, updated_at=now):
        raise Conflict(
            f"{batch.seats_taken} seats are already taken in this batch; seats_total cannot be "
            f"lower",
            reason="seats_below_taken",
            seats_taken=batch.seats_taken,
        )


def _apply(session: Session, course: Course, data: Mapping[str, Any], *, creating: bool) -> None:
    """Validate the course as it will be (its current values under `data`), then write `data`."""
    if "trade" in data and session.get(Trade, data["trade"]) is None:
        raise Invalid(
            f"unknown trade {data['trade']!r}",
            field_errors={"trade": ["Unknown trade code; GET /api/v1/trades?q= lists them."]},
            reason="unknown_trade",
        )
    merged = {field: data.get(field, getattr(course, field)) for field in
              ("min_age", "max_age", "min_literacy", "raises_literacy_to", "mode")}
    if merged["max_age"] is not None and merged["max_age"] < merged["min_age"]:
        raise Invalid("max_age is below min_age",
                      field_errors={"max_age": ["Must be at least min_age."]})
    raises_to = merged["raises_literacy_to"]
    if raises_to is not None and Literacy(raises_to) <= Literacy(merged["min_literacy"]):
        raise Invalid(
            "a course raises literacy above its own minimum",
            field_errors={"raises_literacy_to": ["Must be above min_literacy."]},
        )
    if creating or LOCATION_FIELDS & data.keys() or "mode" in data:
        # Remote courses may be taught from nowhere in particular; the others need a district.
        place(session, course, data, required=CourseMode(merged["mode"]) is not CourseMode.REMOTE)
    copy_fields(course, data, PLAIN_FIELDS)


def check_batch_dates(data: Mapping[str, Any], today: date | None) -> None:
    """The dates of a new batch: the deadline on or before the start, and (given `today`)
    neither before today."""
    _check_dates(data["start_date"], data["application_deadline"])
    if today is not None:
        _check_not_past(data, today)


def _check_not_past(dates: Mapping[str, Any], today: date) -> None:
    past = {name: ["Must be today or later."] for name in ("start_date", "application_deadline")
            if name in dates and dates[name] < today}
    if past:
        raise Invalid("a date of the batch has passed", field_errors=past)


def _check_dates(start_date, application_deadline) -> None:
    if application_deadline > start_date:
        raise Invalid(
            "the application deadline is after the start date",
            field_errors={"application_deadline": ["Must be on or before start_date."]},
        )
