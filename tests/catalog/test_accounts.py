"""Organisations, users and bearer tokens: tokens are stored only as digests."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.errors import Conflict, Invalid
from catalog.models import ApiToken, User, utcnow
from catalog.security import hash_token
from catalog.services import accounts, verification


def test_a_token_is_stored_only_as_its_digest(session, make_org):
    user, token = accounts.create_user(session, "didi@example.org", make_org(), "counselor")
    stored = session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)).one()
    assert stored.token_hash == hash_token(token)
    assert token not in stored.token_hash
    assert stored.prefix == token[:12]
    assert len(token) >= 40  # 32 random bytes, urlsafe


def test_a_token_signs_its_user_in(session, make_org):
    user, token = accounts.create_user(session, "didi@example.org", make_org(), "counselor")
    assert accounts.user_for_token(session, token) == user


def test_a_wrong_or_revoked_token_signs_nobody_in(session, make_org):
    user, token = accounts.create_user(session, "didi@example.org", make_org(), "counselor")
    assert accounts.user_for_token(session, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert accounts.user_for_token(session, "") is None
    assert accounts.user_for_token(session, "Bearer " + token) is None
    session.scalars(select(ApiToken)).one().revoked_at = utcnow()
    assert accounts.user_for_token(session, token) is None


def test_a_deactivated_user_cannot_sign_in(session, make_org):
    user, token = accounts.create_user(session, "didi@example.org", make_org(), "counselor")
    user.active = False
    assert accounts.user_for_token(session, token) is None


def test_two_users_get_different_tokens(session, make_org):
    ngo = make_org()
    _, first = accounts.create_user(session, "a@example.org", ngo, "counselor")
    _, second = accounts.create_user(session, "b@example.org", ngo, "counselor")
    assert first != second


def test_emails_are_unique_whatever_their_case(session, make_org):
    ngo = make_org()
    accounts.create_user(session, "Didi@Example.org", ngo, "counselor")
    with pytest.raises(Conflict):
        accounts.create_user(session, "didi@example.org", ngo, "counselor")
    assert session.scalar(select(User.email)) == "didi@example.org"


def test_a_role_must_fit_its_organisation(session, make_org):
    employer = make_org("Kolkata Care Hospitals", "employer", verified=True)
    with pytest.raises(Invalid) as raised:
        accounts.create_user(session, "hr@example.org", employer, "counselor")
    assert "role" in raised.value.field_errors


def test_organisation_names_are_unique(session, make_org):
    make_org("Asha Shelter Trust")
    with pytest.raises(Conflict):
        make_org("Asha Shelter Trust")


def test_only_employers_are_verified(session, make_org):
    with pytest.raises(Invalid):
        verification.set_verification(session, make_org("Asha Shelter Trust", "ngo"), True,
                                      "checked", None, utcnow())
    employer = make_org("Bakers Co", "employer")
    verification.set_verification(session, employer, True, "checked", None, utcnow())
    assert employer.verified and employer.verified_at is not None
