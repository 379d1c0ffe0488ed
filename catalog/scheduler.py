"""Running the jobs of `catalog.jobs` on their schedules, once across many processes.

Three things make a second scheduler harmless:
- a lease row (`scheduler_leases`): only the scheduler holding it runs jobs; it renews the lease
  every RENEW_SECONDS, and a lease not renewed for LEASE_SECONDS (the process died) is taken over
  by whichever scheduler asks next;
- a run row per job and slot of its schedule (`job_runs`, unique (job_name, period_key)), inserted
  first in the job's own transaction: a second run of the same slot (a paused leader waking up
  after its lease passed on) waits for the first and then finds the slot taken; a sharded job
  (the digest, one shard per organisation) has a row per shard instead, each claimed on its own
  (`catalog.shards`), so runs of one slot at once share its shards;
- the jobs themselves are idempotent (conditional updates, unique rows), so even a manual
  `livelihood run-job` next to a running scheduler changes nothing twice.

APScheduler 3 keeps its jobs in memory; nothing here starts at import time or in `create_app`.
`livelihood scheduler` runs a blocking scheduler as its own process; `livelihood serve
--with-scheduler` (what `make run` does) runs a background one inside the web process. When a
scheduler takes the lease it catches up: each job runs for its current slot unless that slot
already ran, so a night's digest missed while no scheduler was up is sent once one starts.
"""
from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import case, delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from .clock import LOCAL_ZONE, Clock, system_clock
from .jobs import JOBS, JobSettings, Report
from .inserts import insert_new
from .models import JobRun, SchedulerLease
from .shards import run_sharded

log = logging.getLogger(__name__)

LEASE_NAME = "scheduler"
LEASE_SECONDS = 120
RENEW_SECONDS = 30


# --- schedules: when each job fires, and which slot a moment belongs to ----------------------

@dataclass(frozen=True)
class EveryMinutes:
    """At minutes 0, n, 2n... of every hour (UTC). Slot: the n-minute interval."""

    minutes: int

    def trigger(self) -> CronTrigger:
        return CronTrigger(minute=f"*/{self.minutes}", timezone=timezone.utc)

    def period_key(self, now: datetime) -> str:
        now = now.astimezone(timezone.utc)
        start = now.replace(minute=now.minute - now.minute % self.minutes, second=0,
                            microsecond=0)
        return start.strftime("%Y-%m-%dT%H:%MZ")

    @property
    def grace_seconds(self) -> int:
        return self.minutes * 60 - 10

    def __str__(self) -> str:
        return f"every {self.minutes} minutes"


@dataclass(frozen=True)
class HourlyAt:
    """Every hour at `minute` (UTC). Slot: the hour starting then."""

    minute: int

    def trigger(self) -> CronTrigger:
        return CronTrigger(minute=self.minute, timezone=timezone.utc)

    def period_key(self, now: datetime) -> str:
        start = now.astimezone(timezone.utc) - timedelta(minutes=self.minute)
        return start.strftime("%Y-%m-%dT%HZ")

    grace_seconds: int = field(default=50 * 60, init=False)

    def __str__(self) -> str:
        return f"hourly at :{self.minute:02d}"


@dataclass(frozen=True)
class DailyAt:
    """Every day at `hour`:`minute` in India's time. Slot: the day starting then, named by its
    local date (so 01:00 still belongs to the night before)."""

    hour: int
    minute: int = 0

    def trigger(self) -> CronTrigger:
        return CronTrigger(hour=self.hour, minute=self.minute, timezone=LOCAL_ZONE)

    def period_key(self, now: datetime) -> str:
        start = now.astimezone(LOCAL_ZONE) - timedelta(hours=self.hour, minutes=self.minute)
        return start.date().isoformat()

    grace_seconds: int = field(default=6 * 3600, init=False)

    def __str__(self) -> str:
        return f"daily at {self.hour:02d}:{self.minute:02d} IST"


