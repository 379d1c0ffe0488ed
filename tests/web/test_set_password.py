"""/set-password/<token>: no sign-in needed; the person chooses her password and is signed in;
a link that does not work says so on one plain page, whatever the reason."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, User, utcnow
from catalog.services import accounts, password_links, passwords

from .conftest import CSRF, csrf_token

GOOD = "my own long passphrase"
DEAD = "This link does not work"


@pytest.fixture
def new_counselor(db_session):
    """new_counselor(**link) -> (email, token) of a new counselor with a fresh link."""

    def make(email: str = "didi@example.org", issued_at=None) -> tuple[str, str]:
        ngo = accounts.create_organisation(db_session, f"NGO of {email}", "ngo")
        user, _ = accounts.create_user(db_session, email, ngo, "counselor")
        token = password_links.issue_link(db_session, user, None, issued_at or utcnow())
        db_session.commit()
        return email, token

    return make


def choose(client, token: str, password: str, confirm: str | None = None):
    path = f"/set-password/{token}"
    return client.post(path, data={"password": password, "confirm": confirm or password,
                                   "csrf_token": csrf_token(client, path)})


def without_tokens(response) -> str:
    return CSRF.sub("", response.get_data(as_text=True))


def stored_user(db_session, email: str) -> User:
    user = db_session.scalar(select(User).where(User.email == email))
    db_session.expunge(user)  # read now: no lazy load (and SQLite lock) after the rollback
    db_session.rollback()
    return user


def test_the_link_sets_her_password_and_signs_her_in(client, new_counselor, db_session):
    email, token = new_counselor()
    page = client.get(f"/set-password/{token}")
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["Referrer-Policy"] == "no-referrer"
    assert email in page.get_data(as_text=True)
    response = choose(client, token, GOOD)
    assert response.status_code == 302 and response.headers["Location"].endswith("/counselor")
    assert client.get("/counselor").status_code == 200  # signed in
    assert passwords.check(stored_user(db_session, email), GOOD)
    actions = list(db_session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    db_session.rollback()
    assert actions[-2:] == ["set_password", "sign_in"]
    assert actions.count("set_password") == 1


def test_a_used_link_gets_the_plain_page(client, app, new_counselor, db_session):
    email, token = new_counselor()
    assert choose(client, token, GOOD).status_code == 302
    other = app.test_client()
    page = other.get(f"/set-password/{token}")
    assert page.status_code == 404 and DEAD in page.get_data(as_text=True)
    assert email not in page.get_data(as_text=True)
    # the POST too: nothing changes
    response = other.post(f"/set-password/{token}", data={
        "password": "someone else's passphrase", "confirm": "someone else's passphrase",
        "csrf_token": csrf_token(other, "/sign-in")})
    assert response.status_code == 404
    assert passwords.check(stored_user(db_session, email), GOOD)


def test_an_expired_or_unknown_link_gets_the_same_plain_page(client, new_counselor):
    _email, old = new_counselor(issued_at=utcnow() - timedelta(hours=72, seconds=1))
    expired = client.get(f"/set-password/{old}")
    unknown = client.get("/set-password/" + "x" * 43)
    assert expired.status_code == unknown.status_code == 404
    assert DEAD in expired.get_data(as_text=True)
    # no detail leaks: the same page but for the link itself (in the language switcher's path)
    assert (without_tokens(expired).replace(old, "x" * 43) == without_tokens(unknown))
    assert "Ask your admin for a new set-password link." in unknown.get_data(as_text=True)


@pytest.mark.parametrize("password, confirm, field", [
    ("short", "short", "password"),
    (GOOD, GOOD + "!", "confirm"),
])
def test_a_refused_password_is_named_beside_its_field_and_the_link_still_works(
        client, new_counselor, db_session, password, confirm, field):
    email, token = new_counselor()
    response = choose(client, token, password, confirm)
    assert response.status_code == 422
    assert f'id="{field}-error"' in response.get_data(as_text=True)
    assert stored_user(db_session, email).password_hash is None
    assert choose(client, token, GOOD).status_code == 302


def test_the_sign_in_page_says_how_a_new_person_gets_in(client):
    page = client.get("/sign-in").get_data(as_text=True)
    assert "Ask your admin for a set-password link" in page


def test_the_link_page_reads_in_hindi(client, new_counselor):
    _email, token = new_counselor()
    client.post("/language", data={"lang": "hi", "csrf_token": csrf_token(client)})
    dead = client.get("/set-password/unknown").get_data(as_text=True)
    assert DEAD not in dead and "एडमिन" in dead
    client.post("/language", data={"lang": "hi", "csrf_token": csrf_token(client)})
    page = client.get(f"/set-password/{token}").get_data(as_text=True)
    assert "This link" not in page and "Choose your password" not in page
    assert "पासवर्ड" in page
