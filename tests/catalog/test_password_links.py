"""One-time set-password links: stored as a digest only, single use, 72 hours, the newest only,
and audited; and the account services audit themselves whoever calls them."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.errors import Invalid, NotFound
from catalog.models import AuditEvent, PasswordLink, User, WebSession
from catalog.services import accounts, password_links, passwords, verification, web_sessions

NOW = datetime(2026, 12, 1, 6, 30, tzinfo=timezone.utc)
GOOD = "a long new passphrase"


@pytest.fixture
def person(session, make_org):
    admin_org = make_org("Operations", "operator")
    admin, _ = accounts.create_user(session, "admin@example.org", admin_org, "admin")
    user, _ = accounts.create_user(session, "didi@example.org", make_org(), "counselor")
    return admin, user


def events(session, action: str) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)
                                .order_by(AuditEvent.id)))


def test_a_link_is_stored_only_as_its_digest(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    link = session.scalars(select(PasswordLink)).one()
    assert len(token) >= 40  # 32 random bytes, URL-safe
    assert link.token_hash == hashlib.sha256(token.encode()).hexdigest()
    stored = " ".join(str(getattr(link, column.name)) for column in PasswordLink.__table__.c)
    assert token not in stored
    assert (link.user_id, link.created_by_id, link.purpose) == (user.id, admin.id, "welcome")
    assert link.expires_at == NOW + timedelta(hours=72)


def test_a_link_sets_the_password_once(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    assert password_links.set_password_with_link(session, token, GOOD, NOW) is user
    assert passwords.check(user, GOOD)
    with pytest.raises(NotFound):
        password_links.set_password_with_link(session, token, "another passphrase", NOW)
    assert passwords.check(user, GOOD) and not passwords.check(user, "another passphrase")
    assert password_links.live_link(session, token, NOW) is None


def test_a_link_expires_after_72_hours(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    assert password_links.live_link(session, token, NOW + timedelta(hours=71, minutes=59))
    assert password_links.live_link(session, token, NOW + timedelta(hours=72)) is None
    with pytest.raises(NotFound):
        password_links.set_password_with_link(session, token, GOOD, NOW + timedelta(hours=73))
    assert user.password_hash is None


@pytest.mark.parametrize("wrong", ["", "x", "A" * 43, "A" * 5000])
def test_a_wrong_token_opens_nothing(session, person, wrong):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    assert password_links.live_link(session, wrong, NOW) is None
    with pytest.raises(NotFound):
        password_links.set_password_with_link(session, wrong, GOOD, NOW)
    near = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert password_links.live_link(session, near, NOW) is None
    assert user.password_hash is None


def test_a_new_link_replaces_the_earlier_one(session, person):
    admin, user = person
    first = password_links.issue_link(session, user, admin, NOW)
    second = password_links.issue_link(session, user, admin, NOW + timedelta(minutes=5))
    assert password_links.live_link(session, first, NOW + timedelta(minutes=6)) is None
    assert password_links.live_link(session, second, NOW + timedelta(minutes=6)) is not None


def test_a_refused_password_leaves_the_link_working(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    with pytest.raises(Invalid) as raised:
        password_links.set_password_with_link(session, token, "short", NOW)
    assert list(raised.value.field_errors) == ["password"]
    assert password_links.live_link(session, token, NOW) is not None
    assert not events(session, "set_password")


def test_a_deactivated_user_gets_no_link_and_hers_stop(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    web_sessions.deactivate_user(session, user, NOW)
    assert password_links.live_link(session, token, NOW) is None
    with pytest.raises(Invalid):
        password_links.issue_link(session, user, admin, NOW)


def test_issuing_keeps_her_sessions_and_setting_ends_them(session, person):
    admin, user = person
    passwords.set_password(session, user, "the old passphrase", now=NOW)
    web_sessions.open_session(session, user, NOW)
    token = password_links.issue_link(session, user, admin, NOW)
    assert session.scalars(select(PasswordLink)).one().purpose == "reset"
    assert session.scalars(select(WebSession)).one().revoked_at is None
    password_links.set_password_with_link(session, token, GOOD, NOW)
    assert session.scalars(select(WebSession)).one().revoked_at is not None


def test_issuing_and_using_a_link_are_audited_once_each(session, person):
    admin, user = person
    token = password_links.issue_link(session, user, admin, NOW)
    password_links.set_password_with_link(session, token, GOOD, NOW)
    session.flush()
    [issued] = events(session, "issue_password_link")
    [used] = events(session, "set_password")
    assert (issued.actor_user_id, issued.object_type, issued.object_id) == (admin.id, "user",
                                                                             user.id)
    assert (used.actor_user_id, used.object_id, used.fields) == (user.id, user.id, ["password"])
    assert token not in (issued.detail or "") + (used.detail or "")
    assert GOOD not in (used.detail or "")


def test_the_account_services_audit_themselves(session, make_org):
    """Whoever calls (the API, a page, the command line with no actor), each action once."""
    operator = make_org("Operations", "operator")
    admin, _ = accounts.create_user(session, "admin@example.org", operator, "admin")
    session.flush()
    ngo = accounts.create_organisation(session, "Asha", "ngo", actor=admin)
    employer = accounts.create_organisation(session, "Bakers", "employer")
    user, _ = accounts.create_user(session, "didi@example.org", ngo, "counselor", actor=admin,
                                   language="bn")
    verification.set_verification(session, employer, True, "checked", admin, NOW)
    session.flush()
    created = [(e.object_type, e.object_id, e.actor_user_id) for e in events(session, "create")]
    assert created == [("organisation", operator.id, None), ("user", admin.id, None),
                       ("organisation", ngo.id, admin.id), ("organisation", employer.id, None),
                       ("user", user.id, admin.id)]
    [verified] = events(session, "verify")
    assert (verified.object_id, verified.actor_user_id) == (employer.id, admin.id)
    assert employer.verified and user.language == "bn"
    assert "didi" not in " ".join(e.detail or "" for e in events(session, "create"))


def test_a_refused_creation_audits_nothing(session, make_org):
    ngo = make_org()
    session.flush()
    before = len(events(session, "create"))
    with pytest.raises(Invalid):
        accounts.create_user(session, "not-an-email", ngo, "counselor")
    with pytest.raises(Invalid):
        accounts.create_organisation(session, "  ", "ngo")
    assert len(events(session, "create")) == before
    assert session.scalar(select(User.id)) is None
