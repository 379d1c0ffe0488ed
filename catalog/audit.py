"""The audit trail: every read or change of survivor data, written in the same transaction.

Entries name fields, never their values. There is no update or delete path here on purpose.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from .models import AuditEvent, User


def record(
    session: Session,
    actor: User | None,
    action: str,
    object_type: str,
    object_id: int | None,
    *,
    profile_id: int | None = None,
    fields: Iterable[str] = (),
    detail: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        actor_user_id=actor.id if actor is not None else None,
        actor_organisation_id=actor.organisation_id if actor is not None else None,
        action=action,
        object_type=object_type,
        object_id=object_id,
        profile_id=profile_id,
        fields=sorted(set(fields)),
        detail=detail,
    )
    session.add(event)
    return event


def created(session: Session, actor: User | None, object_type: str, row: Any, **entry: Any) -> Any:
    """Add a new `row`, flush it (it gets its id) and record its creation (`entry`: as `record`
    takes it); returns the row."""
    session.add(row)
    session.flush()
    record(session, actor, "create", object_type, row.id, **entry)
    return row


def notification_reads(session: Session, actor: User, notifications: Iterable) -> None:
    """A notification naming a survivor's profile is a read of her case: one event each."""
    for notification in notifications:
        profile_id = (notification.data or {}).get("profile_id")
        if isinstance(profile_id, int):
            record(session, actor, "read", "notification", notification.id,
                   profile_id=profile_id)
