"""Openings over HTTP: a CSR partner posts her employer's, only verified employers' openings that
screening passes are published at once, an admin reviews the rest, and nobody else touches them.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, Opening, Organisation
from tests.api.reads import count, fresh
from tests.api.refusals import refuses_unknown_trade_and_district
from tests.conftest import signed_in_as

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
TODAY = date(2026, 12, 1)


pytestmark = pytest.mark.usefixtures("frozen_clock")


unverified_csr = signed_in_as("csr_partner", "Unknown Placement Agency", verified=False)


def test_a_verified_employers_opening_is_published_at_once(client, csr, opening_body,
                                                           db_session):
    response = client.post("/api/v1/openings", json=opening_body(), headers=csr)
    assert response.status_code == 201, response.get_json()
    opening = response.get_json()
    assert (opening["status"], opening["flags"], opening["positions_filled"]) == (
        "published", [], 0)
    assert opening["district"] == "Howrah" and opening["latitude"] and opening["longitude"]
    assert opening["closes_on"] == "2026-12-31"
    row = fresh(db_session, Opening, opening["id"])
    assert row.district_key == "howrah"
    assert fresh(db_session, Organisation, opening["employer_id"]).name == "Sundarban Garments"


def test_an_unverified_employers_opening_waits_for_review_with_a_flag(client, unverified_csr,
                                                                       opening_body):
    response = client.post("/api/v1/openings", json=opening_body(), headers=unverified_csr)
    assert response.status_code == 201, response.get_json()
    opening = response.get_json()
    assert opening["status"] == "pending_review"
    assert [flag["code"] for flag in opening["flags"]] == ["unverified_employer"]
    assert opening["flags"][0]["message"]


def test_nobody_under_18_and_no_closing_date_in_the_past(client, csr, opening_body, db_session):
    for body, field in (
        (opening_body(min_age=17), "min_age"),
        (opening_body(closes_on=(TODAY - timedelta(days=1)).isoformat()), "closes_on"),
        (opening_body(closes_on="soon"), "closes_on"),
        (opening_body(positions=0), "positions"),
        (opening_body(shift="graveyard"), "shift"),
        (opening_body(languages=[]), "languages"),
        (opening_body(wage_inr_month=-5), "wage_inr_month"),
    ):
        response = client.post("/api/v1/openings", json=body, headers=csr)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"], field
    assert count(db_session, Opening) == 0


def test_an_unknown_trade_or_district_is_a_422_naming_it_and_nothing_is_written(
    client, csr, opening_body, db_session
):
    refuses_unknown_trade_and_district(client, "/api/v1/openings", opening_body, csr,
                                       "escort_services", "Hawrah", "Howrah")
    assert count(db_session, Opening) == 0


def test_remote_work_needs_no_district_but_on_site_work_does(client, csr, opening_body):
    remote = client.post("/api/v1/openings", json=opening_body(
        work_mode="remote", trade="data_entry", district=None, state=None), headers=csr)
    assert remote.status_code == 201, remote.get_json()
    assert remote.get_json()["district"] is None
    body = opening_body()
    del body["district"], body["state"]
    response = client.post("/api/v1/openings", json=body, headers=csr)
    assert response.status_code == 422
    assert "district" in response.get_json()["errors"]["json"]


def test_status_flags_and_positions_filled_are_never_set_by_the_client(
    client, csr, opening_body, post_opening, db_session
):
    for field, value in (("status", "published"), ("flags", []), ("positions_filled", 0),
                         ("employer_id", 1), ("id", 9), ("reviewed_by_id", 1), ("salary", 1)):
        response = client.post("/api/v1/openings", json=opening_body(**{field: value}),
                               headers=csr)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"], field
    opening = post_opening(csr)
    for field, value in (("status", "published"), ("flags", []), ("positions_filled", 4)):
        response = client.patch(f"/api/v1/openings/{opening['id']}", json={field: value},
                                headers=csr)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"], field
    assert count(db_session, Opening) == 1
    assert fresh(db_session, Opening, opening["id"]).positions_filled == 0


def test_each_role_sees_the_openings_it_may(client, sign_in, csr, unverified_csr, post_opening):
    published = post_opening(csr)
    pending = post_opening(unverified_csr, title="Hostess abroad")

    def ids(headers, query: str = "") -> list[int]:
        response = client.get(f"/api/v1/openings{query}", headers=headers)
        assert response.status_code == 200, response.get_json()
        return [item["id"] for item in response.get_json()["items"]]

    for role in ("counselor", "iti_liaison"):
        headers = sign_in(role)
        assert ids(headers) == [published["id"]]
        assert ids(headers, "?status=pending_review") == []
        assert client.get(f"/api/v1/openings/{pending['id']}", headers=headers).status_code == 404
        assert client.get(f"/api/v1/openings/{published['id']}",
                          headers=headers).status_code == 200
    assert ids(csr) == [published["id"]]
    assert ids(unverified_csr) == [pending["id"]]
    assert client.get(f"/api/v1/openings/{published['id']}",
                      headers=unverified_csr).status_code == 404
    admin = sign_in("admin")
    assert ids(admin) == [pending["id"], published["id"]]
    assert ids(admin, "?status=pending_review") == [pending["id"]]
    assert client.get("/api/v1/openings?status=maybe", headers=admin).status_code == 422
    assert client.get("/api/v1/openings").status_code == 401


def test_only_the_employers_own_csr_partner_changes_or_closes_an_opening(
    client, sign_in, csr, post_opening, db_session
):
    opening = post_opening(csr)
    url = f"/api/v1/openings/{opening['id']}"
    other = sign_in("csr_partner", "Another Garments Ltd")
    assert client.patch(url, json={"wage_inr_month": 1}, headers=other).status_code == 404
    assert client.post(f"{url}/close", headers=other).status_code == 404
    for role in ("counselor", "iti_liaison", "admin"):
        headers = sign_in(role)
        assert client.patch(url, json={"wage_inr_month": 1}, headers=headers).status_code == 403
        assert client.post(f"{url}/close", headers=headers).status_code == 403
    assert client.post("/api/v1/openings", json={}, headers=sign_in("iti_liaison")).status_code \
        == 403
    assert client.post(f"{url}/review", json={"decision": "reject"},
                       headers=csr).status_code == 403
    assert client.patch(url, json={"wage_inr_month": 1}).status_code == 401
    row = fresh(db_session, Opening, opening["id"])
    assert (row.wage_inr_month, row.status.value) == (11000, "published")


def test_an_admin_publishes_a_pending_opening_once_its_employer_is_verified(
    client, sign_in, unverified_csr, post_opening, db_session
):
    admin = sign_in("admin")
    opening = post_opening(unverified_csr)
    url = f"/api/v1/openings/{opening['id']}/review"
    response = client.post(url, json={"decision": "publish"}, headers=admin)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "employer_not_verified"
    employer = db_session.get(Organisation, opening["employer_id"])
    employer.verified = True
    db_session.commit()
    response = client.post(url, json={"decision": "publish", "note": "Visited the factory."},
                           headers=admin)
    assert response.status_code == 200, response.get_json()
    reviewed = response.get_json()
    assert (reviewed["status"], reviewed["flags"]) == ("published", [])
    assert reviewed["review_note"] == "Visited the factory." and reviewed["reviewed_at"]
    events = list(db_session.scalars(
        select(AuditEvent).where(AuditEvent.object_type == "opening",
                                 AuditEvent.action == "review").order_by(AuditEvent.id)))
    db_session.commit()
    assert len(events) == 1 and events[0].object_id == opening["id"]
    assert events[0].fields == ["status"]
    assert client.get(f"/api/v1/openings/{opening['id']}",
                      headers=sign_in("counselor")).status_code == 200


def test_a_rejected_opening_is_hidden_and_frozen(client, sign_in, unverified_csr, post_opening):
    admin = sign_in("admin")
    opening = post_opening(unverified_csr)
    url = f"/api/v1/openings/{opening['id']}"
    response = client.post(f"{url}/review", json={"decision": "reject", "note": "Fee demanded"},
                           headers=admin)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["status"] == "rejected"
    response = client.patch(url, json={"title": "Something else"}, headers=unverified_csr)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "opening_rejected"
    response = client.post(f"{url}/close", headers=unverified_csr)
    assert response.status_code == 409
    assert client.post(f"{url}/review", json={"decision": "maybe"}, headers=admin).status_code \
        == 422
    assert client.post(f"{url}/review", json={"decision": "reject", "status": "closed"},
                       headers=admin).status_code == 422


def test_editing_a_published_opening_screens_it_again(client, csr, post_opening, db_session):
    opening = post_opening(csr)
    url = f"/api/v1/openings/{opening['id']}"
    edited = client.patch(url, json={"wage_inr_month": 12500, "district": "Kolkata"},
                          headers=csr)
    assert edited.status_code == 200, edited.get_json()
    assert (edited.get_json()["status"], edited.get_json()["wage_inr_month"]) == (
        "published", 12500)
    assert edited.get_json()["district"] == "Kolkata"
    employer = db_session.get(Organisation, opening["employer_id"])
    employer.verified = False  # verification withdrawn after a complaint
    db_session.commit()
    edited = client.patch(url, json={"positions": 6}, headers=csr).get_json()
    assert edited["status"] == "pending_review"
    assert [flag["code"] for flag in edited["flags"]] == ["unverified_employer"]
    assert fresh(db_session, Opening, opening["id"]).positions == 6


def test_closing_an_opening_stops_it_and_freezes_it(client, sign_in, csr, post_opening):
    opening = post_opening(csr)
    url = f"/api/v1/openings/{opening['id']}"
    response = client.post(f"{url}/close", headers=csr)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["status"] == "closed"
    assert client.post(f"{url}/close", headers=csr).get_json()["status"] == "closed"
    response = client.patch(url, json={"positions": 2}, headers=csr)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "opening_closed"
    response = client.post(f"{url}/review", json={"decision": "publish"},
                           headers=sign_in("admin"))
    assert response.status_code == 409
    counselor = sign_in("counselor")
    assert client.get("/api/v1/openings", headers=counselor).get_json()["total"] == 0


def test_positions_cannot_go_below_those_filled(client, csr, post_opening, db_session):
    opening = post_opening(csr, positions=4)
    db_session.get(Opening, opening["id"]).positions_filled = 3  # three survivors hired
    db_session.commit()
    url = f"/api/v1/openings/{opening['id']}"
    response = client.patch(url, json={"positions": 2}, headers=csr)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "positions_below_filled"
    assert fresh(db_session, Opening, opening["id"]).positions == 4
    response = client.patch(url, json={"positions": 3}, headers=csr)
    assert response.status_code == 200, response.get_json()
    assert (response.get_json()["positions"], response.get_json()["positions_filled"]) == (3, 3)
