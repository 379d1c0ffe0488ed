"""The Flask app over the test database, and a client."""
from __future__ import annotations

import pytest

from api import create_app


@pytest.fixture
def app(db, tmp_path):
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
