"""Migrations build the schema from empty on both engines, and it matches the models."""
from __future__ import annotations

import json
import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from catalog.db import make_engine
from catalog.migrate import current_revision, downgrade, upgrade
from catalog.models import Base
from tests.conftest import ENGINES, POSTGRES_URL


@pytest.fixture(params=ENGINES)
def empty_engine(request, tmp_path):
    """A database with nothing in it: a new SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
        yield engine
        engine.dispose()
        return
    if not POSTGRES_URL:
        pytest.skip("TEST_DATABASE_URL is not set")
    schema = f"migration_{uuid.uuid4().hex[:8]}"
    admin = make_engine(POSTGRES_URL)
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in POSTGRES_URL else "?"
    engine = make_engine(f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}")
    yield engine
    engine.dispose()
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


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
