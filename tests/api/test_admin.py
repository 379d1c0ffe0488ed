"""Organisations and users over HTTP: admins only, employers verified, tokens shown once."""
from __future__ import annotations

from sqlalchemy import func, select

from catalog.models import ApiToken, AuditEvent, Organisation, User
from catalog.security import hash_token


def count(session, model) -> int:
    session.expire_all()
    total = session.scalar(select(func.count()).select_from(model))
    session.commit()  # end the read: on SQLite every transaction holds the write lock
    return total


def create_org(client, headers, name="Kolkata Care Hospitals", kind="employer"):
    response = client.post("/api/v1/organisations", json={"name": name, "kind": kind},
                           headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_an_admin_creates_an_organisation_unverified(client, sign_in, db_session):
    organisation = create_org(client, sign_in("admin"))
    assert organisation["name"] == "Kolkata Care Hospitals"
    assert organisation["kind"] == "employer"
    assert organisation["verified"] is False
    assert isinstance(organisation["id"], int)
    stored = db_session.get(Organisation, organisation["id"])
    assert stored.verified is False


def test_a_duplicate_organisation_name_is_a_409(client, sign_in, db_session):
    headers = sign_in("admin")
    create_org(client, headers)
    before = count(db_session, Organisation)
    response = client.post("/api/v1/organisations",
                           json={"name": "Kolkata Care Hospitals", "kind": "ngo"}, headers=headers)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "duplicate_name"
    assert count(db_session, Organisation) == before


def test_organisation_fields_are_validated_and_nothing_is_written(client, sign_in, db_session):
    headers = sign_in("admin")
    before = count(db_session, Organisation)
    for body, field in (({"name": "X", "kind": "company"}, "kind"),
                        ({"kind": "ngo"}, "name"),
                        ({"name": "", "kind": "ngo"}, "name"),
                        ({"name": "X" * 201, "kind": "ngo"}, "name"),
                        ({"name": "X", "kind": "employer", "verified": True}, "verified"),
                        ({"name": "X", "kind": "ngo", "id": 9}, "id")):
        response = client.post("/api/v1/organisations", json=body, headers=headers)
        assert response.status_code == 422, body
        assert field in response.get_json()["errors"]["json"], body
    assert count(db_session, Organisation) == before


def test_organisations_are_listed_by_name_in_pages(client, sign_in):
    headers = sign_in("admin", "Operator")
    for name, kind in (("Zeta Garments", "employer"), ("Asha Shelter Trust", "ngo"),
                       ("Kolkata Women's ITI", "provider")):
        create_org(client, headers, name, kind)
    page = client.get("/api/v1/organisations?per_page=2", headers=headers).get_json()
    assert page["total"] == 4 and page["per_page"] == 2 and page["page"] == 1
    assert [o["name"] for o in page["items"]] == ["Asha Shelter Trust", "Kolkata Women's ITI"]
    employers = client.get("/api/v1/organisations?kind=employer", headers=headers).get_json()
    assert [o["name"] for o in employers["items"]] == ["Zeta Garments"]
    assert client.get("/api/v1/organisations?per_page=201", headers=headers).status_code == 422


def test_an_admin_verifies_an_employer_and_it_is_audited(client, sign_in, db_session):
    headers = sign_in("admin")
    employer = create_org(client, headers)
    response = client.post(f"/api/v1/organisations/{employer['id']}/verify",
                           json={"note": "Licence checked."}, headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["verified"] is True
    assert response.get_json()["verified_at"]
    db_session.expire_all()
    assert db_session.get(Organisation, employer["id"]).verified is True
    event = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "verify")).one()
    assert (event.object_type, event.object_id) == ("organisation", employer["id"])
    assert event.actor_user_id is not None


def test_only_employers_are_verified(client, sign_in, db_session):
    headers = sign_in("admin")
    ngo = create_org(client, headers, "Asha Shelter Trust", "ngo")
    response = client.post(f"/api/v1/organisations/{ngo['id']}/verify",
                           json={"note": "Licence checked."}, headers=headers)
    assert response.status_code == 422
    assert response.get_json()["reason"] == "not_an_employer"
    db_session.expire_all()
    assert db_session.get(Organisation, ngo["id"]).verified is False
    assert count(db_session, AuditEvent) == 1  # the creation only


def test_verifying_an_unknown_organisation_is_a_404(client, sign_in):
    headers = sign_in("admin")
    for organisation_id in (999_999, 2**40):
        response = client.post(f"/api/v1/organisations/{organisation_id}/verify",
                               json={"note": "Checked."}, headers=headers)
        assert response.status_code == 404


def test_an_admin_creates_a_user_whose_token_signs_in_once_shown(client, sign_in, db_session):
    headers = sign_in("admin")
    ngo = create_org(client, headers, "Asha Shelter Trust", "ngo")
    response = client.post("/api/v1/users", json={
        "email": "Didi@Example.org", "organisation_id": ngo["id"], "role": "counselor"},
        headers=headers)
    assert response.status_code == 201, response.get_json()
    assert response.headers["Cache-Control"] == "no-store"
    created = response.get_json()
    assert set(created) == {"id", "token"}
    user = db_session.get(User, created["id"])
    db_session.commit()  # end the read before the next request (SQLite's write lock)
    assert (user.email, user.organisation_id, user.role.value) == (
        "didi@example.org", ngo["id"], "counselor")
    stored = db_session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)).one()
    db_session.commit()
    assert stored.token_hash == hash_token(created["token"])
    own = {"Authorization": f"Bearer {created['token']}"}
    assert client.get("/api/v1/profiles", headers=own).status_code == 200
    event = db_session.scalars(select(AuditEvent).where(AuditEvent.object_type == "user")).one()
    assert (event.action, event.object_id) == ("create", user.id)
    assert "didi" not in (event.detail or "")  # field names, never values like the email


