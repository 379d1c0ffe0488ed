"""Issue 15 at the pages: redirects after sign-in (finding 1), sign-in throttling and bounded
password checks (3), revocable sessions (4), security headers (5), a stored surrogate and
over-long CSV fields (7), and a lost database (9). Every test runs on SQLite and PostgreSQL."""
from __future__ import annotations

import io
import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from catalog.models import AuditEvent, Batch, Profile, SignInThrottle, User, WebSession
from catalog.services import passwords, throttle, web_sessions
from tests.rows import course_row

from .conftest import PASSWORD, csrf_token


def sign_in(client, email, password=PASSWORD, next_=None, address=None):
    path = "/sign-in" + (f"?next={next_}" if next_ is not None else "")
    environ = {"REMOTE_ADDR": address} if address else {}
    return client.post(path, data={"email": email, "password": password,
                                   "csrf_token": csrf_token(client)}, environ_base=environ)


def events(db_session, action):
    rows = db_session.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()
    db_session.rollback()
    return rows


# 1. Redirects after sign-in ------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "/%09/evil.example", "/%0d/evil.example", "/%0a/evil.example", "/%0D%0A/evil.example",
    "//evil.example", "/\\evil.example", "/%5Cevil.example", "/%2F%2Fevil.example",
    "%2F%2Fevil.example", "https://evil.example", "https:evil.example", "http:/evil.example",
    "javascript:alert(1)", "evil.example", "/%E2%80%A8/evil.example", "/%00/evil",
    "/%20/evil.example", "%09//evil.example", "/\t/evil.example",
])
def test_sign_in_sends_no_one_to_another_site(client, person, target):
    response = sign_in(client, person("counselor"), next_=target)
    assert response.status_code == 302
    assert response.headers["Location"] == "/counselor"


def test_sign_in_goes_back_to_a_page_of_this_site(client, person):
    response = sign_in(client, person("counselor"), next_="/profiles/new%3Fx%3D1")
    assert response.headers["Location"] == "/profiles/new?x=1"


# 4. Sessions the server can revoke -----------------------------------------------------------

def saved_cookie(client):
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def replay(app, cookie_value, path="/counselor"):
    other = app.test_client()
    other.set_cookie("session", cookie_value)
    return other.get(path)


def test_a_cookie_saved_before_sign_out_opens_nothing_after_it(app, signed_in, db_session):
    client = signed_in("counselor")
    cookie = saved_cookie(client)
    assert replay(app, cookie).status_code == 200
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/counselor")})
    response = replay(app, cookie)
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    row = db_session.scalars(select(WebSession)).one()
    assert row.revoked_at is not None
    assert len(row.token_hash) == 64 and row.token_hash not in cookie  # stored hashed
    db_session.rollback()


def test_a_new_password_and_a_deactivated_user_revoke_every_session(app, signed_in, db_session):
    first = signed_in("counselor")
    second = signed_in("counselor")
    cookies = [saved_cookie(first), saved_cookie(second)]
    users = db_session.scalars(select(User).order_by(User.id)).all()
    passwords.set_password(db_session, users[0], "a brand new passphrase",
                           now=datetime.now(timezone.utc))
    web_sessions.deactivate_user(db_session, users[1], datetime.now(timezone.utc))
    db_session.commit()
    assert [replay(app, cookie).status_code for cookie in cookies] == [302, 302]
    assert db_session.scalar(select(func.count()).select_from(WebSession)
                             .where(WebSession.revoked_at.is_(None))) == 0
    db_session.rollback()


@pytest.mark.parametrize("column, age", [("last_seen_at", timedelta(minutes=31)),
                                         ("created_at", timedelta(hours=12, minutes=1))])
def test_an_idle_or_an_old_session_ends(app, signed_in, db_session, column, age):
    client = signed_in("counselor")
    assert client.get("/counselor").status_code == 200
    past = datetime.now(timezone.utc) - age
    values = {column: past} if column == "last_seen_at" else {"created_at": past}
    db_session.execute(update(WebSession).values(**values))
    db_session.commit()
    assert client.get("/counselor").status_code == 302


