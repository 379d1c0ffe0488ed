"""Rows and people the casework page tests arrange: a counselor, a liaison and a CSR partner
of their own organisations, batches, openings and referrals in a given state, and readers of
what the pages wrote; the dates of a batch the liaison's pages take and an opening's text that
charges a fee, which the phone pages use too."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, Batch, Course, Opening, Organisation, Referral

from .conftest import csrf_token

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
NGO, PROVIDER, EMPLOYER = "Asha Shelter Trust", "Pragati ITI", "Sundarban Garments"
KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)
# A batch ahead of the real day (the liaison's pages check dates against it).
START = date.today() + timedelta(days=60)
DEADLINE = date.today() + timedelta(days=50)
FEE_TEXT = "Registration fee Rs 5000 to be paid before joining. Packing garments."


def org_id(db_session, name: str) -> int:
    found = db_session.scalar(select(Organisation.id).where(Organisation.name == name))
    db_session.rollback()
    return found


@pytest.fixture
def people(app, signed_in):
    """A counselor, a liaison and a CSR partner, each of their own organisation, at NOW."""
    app.config["CLOCK"] = lambda: NOW
    return {"counselor": signed_in("counselor", org_name=NGO),
            "liaison": signed_in("iti_liaison", org_name=PROVIDER),
            "partner": signed_in("csr_partner", org_name=EMPLOYER)}


def new_batch(db_session, provider: str = PROVIDER, seats_taken: int = 0) -> int:
    course = Course(provider_id=org_id(db_session, provider), title="Sewing machine operator",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                    mode="in_person", duration_weeks=12, **KOLKATA)
    db_session.add(course)
    db_session.flush()
    batch = Batch(course_id=course.id, start_date=date(2027, 2, 1),
                  application_deadline=date(2027, 1, 20), seats_total=5,
                  seats_taken=seats_taken)
    db_session.add(batch)
    db_session.commit()
    return batch.id


def new_opening(db_session, employer: str = EMPLOYER) -> int:
    opening = Opening(employer_id=org_id(db_session, employer), title="Stitching operator",
                      trade="sewing_dress_making", min_literacy="class5", languages=["bn"],
                      work_mode="on_site", wage_inr_month=11000, positions=2,
                      closes_on=date(2027, 2, 1), status="published", **KOLKATA)
    db_session.add(opening)
    db_session.commit()
    return opening.id


def referral_row(db_session, profile_id: int, status: str, *, at: datetime = NOW,
                 note: str | None = None, **offer) -> int:
    referral = Referral(profile_id=profile_id, status=status, created_at=at,
                        status_changed_at=at, note=note,
                        hold_expires_at=at + timedelta(days=3) if status == "held" else None,
                        **offer)
    db_session.add(referral)
    db_session.commit()
    return referral.id


def held_seat(db_session, profile_id: int) -> tuple[int, int]:
    batch_id = new_batch(db_session, seats_taken=1)
    return referral_row(db_session, profile_id, "held", batch_id=batch_id), batch_id


def fresh(db_session, model, object_id):
    """The row as stored now, detached (reading it later opens no transaction)."""
    found = db_session.get(model, object_id)
    db_session.refresh(found)
    db_session.expunge(found)
    db_session.rollback()
    return found


def events(db_session, **where) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEvent, name) == value)
    found = list(db_session.scalars(query))
    db_session.expunge_all()  # detached: reading them later opens no transaction
    db_session.rollback()
    return found


def post(client, path: str, data: dict, page: str | None = None):
    return client.post(path, data={**data, "csrf_token": csrf_token(client, page or path)})


def set_status(client, referral_id: int, **data):
    return post(client, f"/referrals/{referral_id}/status", data, f"/referrals/{referral_id}")
