"""What only the API tests use (the app, its client and signed-in users: tests/conftest.py)."""
from __future__ import annotations

import pytest

from tests.api import bodies


@pytest.fixture
def profile_body():
    return bodies.profile_body
