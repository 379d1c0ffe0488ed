"""Safety over HTTP: a lure posted by any employer waits for an admin with its flags, verifying an
employer is an audited admin act, withdrawing consent hides a survivor from employers at once and
withdraws her applications, and partners only ever see an anonymised summary.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, Batch, Course, Opening, Organisation, Profile
from tests.api import bodies
from tests.api.reads import fresh
from tests.conftest import signed_in_as

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
TODAY = date(2026, 12, 1)

LURE = {
    "title": "Hotel job in Dubai for girls",
    "description": "Urgent requirement of housekeeping girls for a 5-star hotel in Dubai. Visa "
                   "and air ticket free. Regestration fee Rs 8,000 only. Pasport will be kept "
                   "by our agent.",
    "wage_inr_month": 45000,
}
LURE_FLAGS = ["fee_charged", "documents_retained", "overseas_travel", "wage_outlier"]


pytestmark = pytest.mark.usefixtures("frozen_clock")


def audit_events(session, **where) -> list[AuditEvent]:
    session.expire_all()
    query = select(AuditEvent).order_by(AuditEvent.id)
    for name, value in where.items():
        query = query.where(getattr(AuditEvent, name) == value)
    events = list(session.scalars(query))
    session.commit()
    return events


@pytest.fixture
def opening_body():
    def make(**overrides) -> dict:
        return bodies.opening_body(**{
            "description": "Stitching kurtas on industrial machines; training on the job; no "
                           "fee is charged at any stage.",
            "district": "Kolkata",
            **overrides,
        })

    return make


admin = signed_in_as("admin")


def flag_codes(opening: dict) -> list[str]:
    return [flag["code"] for flag in opening["flags"]]


# ---------------------------------------------------------------- screening and review


def test_a_lure_from_a_verified_employer_waits_for_review_with_its_flags(
    client, csr, post_opening, sign_in, db_session
):
    opening = post_opening(csr, **LURE)
    assert opening["status"] == "pending_review"
    assert flag_codes(opening) == LURE_FLAGS  # the employer is verified: no unverified_employer
    assert all(flag["message"] for flag in opening["flags"])
    counselor = sign_in("counselor")
    assert client.get(f"/api/v1/openings/{opening['id']}", headers=counselor).status_code == 404
    assert client.get("/api/v1/openings", headers=counselor).get_json()["total"] == 0
    [created] = audit_events(db_session, object_type="opening", action="create")
    assert created.detail == "status pending_review"


def test_a_genuine_opening_from_a_verified_employer_is_published(client, csr, post_opening,
                                                                 sign_in):
    opening = post_opening(csr)
    assert (opening["status"], opening["flags"]) == ("published", [])
    listed = client.get("/api/v1/openings", headers=sign_in("counselor")).get_json()
    assert [item["id"] for item in listed["items"]] == [opening["id"]]


def test_editing_a_published_opening_into_a_lure_sends_it_back_to_review(
    client, csr, post_opening, sign_in
):
    opening = post_opening(csr)
    url = f"/api/v1/openings/{opening['id']}"
    response = client.patch(url, json={"description": "Joining er somoy 2000 taka jama dite "
                                                      "hobe. Dansar girls also wanted."},
                            headers=csr)
    assert response.status_code == 200, response.get_json()
    edited = response.get_json()
    assert edited["status"] == "pending_review"
    assert flag_codes(edited) == ["fee_charged", "entertainment_lure"]
    assert client.get(url, headers=sign_in("counselor")).status_code == 404
    cleaned = client.patch(url, json={"description": "Stitching kurtas; training given."},
                           headers=csr).get_json()
    # Screened again: no flag left, but once flagged it waits for an admin to publish it.
    assert (cleaned["status"], cleaned["flags"]) == ("pending_review", [])
    assert client.get(url, headers=sign_in("counselor")).status_code == 404


def test_the_review_queue_lists_flagged_openings_with_their_flags(client, csr, admin,
                                                                  post_opening):
    lure = post_opening(csr, **LURE)
    post_opening(csr)  # published: not in the queue
    queue = client.get("/api/v1/openings?status=pending_review", headers=admin).get_json()
    assert queue["total"] == 1
    [item] = queue["items"]
    assert item["id"] == lure["id"] and flag_codes(item) == LURE_FLAGS
    assert client.get("/api/v1/openings?status=pending_review", headers=csr).get_json()[
        "total"] == 1  # a CSR partner sees her own waiting openings too
    assert client.post(f"/api/v1/openings/{lure['id']}/review", json={"decision": "publish"},
                       headers=csr).status_code == 403


def test_an_admin_publishes_or_rejects_a_flagged_opening_and_each_decision_is_audited(
    client, csr, admin, post_opening, sign_in, db_session
):
    first = post_opening(csr, **LURE)
    second = post_opening(csr, title="Dansar girls wanted", description="For a hotel bar.")
    response = client.post(f"/api/v1/openings/{first['id']}/review",
                           json={"decision": "reject", "note": "Fee and passport retention."},
                           headers=admin)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["status"] == "rejected"
    assert response.get_json()["review_note"] == "Fee and passport retention."
    publish = {"decision": "publish", "note": "Called them: a bakery's dinner-dance event "
                                              "staff; wording fixed next time."}
    url = f"/api/v1/openings/{second['id']}"
    # A hard flag: no review publishes it until two admins dismiss it, each with a reason.
    response = client.post(f"{url}/review", json=publish, headers=admin)
    assert response.status_code == 409 and response.get_json()["reason"] == "hard_flags"
    for headers in (admin, sign_in("admin")):
        response = client.post(f"{url}/flags/entertainment_lure/dismiss",
                               json={"note": "A bakery's event staff; checked by phone."},
                               headers=headers)
        assert response.status_code == 200, response.get_json()
    response = client.post(f"{url}/review", json=publish, headers=admin)
    assert response.status_code == 200, response.get_json()
    published = response.get_json()
    assert published["status"] == "published"
    assert flag_codes(published) == ["entertainment_lure"]  # what the admin accepted, on record
    assert client.get(f"/api/v1/openings/{second['id']}",
                      headers=sign_in("counselor")).status_code == 200
    reviews = audit_events(db_session, object_type="opening", action="review")
    assert [(event.object_id, event.detail) for event in reviews] == [
        (first["id"], "reject: pending_review->rejected"),
        (second["id"], "publish: pending_review->published"),
    ]
    assert all(event.actor_user_id is not None for event in reviews)
    row = fresh(db_session, Opening, second["id"])
    assert row.reviewed_by_id == reviews[-1].actor_user_id and row.reviewed_at is not None


def test_an_unverified_employers_opening_waits_with_unverified_employer(client, sign_in,
                                                                        post_opening):
    unverified = sign_in("csr_partner", "Golden Horizon Placements", verified=False)
    genuine = post_opening(unverified)
    assert genuine["status"] == "pending_review"
    assert flag_codes(genuine) == ["unverified_employer"]
    lure = post_opening(unverified, **LURE)
    assert flag_codes(lure) == [*LURE_FLAGS, "unverified_employer"]


def test_verifying_an_employer_is_an_audited_admin_act(client, sign_in, admin, post_opening,
                                                       db_session):
    unverified = sign_in("csr_partner", "New Bakery Ltd", verified=False)
    opening = post_opening(unverified)
    employer_id = opening["employer_id"]
    url = f"/api/v1/organisations/{employer_id}/verify"
    note = {"note": "GST registration and factory licence checked on 2026-11-30."}
    for role in ("csr_partner", "counselor", "iti_liaison"):
        assert client.post(url, json=note, headers=sign_in(role)).status_code == 403
    assert client.post(url, json=note, headers=unverified).status_code == 403
    assert not fresh(db_session, Organisation, employer_id).verified
    response = client.post(url, json=note, headers=admin)
    assert response.status_code == 200, response.get_json()
    assert fresh(db_session, Organisation, employer_id).verified
    [event] = audit_events(db_session, object_type="organisation", action="verify")
    assert event.object_id == employer_id and event.actor_user_id is not None
    # Verification alone publishes nothing: the opening waits for the admin's review.
    assert fresh(db_session, Opening, opening["id"]).status.value == "pending_review"


# ---------------------------------------------------------------- consent and summaries


@pytest.fixture
def new_profile(client, counselor, profile_body):
    def make(**overrides) -> dict:
        body = profile_body(avoid_districts=[], **overrides)
        response = client.post("/api/v1/profiles", json=body, headers=counselor)
        assert response.status_code == 201, response.get_json()
        return response.get_json()

    return make


@pytest.fixture
def batch(db_session, liaison):
    provider = db_session.scalar(select(Organisation).where(
        Organisation.name == "Kolkata Women's ITI"))
    course = Course(provider_id=provider.id, title="Sewing and tailoring",
                    trade="sewing_dress_making", min_literacy="class5", languages=["bn", "hi"], mode="in_person",
                    district="Kolkata", state="West Bengal", district_key="kolkata",
                    latitude=22.5626, longitude=88.363, duration_weeks=24)
    db_session.add(course)
    db_session.flush()
    batch = Batch(course_id=course.id, start_date=TODAY + timedelta(days=30),
                  application_deadline=TODAY + timedelta(days=20), seats_total=5)
    db_session.add(batch)
    db_session.commit()
    return batch


def refer(client, counselor, profile_id: int, **offer) -> dict:
    response = client.post("/api/v1/referrals", json={"profile_id": profile_id, **offer},
                           headers=counselor)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_withdrawing_consent_hides_the_candidate_and_withdraws_her_applications(
    client, csr, counselor, new_profile, post_opening, batch, db_session
):
    opening = post_opening(csr)
    profile = new_profile(consent_to_share=True)
    application = refer(client, counselor, profile["id"], opening_id=opening["id"])
    seat = refer(client, counselor, profile["id"], batch_id=batch.id)
    assert client.get("/api/v1/referrals", headers=csr).get_json()["total"] == 1
    interviewed = client.patch(f"/api/v1/referrals/{application['id']}",
                               json={"status": "interviewed"}, headers=csr)
    assert interviewed.status_code == 200, interviewed.get_json()
    given_at = fresh(db_session, Profile, profile["id"]).consent_recorded_at

    response = client.patch(f"/api/v1/profiles/{profile['id']}",
                            json={"consent_to_share": False}, headers=counselor)
    assert response.status_code == 200, response.get_json()

    # The employer loses sight of her at once ...
    assert client.get("/api/v1/referrals", headers=csr).get_json()["total"] == 0
    assert client.get(f"/api/v1/referrals/{application['id']}", headers=csr).status_code == 404
    assert client.patch(f"/api/v1/referrals/{application['id']}", json={"status": "hired"},
                        headers=csr).status_code == 404
    # ... the application is withdrawn, as her counselor sees ...
    seen = client.get(f"/api/v1/referrals/{application['id']}", headers=counselor).get_json()
    assert seen["status"] == "withdrawn"
    # ... while her seat in a course is hers to keep.
    assert client.get(f"/api/v1/referrals/{seat['id']}",
                      headers=counselor).get_json()["status"] == "held"
    assert fresh(db_session, Batch, batch.id).seats_taken == 1
    # The withdrawal is recorded: when and by whom, on the profile and in the audit log.
    row = fresh(db_session, Profile, profile["id"])
    assert row.consent_to_share is False and row.consent_by is None
    assert row.consent_recorded_at is not None and row.consent_recorded_at >= given_at
    recorded_by = row.consent_recorded_by_id
    [event] = audit_events(db_session, object_type="referral", object_id=application["id"],
                           detail="consent withdrawn")
    assert event.action == "status" and event.fields == ["status"]
    assert event.actor_user_id == recorded_by is not None
    assert event.profile_id == profile["id"]
    # Applying again needs consent again.
    response = client.post("/api/v1/referrals", json={"profile_id": profile["id"],
                                                      "opening_id": opening["id"]},
                           headers=counselor)
    assert response.status_code == 422 and response.get_json()["reason"] == "consent_required"


def test_a_hired_survivor_stays_hired_when_consent_is_withdrawn(
    client, csr, counselor, new_profile, post_opening
):
    opening = post_opening(csr)
    profile = new_profile(consent_to_share=True)
    application = refer(client, counselor, profile["id"], opening_id=opening["id"])
    assert client.patch(f"/api/v1/referrals/{application['id']}", json={"status": "hired"},
                        headers=csr).status_code == 200
    client.patch(f"/api/v1/profiles/{profile['id']}", json={"consent_to_share": False},
                 headers=counselor)
    assert client.get(f"/api/v1/referrals/{application['id']}",
                      headers=counselor).get_json()["status"] == "hired"


def walk(value):
    """Every key and every leaf of a JSON document."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    else:
        yield value


