"""Screening over HTTP: a verified employer's opening worded as a disguised lure, at an ordinary
wage, is not published; its flags say which words raised them."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from catalog.models import Opening
from tests.api import bodies
from tests.api.reads import fresh

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.parametrize(("title", "description", "code", "word"), [
    ("Guest relations - lounge",
     "Sit with guests in the lounge and give them company, 9 pm to 3 am.",
     "entertainment_lure", "guests"),
    ("Mill helper", "Aadhaar card aur ATM card thekedar ke paas jama rahega.",
     "documents_retained", "jama"),
    ("গৃহকর্মী", "বাবা-মাকে ২৫ হাজার টাকা অগ্রিম দেওয়া হবে।", "advance_to_family", "অগ্রিম"),
    ("Packing staff", "A refundable security of Rs 3,000 at joining.", "fee_charged",
     "refundable"),
])
def test_a_disguised_lure_at_an_ordinary_wage_waits_for_review_with_its_evidence(
        client, sign_in, db_session, title, description, code, word):
    csr = sign_in("csr_partner", "Sundarban Garments")
    response = client.post("/api/v1/openings", headers=csr, json=bodies.opening_body(
        title=title, description=description, trade="food_beverage_service",
        wage_inr_month=12_000))
    assert response.status_code == 201, response.get_json()
    opening = response.get_json()
    assert opening["status"] == "pending_review"
    flag = next(flag for flag in opening["flags"] if flag["code"] == code)
    assert word in flag["evidence"] and flag["message"]
    stored = fresh(db_session, Opening, opening["id"])
    assert any(f["code"] == code and word in f["evidence"] for f in stored.flags)


def test_a_genuine_opening_with_commission_and_night_cabs_is_published(client, sign_in):
    csr = sign_in("csr_partner", "Sundarban Garments")
    response = client.post("/api/v1/openings", headers=csr, json=bodies.opening_body(
        title="Customer support - night shift", trade="customer_care_voice",
        description="Night shift 9 pm to 6 am for a US client; cab pick-up and drop. Salary "
                    "15,000 plus commission on sales. Free dinner: rice, dal, fish curry.",
        wage_inr_month=15_000))
    assert response.status_code == 201, response.get_json()
    assert (response.get_json()["status"], response.get_json()["flags"]) == ("published", [])
