"""The scheduler runs each job once per slot across processes: the lease, the run rows, two
schedulers started at once, and `livelihood run-job`."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from flask.cli import ScriptInfo
from sqlalchemy import func, select

from catalog.db import make_session_factory
from catalog.jobs import JOBS, Job, JobSettings
from catalog.models import (
    AuditEvent,
    Batch,
    FollowUp,
    JobRun,
    Notification,
    Opening,
    Profile,
    Referral,
    SchedulerLease,
)
from catalog.scheduler import (
    SCHEDULES,
    DailyAt,
    EveryMinutes,
    HourlyAt,
    JobScheduler,
    acquire_lease,
    release_lease,
    run_job,
)
from catalog.services import accounts
from catalog.services.follow_ups import schedule
from tests.conftest import NOW

TODAY = NOW.date()  # NOW (tests.conftest) is 11:30 in Kolkata
SETTINGS = JobSettings(retention_days=365)


@pytest.fixture
def factory(db):
    return make_session_factory(db)


def count(factory, model, *where) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


# --- slots ------------------------------------------------------------------------------------

@pytest.mark.parametrize("schedule, moment, key", [
    (EveryMinutes(5), datetime(2026, 12, 1, 6, 4, 59, tzinfo=timezone.utc), "2026-12-01T06:00Z"),
    (EveryMinutes(5), datetime(2026, 12, 1, 6, 5, tzinfo=timezone.utc), "2026-12-01T06:05Z"),
    (HourlyAt(7), datetime(2026, 12, 1, 6, 6, tzinfo=timezone.utc), "2026-12-01T05Z"),
    (HourlyAt(7), datetime(2026, 12, 1, 6, 7, tzinfo=timezone.utc), "2026-12-01T06Z"),
    # 02:00 in Kolkata is 20:30 UTC the evening before
    (DailyAt(2), datetime(2026, 12, 1, 20, 29, tzinfo=timezone.utc), "2026-12-01"),
    (DailyAt(2), datetime(2026, 12, 1, 20, 30, tzinfo=timezone.utc), "2026-12-02"),
])
def test_a_moment_belongs_to_the_slot_that_began_at_the_last_scheduled_time(schedule, moment, key):
    assert schedule.period_key(moment) == key


def test_every_job_has_a_schedule_and_a_cron_trigger(factory):
    scheduler = JobScheduler(factory, SETTINGS, clock=lambda: NOW)
    jobs = {job.id: job for job in scheduler.scheduler.get_jobs()}
    assert set(jobs) == set(JOBS) | {"lease"}
    assert str(jobs["match_digest"].trigger) == "cron[hour='2', minute='0']"
    assert str(jobs["expire_holds"].trigger) == "cron[minute='*/5']"


# --- run rows ---------------------------------------------------------------------------------

@pytest.fixture
def past_opening(factory):
    with factory() as session:
        employer = accounts.create_organisation(session, "Sundarban Garments", "employer",
                                                verified=True, now=NOW)
        opening = Opening(employer_id=employer.id, title="Operator", trade="sewing_dress_making",
                          min_literacy="class5", languages=["bn"], work_mode="on_site",
                          district="Kolkata", district_key="kolkata", latitude=22.55,
                          longitude=88.35, wage_inr_month=11000, positions=3,
                          closes_on=TODAY - timedelta(days=1), status="published")
        session.add(opening)
        session.commit()
        return opening.id


def test_a_slot_runs_once_and_a_second_run_reports_it(factory, past_opening):
    first = run_job(factory, "close_offers", NOW, SETTINGS, period_key="2026-12-01T06Z")
    assert first.ran and first.report == {"openings_closed": 1, "batches_closed": 0}
    second = run_job(factory, "close_offers", NOW, SETTINGS, period_key="2026-12-01T06Z")
    assert not second.ran and second.report is None
    assert "already ran" in second.describe()
    with factory() as session:
        [run] = session.scalars(select(JobRun))
        assert (run.job_name, run.report, run.finished_at) == (
            "close_offers", {"openings_closed": 1, "batches_closed": 0}, NOW)


def test_a_failed_run_leaves_its_slot_open_for_a_retry(factory, past_opening, monkeypatch):
    def broken(session, now, settings):
        JOBS["close_offers"].run(session, now, settings)  # changes made, then a failure
        raise RuntimeError("database went away")

    original = JOBS["close_offers"]
    monkeypatch.setitem(JOBS, "close_offers", Job("close_offers", "broken", broken))
    with pytest.raises(RuntimeError):
        run_job(factory, "close_offers", NOW, SETTINGS, period_key="slot")
    monkeypatch.setitem(JOBS, "close_offers", original)
    assert count(factory, JobRun) == 0
    assert count(factory, Opening, Opening.status == "published") == 1
    assert run_job(factory, "close_offers", NOW, SETTINGS, period_key="slot").ran


# --- the lease --------------------------------------------------------------------------------

def test_one_scheduler_holds_the_lease_until_it_stops_renewing_it(factory):
    assert acquire_lease(factory, "a", NOW, seconds=120)
    assert not acquire_lease(factory, "b", NOW + timedelta(seconds=60), seconds=120)
    assert acquire_lease(factory, "a", NOW + timedelta(seconds=60), seconds=120)  # renewed
    assert not acquire_lease(factory, "b", NOW + timedelta(seconds=179), seconds=120)
    assert acquire_lease(factory, "b", NOW + timedelta(seconds=180), seconds=120)  # a went away
    assert not acquire_lease(factory, "a", NOW + timedelta(seconds=181), seconds=120)
    release_lease(factory, "a")  # not a's to release
    assert not acquire_lease(factory, "a", NOW + timedelta(seconds=182), seconds=120)
    release_lease(factory, "b")
    assert acquire_lease(factory, "a", NOW + timedelta(seconds=183), seconds=120)


def test_a_scheduler_without_the_lease_runs_nothing(factory, past_opening):
    holder = JobScheduler(factory, SETTINGS, clock=lambda: NOW, holder="holder")
    waiting = JobScheduler(factory, SETTINGS, clock=lambda: NOW, holder="waiting")
    assert acquire_lease(factory, "holder", NOW)
    assert waiting.fire("close_offers") is None
    assert count(factory, Opening, Opening.status == "closed") == 0
    result = holder.fire("close_offers")
    assert result.ran and result.period_key == "2026-12-01T05Z"
    assert count(factory, Opening, Opening.status == "closed") == 1


# --- two schedulers at once -------------------------------------------------------------------

@pytest.fixture
def world(factory):
    """Something for every job to do at NOW: an expired hold (on a batch with two seats taken, so
    a seat returned twice would show), a past opening, a survivor with a new match, a referral
    due its day-30 follow-up, and a profile closed past retention."""
    with factory() as session:
        ngo = accounts.create_organisation(session, "Asha Shelter Trust", "ngo")
        counselor = accounts.create_user(session, "didi@example.org", ngo, "counselor")[0]
        provider = accounts.create_organisation(session, "Howrah ITI", "provider")
        employer = accounts.create_organisation(session, "Sundarban Garments", "employer",
                                                verified=True, now=NOW)
        place = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
                     latitude=22.55, longitude=88.35)
        session.add(Opening(employer_id=employer.id, title="Operator", trade="sewing_dress_making",
                            min_literacy="class5", languages=["bn"], work_mode="on_site",
                            wage_inr_month=11000, positions=3, closes_on=TODAY + timedelta(days=30),
                            status="published", **place))
        session.add(Opening(employer_id=employer.id, title="Old", trade="sewing_dress_making",
                            min_literacy="class5", languages=["bn"], work_mode="on_site",
                            wage_inr_month=11000, positions=3, closes_on=TODAY - timedelta(days=1),
                            status="published", **place))
        from catalog.models import Course

        course = Course(provider_id=provider.id, title="Sewing", trade="sewing_dress_making",
                        min_literacy="class5", languages=["bn"], mode="in_person",
                        duration_weeks=24, **place)
        session.add(course)
        session.flush()
        batch = Batch(course_id=course.id, start_date=TODAY + timedelta(days=40),
                      application_deadline=TODAY + timedelta(days=30), seats_total=5,
                      seats_taken=2)
        session.add(batch)

        def profile(case_ref, **fields):
            row = Profile(organisation_id=ngo.id, case_ref=case_ref, age=24, gender="female",
                          literacy="class5", languages=["bn"], created_by_id=counselor.id,
                          **place, **fields)
            session.add(row)
            session.flush()
            return row

        survivor = profile("ASH-1")
        placed = profile("ASH-2")
        profile("ASH-OLD", status="closed", closed_at=NOW - timedelta(days=400))
        session.add(Referral(profile_id=survivor.id, batch_id=batch.id, status="held",
                             hold_expires_at=NOW - timedelta(minutes=1),
                             created_by_id=counselor.id))
        enrolled = Referral(profile_id=placed.id, batch_id=batch.id, status="enrolled",
                            status_changed_at=NOW - timedelta(days=31),
                            created_by_id=counselor.id)
        session.add(enrolled)
        session.flush()
        schedule(session, [(enrolled.id, enrolled.status_changed_at)])  # as enrolling does
        session.commit()
        return {"batch_id": batch.id}


def assert_every_effect_happened_once(factory, world):
    with factory() as session:
        kinds = dict(session.execute(select(Notification.kind, func.count())
                                     .group_by(Notification.kind)).all())
        assert kinds == {"hold_expired": 1, "follow_up_due": 1, "new_matches": 2}
        assert session.get(Batch, world["batch_id"]).seats_taken == 1
        assert session.scalar(select(func.count()).select_from(Opening)
                              .where(Opening.status == "closed")) == 1
        assert session.scalar(select(func.count()).select_from(FollowUp)) == 3
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "anonymise")) == 1
        # One run of each job's slot; the digest's in shards, a row per organisation's shard.
        slots: dict[str, set[str]] = {}
        for name, key in session.execute(select(JobRun.job_name, JobRun.period_key)):
            slots.setdefault(name, set()).add(key.split("#")[0])
        assert {name: len(keys) for name, keys in slots.items()} == {name: 1 for name in JOBS}
        assert sorted(key for name, key in session.execute(
            select(JobRun.job_name, JobRun.period_key)) if name == "match_digest") == sorted(
            f"{key}#{org}" for key in slots["match_digest"] for org in session.scalars(
                select(Profile.organisation_id).where(Profile.status == "active").distinct()))


def test_two_schedulers_started_at_once_do_every_job_exactly_once(factory, world):
    schedulers = [JobScheduler(factory, SETTINGS, clock=lambda: NOW, holder=name)
                  for name in ("first", "second")]
    start = threading.Barrier(2)

    def launch(scheduler):
        start.wait()
        scheduler.start()

    launchers = [threading.Thread(target=launch, args=(s,)) for s in schedulers]
    try:
        for thread in launchers:
            thread.start()
        for thread in launchers:
            thread.join(timeout=30)
        for scheduler in schedulers:
            assert scheduler.first_heartbeat.wait(timeout=30)
        leaders = [s for s in schedulers if s.is_leader]
        assert len(leaders) == 1
        assert leaders[0].caught_up.wait(timeout=60)
        # the other one, asked to run every job now, finds it does not hold the lease
        follower = next(s for s in schedulers if not s.is_leader)
        assert follower.catch_up() == [None] * len(JOBS)
    finally:
        for scheduler in schedulers:
            scheduler.shutdown()
    assert_every_effect_happened_once(factory, world)
    assert count(factory, SchedulerLease) == 0  # both released on shutdown


def test_without_the_lease_two_runs_of_each_slot_still_do_it_once(factory, world):
    """A leader paused past its lease wakes up next to its successor: the run rows decide."""
    start = threading.Barrier(2)
    results = []

    def run_all():
        start.wait()
        for name, schedule in SCHEDULES.items():
            results.append(run_job(factory, name, NOW, SETTINGS,
                                   period_key=schedule.period_key(NOW)))

    threads = [threading.Thread(target=run_all) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(r.job for r in results if r.ran) == sorted(JOBS)
    assert_every_effect_happened_once(factory, world)


def test_even_manual_runs_next_to_each_other_change_nothing_twice(factory, world):
    """`run-job` takes a slot of its own; the jobs' own conditions keep it harmless."""
    start = threading.Barrier(2)

    def run_all(tag):
        start.wait()
        for name in SCHEDULES:
            assert run_job(factory, name, NOW, SETTINGS, period_key=f"manual:{tag}").ran

    threads = [threading.Thread(target=run_all, args=(tag,)) for tag in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    with factory() as session:
        runs = session.execute(select(JobRun.job_name, JobRun.period_key)).all()
        assert len({(name, key.split("#")[0]) for name, key in runs}) == 2 * len(JOBS)
        session.execute(JobRun.__table__.delete().where(
            (JobRun.period_key == "manual:b") | JobRun.period_key.startswith("manual:b#")))
        session.commit()
    assert_every_effect_happened_once(factory, world)


# --- livelihood run-job -----------------------------------------------------------------------

def test_run_job_runs_one_job_now_and_prints_what_it_did(db, past_opening):
    from api import create_app
    from api.cli import main

    ticks = iter(range(1000))
    app = create_app({"TESTING": True, "CLOCK": lambda: NOW + timedelta(seconds=next(ticks)),
                      "DATABASE_URL": db.url.render_as_string(hide_password=False)})
    runner = CliRunner()
    try:
        def invoke(*args):
            return runner.invoke(main, list(args), obj=ScriptInfo(create_app=lambda: app))

        result = invoke("run-job", "close_offers")
        assert result.exit_code == 0, result.output
        assert result.output.strip() == (
            "close_offers [manual:2026-12-01T06:00:00+00:00]: openings_closed 1, batches_closed 0")
        again = invoke("run-job", "close_offers")
        assert again.exit_code == 0, again.output
        assert again.output.strip() == (
            "close_offers [manual:2026-12-01T06:00:01+00:00]: openings_closed 0, batches_closed 0")
        assert invoke("run-job", "nightly").exit_code != 0
    finally:
        app.extensions["database"].engine.dispose()
