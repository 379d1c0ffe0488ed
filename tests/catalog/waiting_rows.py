"""The clock, the hold and the withdrawal the waiting-list tests share
(tests/catalog/test_waiting_list.py and its concurrency tests)."""
from __future__ import annotations

from datetime import datetime, timezone

from catalog.services import referrals

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
HOLD_DAYS = 7


def withdraw(session, counselor, referral, at=NOW):
    referrals.change_status(session, counselor, referral, "withdrawn", now=at)