SCHEDULES = {
    "expire_holds": EveryMinutes(5),
    "pass_on_claims": EveryMinutes(15),
    "warn_holds": HourlyAt(minute=13),    # two days ahead: an hour early or late is fine
    "close_offers": HourlyAt(minute=7),
    "match_digest": DailyAt(2, 0),        # at night, before counselors start the day
    "retention": DailyAt(3, 30),
    "follow_ups": DailyAt(9, 30),         # reminders arrive in working hours
    "rescreen_openings": HourlyAt(minute=23),  # a new word list reaches every opening soon
}
assert set(SCHEDULES) == set(JOBS), "every job needs a schedule"


# --- one run of one job ------------------------------------------------------------------------

@dataclass(frozen=True)
class RunResult:
    job: str
    period_key: str
    ran: bool  # False: this slot had already run
    report: Report | None = None

    def describe(self) -> str:
        if not self.ran:
            return f"{self.job} [{self.period_key}]: already ran for this slot; nothing done"
        counts = ", ".join(f"{name} {value}" for name, value in self.report.items())
        return f"{self.job} [{self.period_key}]: {counts or 'nothing to do'}"


def run_job(session_factory: sessionmaker[Session], name: str, now: datetime,
            settings: JobSettings, *, period_key: str, holder: str | None = None) -> RunResult:
    """Run job `name` for the slot `period_key`, in one transaction with its run row; a slot
    that already ran (or is running) elsewhere is skipped. A failed run leaves no row behind, so
    the slot is tried again."""
    job = JOBS[name]
    if job.shards is not None:  # each shard once, whoever else runs the slot (catalog.shards)
        ran, report = run_sharded(session_factory, job, now, settings, period_key=period_key,
                                  holder=holder)
        return RunResult(name, period_key, ran=ran, report=report if ran else None)
    session = session_factory()
    try:
        run = JobRun(job_name=name, period_key=period_key, holder=holder, started_at=now,
                     report={})
        session.add(run)
        try:
            session.flush()  # on PostgreSQL this waits for a concurrent run of the same slot
        except IntegrityError:
            session.rollback()
            return RunResult(name, period_key, ran=False)
        run_id = run.id
        report = job.run(session, now, settings)
        session.execute(update(JobRun).where(JobRun.id == run_id)
                        .values(report=report, finished_at=now)
                        .execution_options(synchronize_session=False))
        session.commit()
        return RunResult(name, period_key, ran=True, report=report)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def manual_period_key(now: datetime) -> str:
    """`livelihood run-job` runs now whatever the schedule ran: its own slot."""
    return f"manual:{now.astimezone(timezone.utc).isoformat()}"


# --- the lease ---------------------------------------------------------------------------------

def acquire_lease(session_factory: sessionmaker[Session], holder: str, now: datetime, *,
                  name: str = LEASE_NAME, seconds: int = LEASE_SECONDS) -> bool:
    """Take or renew the lease for `holder`; False if another holder's lease is still current.
    One conditional UPDATE (ours, or expired) or one INSERT of a missing row: two schedulers
    asking at once cannot both get it."""
    expires_at = now + timedelta(seconds=seconds)
    with session_factory() as session:
        taken = session.execute(
            update(SchedulerLease)
            .where(SchedulerLease.name == name,
                   or_(SchedulerLease.holder == holder, SchedulerLease.expires_at <= now))
            .values(holder=holder, expires_at=expires_at,
                    acquired_at=case((SchedulerLease.holder == holder,
                                      SchedulerLease.acquired_at), else_=now))
            .execution_options(synchronize_session=False)
        ).rowcount == 1
        if not taken:
            taken = bool(insert_new(
                session, SchedulerLease,
                [{"name": name, "holder": holder, "acquired_at": now, "expires_at": expires_at}],
                [SchedulerLease.name],
            ))
        session.commit()
    return taken


