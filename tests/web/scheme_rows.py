"""What the scheme page tests arrange, and the read-aloud tests too (tests/web/test_scheme_pages.py,
test_read_aloud.py): the schemes catalogue, a counselor of one NGO, her survivors and a course
that pays a stipend."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from catalog.services import accounts
from seeds.loader import load_schemes
from tests.rows import batch_row, course_row

TODAY = date.today()
ORG = "Ashray NGO"


@pytest.fixture
def schemes(db_session):
    """The schemes catalogue, loaded as `tests/api/test_schemes.py` loads it."""
    load_schemes(db_session)
    db_session.commit()


@pytest.fixture
def counselor(signed_in):
    return signed_in("counselor", org_name=ORG)


@pytest.fixture
def new_profile(counselor, profile_in):
    """new_profile(case_ref, org_name=ORG, **fields) -> the id of an active profile."""

    def make(case_ref: str, org_name: str = ORG, **fields) -> int:
        return profile_in(org_name, case_ref, **fields)

    return make


@pytest.fixture
def stipend_course(db_session) -> int:
    """A sewing course in Kolkata that pays a stipend of Rs 1,500 a month, with an open batch."""
    provider = accounts.create_organisation(db_session, "Kolkata Women's ITI", "provider")
    course = course_row(db_session, provider.id, title="Sewing machine operator",
                        duration_weeks=12, stipend_inr_month=1500)
    batch_row(db_session, course.id, TODAY + timedelta(days=30), TODAY + timedelta(days=20), 10)
    db_session.commit()
    return course.id
