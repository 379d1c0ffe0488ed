"""The app over the test database, people with passwords, and a client signed in through the
sign-in form (CSRF token and all), as a browser would be."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from api import create_app
from catalog.db import make_session_factory
from catalog.models import Organisation
from catalog.services import accounts, passwords
from tests.setup_audit import drop_events_after, last_event_id
from catalog.services import profiles as profile_service

from .browser import browser, live_server, new_page  # noqa: F401  (fixtures)

PASSWORD = "correct horse battery"
KIND_OF_ROLE = {"counselor": "ngo", "iti_liaison": "provider", "csr_partner": "employer",
                "admin": "operator"}
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def app(db):
    app = create_app({
        "TESTING": True,
        "DATABASE_URL": db.url.render_as_string(hide_password=False),
        "SECRET_KEY": "test-secret",
    })
    yield app
    app.extensions["database"].engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db_session(db):
    """The test's own session, for arranging rows and checking what the pages wrote. End every
    read with commit or rollback before driving the app (SQLite: BEGIN IMMEDIATE)."""
    session = make_session_factory(db)()
    yield session
    session.rollback()
    session.close()


@pytest.fixture
def person(db_session):
    """person(role, org_name=None, verified=True) -> the email of a new user with PASSWORD."""
    organisations: dict[str, object] = {}
    counter = iter(range(1, 10_000))

    def make(role: str, org_name: str | None = None, verified: bool = True) -> str:
        name = org_name or f"Default {KIND_OF_ROLE[role]}"
        before = last_event_id(db_session)
        organisation = organisations.get(name)
        if organisation is None:
            organisation = accounts.create_organisation(
                db_session, name, KIND_OF_ROLE[role], verified=verified and role == "csr_partner")
            organisations[name] = organisation
        user, _token = accounts.create_user(
            db_session, f"{role}{next(counter)}@example.org", organisation, role)
        passwords.set_password(db_session, user, PASSWORD)
        drop_events_after(db_session, before)
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


@pytest.fixture
def profile_in(db_session):
    """profile_in(org_name, case_ref, **fields) -> the id of an active profile of that (existing)
    organisation: a woman of 24 in Kolkata who reads at class 8 and asked for tailoring."""

    def make(org_name: str, case_ref: str, **fields) -> int:
        organisation = db_session.scalar(select(Organisation).where(Organisation.name == org_name))
        values = {"case_ref": case_ref, "age": 24, "gender": "female", "literacy": "class8",
                  "languages": ["bn"], "district": "Kolkata", "state": "West Bengal",
                  "max_travel_km": 15, "interests": ["tailoring"], "income_urgency": "medium"}
        values.update(fields)
        profile = profile_service.create_profile(db_session, organisation, values, None)
        db_session.commit()
        return profile.id

    return make
