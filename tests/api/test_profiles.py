"""Profiles over HTTP: counselors of one organisation only, interests resolved on write, audited."""
from __future__ import annotations

from sqlalchemy import func, select

from catalog.models import AuditEvent, Profile


def count(session, model) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model))


def test_a_counselor_creates_a_profile_with_interests_resolved(client, sign_in, profile_body):
    response = client.post("/api/v1/profiles", json=profile_body(), headers=sign_in("counselor"))
    assert response.status_code == 201, response.get_json()
    profile = response.get_json()
    assert profile["status"] == "active"
    assert profile["latitude"] and profile["longitude"]
    trades = {item["trade"] for item in profile["resolved_interests"]}
    assert "sewing_dress_making" in trades and "beauty_therapy" in trades
    assert profile["preferences"]["women_only"] is True


def test_an_unknown_district_is_a_422_suggesting_close_names(client, sign_in, profile_body,
                                                              db_session):
    response = client.post("/api/v1/profiles", json=profile_body(district="Kolkatta", state=None),
                           headers=sign_in("counselor"))
    assert response.status_code == 422
    body = response.get_json()
    assert "district" in body["errors"]["json"]
    assert any(s["name"] == "Kolkata" for s in body["suggestions"])
    assert count(db_session, Profile) == 0


def test_a_duplicate_case_ref_is_a_409(client, sign_in, profile_body, db_session):
    headers = sign_in("counselor")
    assert client.post("/api/v1/profiles", json=profile_body(), headers=headers).status_code == 201
    response = client.post("/api/v1/profiles", json=profile_body(), headers=headers)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "duplicate_case_ref"
    assert count(db_session, Profile) == 1


def test_read_only_and_unknown_fields_are_refused(client, sign_in, profile_body, db_session):
    headers = sign_in("counselor")
    for field, value in (("id", 5), ("status", "closed"), ("organisation_id", 2), ("name", "x"),
                         ("resolved_interests", [])):
        response = client.post("/api/v1/profiles", json=profile_body(**{field: value}),
                               headers=headers)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"]
    assert count(db_session, Profile) == 0


def test_another_organisations_profile_is_not_found(client, sign_in, profile_body):
    mine = sign_in("counselor", "Asha Shelter Trust")
    theirs = sign_in("counselor", "Mumbai Mukti Sangha")
    profile_id = client.post("/api/v1/profiles", json=profile_body(), headers=mine).get_json()["id"]
    assert client.get(f"/api/v1/profiles/{profile_id}", headers=theirs).status_code == 404
    assert client.patch(f"/api/v1/profiles/{profile_id}", json={"age": 30},
                        headers=theirs).status_code == 404
    assert client.get("/api/v1/profiles", headers=theirs).get_json()["total"] == 0


def test_other_roles_may_not_touch_profiles(client, sign_in, profile_body):
    for role in ("iti_liaison", "csr_partner", "admin"):
        assert client.get("/api/v1/profiles", headers=sign_in(role)).status_code == 403
    assert client.get("/api/v1/profiles").status_code == 401
    assert client.get("/api/v1/profiles",
                      headers={"Authorization": "Bearer lvh_nottoken"}).status_code == 401


def test_every_read_and_change_is_audited(client, sign_in, profile_body, db_session):
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(), headers=headers).get_json()["id"]
    client.get(f"/api/v1/profiles/{profile_id}", headers=headers)
    client.patch(f"/api/v1/profiles/{profile_id}", json={"interests": ["computer kaaj"]},
                 headers=headers)
    client.delete(f"/api/v1/profiles/{profile_id}", headers=headers)
    db_session.expire_all()
    actions = list(db_session.scalars(
        select(AuditEvent.action).where(AuditEvent.profile_id == profile_id).order_by(AuditEvent.id)
    ))
    assert actions == ["create", "read", "update", "close"]
    fields = db_session.scalars(select(AuditEvent.fields).where(AuditEvent.action == "update")).one()
    assert fields == ["interests"]


def test_patch_re_resolves_interests_and_a_closed_profile_is_frozen(client, sign_in, profile_body):
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(), headers=headers).get_json()["id"]
    patched = client.patch(f"/api/v1/profiles/{profile_id}", json={"interests": ["computer kaaj"]},
                           headers=headers).get_json()
    assert {i["trade"] for i in patched["resolved_interests"]} & {"data_entry", "computer_operator"}
    assert client.delete(f"/api/v1/profiles/{profile_id}", headers=headers).status_code == 204
    response = client.patch(f"/api/v1/profiles/{profile_id}", json={"age": 25}, headers=headers)
    assert response.status_code == 409


def test_a_minor_consents_through_a_guardian_or_the_cwc(client, sign_in, profile_body):
    headers = sign_in("counselor")
    response = client.post("/api/v1/profiles",
                           json=profile_body(age=16, consent_to_share=True), headers=headers)
    assert response.status_code == 422
    assert "consent_by" in response.get_json()["errors"]["json"]
    response = client.post("/api/v1/profiles", json=profile_body(
        age=16, consent_to_share=True, consent_by="cwc"), headers=headers)
    assert response.status_code == 201
    assert response.get_json()["consent_by"] == "cwc"


def test_the_api_passes_its_clock_down(app, client, sign_in, profile_body, db_session):
    """Consent and closing are recorded at the app's clock (frozen here, long ago), not at the
    machine's: the view reads the clock and the service records what it is given."""
    from datetime import datetime, timezone

    then = datetime(2021, 3, 4, 20, 15, tzinfo=timezone.utc)
    app.config["CLOCK"] = lambda: then
    headers = sign_in("counselor")
    created = client.post("/api/v1/profiles", json=profile_body(consent_to_share=True),
                          headers=headers)
    assert created.status_code == 201, created.get_json()
    profile_id = created.get_json()["id"]
    later = datetime(2021, 3, 9, 9, 0, tzinfo=timezone.utc)
    app.config["CLOCK"] = lambda: later
    assert client.delete(f"/api/v1/profiles/{profile_id}", headers=headers).status_code == 204
    db_session.expire_all()
    profile = db_session.get(Profile, profile_id)
    assert profile.closed_at.replace(tzinfo=timezone.utc) == later
    assert profile.consent_recorded_at.replace(tzinfo=timezone.utc) == later
    db_session.rollback()
