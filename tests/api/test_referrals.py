"""Referrals over HTTP: seat holds that never overbook, eligibility re-checked, consent, summaries."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from catalog.models import Opening, Referral
from catalog.services import accounts
from tests.api.referral_rows import (  # noqa: F401  (fixtures and the frozen day)
    NOW,
    TODAY,
    make_batch,
    new_profile,
    provider,
    seats_taken,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def make_opening(db_session):
    def make(verified=True, **fields):
        employer = accounts.create_organisation(db_session, f"Employer {verified}-{len(fields)}",
                                                "employer", verified=verified, now=NOW)
        values = dict(title="Sewing machine operator", trade="sewing_dress_making",
                      min_literacy="class5", languages=["bn"], work_mode="on_site",
                      district="Kolkata", state="West Bengal", district_key="kolkata",
                      latitude=22.5626, longitude=88.363, wage_inr_month=11000, positions=2,
                      closes_on=TODAY + timedelta(days=30), status="published")
        values.update(fields)
        opening = Opening(employer_id=employer.id, **values)
        db_session.add(opening)
        db_session.commit()
        return opening, employer

    return make


def test_referring_to_a_batch_holds_a_seat_until_the_hold_expires(client, counselor, new_profile,
                                                                  make_batch, db_session):
    batch = make_batch()
    response = client.post("/api/v1/referrals", json={"profile_id": new_profile(),
                                                      "batch_id": batch.id}, headers=counselor)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["status"] == "held"
    assert datetime.fromisoformat(body["hold_expires_at"]) == NOW + timedelta(days=7)
    assert seats_taken(db_session, batch.id) == 1


def test_a_full_batch_is_a_409_and_nothing_is_written(client, counselor, new_profile, make_batch,
                                                      db_session):
    batch = make_batch(seats_total=3, seats_taken=3)
    response = client.post("/api/v1/referrals", json={"profile_id": new_profile(),
                                                      "batch_id": batch.id}, headers=counselor)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "no_capacity"
    assert db_session.scalar(select(func.count()).select_from(Referral)) == 0
    assert seats_taken(db_session, batch.id) == 3


def test_hard_rules_are_rechecked_at_referral(client, counselor, new_profile, make_batch):
    batch = make_batch(min_literacy="class10")
    response = client.post("/api/v1/referrals", json={"profile_id": new_profile(literacy="basic"),
                                                      "batch_id": batch.id}, headers=counselor)
    assert response.status_code == 422
    body = response.get_json()
    assert body["reason"] == "not_eligible"
    assert "literacy_below_minimum" in {b["code"] for b in body["blockers"]}


def test_a_man_is_never_referred_to_a_women_only_batch(client, counselor, new_profile, make_batch):
    batch = make_batch(women_only=True)
    response = client.post("/api/v1/referrals", json={
        "profile_id": new_profile(gender="male", preferences={}), "batch_id": batch.id},
        headers=counselor)
    assert response.status_code == 422
    assert "women_only" in {b["code"] for b in response.get_json()["blockers"]}


def test_withdrawing_returns_the_seat(client, counselor, new_profile, make_batch, db_session):
    batch = make_batch(seats_total=1)
    referral = client.post("/api/v1/referrals", json={"profile_id": new_profile(),
                                                      "batch_id": batch.id},
                           headers=counselor).get_json()
    assert seats_taken(db_session, batch.id) == 1
    response = client.patch(f"/api/v1/referrals/{referral['id']}", json={"status": "withdrawn"},
                            headers=counselor)
    assert response.status_code == 200, response.get_json()
    assert seats_taken(db_session, batch.id) == 0
    again = client.patch(f"/api/v1/referrals/{referral['id']}", json={"status": "withdrawn"},
                         headers=counselor)
    assert again.status_code == 409
    assert seats_taken(db_session, batch.id) == 0


def test_one_live_referral_per_survivor_and_batch(client, counselor, new_profile, make_batch,
                                                  db_session):
    batch = make_batch()
    body = {"profile_id": new_profile(), "batch_id": batch.id}
    assert client.post("/api/v1/referrals", json=body, headers=counselor).status_code == 201
    second = client.post("/api/v1/referrals", json=body, headers=counselor)
    assert second.status_code == 409 and second.get_json()["reason"] == "already_referred"
    assert seats_taken(db_session, batch.id) == 1


def test_an_application_needs_consent(client, counselor, new_profile, make_opening):
    opening, _ = make_opening()
    response = client.post("/api/v1/referrals", json={
        "profile_id": new_profile(consent_to_share=False), "opening_id": opening.id},
        headers=counselor)
    assert response.status_code == 422
    assert response.get_json()["reason"] == "consent_required"
    response = client.post("/api/v1/referrals", json={
        "profile_id": new_profile(consent_to_share=True), "opening_id": opening.id},
        headers=counselor)
    assert response.status_code == 201
    assert response.get_json()["status"] == "applied"


def test_a_minor_is_never_referred_to_a_job(client, counselor, new_profile, make_opening):
    opening, _ = make_opening()
    profile_id = new_profile(age=16, consent_to_share=True, consent_by="guardian")
    response = client.post("/api/v1/referrals", json={"profile_id": profile_id,
                                                      "opening_id": opening.id}, headers=counselor)
    assert response.status_code == 422
    assert "age_out_of_range" in {b["code"] for b in response.get_json()["blockers"]}


def test_an_employer_sees_only_an_anonymised_summary_and_only_with_consent(
        client, counselor, new_profile, make_opening, db_session, sign_in):
    opening, employer = make_opening()
    profile_id = new_profile(consent_to_share=True, experience=["silai"])
    referral = client.post("/api/v1/referrals", json={"profile_id": profile_id,
                                                      "opening_id": opening.id},
                           headers=counselor).get_json()
    _, token = accounts.create_user(db_session, "hr@example.org", employer, "csr_partner")
    db_session.commit()
    partner = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/v1/referrals", headers=partner).get_json()
    assert listed["total"] == 1
    item = listed["items"][0]
    assert "case_ref" not in item and "profile_id" not in item
    assert item["candidate"]["age_band"] == "18-24"
    assert item["candidate"]["skills"]
    assert "district" not in str(item) and "Kolkata" not in str(item)

    client.patch(f"/api/v1/profiles/{profile_id}", json={"consent_to_share": False},
                 headers=counselor)
    assert client.get("/api/v1/referrals", headers=partner).get_json()["total"] == 0
    assert client.get(f"/api/v1/referrals/{referral['id']}", headers=partner).status_code == 404


def test_roles_set_only_their_own_statuses(client, counselor, new_profile, make_opening,
                                           db_session):
    opening, employer = make_opening(positions=1)
    referral = client.post("/api/v1/referrals", json={
        "profile_id": new_profile(consent_to_share=True), "opening_id": opening.id},
        headers=counselor).get_json()
    _, token = accounts.create_user(db_session, "hr2@example.org", employer, "csr_partner")
    db_session.commit()
    partner = {"Authorization": f"Bearer {token}"}
    assert client.patch(f"/api/v1/referrals/{referral['id']}", json={"status": "hired"},
                        headers=counselor).status_code == 403
    hired = client.patch(f"/api/v1/referrals/{referral['id']}", json={"status": "hired"},
                         headers=partner)
    assert hired.status_code == 200, hired.get_json()
    db_session.expire_all()
    assert db_session.get(Opening, opening.id).positions_filled == 1


def test_another_organisations_survivor_cannot_be_referred(client, sign_in, new_profile,
                                                           make_batch):
    batch = make_batch()
    profile_id = new_profile()
    stranger = sign_in("counselor", "Mumbai Mukti Sangha")
    response = client.post("/api/v1/referrals", json={"profile_id": profile_id,
                                                      "batch_id": batch.id}, headers=stranger)
    assert response.status_code == 404


def test_fifty_concurrent_referrals_to_five_seats_hold_exactly_five(
        app, counselor, new_profile, make_batch, db_session):
    batch = make_batch(seats_total=5)
    profiles = [new_profile() for _ in range(50)]

    def refer(profile_id: int) -> int:
        with app.test_client() as client:
            return client.post("/api/v1/referrals", json={"profile_id": profile_id,
                                                          "batch_id": batch.id},
                               headers=counselor).status_code

    with ThreadPoolExecutor(max_workers=50) as pool:
        codes = list(pool.map(refer, profiles))
    assert sorted(codes) == [201] * 5 + [409] * 45
    assert seats_taken(db_session, batch.id) == 5
    held = db_session.scalar(select(func.count()).select_from(Referral)
                             .where(Referral.status == "held"))
    assert held == 5
