"""What the referral tests arrange, and the API tests that refer too (waiting lists, matches):
the frozen day, a provider with batches written directly, survivors created over the API, and the
seats a batch has taken as the database has them."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from catalog.models import Batch
from catalog.services import accounts
from tests.rows import batch_row, course_row

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
TODAY = date(2026, 12, 1)


@pytest.fixture
def provider(db_session):
    provider = accounts.create_organisation(db_session, "Kolkata Women's ITI", "provider")
    db_session.commit()
    return provider


@pytest.fixture
def make_batch(db_session, provider):
    def make(seats_total=5, seats_taken=0, min_literacy="class5", women_only=False, **course_fields):
        course = course_row(db_session, provider.id, title=f"Sewing {seats_total}-{seats_taken}",
                            min_literacy=min_literacy, women_only=women_only, **course_fields)
        batch = batch_row(db_session, course.id, TODAY + timedelta(days=30),
                          TODAY + timedelta(days=20), seats_total, seats_taken)
        db_session.commit()
        return batch

    return make


@pytest.fixture
def new_profile(client, counselor, profile_body):
    counter = iter(range(1, 1000))

    def make(**overrides) -> int:
        body = profile_body(case_ref=f"ASH-{next(counter):03d}", avoid_districts=[], **overrides)
        response = client.post("/api/v1/profiles", json=body, headers=counselor)
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    return make


def seats_taken(db_session, batch_id: int) -> int:
    db_session.expire_all()
    taken = db_session.get(Batch, batch_id).seats_taken
    db_session.rollback()  # end the read: on SQLite an open transaction holds the write lock
    return taken