def test_the_timeouts_are_configurable(app, signed_in, db_session):
    app.config["WEB_SESSION_IDLE_MINUTES"] = 240
    client = signed_in("counselor")
    db_session.execute(update(WebSession).values(
        last_seen_at=datetime.now(timezone.utc) - timedelta(minutes=90)))
    db_session.commit()
    assert client.get("/counselor").status_code == 200


# 3. Sign-in throttling ------------------------------------------------------------------------

def test_wrong_passwords_are_throttled_with_429_and_retry_after(client, person, db_session):
    email = person("counselor")
    answers = [sign_in(client, email, "wrong password!").status_code for _ in range(5)]
    assert answers == [401] * 5  # the free allowance
    refused = sign_in(client, email, "wrong password!")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    # Even the right password waits: an attacker's 30 tries do not end in a sign-in.
    right = sign_in(client, email)
    assert right.status_code == 429
    assert len(events(db_session, "sign_in_failed")) == 5
    assert len(events(db_session, "sign_in_throttled")) == 2


def test_the_delay_grows_and_always_ends(client, person, db_session):
    email = person("counselor")
    key = throttle.account_key(email)
    delays = []
    for failures in range(5, 16):
        db_session.merge(SignInThrottle(key=key, failures=failures - 1,
                                        last_failure_at=datetime.now(timezone.utc),
                                        blocked_until=None))
        db_session.commit()
        assert sign_in(client, email, "wrong password!").status_code == 401
        db_session.expire_all()
        row = db_session.get(SignInThrottle, key)
        delays.append((row.blocked_until - row.last_failure_at).total_seconds())
        db_session.rollback()
    assert delays == sorted(delays) and delays[0] == 1 and delays[-1] == 300  # no hard lockout
    # Once the delay has passed, the right password signs in and clears the count.
    db_session.execute(update(SignInThrottle).values(
        blocked_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    db_session.commit()
    assert sign_in(client, email).status_code == 302
    db_session.expire_all()
    assert db_session.get(SignInThrottle, key) is None
    db_session.rollback()


def test_one_address_trying_many_accounts_is_throttled(client, person, db_session):
    emails = [person("counselor") for _ in range(7)]  # 3 tries each: under an account's 5
    answers = [sign_in(client, emails[i % 7], "wrong password!", address="203.0.113.9")
               .status_code for i in range(21)]
    assert answers[:20] == [401] * 20 and answers[20] == 429
    # Another address is not held back by that one.
    assert sign_in(client, emails[0], address="198.51.100.4").status_code == 302


def test_the_count_is_shared_by_every_app_and_process(app, person, db_session):
    """Two apps (two workers) over one database see one count."""
    from api import create_app

    other = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                        "DATABASE_URL": app.config["DATABASE_URL"]})
    email = person("counselor")
    clients = [app.test_client(), other.test_client()]
    answers = [sign_in(clients[i % 2], email, "wrong password!").status_code for i in range(6)]
    other.extensions["database"].engine.dispose()
    assert answers == [401] * 5 + [429]


def test_password_checks_beyond_the_limit_are_answered_at_once(app, client, person, db_session):
    email = person("counselor")
    token = csrf_token(client)
    with app.app_context():
        from api.web.account import _slots

        slots = _slots()
    taken = [slots.acquire(blocking=False) for _ in range(app.config["SIGN_IN_CONCURRENCY"])]
    try:
        assert all(taken)
        response = client.post("/sign-in", data={"email": email, "password": PASSWORD,
                                                 "csrf_token": token})
    finally:
        for _ in taken:
            slots.release()
    assert response.status_code == 503 and response.headers["Retry-After"] == "1"
    assert len(events(db_session, "sign_in_busy")) == 1
    assert sign_in(client, email).status_code == 302


def test_concurrent_wrong_sign_ins_all_count(app, person, db_session):
    email = person("counselor")
    clients = [app.test_client() for _ in range(6)]
    tokens = [csrf_token(c) for c in clients]
    answers = []

    def attempt(index):
        answers.append(clients[index].post("/sign-in", data={
            "email": email, "password": "wrong password!", "csrf_token": tokens[index]})
            .status_code)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(answers) <= {401, 429, 503}
    failed = len(events(db_session, "sign_in_failed"))
    db_session.expire_all()
    row = db_session.get(SignInThrottle, throttle.account_key(email))
    assert row.failures == failed  # no lost update
    db_session.rollback()


