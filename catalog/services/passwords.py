"""Passwords for signing in to the web pages: Argon2id hashes (argon2-cffi), never the password.

Programs keep their bearer tokens (`accounts`); people sign in with an email and a password.
A hash made with older parameters is upgraded on the next successful sign-in.
"""
from __future__ import annotations

from datetime import datetime

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import FieldError, Invalid, NotFound
from ..models import User
from . import web_sessions

MIN_LENGTH = 10
MAX_LENGTH = 1024  # hashing a megabyte of "password" is a denial of service, not a password

# Production strength, the default: Argon2id with argon2-cffi's recommended parameters.
STRONG = PasswordHasher()
# For a test suite only (create_app allows it under TESTING alone): the same Argon2id, as cheap
# as it goes. A hash records its parameters, so either hasher verifies the other's hashes.
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID)
HASHERS = {"strong": STRONG, "fast": FAST}

_hasher = STRONG
_strength = "strong"
# Verified when the email is unknown, so that a wrong email takes as long as a wrong password
# (the production one made at import, as before; a cheap one when first needed).
_DUMMY_HASHES = {"strong": STRONG.hash("not a password of anyone's")}


def use(strength: str) -> None:
    """Hash with `strength` ("strong" or "fast") in this process from now on (create_app)."""
    global _hasher, _strength
    if strength not in HASHERS:
        raise ValueError(f"PASSWORD_HASH must be one of {sorted(HASHERS)}, got {strength!r}")
    _hasher, _strength = HASHERS[strength], strength


def strength() -> str:
    """The strength new hashes are made with in this process."""
    return _strength


def _dummy_hash() -> str:
    if _strength not in _DUMMY_HASHES:
        _DUMMY_HASHES[_strength] = _hasher.hash("not a password of anyone's")
    return _DUMMY_HASHES[_strength]


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise Invalid(f"a password has at least {MIN_LENGTH} characters",
                      field_errors={"password": [FieldError("at_least_characters", min=MIN_LENGTH)]},
                      reason="password_too_short", min_length=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise Invalid(f"a password has at most {MAX_LENGTH} characters",
                      field_errors={"password": [FieldError("at_most_characters", max=MAX_LENGTH)]},
                      reason="password_too_long", max_length=MAX_LENGTH)


def hash_password(password: str) -> str:
    check_strength(password)
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or len(password) > MAX_LENGTH:
        _safe_verify(_dummy_hash(), password[:MAX_LENGTH])
        return False
    return _safe_verify(password_hash, password)


def _safe_verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def set_password(session: Session, user: User, password: str, *, now: datetime) -> User:
    """Give `user` a new password (at least MIN_LENGTH characters); signed-in sessions of the
    old password end (every web session of the user is revoked)."""
    user.password_hash = hash_password(password)
    web_sessions.revoke_all(session, user, now)
    session.flush()
    return user


def user_by_email(session: Session, email: str) -> User:
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise NotFound(f"no user with email {email.strip()!r}")
    return user


def find_user(session: Session, email: str) -> User | None:
    # Emails are stored lower-cased (accounts.create_user), so the unique index answers this.
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def check(user: User | None, password: str) -> bool:
    """Whether `user` may sign in with `password`: no database work, so that a caller can end
    its transaction before the slow hash (and bound how many hashes run at once). About the same
    time for an unknown email, a wrong password, an inactive user or no password set."""
    if user is None or not user.password_hash:
        verify_password(None, password)
        return False
    return verify_password(user.password_hash, password) and bool(user.active)


def upgrade_hash(session: Session, user: User, password: str) -> None:
    """After a successful check: a hash made with older parameters is made again."""
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
        session.flush()


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active user with this email and password, or None (the same answer, and about the
    same time, for an unknown email, a wrong password, an inactive user or no password set)."""
    user = find_user(session, email)
    if not check(user, password):
        return None
    upgrade_hash(session, user, password)
    return user
