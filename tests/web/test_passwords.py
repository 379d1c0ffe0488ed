"""Passwords: Argon2id hashes, a minimum length, and the `set-password` command."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from api.cli import main
from catalog.errors import Invalid
from catalog.models import User, utcnow
from catalog.services import accounts, passwords


@pytest.fixture
def user(db_session):
    organisation = accounts.create_organisation(db_session, "Asha", "ngo")
    created, _token = accounts.create_user(db_session, "asha@example.org", organisation,
                                           "counselor")
    db_session.commit()
    return created


def test_a_password_is_stored_as_an_argon2id_hash(db_session, user):
    passwords.set_password(db_session, user, "ten chars!", now=utcnow())
    assert user.password_hash.startswith("$argon2id$")
    assert "ten chars!" not in user.password_hash
    assert passwords.authenticate(db_session, " Asha@Example.org ", "ten chars!") is user
    assert passwords.authenticate(db_session, "asha@example.org", "ten chars?") is None


def test_a_password_shorter_than_ten_characters_is_refused(db_session, user):
    with pytest.raises(Invalid) as refused:
        passwords.set_password(db_session, user, "nine char", now=utcnow())
    assert refused.value.reason == "password_too_short"
    assert user.password_hash is None


def test_a_user_without_a_password_cannot_sign_in(db_session, user):
    assert passwords.authenticate(db_session, "asha@example.org", "") is None


def test_set_password_reads_the_password_from_stdin(app, user, db_session):
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["set-password", "asha@example.org", "--password-stdin"],
                           input="a long enough password\n")
    assert result.exit_code == 0, result.output
    db_session.expire_all()
    stored = db_session.scalar(select(User).where(User.email == "asha@example.org"))
    assert passwords.verify_password(stored.password_hash, "a long enough password")
    db_session.rollback()


def test_set_password_asks_twice_and_refuses_a_short_one(app, user):
    runner = app.test_cli_runner()
    result = runner.invoke(main, ["set-password", "asha@example.org"], input="short\nshort\n")
    assert result.exit_code != 0
    assert "at least 10 characters" in result.output


def test_set_password_for_an_unknown_email_fails_cleanly(app, user):
    result = app.test_cli_runner().invoke(main, ["set-password", "x@example.org",
                                                 "--password-stdin"], input="long password x\n")
    assert result.exit_code != 0 and "no user" in result.output


# Production strength by default; cheap hashes for the test suite alone -------------------------

@pytest.fixture
def restore_strength():
    before = passwords.strength()
    yield
    passwords.use(before)


def test_production_hashes_with_argon2_cffis_recommended_parameters(tmp_path, restore_strength):
    from argon2 import Type
    from argon2.profiles import RFC_9106_LOW_MEMORY

    from api import create_app

    strong = passwords.HASHERS["strong"]
    assert (strong.time_cost, strong.memory_cost, strong.parallelism, strong.type) == (
        RFC_9106_LOW_MEMORY.time_cost, RFC_9106_LOW_MEMORY.memory_cost,
        RFC_9106_LOW_MEMORY.parallelism, Type.ID)
    assert (strong.time_cost, strong.memory_cost) == (3, 64 * 1024)
    create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db", "SECRET_KEY": "k"})
    assert passwords.strength() == "strong"
    assert passwords.hash_password("a production password").startswith(
        "$argon2id$v=19$m=65536,t=3,p=4$")


def test_cheap_hashes_are_for_the_test_suite_alone(tmp_path, restore_strength):
    from api import create_app

    with pytest.raises(RuntimeError, match="test suite alone"):
        create_app({"DATABASE_URL": f"sqlite:///{tmp_path}/x.db", "SECRET_KEY": "k",
                    "PASSWORD_HASH": "fast"})
    with pytest.raises(ValueError, match="PASSWORD_HASH"):
        passwords.use("none")


def test_a_cheap_hash_still_verifies_and_is_made_strong_on_sign_in(db_session, user,
                                                                   restore_strength):
    passwords.use("fast")
    passwords.set_password(db_session, user, "a cheap password", now=utcnow())
    assert user.password_hash.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    assert passwords.verify_password(user.password_hash, "a cheap password")
    assert not passwords.verify_password(user.password_hash, "a cheap passw0rd")
    passwords.use("strong")
    assert passwords.authenticate(db_session, "asha@example.org", "a cheap password") is user
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify_password(user.password_hash, "a cheap password")
