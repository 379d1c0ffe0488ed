"""Time, injected: services take `now`; the date that deadlines are read in is India's."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .models import utcnow

Clock = Callable[[], datetime]
LOCAL_ZONE = ZoneInfo("Asia/Kolkata")  # deadlines and closing dates are Indian calendar days


def system_clock() -> datetime:
    return utcnow()


def local_date(now: datetime) -> date:
    return now.astimezone(LOCAL_ZONE).date()
