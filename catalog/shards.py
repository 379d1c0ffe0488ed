"""A job run in shards (issue 19): the nightly digest, one shard per organisation, shared by
however many processes or machines run it at once.

Every shard of a slot has its own run row (`job_runs`, period key `<slot>#<shard>`), claimed
before the shard's work in a short transaction of its own (an INSERT that skips a row that
exists), so a second process running the same slot at once finds the shard taken and goes on
to the next one; no shard is done twice. The work and the row's `finished_at` are committed
together, only while the claim is still this run's. A shard that fails gives its claim back
(the row is deleted), so the next run of the slot does it; one whose process died keeps an
unfinished claim, which the next run takes over once it is SHARD_LEASE_SECONDS old.

On SQLite every transaction takes the database's write lock (`catalog.db`), so the shards of
two processes run one at a time there; PostgreSQL runs them side by side.
"""
from __future__ import annotations

import logging
import secrets
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from .inserts import insert_new
from .jobs import Job, JobSettings, Report
from .models import JobRun

log = logging.getLogger(__name__)

SHARD_LEASE_SECONDS = 3600
"""An unfinished claim this old belongs to a process that died: the next run takes it over (a
shard of one organisation takes minutes even with 100,000 profiles)."""

WHOLE = ""
"""The one shard of a slot with nothing to shard (no organisation with active profiles)."""


def shard_key(period_key: str, shard: str) -> str:
    return f"{period_key}#{shard}" if shard != WHOLE else period_key


def run_sharded(session_factory: sessionmaker[Session], job: Job, now: datetime,
                settings: JobSettings, *, period_key: str, holder: str | None
                ) -> tuple[bool, Report]:
    """Run every shard of `job` for the slot that no other run has claimed; (whether this run did
    any, the summed counts of those it did, with `shards` and `shards_failed`)."""
    with session_factory() as session:
        shards = job.shards(session) or [WHOLE]
    token = f"{holder or 'run'}/{secrets.token_hex(4)}"[:120]
    totals: Counter = Counter(shards=0, shards_failed=0)
    for shard in shards:
        key = shard_key(period_key, shard)
        claim = _claim(session_factory, job.name, key, token, now)
        if claim is None:
            continue
        try:
            report = _run_one(session_factory, job, now, settings, shard, claim, token)
        except Exception:
            log.exception("job %s shard %s failed; it is tried again next run", job.name, key)
            _give_back(session_factory, claim, token)
            totals["shards_failed"] += 1
            continue
        if report is not None:
            totals.update(report)
            totals["shards"] += 1
    return totals["shards"] > 0 or totals["shards_failed"] > 0, dict(totals)


def _claim(session_factory: sessionmaker[Session], name: str, key: str, token: str,
           now: datetime) -> int | None:
    """The id of the shard's run row, now claimed by `token`; None if another run has it (or
    finished it)."""
    with session_factory() as session:
        inserted = insert_new(session, JobRun, [{
            "job_name": name, "period_key": key, "holder": token, "started_at": now,
            "report": {}}], [JobRun.id])
        if not inserted:  # taken: take it over only from a run that died
            session.execute(
                update(JobRun)
                .where(JobRun.job_name == name, JobRun.period_key == key,
                       JobRun.finished_at.is_(None),
                       JobRun.started_at < now - timedelta(seconds=SHARD_LEASE_SECONDS))
                .values(holder=token, started_at=now)
                .execution_options(synchronize_session=False))
            inserted = session.execute(
                select(JobRun.id).where(JobRun.job_name == name, JobRun.period_key == key,
                                        JobRun.holder == token)).all()
        session.commit()
    return inserted[0][0] if inserted else None


def _run_one(session_factory, job: Job, now: datetime, settings: JobSettings, shard: str,
             claim: int, token: str) -> Report | None:
    """The shard's work and its row finished, in one transaction; None (nothing kept) if the
    claim was taken over meanwhile."""
    with session_factory() as session:
        try:
            report = job.run_shard(session, now, settings, shard or None)
            finished = session.execute(
                update(JobRun).where(JobRun.id == claim, JobRun.holder == token)
                .values(report=report, finished_at=now)
                .execution_options(synchronize_session=False)).rowcount
            if finished != 1:
                session.rollback()
                return None
            session.commit()
            return report
        except BaseException:
            session.rollback()
            raise


def _give_back(session_factory: sessionmaker[Session], claim: int, token: str) -> None:
    with session_factory() as session:
        session.execute(delete(JobRun).where(JobRun.id == claim, JobRun.holder == token))
        session.commit()
