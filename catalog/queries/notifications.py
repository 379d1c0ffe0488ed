"""The notifications list: a user's own notifications, newest first, paged, each with what a
reader needs to read it and follow it: the case reference and the referral and profile it is
about, each only if the reader may see it now (`catalog.access`). A notification stores ids,
never the reference, so the reference is read here, when shown (an anonymised case has none).

Reading a notification that names a survivor's case is a read of the case: one audit event each
(`audit.notification_reads`). The unread count is one COUNT on the index (user_id, read_at).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from .. import access, audit
from ..models import Notification, Profile, Referral, User

PER_PAGE = 50


@dataclass(frozen=True)
class NotificationItem:
    """A notification as its reader sees it. `profile_id` and `referral_id` are set only when
    the reader may open them; `case_ref` only when she may read the case."""

    notification: Notification
    case_ref: str | None = None
    profile_id: int | None = None
    referral_id: int | None = None

    @property
    def id(self) -> int:
        return self.notification.id

    @property
    def kind(self) -> str:
        return self.notification.kind

    @property
    def data(self) -> dict[str, Any]:
        return self.notification.data or {}

    @property
    def created_at(self) -> datetime:
        return self.notification.created_at

    @property
    def read_at(self) -> datetime | None:
        return self.notification.read_at


@dataclass
class NotificationPage:
    items: list[NotificationItem]
    total: int
    page: int
    per_page: int


def _ids(notifications: list[Notification], key: str) -> set[int]:
    return {value for n in notifications
            if isinstance(value := (n.data or {}).get(key), int) and not isinstance(value, bool)}


def with_cases(session: Session, user: User,
               notifications: list[Notification]) -> list[NotificationItem]:
    """Each notification with the case reference and the objects the reader may open."""
    profile_ids, referral_ids = _ids(notifications, "profile_id"), _ids(notifications,
                                                                         "referral_id")
    cases = dict(session.execute(
        select(Profile.id, Profile.case_ref)
        .where(Profile.id.in_(profile_ids), access.scope(user, Profile))).all()
    ) if profile_ids else {}
    referrals = set(session.scalars(
        select(Referral.id).where(Referral.id.in_(referral_ids), access.scope(user, Referral))
    )) if referral_ids else set()
    items = []
    for notification in notifications:
        data = notification.data or {}
        profile_id = data.get("profile_id") if data.get("profile_id") in cases else None
        referral_id = data.get("referral_id") if data.get("referral_id") in referrals else None
        items.append(NotificationItem(notification, cases.get(profile_id), profile_id,
                                      referral_id))
    return items


def list_notifications(session: Session, user: User, *, unread: bool = False, page: int = 1,
                       per_page: int = PER_PAGE) -> NotificationPage:
    """The user's notifications, newest first (only those not read if `unread`); audited."""
    where = [access.scope(user, Notification)]
    if unread:
        where.append(Notification.read_at.is_(None))
    total = session.scalar(select(func.count(Notification.id)).where(*where)) or 0
    rows = list(session.scalars(
        select(Notification).where(*where)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(per_page).offset((page - 1) * per_page)))
    audit.notification_reads(session, user, rows)
    return NotificationPage(with_cases(session, user, rows), total, page, per_page)


def unread_count(session: Session, user: User) -> int:
    """How many of the user's notifications are not read: one COUNT on (user_id, read_at)."""
    return session.scalar(select(func.count(Notification.id)).where(
        Notification.user_id == user.id, Notification.read_at.is_(None))) or 0


def mark_read(session: Session, user: User, notification_id: int,
              now: datetime) -> NotificationItem:
    """Mark one of the user's notifications read (another's is not found); marking it again
    keeps the first time."""
    notification = access.load(session, user, Notification, notification_id, write=True)
    if notification.read_at is None:
        notification.read_at = now
    return with_cases(session, user, [notification])[0]


def mark_all_read(session: Session, user: User, now: datetime) -> int:
    """Mark every unread notification of the user read; how many."""
    return session.execute(
        update(Notification)
        .where(access.scope(user, Notification), Notification.read_at.is_(None))
        .values(read_at=now).execution_options(synchronize_session=False)
    ).rowcount
