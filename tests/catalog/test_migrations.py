"""Migrations build the schema from empty on both engines, and it matches the models."""
from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, inspect, text

from catalog.migrate import current_revision, downgrade, upgrade
from catalog.models import Base
from tests.catalog.migration_engines import empty_engine  # noqa: F401  (fixture)


def test_upgrade_from_empty_creates_every_table(empty_engine):
    assert current_revision(empty_engine) is None
    upgrade(empty_engine)
    tables = set(inspect(empty_engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(empty_engine) is not None


def test_migrated_schema_matches_the_models(empty_engine):
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_is_repeatable_and_reversible(empty_engine):
    upgrade(empty_engine)
    upgrade(empty_engine)  # a second init-db changes nothing
    downgrade(empty_engine, "base")
    assert not set(Base.metadata.tables) & set(inspect(empty_engine).get_table_names())
    upgrade(empty_engine)
    assert set(Base.metadata.tables) <= set(inspect(empty_engine).get_table_names())


def test_the_follow_up_migration_backfills_placed_referrals_once(empty_engine):
    """Referrals placed before follow-ups came with the placement get theirs: enrolled and hired
    ones from their status change, a completed one from its enrolment in the audit log; one
    that already had some keeps them and gains only the missing days."""
    from datetime import date, datetime, timezone

    from sqlalchemy import insert

    from catalog import catalogue_version
    from catalog.db import make_session_factory
    from catalog.models import (
        AuditEvent,
        Batch,
        Course,
        Opening,
        Organisation,
        Profile,
        Referral,
        Trade,
    )

    # The revision just before the backfill (the ORM models below carry every later column).
    upgrade(empty_engine, "0007")
    at = datetime(2026, 11, 1, 20, 0, tzinfo=timezone.utc)  # 2 November in Kolkata
    with make_session_factory(empty_engine)() as session:
        ngo, provider, employer = (Organisation(name=name, kind=kind) for name, kind in (
            ("Asha", "ngo"), ("ITI", "provider"), ("Garments", "employer")))
        session.add_all([ngo, provider, employer,
                         Trade(code="sewing_dress_making", name="Sewing", sector="Apparel")])
        session.flush()
        course = Course(provider_id=provider.id, title="Sewing", trade="sewing_dress_making",
                        min_literacy="class5", languages=["bn"], mode="in_person",
                        district="Howrah", district_key="howrah", duration_weeks=24)
        opening = Opening(employer_id=employer.id, title="Operator", trade="sewing_dress_making",
                          min_literacy="class5", languages=["bn"], work_mode="on_site",
                          wage_inr_month=11000, positions=2, closes_on=date(2027, 1, 1))
        session.add_all([course, opening])
        session.flush()
        batch = Batch(course_id=course.id, start_date=date(2027, 1, 1),
                      application_deadline=date(2026, 12, 1), seats_total=9, seats_taken=3)
        session.add(batch)
        session.flush()
        # Rows of tables that gained columns since 0007 are inserted naming their columns (an
        # ORM object would name every column of the models).
        profiles = [session.scalar(insert(Profile).values(
            organisation_id=ngo.id, case_ref=f"A-{n}", age=24, gender="female",
            literacy="class5", languages=["bn"], district="Kolkata", district_key="kolkata",
            latitude=22.55, longitude=88.35).returning(Profile.id)) for n in range(5)]

        def referral(profile_id, status, **offer):
            return session.scalar(insert(Referral).values(
                profile_id=profile_id, status=status, status_changed_at=at, created_at=at,
                updated_at=at, **offer).returning(Referral.id))

        enrolled = referral(profiles[0], "enrolled", batch_id=batch.id)
        hired = referral(profiles[1], "hired", opening_id=opening.id)
        completed = referral(profiles[2], "completed", batch_id=batch.id)
        held = referral(profiles[3], "held", batch_id=batch.id)
        partly = referral(profiles[4], "enrolled", batch_id=batch.id)
        session.add(AuditEvent(at=datetime(2026, 9, 1, 6, 0, tzinfo=timezone.utc),
                               action="status", object_type="referral", object_id=completed,
                               detail="held->enrolled", fields=["status"]))
        # The catalogue version row comes with a later revision: nothing to bump here yet.
        session.flush()
        session.info.pop(catalogue_version.PENDING, None)
        session.commit()
    with empty_engine.begin() as connection:
        connection.execute(text("INSERT INTO follow_ups (referral_id, day, due_on) "
                                "VALUES (:r, 30, :d)"), {"r": partly, "d": date(2026, 12, 2)})

    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT referral_id, day, due_on FROM follow_ups ORDER BY referral_id, day")).all()
    due = {}
    for referral_id, day, due_on in rows:
        due.setdefault(referral_id, {})[day] = str(due_on)
    assert due[enrolled] == due[hired] == {30: "2026-12-02", 90: "2027-01-31", 180: "2027-05-01"}
    assert due[completed] == {30: "2026-10-01", 90: "2026-11-30", 180: "2027-02-28"}
    assert held not in due
    assert due[partly] == due[enrolled]
    assert len(rows) == 12


def test_openings_published_before_the_gate_keep_the_flags_they_were_published_over(
        empty_engine):
    upgrade(empty_engine, "0005")
    with empty_engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO trades (code, name, sector, kind, remote_teachable) "
            "VALUES ('tailoring', 'Tailoring', 'apparel', 'trade', false)"))
        connection.execute(text(
            "INSERT INTO organisations (id, name, kind, verified, created_at) "
            "VALUES (1, 'Employer', 'employer', true, '2026-11-01 00:00:00')"))
        for opening_id, status, flags in ((1, "published", '[{"code": "wage_outlier", '
                                                            '"message": "x"}]'),
                                          (2, "pending_review", '[{"code": "fee_charged", '
                                                                '"message": "y"}]')):
            connection.execute(text(
                "INSERT INTO openings (id, employer_id, title, trade, description, min_literacy,"
                " languages, work_mode, wage_inr_month, shift, positions, positions_filled,"
                " women_only, accommodation, min_age, documents_required, closes_on, status,"
                " flags, created_at, updated_at) VALUES (:id, 1, 'T', 'tailoring', '', 'none',"
                " '[]', 'remote', 9000, 'day', 1, 0, false, false, 18, '[]', '2027-01-01',"
                " :status, :flags, '2026-11-01 00:00:00', '2026-11-01 00:00:00')"),
                {"id": opening_id, "status": status, "flags": flags})
    upgrade(empty_engine)
    with empty_engine.connect() as connection:
        rows = dict(connection.execute(text(
            "SELECT id, approved_flags FROM openings ORDER BY id")).all())
    approved = {key: json.loads(value) if isinstance(value, str) else value
                for key, value in rows.items()}
    assert approved == {1: ["wage_outlier"], 2: None}
