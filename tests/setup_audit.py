"""Fixtures arrange organisations and users through the services, which audit what they do
(`create`); those events are the arranging, not the behaviour under test, so the fixtures drop
them again and each test sees only the audit trail of what it did itself."""
from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from catalog.models import AuditEvent


def last_event_id(session: Session) -> int:
    return session.scalar(select(func.max(AuditEvent.id))) or 0


def drop_events_after(session: Session, event_id: int) -> None:
    session.execute(delete(AuditEvent).where(AuditEvent.id > event_id))
