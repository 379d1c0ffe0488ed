"""What only the API tests use (the app, its client and signed-in users: tests/conftest.py):
the signed-in counselor, liaison and CSR partner most modules act as, valid bodies, and an
opening posted through the API (each module may give its own `opening_body` or user)."""
from __future__ import annotations

import pytest

from tests.api import bodies
from tests.api.flagged_demo import flagged_demo
from tests.conftest import signed_in_as


counselor = signed_in_as("counselor", "Asha Shelter Trust")
liaison = signed_in_as("iti_liaison", "Kolkata Women's ITI")
csr = signed_in_as("csr_partner", "Sundarban Garments")
profile_body = pytest.fixture(lambda: bodies.profile_body)
opening_body = pytest.fixture(lambda: bodies.opening_body)


@pytest.fixture
def post_opening(client, opening_body):
    def make(headers, **overrides) -> dict:
        return bodies.created(client, "/api/v1/openings", opening_body(**overrides), headers)

    return make


@pytest.fixture
def demo(client, sign_in, db_session):
    """The demo seed with openings published over flags (tests/api/flagged_demo.py)."""
    return flagged_demo(client, sign_in, db_session)
