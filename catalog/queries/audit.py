"""The audit trail as a list, newest first, for the API (`GET /api/v1/audit`) and the admin's
audit page alike: scoped (admins only), filtered, paged, and its own read audited.

Reading the trail is itself audited: one `audit_read` event per read, naming the filter (ids,
codes and dates, never survivor data). It is recorded after the query, so that a read is not
among its own results.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from .. import access, audit
from ..clock import LOCAL_ZONE
from ..models import AuditEvent, User
from . import total_of


@dataclass(frozen=True)
class AuditFilter:
    """What to show: each field None for "any". `since` and `until` are India calendar days,
    both included."""

    profile_id: int | None = None
    actor_user_id: int | None = None
    action: str | None = None
    object_type: str | None = None
    since: date | None = None
    until: date | None = None

    def given(self) -> list[str]:
        """The names of the filters set, in a fixed order."""
        return [f.name for f in fields(self) if getattr(self, f.name) is not None]

    def detail(self) -> str:
        """The filter as `name=value` pairs, for the audit event of the read."""
        pairs = [f"{name}={getattr(self, name)}" for name in self.given()]
        return (" ".join(pairs) or "no filter")[:200]


def _india_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_ZONE)


def trail_query(user: User, wanted: AuditFilter) -> Select:
    query = (select(AuditEvent).where(access.scope(user, AuditEvent))
             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()))
    for name in ("profile_id", "actor_user_id", "action", "object_type"):
        value = getattr(wanted, name)
        if value is not None:
            query = query.where(getattr(AuditEvent, name) == value)
    if wanted.since is not None:
        query = query.where(AuditEvent.at >= _india_midnight(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEvent.at < _india_midnight(wanted.until + timedelta(days=1)))
    return query


def read_trail(session: Session, user: User, wanted: AuditFilter, page: int,
               per_page: int) -> tuple[list[AuditEvent], int]:
    """One page of the trail and how many events match in all; the read is audited."""
    query = trail_query(user, wanted)
    total = total_of(session, query)
    items = list(session.scalars(query.limit(per_page).offset((page - 1) * per_page)))
    audit.record(session, user, "audit_read", "audit", None, profile_id=wanted.profile_id,
                 fields=wanted.given(), detail=wanted.detail())
    return items, total


def actors(session: Session, user: User, events: list[AuditEvent]) -> dict[int, User]:
    """The users who acted in `events`, by id (as far as `user` may see them)."""
    ids = {event.actor_user_id for event in events if event.actor_user_id is not None}
    if not ids:
        return {}
    return {actor.id: actor for actor in session.scalars(
        select(User).where(User.id.in_(ids), access.scope(user, User)))}