def test_an_unknown_organisation_id_is_a_422_naming_it(client, sign_in, db_session):
    headers = sign_in("admin")
    before = count(db_session, User)
    response = client.post("/api/v1/users", json={
        "email": "didi@example.org", "organisation_id": 999_999, "role": "counselor"},
        headers=headers)
    assert response.status_code == 422
    assert "organisation_id" in response.get_json()["errors"]["json"]
    assert count(db_session, User) == before


def test_a_role_that_does_not_fit_the_organisation_is_a_422_naming_role(client, sign_in,
                                                                         db_session):
    headers = sign_in("admin")
    employer = create_org(client, headers)
    before = count(db_session, User)
    response = client.post("/api/v1/users", json={
        "email": "hr@example.org", "organisation_id": employer["id"], "role": "counselor"},
        headers=headers)
    assert response.status_code == 422
    assert "role" in response.get_json()["errors"]["json"]
    assert count(db_session, User) == before
    assert count(db_session, ApiToken) == before


def test_a_duplicate_email_is_a_409(client, sign_in, db_session):
    headers = sign_in("admin")
    ngo = create_org(client, headers, "Asha Shelter Trust", "ngo")
    body = {"email": "didi@example.org", "organisation_id": ngo["id"], "role": "counselor"}
    assert client.post("/api/v1/users", json=body, headers=headers).status_code == 201
    before = count(db_session, User)
    response = client.post("/api/v1/users", json=dict(body, email="DIDI@example.org"),
                           headers=headers)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "duplicate_email"
    assert count(db_session, User) == before


def test_user_fields_are_validated_and_nothing_is_written(client, sign_in, db_session):
    headers = sign_in("admin")
    ngo = create_org(client, headers, "Asha Shelter Trust", "ngo")
    good = {"email": "didi@example.org", "organisation_id": ngo["id"], "role": "counselor"}
    before = count(db_session, User)
    for changes, field in (({"email": "not-an-email"}, "email"),
                           ({"role": "superuser"}, "role"),
                           ({"organisation_id": "one"}, "organisation_id"),
                           ({"organisation_id": 0}, "organisation_id"),
                           ({"token": "lvh_mine"}, "token"),
                           ({"active": False}, "active")):
        response = client.post("/api/v1/users", json=dict(good, **changes), headers=headers)
        assert response.status_code == 422, changes
        assert field in response.get_json()["errors"]["json"], changes
    assert client.post("/api/v1/users", data="{", headers=dict(
        headers, **{"Content-Type": "application/json"})).status_code == 400
    assert count(db_session, User) == before


def test_only_admins_manage_organisations_and_users(client, sign_in, db_session):
    employer = create_org(client, sign_in("admin"))
    calls = (("get", "/api/v1/organisations", None),
             ("post", "/api/v1/organisations", {"name": "Mine", "kind": "employer"}),
             ("post", f"/api/v1/organisations/{employer['id']}/verify", {"note": "Checked."}),
             ("post", "/api/v1/users", {"email": "x@example.org",
                                        "organisation_id": employer["id"],
                                        "role": "csr_partner"}))
    for role in ("counselor", "iti_liaison", "csr_partner"):
        headers = sign_in(role)
        for method, path, body in calls:
            response = getattr(client, method)(path, json=body, headers=headers)
            assert response.status_code == 403, (role, method, path)
    for method, path, body in calls:
        assert getattr(client, method)(path, json=body).status_code == 401, (method, path)
    db_session.expire_all()
    assert db_session.get(Organisation, employer["id"]).verified is False
    assert db_session.scalar(select(User.id).where(User.email == "x@example.org")) is None


def test_each_admin_action_through_the_api_is_audited_once(client, sign_in, db_session):
    """The services audit; the API writes no event of its own beside them."""
    headers = sign_in("admin")
    employer = create_org(client, headers)
    ngo = create_org(client, headers, "Asha Shelter Trust", "ngo")
    response = client.post("/api/v1/users", json={
        "email": "didi@example.org", "organisation_id": ngo["id"], "role": "counselor"},
        headers=headers)
    assert response.status_code == 201
    assert client.post(f"/api/v1/organisations/{employer['id']}/verify",
                       json={"note": "Licence checked."}, headers=headers).status_code == 200
    events = db_session.execute(select(AuditEvent.action, AuditEvent.object_type,
                                       AuditEvent.object_id).order_by(AuditEvent.id)).all()
    db_session.commit()
    assert [tuple(event) for event in events] == [
        ("create", "organisation", employer["id"]), ("create", "organisation", ngo["id"]),
        ("create", "user", response.get_json()["id"]), ("verify", "organisation", employer["id"])]
