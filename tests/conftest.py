"""Real databases for service and API tests: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.

Each engine is migrated once per run; the reference data (trades, districts) is loaded once and
kept, and every other table is emptied after each test.
"""
from __future__ import annotations

import os

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from catalog.db import make_engine, make_session_factory
from catalog.migrate import upgrade
from catalog.models import Base

REFERENCE_TABLES = {"trades", "trade_aliases", "districts"}
POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")

ENGINES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


def reset_postgres_schema(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


@pytest.fixture(scope="session", params=ENGINES)
def engine(request, tmp_path_factory) -> Engine:
    if request.param == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("TEST_DATABASE_URL is not set")
        engine = make_engine(POSTGRES_URL)
        reset_postgres_schema(engine)
    else:
        path = tmp_path_factory.mktemp("db") / "test.db"
        engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    from seeds.loader import load_reference

    with make_session_factory(engine)() as session:
        # Schemes are emptied after each test like any other table: tests that need the
        # catalogue load it (tests/api/test_schemes.py), so no test depends on running first.
        load_reference(session, schemes=False)
        session.commit()
    yield engine
    engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def _no_catalogue_listener():
    """The test process hears of catalogue changes from the version row alone: a listener thread
    catching up in the background would take table locks in its own order while the fixtures
    TRUNCATE (a deadlock). tests/catalog/test_several_processes.py runs a listener in a process
    of its own."""
    from catalog import matching

    matching.index_cache._listen = False
    yield
    matching.index_cache.close()


def _empty_tables(engine: Engine) -> None:
    tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name not in REFERENCE_TABLES]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(t.name for t in tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                connection.execute(table.delete())


@pytest.fixture
def db(engine) -> Engine:
    """The migrated engine with reference data; emptied of everything else after the test."""
    yield engine
    _empty_tables(engine)


@pytest.fixture
def session(db) -> Session:
    session = make_session_factory(db)()
    yield session
    session.rollback()
    session.close()