# 5. Security headers --------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/sign-in", "/counselor", "/profiles/new", "/nowhere",
                                  "/api/v1/health", "/api/v1/profiles"])
def test_every_response_carries_the_security_headers(signed_in, path):
    client = signed_in("counselor")
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"
    assert "Strict-Transport-Security" not in response.headers


def test_hsts_is_sent_when_cookies_are_secure(app, client):
    app.config["SESSION_COOKIE_SECURE"] = True
    assert "max-age=" in client.get("/sign-in").headers["Strict-Transport-Security"]


def test_no_template_has_inline_script_or_style():
    import re
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "api" / "templates"
    inline = re.compile(r"<script(?![^>]*\ssrc=)|\sstyle=|\son[a-z]+=|javascript:", re.I)
    offenders = [str(path) for path in templates.rglob("*.html") if inline.search(path.read_text())]
    assert offenders == []


# 7. A stored surrogate and over-long CSV fields ----------------------------------------------

def test_a_profile_stored_with_a_lone_surrogate_still_opens(signed_in, db_session, profile_in):
    client = signed_in("counselor", org_name="Shakti NGO")
    profile_id = profile_in("Shakti NGO", "SUR-1")
    # As the API stored it before input was checked (the reported case).
    db_session.execute(update(Profile).values(interests=["\udfff tailoring"]))
    db_session.commit()
    edit = client.get(f"/profiles/{profile_id}/edit")
    assert edit.status_code == 200
    assert "\ufffd tailoring" in edit.get_data(as_text=True)  # shown, and cleaned on saving
    assert client.get(f"/profiles/{profile_id}/matches").status_code == 200
    assert client.get("/counselor").status_code == 200


@pytest.mark.parametrize("fields, field, message", [
    ({"case_ref": "ASH-\ufffe"}, "case_ref", "invalid characters"),
    ({"interests": "tailoring, \U0001fffe"}, "interests", "invalid characters"),
    ({"age": "9" * 5000}, "age", "Enter a whole number."),
    ({"max_travel_km": "9" * 400}, "max_travel_km", "Enter a number."),
])
def test_a_form_field_with_a_non_character_or_a_huge_number_is_refused_beside_it(
        signed_in, db_session, fields, field, message):
    client = signed_in("counselor")
    data = {"csrf_token": csrf_token(client, "/profiles/new"), "case_ref": "ASH-1", "age": "24",
            "gender": "female", "literacy": "none", "languages": ["bn"], "district": "Kolkata"}
    data.update(fields)
    response = client.post("/profiles/new", data=data)
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert f'id="{field}-error">' + message in text or (
        f'id="{field}-error">' in text and message in text)
    assert db_session.scalar(select(func.count(Profile.id))) == 0
    db_session.rollback()


@pytest.fixture
def liaison(signed_in, db_session):
    from catalog.models import Organisation

    client = signed_in("iti_liaison", org_name="Pragati ITI")
    org = db_session.scalar(select(Organisation).where(Organisation.name == "Pragati ITI"))
    course = course_row(db_session, org.id, languages=["bn"], latitude=22.56, longitude=88.36,
                        duration_weeks=12)
    db_session.commit()
    client.course_id = course.id
    return client


def upload(client, text: str):
    return client.post("/liaison/batches/upload", data={
        "csrf_token": csrf_token(client, "/liaison/batches/upload"),
        "file": (io.BytesIO(text.encode()), "batches.csv")}, content_type="multipart/form-data")


HEADER = "course_id,start_date,application_deadline,seats_total\n"


@pytest.mark.parametrize("size", [140_000, 5_000])
def test_an_over_long_csv_field_is_an_error_on_its_line(liaison, db_session, size):
    good = f"{liaison.course_id},2027-03-01,2027-02-01,20\n"
    response = upload(liaison, HEADER + good + f"{liaison.course_id},{'x' * size},2027-02-01,20\n")
    assert response.status_code == 422
    text = response.get_data(as_text=True)
    assert "200 characters" in text and ">3<" in text.replace(" ", "")  # line 3
    assert db_session.scalar(select(func.count(Batch.id))) == 0
    db_session.rollback()


