"""The waiting-list API: a counselor's own survivors only (another organisation's is a 404), bad
input a 422 naming the field with nothing written, every read audited, and a freed seat offered
to her as a claim she turns into a referral; and the exploited sector on the profile API."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from catalog.models import AuditEvent, WaitingListEntry
from tests.api.referral_rows import (  # noqa: F401 - the fixtures of referral tests
    NOW,
    make_batch,
    new_profile,
    provider,
    seats_taken,
)

pytestmark = pytest.mark.usefixtures("frozen_clock")


def full_batch(client, counselor, new_profile, make_batch):
    batch = make_batch(seats_total=1)
    holder = new_profile()
    response = client.post("/api/v1/referrals", json={"profile_id": holder,
                                                      "batch_id": batch.id}, headers=counselor)
    assert response.status_code == 201
    return batch, response.get_json()["id"]


def entries(db_session) -> int:
    count = db_session.scalar(select(func.count()).select_from(WaitingListEntry))
    db_session.rollback()
    return count


def test_a_freed_seat_is_offered_and_claimed_through_the_api(client, counselor, new_profile,
                                                              make_batch, db_session):
    batch, held = full_batch(client, counselor, new_profile, make_batch)
    waiting = new_profile()
    joined = client.post(f"/api/v1/batches/{batch.id}/waiting-list",
                         json={"profile_id": waiting}, headers=counselor)
    assert joined.status_code == 201, joined.get_json()
    entry = joined.get_json()
    assert (entry["status"], entry["profile_id"], entry["batch_id"]) == (
        "waiting", waiting, batch.id)

    assert client.patch(f"/api/v1/referrals/{held}", json={"status": "withdrawn"},
                        headers=counselor).status_code == 200
    listed = client.get("/api/v1/waiting-list", headers=counselor).get_json()
    assert [(e["id"], e["status"]) for e in listed["items"]] == [(entry["id"], "offered")]
    assert listed["items"][0]["claim_expires_at"].startswith("2026-12-03T06:00")
    notes = client.get("/api/v1/notifications", headers=counselor).get_json()["items"]
    offered = [n for n in notes if n["kind"] == "seat_claim_offered"]
    assert offered and "until 3 Dec 2026, 11:30" in offered[0]["message"]
    assert seats_taken(db_session, batch.id) == 1

    claimed = client.post(f"/api/v1/waiting-list/{entry['id']}/claim", headers=counselor)
    assert claimed.status_code == 201, claimed.get_json()
    assert claimed.get_json()["status"] == "held"
    assert seats_taken(db_session, batch.id) == 1
    after = client.get("/api/v1/waiting-list?all=true", headers=counselor).get_json()["items"]
    assert [(e["status"], e["referral_id"]) for e in after] == [
        ("claimed", claimed.get_json()["id"])]


def test_another_organisations_survivor_or_entry_is_a_404(client, sign_in, counselor,
                                                          new_profile, make_batch, db_session):
    batch, held = full_batch(client, counselor, new_profile, make_batch)
    waiting = new_profile()
    entry = client.post(f"/api/v1/batches/{batch.id}/waiting-list",
                        json={"profile_id": waiting}, headers=counselor).get_json()
    stranger = sign_in("counselor", "Mumbai Mukti Sangha")
    assert client.post(f"/api/v1/batches/{batch.id}/waiting-list", json={"profile_id": waiting},
                       headers=stranger).status_code == 404
    assert client.delete(f"/api/v1/waiting-list/{entry['id']}",
                         headers=stranger).status_code == 404
    for action in ("claim", "decline"):
        assert client.post(f"/api/v1/waiting-list/{entry['id']}/{action}",
                           headers=stranger).status_code == 404
    assert client.get("/api/v1/waiting-list", headers=stranger).get_json()["items"] == []
    liaison = sign_in("iti_liaison")
    assert client.get("/api/v1/waiting-list", headers=liaison).status_code == 403
    assert client.post(f"/api/v1/batches/999999/waiting-list", json={"profile_id": waiting},
                       headers=counselor).status_code == 404


def test_bad_input_is_a_422_naming_the_field_and_writes_nothing(client, counselor, new_profile,
                                                                 make_batch, db_session):
    batch, _ = full_batch(client, counselor, new_profile, make_batch)
    url = f"/api/v1/batches/{batch.id}/waiting-list"
    for body, field in (({}, "profile_id"), ({"profile_id": "seven"}, "profile_id"),
                        ({"profile_id": 0}, "profile_id"),
                        ({"profile_id": 1, "status": "offered"}, "status")):
        response = client.post(url, json=body, headers=counselor)
        assert response.status_code == 422, body
        assert field in response.get_json()["errors"]["json"], body
    assert client.post(url, data="{", headers={**counselor, "Content-Type": "application/json"}
                       ).status_code == 400
    assert entries(db_session) == 0
    too_low = new_profile(literacy="none")
    response = client.post(url, json={"profile_id": too_low}, headers=counselor)
    assert response.status_code == 422 and response.get_json()["reason"] == "not_eligible"
    free = make_batch(seats_total=3)
    response = client.post(f"/api/v1/batches/{free.id}/waiting-list",
                           json={"profile_id": too_low}, headers=counselor)
    assert response.status_code == 422  # her literacy first; then a free seat is 409
    response = client.post(f"/api/v1/batches/{free.id}/waiting-list",
                           json={"profile_id": new_profile()}, headers=counselor)
    assert response.status_code == 409 and response.get_json()["reason"] == "seats_available"
    assert entries(db_session) == 0


def test_every_read_and_change_is_audited(client, counselor, new_profile, make_batch,
                                          db_session):
    batch, _ = full_batch(client, counselor, new_profile, make_batch)
    waiting = new_profile()
    entry = client.post(f"/api/v1/batches/{batch.id}/waiting-list", json={"profile_id": waiting},
                        headers=counselor).get_json()
    client.get("/api/v1/waiting-list", headers=counselor)
    left = client.delete(f"/api/v1/waiting-list/{entry['id']}", headers=counselor)
    assert left.status_code == 200 and left.get_json()["status"] == "left"
    again = client.delete(f"/api/v1/waiting-list/{entry['id']}", headers=counselor)
    assert again.status_code == 409 and again.get_json()["reason"] == "invalid_transition"
    actions = db_session.scalars(select(AuditEvent.action).where(
        AuditEvent.object_type == "waiting_list_entry", AuditEvent.object_id == entry["id"])
        .order_by(AuditEvent.id)).all()
    db_session.rollback()
    assert actions == ["create", "read", "leave"]


def test_the_profile_records_her_sector_and_the_reason_to_return(client, counselor,
                                                                 new_profile):
    profile_id = new_profile(exploited_sector="garment_textile")
    url = f"/api/v1/profiles/{profile_id}"
    assert client.get(url, headers=counselor).get_json()["exploited_sector"] == "garment_textile"
    response = client.patch(url, json={"return_to_sector_reason": "  She chose tailoring.  "},
                            headers=counselor)
    assert response.status_code == 200
    assert response.get_json()["return_to_sector_reason"] == "She chose tailoring."
    bad = client.patch(url, json={"exploited_sector": "mining"}, headers=counselor)
    assert bad.status_code == 422 and "exploited_sector" in bad.get_json()["errors"]["json"]
    alone = new_profile()
    bad = client.patch(f"/api/v1/profiles/{alone}", json={"return_to_sector_reason": "Why"},
                       headers=counselor)
    assert bad.status_code == 422
    assert "return_to_sector_reason" in bad.get_json()["errors"]["json"]
    assert bad.get_json()["reason"] == "sector_missing"


def test_the_claim_notification_and_the_sector_blocker_read_in_three_languages():
    from api.messages import Wording

    data = {"entry_id": 4, "profile_id": 7, "batch_id": 9, "title": "Sewing",
            "expires_at": "2026-12-03T06:00:00+00:00"}
    english = Wording("en").notification("seat_claim_offered", data)
    assert english == ("A seat on Sewing (batch 9) is held for profile 7 from the waiting list "
                       "until 3 Dec 2026, 11:30: refer her or decline the seat before then.")
    hindi, bengali = (Wording(lang).notification("seat_claim_offered", data)
                      for lang in ("hi", "bn"))
    assert "प्रतीक्षा सूची" in hindi and "অপেক্ষার তালিকা" in bengali
    blocker = {"code": "exploited_sector",
               "params": {"sector": "domestic_servitude", "trade": "domestic_care"}}
    assert Wording("en").message(blocker).startswith("Not proposed: ")
    assert "घरेलू बंधुआ काम" in Wording("hi").message(blocker)
    assert "গৃহস্থালির বন্দি শ্রম" in Wording("bn").message(blocker)


def test_the_list_is_filtered_by_batch_and_bad_batch_ids_are_a_422(client, counselor,
                                                                   new_profile, make_batch,
                                                                   sign_in, db_session):
    """GET /waiting-list?batch_id=N: the entries of that batch only (it was a 422 always)."""
    waiting = {}
    for _ in range(2):
        batch, _held = full_batch(client, counselor, new_profile, make_batch)
        entry = client.post(f"/api/v1/batches/{batch.id}/waiting-list",
                            json={"profile_id": new_profile()}, headers=counselor).get_json()
        waiting[batch.id] = entry["id"]
    first, second = waiting
    for batch_id, entry_id in waiting.items():
        response = client.get("/api/v1/waiting-list", query_string={"batch_id": batch_id},
                              headers=counselor)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert [(e["id"], e["batch_id"]) for e in body["items"]] == [(entry_id, batch_id)]
        assert body["total"] == 1
    client.delete(f"/api/v1/waiting-list/{waiting[first]}", headers=counselor)
    assert client.get("/api/v1/waiting-list", query_string={"batch_id": first},
                      headers=counselor).get_json()["items"] == []
    ended = client.get("/api/v1/waiting-list", query_string={"batch_id": first, "all": "true"},
                       headers=counselor).get_json()["items"]
    assert [(e["id"], e["status"]) for e in ended] == [(waiting[first], "left")]
    stranger = sign_in("counselor", "Mumbai Mukti Sangha")
    assert client.get("/api/v1/waiting-list", query_string={"batch_id": second},
                      headers=stranger).get_json()["items"] == []

    reads = db_session.scalar(select(func.count()).select_from(AuditEvent))
    db_session.rollback()
    for bad in ("abc", "0", "-1", "1.5", "9" * 30):
        response = client.get("/api/v1/waiting-list", query_string={"batch_id": bad},
                              headers=counselor)
        assert response.status_code == 422, bad
        assert "batch_id" in response.get_json()["errors"]["query"], bad
    assert db_session.scalar(select(func.count()).select_from(AuditEvent)) == reads
    db_session.rollback()
