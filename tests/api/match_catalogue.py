"""A small catalogue in the database for the match tests over HTTP (tests/api/test_matches.py,
test_wording.py): a bridge, a beauty course needing class 8, a far-away course, a full course
and a job, on the referral tests' frozen day."""
from __future__ import annotations

from datetime import timedelta

import pytest

from catalog.models import Batch, Course, Opening, utcnow
from catalog.services import accounts
from tests.api.referral_rows import TODAY


@pytest.fixture
def catalogue(db_session):
    """A bridge, a beauty course needing class 8, a far-away course, a full course, a job."""
    provider = accounts.create_organisation(db_session, "Sealdah Skills Centre", "provider")
    employer = accounts.create_organisation(db_session, "Parlour Chain", "employer",
                                            verified=True, now=utcnow())
    kolkata = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
                   latitude=22.5626, longitude=88.363)
    mumbai = dict(district="Mumbai", state="Maharashtra", district_key="mumbai",
                  latitude=19.07, longitude=72.87)

    def course(title, trade, min_literacy, seats=(20, 0), where=kolkata, **extra):
        row = Course(provider_id=provider.id, title=title, trade=trade, min_literacy=min_literacy,
                     languages=["bn", "hi"], mode=extra.pop("mode", "in_person"),
                     duration_weeks=extra.pop("duration_weeks", 12), **where, **extra)
        db_session.add(row)
        db_session.flush()
        db_session.add(Batch(course_id=row.id, start_date=TODAY + timedelta(days=20),
                             application_deadline=TODAY + timedelta(days=10),
                             seats_total=seats[0], seats_taken=seats[1]))
        return row

    rows = {
        "bridge": course("Akshar literacy circle", "literacy_bridge", "none",
                         raises_literacy_to="class8", duration_weeks=16),
        "beauty": course("Assistant Beauty Therapist", "beauty_therapy", "class8"),
        "far": course("Beauty in Mumbai", "beauty_therapy", "none", where=mumbai),
        "full": course("Full tailoring batch", "sewing_dress_making", "none", seats=(10, 10)),
    }
    opening = Opening(employer_id=employer.id, title="Parlour helper", trade="beauty_therapy",
                      min_literacy="basic", languages=["bn"], work_mode="on_site",
                      wage_inr_month=9500, positions=3, closes_on=TODAY + timedelta(days=40),
                      status="published", **kolkata)
    db_session.add(opening)
    db_session.commit()
    return {name: row.id for name, row in rows.items()} | {"opening": opening.id}
