"""The scheduled jobs. Each takes a session and `now`, does its work in the caller's transaction
(it flushes, never commits), is safe to run twice, and returns a small report of counts.

    expire_holds      seat holds past `hold_expires_at`: expired, seat returned, counselor told
    pass_on_claims    first claims on freed seats past 48 hours: lapsed, seat to the next waiting
    warn_holds        seat holds ending within 2 days: the counselor told, once
    close_offers      openings past `closes_on`, batches past their application deadline: closed
    match_digest      per active profile, the offers that became matches since the last digest
                      (in shards, one per organisation)
    follow_ups        follow-ups due without an outcome: reminded once, raised again 14 days late
    retention         profiles closed longer than RETENTION_DAYS: anonymised
    rescreen_openings live openings screened again (rules, word lists, employers' records)

`catalog.scheduler` runs them on their schedules, once across many processes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from .claims import pass_on_claims
from .closing import close_past_offers
from .digest import DIGEST_LIMIT, digest_shards, send_match_digest
from .follow_ups import remind_follow_ups
from .holds import expire_holds, warn_expiring_holds
from .rescreen import rescreen_openings
from .retention import anonymise_closed_profiles

Report = dict[str, int]


@dataclass(frozen=True)
class JobSettings:
    """What the jobs read from configuration."""

    retention_days: int = 365
    digest_limit: int = DIGEST_LIMIT


@dataclass(frozen=True)
class Job:
    """A job; a sharded one (`shards`) is run one shard at a time, each shard once across
    processes (`catalog.shards`): `shards` lists them, `run_shard` does one."""

    name: str
    description: str
    run: Callable[[Session, datetime, JobSettings], Report]
    shards: Callable[[Session], list[str]] | None = None
    run_shard: Callable[[Session, datetime, JobSettings, str | None], Report] | None = None


JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job("expire_holds", "release seat holds past their expiry",
            lambda session, now, settings: expire_holds(session, now)),
        Job("pass_on_claims", "lapse first claims on freed seats past their 48 hours and offer "
            "the seats to the next survivor on the waiting list",
            lambda session, now, settings: pass_on_claims(session, now)),
        Job("warn_holds", "tell counselors of seat holds that end within 2 days",
            lambda session, now, settings: warn_expiring_holds(session, now)),
        Job("close_offers", "close openings past their closing date and batches past their "
            "application deadline",
            lambda session, now, settings: close_past_offers(session, now)),
        Job("match_digest", "notify counselors of offers that became matches since the last "
            "digest",
            lambda session, now, settings: send_match_digest(session, now,
                                                             limit=settings.digest_limit),
            shards=digest_shards,
            run_shard=lambda session, now, settings, shard: send_match_digest(
                session, now, limit=settings.digest_limit,
                organisation_id=None if shard is None else int(shard))),
        Job("follow_ups", "remind follow-ups that came due; raise those 14 days overdue again",
            lambda session, now, settings: remind_follow_ups(session, now)),
        Job("retention", "anonymise profiles closed for longer than the retention period",
            lambda session, now, settings: anonymise_closed_profiles(
                session, now, retention_days=settings.retention_days)),
        Job("rescreen_openings", "screen live openings again with today's rules, word lists "
            "and employers' records; a published opening that gains a hard flag goes back to "
            "review",
            lambda session, now, settings: rescreen_openings(session, now)),
    )
}

__all__ = ["JOBS", "Job", "JobSettings", "Report", "anonymise_closed_profiles",
           "close_past_offers", "expire_holds", "pass_on_claims", "remind_follow_ups",
           "rescreen_openings", "send_match_digest", "warn_expiring_holds"]
