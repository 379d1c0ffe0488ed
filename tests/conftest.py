"""Real databases for service and API tests: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.

Each engine is migrated once per run; the reference data (trades, districts) is loaded once and
kept, and every other table is emptied after each test.

Shared by tests/api and tests/web: the Flask app over the test database (`app`, `client`), a
session of the test's own (`db_session`), users of each role signed in with a bearer token
(`sign_in`) or given a password (`person`) and signed in through the form (`signed_in`), and the
app's clock frozen at the module's NOW (`frozen_clock`).
Hypothesis profiles: "quick" (the default) and "thorough" (CI: HYPOTHESIS_PROFILE=thorough).
"""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

import pytest
from hypothesis import settings
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from catalog.db import make_engine, make_session_factory
from catalog.migrate import upgrade
from catalog.models import Base, utcnow
from catalog.services import accounts, passwords
from tests.setup_audit import drop_events_after, last_event_id

# Hypothesis: a quick run by default (`make test`), the thorough one in CI (.ci/run sets
# HYPOTHESIS_PROFILE=thorough; `--hypothesis-profile thorough` works too): Hypothesis's own
# default of 100 examples, what every run made before. A test that names its own max_examples
# scales it with tests.hypothesis_profiles.examples(n) (n in the thorough profile).
settings.register_profile("quick", max_examples=25)
settings.register_profile("thorough", max_examples=100)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


def pytest_collection_modifyitems(items):
    """A browser test is a slow one too (setup.cfg): `-m "not slow"` leaves it out, with the
    tests that start processes of their own. Nothing is left out by default."""
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("slow"):
            item.add_marker(pytest.mark.slow)


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


# The app, its client and users of each role ---------------------------------------------------

PASSWORD = "correct horse battery"
KIND_OF_ROLE = {str(role): str(kind) for role, kind in accounts.ROLE_ORGANISATION_KINDS.items()}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
# The tests' app: cheap Argon2 parameters (every signed-in test hashes a password and checks
# it; tests/web/test_passwords.py checks production strength and the cheap hashes alike).
TEST_CONFIG = {"TESTING": True, "SECRET_KEY": "test-secret", "PASSWORD_HASH": "fast"}


@pytest.fixture(scope="session")
def _built_apps():
    """The test app of each database, built once: create_app costs a good part of a second (the
    OpenAPI document of every route), paid by every test before."""
    apps: dict[str, object] = {}
    yield apps
    for app in apps.values():
        app.extensions["database"].engine.dispose()


@pytest.fixture
def app(db, _built_apps):
    """The app over the test database, as new to every test: what a test changes (its config,
    its extensions, the engine behind it) is put back afterwards, and the engine's connections
    are closed, as when each test built its own app."""
    url = db.url.render_as_string(hide_password=False)
    if url not in _built_apps:
        from api import create_app

        _built_apps[url] = create_app({**TEST_CONFIG, "DATABASE_URL": url})
    app = _built_apps[url]
    passwords.use(app.config["PASSWORD_HASH"])  # another app built since may have changed it
    config, extensions = dict(app.config), dict(app.extensions)
    database = app.extensions["database"]
    engine, session_factory = database.engine, database.session_factory
    yield app
    if database.engine is not engine:
        database.engine.dispose()
    database.engine, database.session_factory = engine, session_factory
    engine.dispose()
    app.config.clear()
    app.config.update(config)
    app.extensions.clear()
    app.extensions.update(extensions)


@pytest.fixture
def client(app):
    return app.test_client()


# The moment a frozen clock stands at, unless the test module names its own NOW.
NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


@pytest.fixture
def frozen_clock(app, request):
    """The app's clock stands still at the test module's NOW (or at this one's). A module asks
    for it with `pytestmark = pytest.mark.usefixtures("frozen_clock")`."""
    moment = getattr(request.module, "NOW", NOW)
    app.config["CLOCK"] = lambda: moment
    return app


@pytest.fixture
def db_session(db):
    """The test's own session, for arranging rows and checking what the app wrote. End every
    read with commit or rollback before driving the app (SQLite: BEGIN IMMEDIATE)."""
    session = make_session_factory(db)()
    yield session
    session.rollback()
    session.close()


@pytest.fixture
def new_user(db_session):
    """new_user(role, org_name=None, verified=True) -> (user, token) of a new user of that role,
    in the organisation of that name (made on first use; by default one per kind). The services
    audit what they create; those events are the arranging, not the test, so they are dropped
    again (tests/setup_audit.py)."""
    organisations: dict[str, object] = {}
    counter = iter(range(1, 10_000))

    def make(role: str, org_name: str | None = None, verified: bool = True):
        name = org_name or f"Default {KIND_OF_ROLE[role]}"
        before = last_event_id(db_session)
        organisation = organisations.get(name)
        if organisation is None:
            organisation = accounts.create_organisation(
                db_session, name, KIND_OF_ROLE[role], verified=verified and role == "csr_partner",
                now=utcnow())
            organisations[name] = organisation
        made = accounts.create_user(db_session, f"{role}{next(counter)}@example.org",
                                    organisation, role)
        drop_events_after(db_session, before)
        return made

    return make


@pytest.fixture
def sign_in(db_session, new_user):
    """sign_in(role, org_name=None) -> Authorization headers of a new user of that role."""

    def make(role: str, org_name: str | None = None, verified: bool = True) -> dict[str, str]:
        _, token = new_user(role, org_name, verified)
        db_session.commit()
        return {"Authorization": f"Bearer {token}"}

    return make


def signed_in_as(role: str, org_name: str | None = None, verified: bool = True):
    """A fixture of the headers of a user of `role` in `org_name` (`sign_in`), for a module to
    name as the user its tests act as: `counselor = signed_in_as("counselor", "Ashray NGO")`."""
    return pytest.fixture(lambda sign_in: sign_in(role, org_name, verified))


@pytest.fixture
def person(db_session, new_user):
    """person(role, org_name=None, verified=True) -> the email of a new user with PASSWORD."""

    def make(role: str, org_name: str | None = None, verified: bool = True) -> str:
        user, _token = new_user(role, org_name, verified)
        passwords.use(TEST_CONFIG["PASSWORD_HASH"])  # as the test app hashes, whatever app came
        passwords.set_password(db_session, user, PASSWORD, now=utcnow())
        db_session.commit()
        return user.email

    return make


def csrf_token(client, path: str = "/sign-in") -> str:
    page = client.get(path)
    match = CSRF.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


@pytest.fixture
def signed_in(app, person):
    """signed_in(role, **person_args) -> a test client signed in as a new user of that role."""

    def make(role: str, **kwargs):
        client = app.test_client()
        email = person(role, **kwargs)
        response = client.post("/sign-in", data={"email": email, "password": PASSWORD,
                                                 "csrf_token": csrf_token(client)})
        assert response.status_code == 302, response.get_data(as_text=True)
        client.email = email
        return client

    return make
