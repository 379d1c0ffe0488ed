"""Follow-ups 30, 90 and 180 days after a survivor is enrolled or hired: a check on retention and
safety, since drop-out is where re-trafficking starts.

Follow-ups are created when a referral is enrolled or hired (catalog/services/follow_ups.py).
The daily job only reminds: the counselor hears of each follow-up that has come due without an
outcome once, and of each one OVERDUE_AFTER_DAYS overdue once more (`escalated_at` records that
it was raised). The counselor records the outcome on the referral, once it is due.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict, FieldError, Invalid
from ..models import (
    FOLLOW_UP_DAYS,
    FollowUp,
    FollowUpOutcome,
    NotificationKind,
    Profile,
    Referral,
    User,
)
from ..services.follow_ups import OVERDUE_AFTER_DAYS, PLACED, schedule
from .notify import Recipients, notify


def remind_follow_ups(session: Session, now: datetime) -> dict[str, int]:
    """Remind each follow-up that came due without an outcome, once; raise each one
    OVERDUE_AFTER_DAYS overdue once more (one that is overdue when first seen is raised, not
    also reminded). Conditional UPDATEs: a concurrent run cannot send either twice."""
    today = local_date(now)
    followed = (
        select(Referral.id).join(Profile, Referral.profile_id == Profile.id)
        .where(Profile.anonymised_at.is_(None))
    )
    overdue = session.execute(
        update(FollowUp)
        .where(FollowUp.due_on <= today - timedelta(days=OVERDUE_AFTER_DAYS),
               FollowUp.escalated_at.is_(None), FollowUp.outcome.is_(None),
               FollowUp.referral_id.in_(followed))
        .values(escalated_at=now, reminded_at=func.coalesce(FollowUp.reminded_at, now))
        .returning(FollowUp.referral_id, FollowUp.day, FollowUp.due_on)
        .execution_options(synchronize_session=False)
    ).all()
    due = session.execute(
        update(FollowUp)
        .where(FollowUp.due_on <= today, FollowUp.reminded_at.is_(None),
               FollowUp.outcome.is_(None), FollowUp.referral_id.in_(followed))
        .values(reminded_at=now)
        .returning(FollowUp.referral_id, FollowUp.day, FollowUp.due_on)
        .execution_options(synchronize_session=False)
    ).all()
    cases = {}
    if due or overdue:
        cases = {row.id: row for row in session.execute(
            select(Referral.id, Referral.profile_id, Referral.created_by_id,
                   Profile.organisation_id)
            .join(Profile, Referral.profile_id == Profile.id)
            .where(Referral.id.in_({row.referral_id for row in (*due, *overdue)}))
        )}
    recipients = Recipients(session) if cases else None
    notifications = []
    for kind, rows in ((NotificationKind.FOLLOW_UP_DUE, due),
                       (NotificationKind.FOLLOW_UP_OVERDUE, overdue)):
        for row in sorted(rows, key=lambda r: (r.referral_id, r.day)):
            case = cases[row.referral_id]
            data = {"referral_id": row.referral_id, "profile_id": case.profile_id,
                    "day": row.day, "due_on": row.due_on.isoformat()}
            if kind is NotificationKind.FOLLOW_UP_OVERDUE:
                data["days_late"] = (today - row.due_on).days
            for user_id in recipients.for_case(case.organisation_id, case.created_by_id):
                notifications.append({"user_id": user_id, "kind": kind, "data": data})
    return {"reminded": len(due), "escalated": len(overdue),
            "notifications": notify(session, notifications, now)}


def follow_ups_of(session: Session, actor: User, referral_id: int) -> list[FollowUp]:
    """The follow-ups of a referral the actor may see, scheduling them if it was just placed."""
    referral = access.load(session, actor, Referral, referral_id)
    _ensure_scheduled(session, referral)
    audit.record(session, actor, "read_follow_ups", "referral", referral.id,
                 profile_id=referral.profile_id)
    return list(session.scalars(
        select(FollowUp).where(FollowUp.referral_id == referral.id).order_by(FollowUp.day)
    ))


def record_outcome(
    session: Session, actor: User, referral_id: int, day: int, outcome: FollowUpOutcome | str,
    *, note: str | None, now: datetime,
) -> FollowUp:
    """The counselor's record of a follow-up; recording a day again corrects it (audited)."""
    referral = access.load(session, actor, Referral, referral_id, write=True)
    # Besides the scheduled days, a safety check asked by a report on the employer has its own.
    if day not in FOLLOW_UP_DAYS and session.scalar(select(FollowUp.id).where(
            FollowUp.referral_id == referral.id, FollowUp.day == day)) is None:
        raise Invalid(f"follow-ups are on days {FOLLOW_UP_DAYS}",
                      field_errors={"day": [FieldError("follow_up_day", days=list(FOLLOW_UP_DAYS))]})
    profile = session.get(Profile, referral.profile_id)
    if profile.anonymised_at is not None:
        raise Conflict("this survivor's profile has been anonymised", reason="profile_closed")
    _ensure_scheduled(session, referral)
    follow_up = session.scalar(
        select(FollowUp).where(FollowUp.referral_id == referral.id, FollowUp.day == day)
    )
    if follow_up is None:
        raise Conflict(f"referral {referral.id} was never enrolled or hired "
                       f"(it is {referral.status.value}): it has no follow-ups",
                       reason="not_placed", referral_status=referral.status.value)
    corrected = follow_up.outcome is not None
    # A scheduled check-in waits for its day; a safety check (a `reason`) is asked for at once
    # and its due date is the latest day to make it.
    if not corrected and follow_up.reason is None and follow_up.due_on > local_date(now):
        raise Conflict(f"the day-{day} follow-up is not due until {follow_up.due_on.isoformat()}",
                       reason="follow_up_not_due", day=day,
                       due_on=follow_up.due_on.isoformat())
    follow_up.outcome = FollowUpOutcome(outcome)
    follow_up.note = note
    follow_up.recorded_at = now
    follow_up.recorded_by_id = actor.id
    session.flush()
    audit.record(session, actor, "follow_up", "referral", referral.id,
                 profile_id=referral.profile_id, fields=["outcome", "note"],
                 detail=f"day={day}" + (" corrected" if corrected else ""))
    return follow_up


def _ensure_scheduled(session: Session, referral: Referral) -> None:
    """A placed referral whose follow-ups are missing (a row written outside the services, or
    before they created follow-ups) gets them when read."""
    if referral.status in PLACED:
        schedule(session, [(referral.id, referral.status_changed_at)])