def test_a_huge_number_in_a_csv_is_an_error_on_its_line(liaison, db_session):
    response = upload(liaison, HEADER + f"{'9' * 30},2027-03-01,2027-02-01,{'9' * 150}\n")
    assert response.status_code == 422
    assert "Enter a whole number." in response.get_data(as_text=True)


def test_an_upload_over_the_limit_is_a_clear_413(liaison, app):
    limit = app.config["MAX_CONTENT_LENGTH"]
    response = upload(liaison, HEADER + "x" * (limit + 1))
    assert response.status_code == 413
    assert f"At most {limit // 1024} KB in one upload." in response.get_data(as_text=True)


# 9. A lost database ---------------------------------------------------------------------------

def kill_database(app):
    """Point the app's engine at a server that is not there (nothing listens on port 9)."""
    from sqlalchemy import create_engine

    from catalog.db import make_engine, make_session_factory

    database = app.extensions["database"]
    postgres = database.engine.dialect.name == "postgresql"
    database.engine.dispose()
    engine = (make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=1")
              if postgres else create_engine("sqlite:////nonexistent/dir/x.db",
                                             pool_pre_ping=True))
    database.engine, database.session_factory = engine, make_session_factory(engine)


def test_a_lost_database_is_503_with_retry_after(app, signed_in, sign_in_token):
    page_client = signed_in("counselor")
    api = app.test_client()
    kill_database(app)
    health = api.get("/api/v1/health")
    assert health.status_code == 503 and health.headers["Retry-After"]
    listed = api.get("/api/v1/profiles", headers={"Authorization": f"Bearer {sign_in_token}"})
    assert listed.status_code == 503, listed.get_data(as_text=True)
    assert listed.get_json()["reason"] == "database_unavailable"
    assert listed.headers["Retry-After"] == "5"
    page = page_client.get("/counselor")
    assert page.status_code == 503 and page.headers["Retry-After"] == "5"
    assert "Try again in a moment." in page.get_data(as_text=True)
    form = api.get("/sign-in")
    posted = api.post("/sign-in", data={"email": "a@example.org", "password": PASSWORD,
                                        "csrf_token": csrf_token(api) if form.status_code == 200
                                        else ""})
    assert posted.status_code == 503 and posted.headers["Retry-After"]


@pytest.fixture
def sign_in_token(db_session):
    from catalog.services import accounts

    organisation = accounts.create_organisation(db_session, "Token NGO", "ngo")
    _, token = accounts.create_user(db_session, "token@example.org", organisation, "counselor")
    db_session.commit()
    return token


# 2. Notes on pages ----------------------------------------------------------------------------

def test_no_partner_or_liaison_page_prints_a_referrals_note():
    import re
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "api" / "templates"
    note = re.compile(r"\.note\b|\[.note.\]")
    pages = [*templates.glob("partner/*.html"), *templates.glob("liaison/*.html")]
    assert pages and [str(page) for page in pages if note.search(page.read_text())] == []


# 9. The secret key ----------------------------------------------------------------------------

def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    from api import create_app

    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"})
    assert create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db",
                       "SECRET_KEY": "set"}).config["SECRET_KEY"] == "set"


def test_development_keeps_one_generated_key_in_the_instance(tmp_path, monkeypatch):
    import os
    import stat

    from api import create_app

    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("APP_ENV", raising=False)
    monkeypatch.setenv("INSTANCE_PATH", str(tmp_path))
    keys = {create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}).config["SECRET_KEY"]
            for _ in range(3)}
    assert len(keys) == 1 and len(keys.pop()) == 64
    assert stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode) == 0o600


def test_the_deactivate_user_command_ends_every_session(app, signed_in, db_session):
    from api.cli import main

    client = signed_in("counselor")
    cookie = saved_cookie(client)
    result = app.test_cli_runner().invoke(main, ["deactivate-user", client.email])
    assert result.exit_code == 0, result.output
    assert replay(app, cookie).status_code == 302
    assert sign_in(app.test_client(), client.email).status_code == 401
    db_session.expire_all()
    assert db_session.scalar(select(User).where(User.email == client.email)).active is False
    db_session.rollback()
