"""Follow-ups over HTTP: the schedule after enrolment or hiring, and the outcome a counselor
records on her own organisation's referral."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, FollowUp, Organisation, Referral
from tests.rows import batch_row, course_row

NOW = datetime(2027, 1, 10, 6, 0, tzinfo=timezone.utc)
ENROLLED_AT = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def make_referral(client, counselor, profile_body, db_session):
    """A referral of a survivor of Asha Shelter Trust, in `status` since ENROLLED_AT."""
    counter = iter(range(1, 100))

    def make(status: str = "enrolled") -> int:
        body = profile_body(case_ref=f"ASH-{next(counter):03d}", avoid_districts=[])
        response = client.post("/api/v1/profiles", json=body, headers=counselor)
        assert response.status_code == 201, response.get_json()
        provider = db_session.scalar(select(Organisation).where(Organisation.kind == "provider"))
        if provider is None:
            provider = Organisation(name="Kolkata Women's ITI", kind="provider")
            db_session.add(provider)
            db_session.flush()
        course = course_row(db_session, provider.id, languages=["bn"], state=None,
                            latitude=22.56, longitude=88.36)
        batch = batch_row(db_session, course.id, date(2027, 3, 1), date(2027, 2, 1), 5, 1)
        referral = Referral(profile_id=response.get_json()["id"], batch_id=batch.id,
                            status=status, status_changed_at=ENROLLED_AT,
                            hold_expires_at=NOW + timedelta(days=1) if status == "held" else None)
        db_session.add(referral)
        db_session.commit()
        return referral.id

    return make


def url(referral_id: int) -> str:
    return f"/api/v1/referrals/{referral_id}/follow-ups"


def test_an_enrolled_survivor_has_follow_ups_on_day_30_90_and_180(client, counselor,
                                                                  make_referral):
    referral_id = make_referral()
    response = client.get(url(referral_id), headers=counselor)
    assert response.status_code == 200, response.get_json()
    assert [(f["day"], f["due_on"], f["outcome"]) for f in response.get_json()] == [
        (30, "2026-12-31", None), (90, "2027-03-01", None), (180, "2027-05-30", None)]


def test_a_counselor_records_the_outcome_and_may_correct_it(client, counselor, make_referral,
                                                           db_session):
    referral_id = make_referral()
    response = client.post(url(referral_id), json={"day": 30, "outcome": "in_training",
                                                   "note": "attends every day"},
                           headers=counselor)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["day"], body["outcome"], body["note"]) == (30, "in_training", "attends every day")
    assert datetime.fromisoformat(body["recorded_at"]) == NOW
    assert body["recorded_by_id"] is not None

    corrected = client.post(url(referral_id), json={"day": 30, "outcome": "unsafe"},
                            headers=counselor)
    assert corrected.status_code == 200
    assert (corrected.get_json()["outcome"], corrected.get_json()["note"]) == ("unsafe", None)
    listed = client.get(url(referral_id), headers=counselor).get_json()
    assert [f["outcome"] for f in listed] == ["unsafe", None, None]
    details = list(db_session.scalars(
        select(AuditEvent.detail).where(AuditEvent.action == "follow_up").order_by(AuditEvent.id)))
    assert details == ["day=30", "day=30 corrected"]
    assert db_session.scalar(select(AuditEvent.fields).where(AuditEvent.action == "follow_up")) \
        == ["note", "outcome"]  # names, never the values


def test_a_hired_survivor_is_followed_up_too_and_a_held_seat_is_not(client, counselor,
                                                                   make_referral):
    held = make_referral(status="held")
    assert client.get(url(held), headers=counselor).get_json() == []
    response = client.post(url(held), json={"day": 30, "outcome": "working"}, headers=counselor)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "not_placed"


def test_a_completed_course_keeps_the_follow_ups_it_was_given(client, counselor, make_referral,
                                                             db_session):
    referral_id = make_referral()
    client.get(url(referral_id), headers=counselor)
    db_session.get(Referral, referral_id).status = "completed"
    db_session.commit()
    response = client.post(url(referral_id), json={"day": 30, "outcome": "working"},
                           headers=counselor)
    assert response.status_code == 200
    assert db_session.scalar(select(FollowUp.outcome).where(FollowUp.day == 30)) == "working"


def test_enrolled_and_completed_the_same_day_through_the_api_has_its_follow_ups(
        client, counselor, make_referral, db_session):
    referral_id = make_referral(status="held")
    for status in ("enrolled", "completed"):
        response = client.patch(f"/api/v1/referrals/{referral_id}", json={"status": status},
                                headers=counselor)
        assert response.status_code == 200, response.get_json()
    # read from the database, not through GET (which would schedule what is missing)
    due = dict(db_session.execute(select(FollowUp.day, FollowUp.due_on)
                                  .where(FollowUp.referral_id == referral_id)).all())
    db_session.commit()
    assert due == {30: date(2027, 2, 9), 90: date(2027, 4, 10), 180: date(2027, 7, 9)}


def test_a_follow_up_not_yet_due_is_a_409_naming_why_and_writes_nothing(
        client, counselor, make_referral, db_session):
    referral_id = make_referral()
    response = client.post(url(referral_id), json={"day": 90, "outcome": "working"},
                           headers=counselor)
    assert response.status_code == 409
    body = response.get_json()
    assert (body["reason"], body["day"], body["due_on"]) == ("follow_up_not_due", 90,
                                                             "2027-03-01")
    assert db_session.scalar(select(FollowUp.outcome).where(FollowUp.day == 90)) is None


def test_a_follow_up_of_a_referral_never_placed_is_a_409_naming_its_status(
        client, counselor, make_referral):
    referral_id = make_referral(status="withdrawn")
    response = client.post(url(referral_id), json={"day": 30, "outcome": "working"},
                           headers=counselor)
    assert response.status_code == 409
    body = response.get_json()
    assert (body["reason"], body["referral_status"]) == ("not_placed", "withdrawn")


def test_another_organisations_referral_is_not_found(client, sign_in, make_referral):
    referral_id = make_referral()
    stranger = sign_in("counselor", "Other Shelter")
    assert client.get(url(referral_id), headers=stranger).status_code == 404
    response = client.post(url(referral_id), json={"day": 30, "outcome": "working"},
                           headers=stranger)
    assert response.status_code == 404


@pytest.mark.parametrize("role", ["iti_liaison", "csr_partner", "admin"])
def test_only_counselors_see_or_record_follow_ups(client, sign_in, make_referral, role):
    referral_id = make_referral()
    headers = sign_in(role)
    assert client.get(url(referral_id), headers=headers).status_code == 403
    assert client.post(url(referral_id), json={"day": 30, "outcome": "working"},
                       headers=headers).status_code == 403
    assert client.get(url(referral_id)).status_code == 401


@pytest.mark.parametrize("body, field", [
    ({"day": 45, "outcome": "working"}, "day"),
    ({"day": "30", "outcome": "working"}, "day"),
    ({"day": 30, "outcome": "fine"}, "outcome"),
    ({"day": 30}, "outcome"),
    ({"day": 30, "outcome": "working", "note": "x" * 501}, "note"),
    ({"day": 30, "outcome": "working", "recorded_by_id": 1}, "recorded_by_id"),
])
def test_bad_input_is_a_422_naming_the_field_and_writes_nothing(client, counselor, make_referral,
                                                                db_session, body, field):
    referral_id = make_referral()
    response = client.post(url(referral_id), json=body, headers=counselor)
    assert response.status_code == 422
    assert field in response.get_json()["errors"]["json"]
    assert db_session.scalar(select(FollowUp.id)) is None


def test_a_referral_beyond_any_key_is_not_found(client, counselor):
    assert client.get(url(2**40), headers=counselor).status_code == 404
