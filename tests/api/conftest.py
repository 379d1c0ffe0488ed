"""What only the API tests use (the app, its client and signed-in users: tests/conftest.py):
the signed-in counselor, liaison and CSR partner most modules act as, valid bodies, and an
opening posted through the API (each module may give its own `opening_body` or user)."""
from __future__ import annotations

import pytest

from tests.api import bodies


@pytest.fixture
def counselor(sign_in):
    return sign_in("counselor", "Asha Shelter Trust")


@pytest.fixture
def liaison(sign_in):
    return sign_in("iti_liaison", "Kolkata Women's ITI")


@pytest.fixture
def csr(sign_in):
    return sign_in("csr_partner", "Sundarban Garments")


@pytest.fixture
def profile_body():
    return bodies.profile_body


@pytest.fixture
def opening_body():
    return bodies.opening_body


@pytest.fixture
def post_opening(client, opening_body):
    def make(headers, **overrides) -> dict:
        response = client.post("/api/v1/openings", json=opening_body(**overrides), headers=headers)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make
