"""Seat holds near and past their expiry. A hold ending within WARN_BEFORE: its counselor is told
once (`hold_warned_at`). A hold past its expiry: the referral becomes `expired`, the seat returns
to the batch and the counselor is told, in one transaction.

The expiry is one conditional UPDATE (`status = 'held' AND hold_expires_at <= now`), like every
status change of a referral, and a seat is returned only for the rows it changed: one UPDATE of
each batch for all its holds that ended (never below no seat taken). A liaison who confirms the
same hold at the same moment runs a conditional UPDATE on the same row: on PostgreSQL the second
one waits for the first and re-reads the row, on SQLite writers queue; so exactly one of them
wins and the seat count stays true. The warning is a conditional UPDATE too
(`hold_warned_at IS NULL`), so a second run, or a second scheduler, warns no one twice.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import audit
from ..models import Batch, Course, NotificationKind, Profile, Referral
from ..services import waiting_list
from ..services.seats import return_seat
from .notify import Recipients, notify

WARN_BEFORE = timedelta(days=2)


def expire_holds(session: Session, now: datetime) -> dict[str, int]:
    expired = session.execute(
        update(Referral)
        .where(Referral.status == ReferralStatus.HELD, Referral.hold_expires_at <= now)
        .values(status=ReferralStatus.EXPIRED, status_changed_at=now, updated_at=now)
        .returning(Referral.id, Referral.batch_id, Referral.profile_id, Referral.created_by_id)
        .execution_options(synchronize_session=False)
    ).all()
    if not expired:
        return {"expired": 0, "seats_returned": 0, "notifications": 0}
    returned = Counter(row.batch_id for row in expired)
    for batch_id in sorted(returned):  # one UPDATE a batch, in the order every writer locks them
        return_seat(session, batch_id, returned[batch_id])
    for row in expired:
        event = audit.record(session, None, "expire", "referral", row.id,
                             profile_id=row.profile_id, fields=["status"],
                             detail="held->expired")
        event.at = now
    session.flush()
    sent = _tell_counselors(session, expired, NotificationKind.HOLD_EXPIRED, now)
    waiting_list.offer_free_seats(session, {row.batch_id for row in expired}, now)  # next claim
    return {"expired": len(expired), "seats_returned": len(expired), "notifications": sent}


def warn_expiring_holds(session: Session, now: datetime) -> dict[str, int]:
    """Tell the counselor of each hold that ends within WARN_BEFORE, once."""
    warned = session.execute(
        update(Referral)
        .where(Referral.status == ReferralStatus.HELD, Referral.hold_expires_at > now,
               Referral.hold_expires_at <= now + WARN_BEFORE, Referral.hold_warned_at.is_(None))
        .values(hold_warned_at=now)
        .returning(Referral.id, Referral.batch_id, Referral.profile_id, Referral.created_by_id,
                   Referral.hold_expires_at)
        .execution_options(synchronize_session=False)
    ).all()
    for row in warned:
        event = audit.record(session, None, "hold_warning", "referral", row.id,
                             profile_id=row.profile_id, fields=["hold_warned_at"])
        event.at = now
    return {"warned": len(warned),
            "notifications": _tell_counselors(session, warned, NotificationKind.HOLD_EXPIRING,
                                              now)}


def _tell_counselors(session: Session, rows, kind: NotificationKind, now: datetime) -> int:
    """One notification of `kind` per hold (rows of referral id, batch_id, profile_id,
    created_by_id and, for a warning, hold_expires_at) to the counselor of its case."""
    if not rows:
        return 0
    titles = dict(session.execute(
        select(Batch.id, Course.title).join(Course, Batch.course_id == Course.id)
        .where(Batch.id.in_({row.batch_id for row in rows}))
    ).all())
    organisation_of = dict(session.execute(
        select(Profile.id, Profile.organisation_id)
        .where(Profile.id.in_({row.profile_id for row in rows}))
    ).all())
    recipients = Recipients(session)
    notifications = []
    for row in rows:
        data = {"referral_id": row.id, "profile_id": row.profile_id, "batch_id": row.batch_id,
                "title": titles[row.batch_id]}
        if kind is NotificationKind.HOLD_EXPIRING:
            data["expires_at"] = _utc(row.hold_expires_at).isoformat()
        notifications.extend(
            {"user_id": user_id, "kind": kind, "data": data}
            for user_id in recipients.for_case(organisation_of[row.profile_id],
                                               row.created_by_id))
    return notify(session, notifications, now)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment
