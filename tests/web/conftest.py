"""What only the page tests use: the browser fixtures and profile_in. The app, people with
passwords and a client signed in through the sign-in form (CSRF token and all) are shared with
the API tests (tests/conftest.py); PASSWORD and csrf_token are re-exported for `from .conftest`."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.models import Organisation, utcnow
from catalog.services import profiles as profile_service
from tests.conftest import CSRF, KIND_OF_ROLE, PASSWORD, csrf_token  # noqa: F401  (re-exported)

from .browser import browser, live_server, new_page  # noqa: F401  (fixtures)


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
        profile = profile_service.create_profile(db_session, organisation, values, None,
                                                 now=utcnow())
        db_session.commit()
        return profile.id

    return make
