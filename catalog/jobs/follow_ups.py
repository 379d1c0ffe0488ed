"""Follow-ups 30, 90 and 180 days after a survivor is enrolled or hired: a check on retention and
safety, since drop-out is where re-trafficking starts.

The daily job gives every enrolled or hired referral its three follow-ups (due counted from the
day of enrolment or hiring, in India's calendar) and reminds the counselor of each follow-up that
has come due without an outcome, once. The counselor records the outcome on the referral.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict, Invalid
from ..models import FOLLOW_UP_DAYS, FollowUp, FollowUpOutcome, Profile, Referral, User
from .inserts import insert_new
from .notify import Recipients, notify

PLACED = (ReferralStatus.ENROLLED, ReferralStatus.HIRED)


def schedule(session: Session, referrals: Iterable[tuple[int, datetime]]) -> int:
    """Give each (referral id, moment of enrolment or hiring) its follow-ups; existing ones are
    kept. Returns how many follow-ups were created."""
    rows = [
        {"referral_id": referral_id, "day": day,
         "due_on": local_date(placed_at) + timedelta(days=day)}
        for referral_id, placed_at in referrals for day in FOLLOW_UP_DAYS
    ]
    return len(insert_new(session, FollowUp, rows, [FollowUp.id]))


def remind_follow_ups(session: Session, now: datetime) -> dict[str, int]:
    today = local_date(now)
    unscheduled = session.execute(
        select(Referral.id, Referral.status_changed_at)
        .where(Referral.status.in_(PLACED),
               ~exists().where(FollowUp.referral_id == Referral.id))
    ).all()
    scheduled = schedule(session, unscheduled)
    followed = (
        select(Referral.id).join(Profile, Referral.profile_id == Profile.id)
        .where(Profile.anonymised_at.is_(None))
    )
    due = session.execute(
        update(FollowUp)
        .where(FollowUp.due_on <= today, FollowUp.reminded_at.is_(None),
               FollowUp.outcome.is_(None), FollowUp.referral_id.in_(followed))
        .values(reminded_at=now)
        .returning(FollowUp.referral_id, FollowUp.day, FollowUp.due_on)
        .execution_options(synchronize_session=False)
    ).all()
    cases = {}
    if due:
        cases = {row.id: row for row in session.execute(
            select(Referral.id, Referral.profile_id, Referral.created_by_id,
                   Profile.organisation_id)
            .join(Profile, Referral.profile_id == Profile.id)
            .where(Referral.id.in_({row.referral_id for row in due}))
        )}
    recipients = Recipients(session) if due else None
    notifications = []
    for row in sorted(due, key=lambda r: (r.referral_id, r.day)):
        case = cases[row.referral_id]
        message = (f"Day-{row.day} follow-up of profile {case.profile_id} (referral "
                   f"{row.referral_id}) was due on {row.due_on.isoformat()}: check in and "
                   f"record the outcome.")
        for user_id in recipients.for_case(case.organisation_id, case.created_by_id):
            notifications.append({
                "user_id": user_id, "kind": "follow_up_due", "message": message,
                "data": {"referral_id": row.referral_id, "profile_id": case.profile_id,
                         "day": row.day, "due_on": row.due_on.isoformat()},
            })
    return {"follow_ups_scheduled": scheduled, "reminded": len(due),
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
                      field_errors={"day": [f"One of {list(FOLLOW_UP_DAYS)}, or the day of a "
                                            "safety check."]})
    profile = session.get(Profile, referral.profile_id)
    if profile.anonymised_at is not None:
        raise Conflict("this survivor's profile has been anonymised", reason="profile_closed")
    _ensure_scheduled(session, referral)
    follow_up = session.scalar(
        select(FollowUp).where(FollowUp.referral_id == referral.id, FollowUp.day == day)
    )
    if follow_up is None:
        raise Conflict("follow-ups start when a survivor is enrolled or hired",
                       reason="not_placed")
    corrected = follow_up.outcome is not None
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
    if referral.status in PLACED:
        schedule(session, [(referral.id, referral.status_changed_at)])
