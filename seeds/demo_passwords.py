"""Passwords for the demo users, so that a newcomer can sign in right after `make run`.

The demo seed alone does this (`livelihood seed`; never `--no-demo`, which creates no user): a
demo user who has no password yet gets a random one, stored as its Argon2id hash only (audited
`set_password`) and handed back once to be printed. A demo user who has one keeps it, so a
second `make run` changes nothing; `reset=True` (`seed --reset-demo-passwords`) gives every
demo user a new one, which ends her open sessions.
"""
from __future__ import annotations

import secrets
import string
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import User
from catalog.services import password_links

ALPHABET = string.ascii_letters + string.digits


def new_password() -> str:
    """16 letters and digits (about 95 bits): easy to copy whole, hard to guess."""
    return "".join(secrets.choice(ALPHABET) for _ in range(16))


def give_passwords(session: Session, emails: list[str], *, now: datetime,
                   reset: bool = False) -> dict[str, str]:
    """{email: password} for each demo user given a new password now."""
    given: dict[str, str] = {}
    wanted = [email.lower() for email in emails]
    for user in session.scalars(select(User).where(User.email.in_(wanted)).order_by(User.id)):
        if user.password_hash and not reset:
            continue
        password = new_password()
        password_links.set_password(session, user, password, now=now, actor=None,
                                    detail="demo seed: a random password, printed once")
        given[user.email] = password
    return dict(sorted(given.items(), key=lambda item: wanted.index(item[0])))
