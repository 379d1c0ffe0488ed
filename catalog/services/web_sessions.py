"""Web sessions the server can revoke: a random id per sign-in, stored as its SHA-256 digest,
checked on every request against an idle and an absolute timeout.

Signing out revokes the one session; a new password or a deactivated user revokes them all.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..models import ApiToken, User, WebSession

# last_seen_at is written at most this often, not on every request.
TOUCH_EVERY = timedelta(seconds=60)
# Sessions older than this (all ended: no timeout is longer) are deleted at the next sign-in.
KEEP_ENDED = timedelta(days=30)


@dataclass(frozen=True)
class Timeouts:
    idle: timedelta = timedelta(minutes=30)
    absolute: timedelta = timedelta(hours=12)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, user: User, now: datetime,
                 user_agent: str | None = None) -> str:
    """A new session for `user`; returns the random id (given to the browser, never stored)."""
    token = secrets.token_urlsafe(32)
    # The person's sessions ended long ago are of no use to anyone: dropped as she signs in.
    session.execute(delete(WebSession).where(WebSession.user_id == user.id,
                                             WebSession.created_at < now - KEEP_ENDED)
                    .execution_options(synchronize_session=False))
    session.add(WebSession(token_hash=digest(token), user_id=user.id, created_at=now,
                           last_seen_at=now, user_agent=(user_agent or "")[:200] or None))
    session.flush()
    return token


def resolve(session: Session, token: str, now: datetime, timeouts: Timeouts) -> User | None:
    """The active user behind a live session, or None (unknown, revoked, idle or too old)."""
    if not token or len(token) > 128:
        return None
    row = session.execute(
        select(WebSession, User).join(User, User.id == WebSession.user_id)
        .where(WebSession.token_hash == digest(token))
    ).first()
    if row is None:
        return None
    record, user = row.WebSession, row.User
    if (record.revoked_at is not None or not user.active or not user.password_hash
            or now - record.last_seen_at > timeouts.idle
            or now - record.created_at > timeouts.absolute):
        return None
    if now - record.last_seen_at >= TOUCH_EVERY:
        record.last_seen_at = now
        session.flush()
    return user


def revoke(session: Session, token: str, now: datetime) -> None:
    session.execute(update(WebSession).where(WebSession.token_hash == digest(token),
                                             WebSession.revoked_at.is_(None))
                    .values(revoked_at=now).execution_options(synchronize_session=False))


def revoke_all(session: Session, user: User, now: datetime) -> int:
    """End every open session of `user`; returns how many were open."""
    return session.execute(
        update(WebSession).where(WebSession.user_id == user.id, WebSession.revoked_at.is_(None))
        .values(revoked_at=now).execution_options(synchronize_session=False)
    ).rowcount


def deactivate_user(session: Session, user: User, now: datetime) -> None:
    """A user who leaves: no sign-in, no open session, no bearer token."""
    user.active = False
    revoke_all(session, user, now)
    session.execute(update(ApiToken).where(ApiToken.user_id == user.id,
                                           ApiToken.revoked_at.is_(None))
                    .values(revoked_at=now).execution_options(synchronize_session=False))
    session.flush()
