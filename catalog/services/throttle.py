"""Sign-in throttling: failed sign-ins counted per account and per client address, in the
database (every worker and process sees the same counts), with delays that grow with each
failure beyond a free allowance.

While a key is delayed, a sign-in is refused at once (the caller answers 429 with Retry-After);
no worker ever sleeps. A delay always ends (at most `max_delay`), so there is no hard lockout an
attacker could use to keep a counselor out; a successful sign-in clears the account's count.
Counts are forgotten `forget_after` a key's last failure.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models import SignInThrottle


@dataclass(frozen=True)
class Policy:
    free: int  # failures allowed before any delay
    max_delay: timedelta
    forget_after: timedelta = timedelta(hours=1)

    def delay(self, failures: int) -> timedelta:
        """No delay for the first `free` failures, then 1 s, 2 s, 4 s ... up to max_delay."""
        if failures < self.free:
            return timedelta(0)
        seconds = 2.0 ** min(failures - self.free, 30)
        return min(timedelta(seconds=seconds), self.max_delay)


# An office of an NGO may share one address: the address allows more than one account does.
ACCOUNT = Policy(free=5, max_delay=timedelta(minutes=5))
ADDRESS = Policy(free=20, max_delay=timedelta(minutes=5))


def account_key(email: str) -> str:
    return "account:" + hashlib.sha256(email.strip().lower().encode()).hexdigest()[:64]


def address_key(address: str | None) -> str:
    return "address:" + (address or "unknown")[:64]


def _policy(key: str) -> Policy:
    return ACCOUNT if key.startswith("account:") else ADDRESS


def retry_after(session: Session, keys: list[str], now: datetime) -> int:
    """Seconds to wait before a sign-in with these keys is tried (0: go ahead)."""
    rows = session.scalars(select(SignInThrottle).where(SignInThrottle.key.in_(keys))).all()
    waits = [(row.blocked_until - now).total_seconds() for row in rows
             if row.blocked_until is not None and row.blocked_until > now]
    return math.ceil(max(waits)) if waits else 0


def record_failure(session: Session, keys: list[str], now: datetime) -> None:
    """Count a failed sign-in against each key (row-locked, so concurrent failures all count)."""
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    for key in sorted(keys):  # one order for every writer: no deadlock between two of them
        session.execute(insert(SignInThrottle)
                        .values(key=key, failures=0, last_failure_at=now)
                        .on_conflict_do_nothing(index_elements=["key"]))
        row = session.scalars(select(SignInThrottle).where(SignInThrottle.key == key)
                              .with_for_update()).one()
        policy = _policy(key)
        failures = row.failures
        if now - row.last_failure_at > policy.forget_after:
            failures = 0
        failures += 1
        row.failures = failures
        row.last_failure_at = now
        delay = policy.delay(failures)
        row.blocked_until = now + delay if delay else None
    forget_old(session, now)  # the table holds the last hour's keys, never more
    session.flush()


def record_success(session: Session, email: str) -> None:
    session.execute(delete(SignInThrottle).where(SignInThrottle.key == account_key(email)))


def forget_old(session: Session, now: datetime) -> int:
    """Drop counters of keys with no failure for longer than any policy remembers."""
    horizon = now - max(ACCOUNT.forget_after, ADDRESS.forget_after)
    return session.execute(delete(SignInThrottle)
                           .where(SignInThrottle.last_failure_at < horizon)
                           .execution_options(synchronize_session=False)).rowcount