def release_lease(session_factory: sessionmaker[Session], holder: str, *,
                  name: str = LEASE_NAME) -> None:
    with session_factory() as session:
        session.execute(delete(SchedulerLease)
                        .where(SchedulerLease.name == name, SchedulerLease.holder == holder))
        session.commit()


def default_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


# --- the scheduler -----------------------------------------------------------------------------

class JobScheduler:
    """APScheduler 3 running every job of `SCHEDULES` while this process holds the lease."""

    def __init__(self, session_factory: sessionmaker[Session], settings: JobSettings, *,
                 clock: Clock = system_clock, holder: str | None = None,
                 blocking: bool = False, lease_seconds: int = LEASE_SECONDS,
                 renew_seconds: int = RENEW_SECONDS) -> None:
        self.session_factory = session_factory
        self.settings = settings
        self.clock = clock
        self.holder = holder or default_holder()
        self.lease_seconds = lease_seconds
        self.is_leader = False
        self._stopped = False
        self._lease_lock = threading.Lock()  # no lease is taken once shutdown has begun
        self.first_heartbeat = threading.Event()  # the first lease attempt is done
        self.caught_up = threading.Event()        # the catch-up after taking the lease is done
        scheduler_class = BlockingScheduler if blocking else BackgroundScheduler
        self.scheduler: BaseScheduler = scheduler_class(
            timezone=timezone.utc,
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        for name, schedule in SCHEDULES.items():
            self.scheduler.add_job(self.fire, schedule.trigger(), args=[name], id=name,
                                   name=JOBS[name].description,
                                   misfire_grace_time=schedule.grace_seconds)
        self.scheduler.add_job(self.heartbeat, IntervalTrigger(seconds=renew_seconds),
                               id="lease", name="hold the scheduler lease",
                               next_run_time=datetime.now(timezone.utc))

    def _hold_lease(self) -> bool:
        with self._lease_lock:
            self.is_leader = not self._stopped and acquire_lease(
                self.session_factory, self.holder, self.clock(), seconds=self.lease_seconds)
            return self.is_leader

    def heartbeat(self) -> None:
        was_leader = self.is_leader
        try:
            leader = self._hold_lease()
        except Exception:
            log.exception("scheduler %s could not reach the lease", self.holder)
            self.is_leader = False
            return
        finally:
            self.first_heartbeat.set()
        if leader and not was_leader:
            log.info("scheduler %s holds the lease; catching up", self.holder)
            self.scheduler.add_job(self.catch_up, id="catch_up", name="catch up",
                                   replace_existing=True)
        elif was_leader and not leader:
            log.warning("scheduler %s lost the lease", self.holder)

    def fire(self, name: str) -> RunResult | None:
        """Run job `name` for its current slot, if this scheduler holds the lease."""
        if not self._hold_lease():
            return None
        now = self.clock()
        try:
            result = run_job(self.session_factory, name, now, self.settings,
                             period_key=SCHEDULES[name].period_key(now), holder=self.holder)
        except Exception:
            log.exception("job %s failed; its slot will be tried again", name)
            raise
        log.info("%s", result.describe())
        return result

    def catch_up(self) -> list[RunResult | None]:
        results: list[RunResult | None] = []
        try:
            for name in SCHEDULES:
                try:
                    results.append(self.fire(name))
                except Exception:  # logged by fire; the other jobs still run
                    results.append(None)
        finally:
            self.caught_up.set()
        return results

    def start(self) -> None:
        """Start; a blocking scheduler returns only when shut down (or interrupted)."""
        self.scheduler.start()

    def shutdown(self, wait: bool = True) -> None:
        """Stop, let running jobs finish (if `wait`), and hand the lease back."""
        with self._lease_lock:
            self._stopped = True
        if self.scheduler.running:
            self.scheduler.shutdown(wait=wait)
        with self._lease_lock:
            self.is_leader = False
            release_lease(self.session_factory, self.holder)
