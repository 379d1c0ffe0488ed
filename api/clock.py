"""The clock the API reads: `CLOCK` in the app config (tests freeze it), else the system's."""
from __future__ import annotations

from datetime import date, datetime

from flask import current_app

from catalog.clock import local_date, system_clock


def now() -> datetime:
    return current_app.config.get("CLOCK", system_clock)()


def today() -> date:
    return local_date(now())
