"""One-time set-password links: how a new person gets her first password, and how a forgotten
one is replaced, without anyone but her ever knowing it.

An admin issues a link for a user; its token (32 random bytes from `secrets`) is shown once, in
the answer to the admin, and stored only as its SHA-256 digest. A link works once, for 72 hours
(LIFETIME), and only while it is the user's latest: issuing another revokes the earlier ones.
Issuing a link leaves the user's open sessions alone (a link may never be used, and issuing one
proves nothing against her sessions); setting the password through it ends every session of
the old password (`passwords.set_password`), and the page then opens a fresh one for her.

Issuing and using a link are audited here, whoever calls (pages, API, command line).
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .. import audit
from ..errors import Invalid, NotFound
from ..models import PasswordLink, User
from . import passwords
from .web_sessions import digest

LIFETIME = timedelta(hours=72)
WELCOME, RESET = "welcome", "reset"  # a user's first password; a new one for a known user
MAX_TOKEN = 128


def issue_link(session: Session, user: User, actor: User | None, now: datetime) -> str:
    """A new link for `user` (audited `issue_password_link`); returns its token, which is never
    stored. Earlier links of hers that were not used stop working."""
    if not user.active:
        raise Invalid("a deactivated user gets no set-password link", reason="invalid")
    purpose = RESET if user.password_hash else WELCOME
    session.execute(update(PasswordLink)
                    .where(PasswordLink.user_id == user.id, PasswordLink.used_at.is_(None),
                           PasswordLink.revoked_at.is_(None))
                    .values(revoked_at=now).execution_options(synchronize_session=False))
    token = secrets.token_urlsafe(32)
    session.add(PasswordLink(token_hash=digest(token), user_id=user.id, purpose=purpose,
                             created_by_id=actor.id if actor is not None else None,
                             created_at=now, expires_at=now + LIFETIME))
    session.flush()
    audit.record(session, actor, "issue_password_link", "user", user.id,
                 detail=f"{purpose}; expires after {LIFETIME.total_seconds() / 3600:.0f} h")
    return token


def live_link(session: Session, token: str, now: datetime, *,
              for_update: bool = False) -> PasswordLink | None:
    """The link behind `token` if it still works (known, not used, not revoked, not expired,
    its user active), else None: the caller says the same for every reason."""
    if not token or len(token) > MAX_TOKEN:
        return None
    query = select(PasswordLink).where(PasswordLink.token_hash == digest(token))
    if for_update:
        query = query.with_for_update()
    link = session.scalar(query)
    if (link is None or link.used_at is not None or link.revoked_at is not None
            or now >= link.expires_at):
        return None
    user = session.get(User, link.user_id)
    return link if user is not None and user.active else None


def set_password_with_link(session: Session, token: str, password: str,
                           now: datetime) -> User:
    """Set the password of the link's user and use the link up (audited `set_password`, the
    user as actor). NotFound for a link that does not work; Invalid (naming `password`) for a
    password the rules refuse, and then the link still works."""
    link = live_link(session, token, now, for_update=True)
    if link is None:
        raise NotFound("this set-password link does not work")
    user = session.get(User, link.user_id)
    passwords.check_strength(password)
    link.used_at = now
    _set(session, user, password, now, actor=user, detail=f"by a {link.purpose} link")
    return user


def set_password(session: Session, user: User, password: str, *, now: datetime,
                 actor: User | None, detail: str) -> User:
    """Set a password directly (the command line's `set-password`), audited."""
    return _set(session, user, password, now, actor=actor, detail=detail)


def _set(session: Session, user: User, password: str, now: datetime, *, actor: User | None,
         detail: str) -> User:
    passwords.set_password(session, user, password, now=now)
    audit.record(session, actor, "set_password", "user", user.id, fields=["password"],
                 detail=detail)
    return user
