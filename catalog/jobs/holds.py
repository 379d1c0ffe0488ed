"""Seat holds past their expiry: the referral becomes `expired`, the seat returns to the batch
and the counselor is told, in one transaction.

The expiry is one conditional UPDATE (`status = 'held' AND hold_expires_at <= now`), like every
status change of a referral, and a seat is returned only for the rows it changed. A liaison who
confirms the same hold at the same moment runs a conditional UPDATE on the same row: on
PostgreSQL the second one waits for the first and re-reads the row, on SQLite writers queue; so
exactly one of them wins and the seat count stays true.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import audit
from ..models import Batch, Course, NotificationKind, Profile, Referral
from ..services import waiting_list
from ..services.referrals import _return_seat
from .notify import Recipients, notify


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
    for row in expired:
        _return_seat(session, row.batch_id)
    batch_ids = {row.batch_id for row in expired}
    titles = dict(session.execute(
        select(Batch.id, Course.title).join(Course, Batch.course_id == Course.id)
        .where(Batch.id.in_(batch_ids))
    ).all())
    organisation_of = dict(session.execute(
        select(Profile.id, Profile.organisation_id)
        .where(Profile.id.in_({row.profile_id for row in expired}))
    ).all())
    recipients = Recipients(session)
    notifications = []
    for row in expired:
        event = audit.record(session, None, "expire", "referral", row.id,
                             profile_id=row.profile_id, fields=["status"],
                             detail="held->expired")
        event.at = now
        for user_id in recipients.for_case(organisation_of[row.profile_id], row.created_by_id):
            notifications.append({
                "user_id": user_id, "kind": NotificationKind.HOLD_EXPIRED,
                "data": {"referral_id": row.id, "profile_id": row.profile_id,
                         "batch_id": row.batch_id, "title": titles[row.batch_id]},
            })
    session.flush()
    sent = notify(session, notifications, now)
    waiting_list.offer_free_seats(session, batch_ids, now)  # a first claim to the next waiting
    return {"expired": len(expired), "seats_returned": len(expired), "notifications": sent}