def test_partners_see_only_an_anonymised_summary(
    client, csr, liaison, counselor, new_profile, post_opening, batch
):
    profile = new_profile(case_ref="ASH-SECRET-77", age=27, consent_to_share=True,
                          interests=["tailring", "beauty parlour"], experience=["silai"])
    opening = post_opening(csr)
    application = refer(client, counselor, profile["id"], opening_id=opening["id"])
    seat = refer(client, counselor, profile["id"], batch_id=batch.id)
    views = [
        client.get("/api/v1/referrals", headers=csr).get_json()["items"][0],
        client.get(f"/api/v1/referrals/{application['id']}", headers=csr).get_json(),
        client.get("/api/v1/referrals", headers=liaison).get_json()["items"][0],
        client.get(f"/api/v1/referrals/{seat['id']}", headers=liaison).get_json(),
    ]
    for view in views:
        assert set(view["candidate"]) == {"age_band", "literacy", "languages", "trades",
                                          "skills", "courses_completed"}
        assert view["candidate"]["age_band"] == "25-34"
        assert view["candidate"]["trades"] == ["Beauty Therapy (Cosmetology)",
                                               "Sewing and Dress Making"]
        assert view["candidate"]["skills"] == ["Sewing and Dress Making"]
        leaves = set(walk(view))
        text = json.dumps(view, ensure_ascii=False)
        for secret in ("ASH-SECRET-77", "Kolkata", "tailring", "beauty parlour", "silai"):
            assert secret not in text, secret
        for key in ("case_ref", "profile_id", "age", "district", "state", "latitude",
                    "interests", "experience", "resolved_interests", "avoid_districts"):
            assert key not in leaves, key
        assert 27 not in leaves
    # The counselor, who knows the survivor, sees her case reference.
    mine = client.get(f"/api/v1/referrals/{application['id']}", headers=counselor).get_json()
    assert mine["case_ref"] == "ASH-SECRET-77" and "candidate" not in mine
