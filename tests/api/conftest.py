"""The Flask app over the test database, a client, and signed-in users of each role."""
from __future__ import annotations

import pytest

from api import create_app
from catalog.db import make_session_factory
from catalog.services import accounts
from tests.setup_audit import drop_events_after, last_event_id
from tests.api import bodies

KIND_OF_ROLE = {"counselor": "ngo", "iti_liaison": "provider", "csr_partner": "employer",
                "admin": "operator"}


@pytest.fixture
def app(db):
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": db.url.render_as_string(hide_password=False),
            "SECRET_KEY": "test-secret",
        }
    )
    yield app
    app.extensions["database"].engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def db_session(db):
    """A session of the test's own, for arranging rows and checking what the API wrote."""
    session = make_session_factory(db)()
    yield session
    session.close()


@pytest.fixture
def sign_in(db_session):
    """sign_in(role, org_name=None) -> Authorization headers of a new user of that role."""
    organisations: dict[str, object] = {}
    counter = iter(range(1, 10_000))

    def make(role: str, org_name: str | None = None, verified: bool = True) -> dict[str, str]:
        name = org_name or f"Default {KIND_OF_ROLE[role]}"
        before = last_event_id(db_session)
        organisation = organisations.get(name)
        if organisation is None:
            organisation = accounts.create_organisation(
                db_session, name, KIND_OF_ROLE[role], verified=verified and role == "csr_partner"
            )
            organisations[name] = organisation
        _, token = accounts.create_user(
            db_session, f"{role}{next(counter)}@example.org", organisation, role
        )
        drop_events_after(db_session, before)
        db_session.commit()
        return {"Authorization": f"Bearer {token}"}

    return make


@pytest.fixture
def profile_body():
    return bodies.profile_body
