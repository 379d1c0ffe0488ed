"""Signing in with a password, sessions, CSRF, and who may open which page."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, User, utcnow
from catalog.services import passwords

from .conftest import PASSWORD, csrf_token

HOMES = {"counselor": "/counselor", "iti_liaison": "/liaison", "csr_partner": "/partner",
         "admin": "/admin"}


@pytest.mark.parametrize("role", sorted(HOMES))
def test_signing_in_lands_on_the_home_page_of_the_role(role, client, person):
    email = person(role)
    response = client.post("/sign-in", data={"email": email.upper(), "password": PASSWORD,
                                             "csrf_token": csrf_token(client)})
    assert response.status_code == 302
    assert response.headers["Location"] == HOMES[role]
    home = client.get(HOMES[role])
    assert home.status_code == 200
    assert email in home.get_data(as_text=True)


def test_a_wrong_password_and_an_unknown_email_get_the_same_answer(client, person):
    email = person("counselor")
    wrong = client.post("/sign-in", data={"email": email, "password": "not the password",
                                          "csrf_token": csrf_token(client)})
    unknown = client.post("/sign-in", data={"email": "nobody@example.org", "password": PASSWORD,
                                            "csrf_token": csrf_token(client)})
    assert wrong.status_code == unknown.status_code == 401
    assert "The email or the password is not right." in wrong.get_data(as_text=True)
    assert "The email or the password is not right." in unknown.get_data(as_text=True)
    assert client.get("/counselor").status_code == 302


def test_a_form_without_its_csrf_token_is_refused(client, person):
    email = person("counselor")
    response = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert response.status_code == 400
    assert "text/html" in response.content_type
    assert client.get("/counselor").status_code == 302  # not signed in


def test_a_signed_in_form_without_its_csrf_token_is_refused(signed_in):
    client = signed_in("counselor")
    response = client.post("/profiles/new", data={"case_ref": "X-1"})
    assert response.status_code == 400


def test_the_bearer_token_api_needs_no_csrf_token(client, db_session):
    from catalog.services import accounts

    organisation = accounts.create_organisation(db_session, "Operator", "operator")
    _user, token = accounts.create_user(db_session, "ops@example.org", organisation, "admin")
    db_session.commit()
    response = client.post("/api/v1/organisations", json={"name": "Asha NGO", "kind": "ngo"},
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 201, response.get_json()


def test_a_session_cookie_does_not_open_the_api(signed_in):
    client = signed_in("counselor")
    assert client.get("/api/v1/profiles").status_code == 401


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in_and_back(client, person):
    response = client.get("/counselor")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in?next=")
    email = person("counselor")
    signed = client.post("/sign-in?next=/notifications", data={
        "email": email, "password": PASSWORD, "csrf_token": csrf_token(client)})
    assert signed.headers["Location"] == "/notifications"


def test_sign_in_never_sends_a_person_to_another_site(client, person):
    email = person("counselor")
    response = client.post("/sign-in?next=//evil.example/", data={
        "email": email, "password": PASSWORD, "csrf_token": csrf_token(client)})
    assert response.headers["Location"] == "/counselor"


@pytest.mark.parametrize("role, page", [("counselor", "/liaison"), ("iti_liaison", "/counselor"),
                                        ("csr_partner", "/admin"), ("admin", "/partner"),
                                        ("csr_partner", "/profiles/new")])
def test_another_roles_page_is_forbidden(role, page, signed_in):
    assert signed_in(role).get(page).status_code == 403


def test_signing_out_ends_the_session(signed_in):
    client = signed_in("counselor")
    response = client.post("/sign-out", data={"csrf_token": csrf_token(client, "/counselor")})
    assert response.status_code == 302
    assert client.get("/counselor").status_code == 302


def test_a_new_password_ends_every_session_of_the_old_one(signed_in, db_session):
    client = signed_in("counselor")
    user = db_session.scalar(select(User).where(User.email == client.email))
    passwords.set_password(db_session, user, "another long password", now=utcnow())
    db_session.commit()
    assert client.get("/counselor").status_code == 302


def test_an_inactive_user_cannot_sign_in(client, person, db_session):
    email = person("counselor")
    user = db_session.scalar(select(User).where(User.email == email))
    user.active = False
    db_session.commit()
    response = client.post("/sign-in", data={"email": email, "password": PASSWORD,
                                             "csrf_token": csrf_token(client)})
    assert response.status_code == 401


def test_signing_in_is_audited(signed_in, db_session):
    client = signed_in("iti_liaison")
    actions = db_session.scalars(select(AuditEvent.action)).all()
    db_session.rollback()
    assert "sign_in" in actions and client.email


def test_the_language_chosen_changes_the_labels(client):
    response = client.post("/language", data={"lang": "hi", "next": "/sign-in",
                                              "csrf_token": csrf_token(client)})
    assert response.headers["Location"] == "/sign-in"
    page = client.get("/sign-in").get_data(as_text=True)
    assert 'lang="hi"' in page and "साइन इन" in page
    client.post("/language", data={"lang": "bn", "csrf_token": csrf_token(client)})
    assert "সাইন ইন" in client.get("/sign-in").get_data(as_text=True)


def test_the_chosen_language_follows_the_person_to_another_device(app, person):
    email = person("counselor")
    phone, shared_computer = app.test_client(), app.test_client()
    phone.post("/sign-in", data={"email": email, "password": PASSWORD,
                                 "csrf_token": csrf_token(phone)})
    phone.post("/language", data={"lang": "bn", "csrf_token": csrf_token(phone, "/counselor")})
    shared_computer.post("/sign-in", data={"email": email, "password": PASSWORD,
                                           "csrf_token": csrf_token(shared_computer)},
                         headers={"Accept-Language": "en"})
    page = shared_computer.get("/counselor").get_data(as_text=True)
    assert 'lang="bn"' in page
