"""The nightly digest in shards, one per organisation (catalog.shards): two runs of one slot at
once share the shards and every organisation's digest is sent exactly once; a failed shard is
done by the next run; a dead run's claim is taken over once it is old, not before."""
from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from catalog import shards
from catalog.db import make_session_factory
from catalog.jobs import JOBS, JobSettings
from catalog.models import AuditEvent, JobRun, Notification, Opening, Profile
from catalog.scheduler import run_job
from catalog.services import accounts

NOW = datetime(2026, 12, 1, 20, 30, tzinfo=timezone.utc)  # 02:00 in Kolkata
TODAY = date(2026, 12, 2)
SETTINGS = JobSettings()
PLACE = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
             latitude=22.55, longitude=88.35)
ORGANISATIONS = 6


@pytest.fixture
def factory(db):
    return make_session_factory(db)


@pytest.fixture
def organisations(factory) -> list[int]:
    """Six NGOs, each with a counselor and two survivors a published opening matches."""
    with factory() as session:
        employer = accounts.create_organisation(session, "Sundarban Garments", "employer",
                                                verified=True, now=NOW)
        session.add(Opening(employer_id=employer.id, title="Operator",
                            trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                            work_mode="on_site", wage_inr_month=11000, positions=3,
                            closes_on=TODAY + timedelta(days=30), status="published", **PLACE))
        ids = []
        for number in range(ORGANISATIONS):
            ngo = accounts.create_organisation(session, f"Shelter {number}", "ngo")
            counselor = accounts.create_user(session, f"didi{number}@example.org", ngo,
                                             "counselor")[0]
            for case in range(2):
                session.add(Profile(organisation_id=ngo.id, case_ref=f"S{number}-{case}", age=24,
                                    gender="female", literacy="class5", languages=["bn"],
                                    created_by_id=counselor.id, **PLACE))
            ids.append(ngo.id)
        session.commit()
        return ids


def digests_by_organisation(factory) -> dict[int, int]:
    with factory() as session:
        return dict(session.execute(
            select(Profile.organisation_id, func.count(AuditEvent.id))
            .join(AuditEvent, AuditEvent.profile_id == Profile.id)
            .where(AuditEvent.action == "digest").group_by(Profile.organisation_id)).all())


def shard_rows(factory) -> list[tuple[str, bool]]:
    with factory() as session:
        return sorted((key, finished is not None) for key, finished in session.execute(
            select(JobRun.period_key, JobRun.finished_at)
            .where(JobRun.job_name == "match_digest")))


def test_two_runs_at_once_send_every_organisations_digest_exactly_once(factory, organisations):
    start = threading.Barrier(2)
    results = []

    def run(holder):
        start.wait()
        results.append(run_job(factory, "match_digest", NOW, SETTINGS, period_key="2026-12-01",
                               holder=holder))

    threads = [threading.Thread(target=run, args=(name,)) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert digests_by_organisation(factory) == {org: 2 for org in organisations}
    assert sum(r.report["shards"] for r in results if r.ran) == ORGANISATIONS
    assert sum(r.report["profiles"] for r in results if r.ran) == 2 * ORGANISATIONS
    assert shard_rows(factory) == [(f"2026-12-01#{org}", True) for org in sorted(organisations,
                                                                                key=str)]
    assert count_notifications(factory) == 2 * ORGANISATIONS
    # The slot is done: a third run finds every shard taken and sends nothing.
    again = run_job(factory, "match_digest", NOW, SETTINGS, period_key="2026-12-01")
    assert not again.ran and count_notifications(factory) == 2 * ORGANISATIONS


def count_notifications(factory) -> int:
    with factory() as session:
        return session.scalar(select(func.count()).select_from(Notification))


def test_a_failed_shard_gives_its_claim_back_and_the_next_run_does_it(
        factory, organisations, monkeypatch):
    failing = organisations[2]
    job = JOBS["match_digest"]
    real = job.run_shard

    def flaky(session, now, settings, shard):
        report = real(session, now, settings, shard)  # written, then lost with the rollback
        if shard == str(failing):
            raise RuntimeError("the machine fell over")
        return report

    monkeypatch.setitem(JOBS, "match_digest", type(job)(
        job.name, job.description, job.run, job.shards, flaky))
    first = run_job(factory, "match_digest", NOW, SETTINGS, period_key="slot")
    assert first.report["shards"] == ORGANISATIONS - 1 and first.report["shards_failed"] == 1
    assert failing not in digests_by_organisation(factory)
    assert (f"slot#{failing}", False) not in shard_rows(factory)
    monkeypatch.setitem(JOBS, "match_digest", job)
    second = run_job(factory, "match_digest", NOW, SETTINGS, period_key="slot")
    assert second.ran and second.report["shards"] == 1
    assert digests_by_organisation(factory) == {org: 2 for org in organisations}


@pytest.mark.parametrize("age, taken_over", [(shards.SHARD_LEASE_SECONDS + 60, True),
                                             (60, False)])
def test_a_dead_runs_claim_is_taken_over_only_once_it_is_old(factory, organisations, age,
                                                             taken_over):
    dead = organisations[0]
    with factory() as session:
        session.add(JobRun(job_name="match_digest", period_key=f"slot#{dead}", holder="dead",
                           started_at=NOW - timedelta(seconds=age), report={}))
        session.commit()
    result = run_job(factory, "match_digest", NOW, SETTINGS, period_key="slot")
    assert result.report["shards"] == ORGANISATIONS - (0 if taken_over else 1)
    assert (dead in digests_by_organisation(factory)) is taken_over
    assert (f"slot#{dead}", taken_over) in shard_rows(factory)


def test_a_manual_run_on_an_empty_database_still_runs_once(factory):
    first = run_job(factory, "match_digest", NOW, SETTINGS, period_key="manual:x")
    assert first.ran and first.report["profiles"] == 0
    assert shard_rows(factory) == [("manual:x", True)]
    assert not run_job(factory, "match_digest", NOW, SETTINGS, period_key="manual:x").ran


def test_the_shards_are_the_organisations_with_active_profiles(factory, organisations):
    with factory() as session:
        session.execute(Profile.__table__.update()
                        .where(Profile.organisation_id == organisations[1])
                        .values(status="closed", closed_at=NOW))
        session.commit()
        assert JOBS["match_digest"].shards(session) == [
            str(org) for org in sorted(organisations) if org != organisations[1]]

