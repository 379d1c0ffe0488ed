"""Notifications (each user's own) and the audit trail (admins only, and reading it is audited)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from catalog import audit
from catalog.models import AuditEvent, Notification
from catalog.services import accounts

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def user_of(db_session):
    def find(headers):
        user = accounts.user_for_token(db_session, headers["Authorization"].split(" ", 1)[1])
        db_session.commit()  # end the read: on SQLite every transaction holds the write lock
        return user

    return find


@pytest.fixture
def notify(db_session):
    def make(user, title="Tailoring at Howrah", hours_ago=0, read=False):
        notification = Notification(
            user_id=user.id, kind="new_matches",
            data={"profile_id": 7, "count": 1, "offers": [{"title": title}]},
            created_at=NOW - timedelta(hours=hours_ago),
            read_at=NOW - timedelta(minutes=5) if read else None,
        )
        db_session.add(notification)
        db_session.commit()
        return notification

    return make


def test_a_user_sees_her_own_notifications_newest_first(client, sign_in, user_of, notify):
    headers = sign_in("counselor")
    me = user_of(headers)
    notify(me, "older", hours_ago=5)
    notify(me, "newest", hours_ago=1)
    notify(me, "read already", hours_ago=3, read=True)
    notify(user_of(sign_in("counselor")), "someone else's")
    page = client.get("/api/v1/notifications", headers=headers).get_json()
    assert page["total"] == 3
    assert [n["message"] for n in page["items"]] == [
        "1 new match for case —: newest.", "1 new match for case —: read already.",
        "1 new match for case —: older."]
    assert page["items"][0]["kind"] == "new_matches"
    assert page["items"][0]["data"] == {"profile_id": 7, "count": 1,
                                        "offers": [{"title": "newest"}]}
    assert page["items"][0]["read_at"] is None


def test_unread_true_lists_only_unread_notifications(client, sign_in, user_of, notify):
    headers = sign_in("iti_liaison")
    me = user_of(headers)
    notify(me, "unread")
    notify(me, "read", read=True)
    page = client.get("/api/v1/notifications?unread=true", headers=headers).get_json()
    assert [n["message"] for n in page["items"]] == ["1 new match for case —: unread."]
    assert client.get("/api/v1/notifications?unread=maybe", headers=headers).status_code == 422


def test_notifications_are_paginated(client, sign_in, user_of, notify):
    headers = sign_in("csr_partner")
    me = user_of(headers)
    for hours in range(5):
        notify(me, f"{hours} hours ago", hours_ago=hours)
    page = client.get("/api/v1/notifications?page=2&per_page=2", headers=headers).get_json()
    assert page["total"] == 5 and page["page"] == 2 and page["per_page"] == 2
    assert [n["data"]["offers"][0]["title"] for n in page["items"]] == ["2 hours ago",
                                                                         "3 hours ago"]


def test_marking_a_notification_read_keeps_the_first_time(client, sign_in, user_of, notify,
                                                          db_session):
    headers = sign_in("counselor")
    notification = notify(user_of(headers))
    response = client.post(f"/api/v1/notifications/{notification.id}/read", headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["read_at"].startswith("2026-12-01T06:00:00")
    db_session.expire_all()
    assert db_session.get(Notification, notification.id).read_at == NOW
    db_session.commit()
    again = client.post(f"/api/v1/notifications/{notification.id}/read", headers=headers)
    assert again.get_json()["read_at"] == response.get_json()["read_at"]
    unread = client.get("/api/v1/notifications?unread=true", headers=headers).get_json()
    assert unread["total"] == 0


def test_another_users_notification_is_not_found(client, sign_in, user_of, notify, db_session):
    theirs = notify(user_of(sign_in("counselor", "Asha Shelter Trust")))
    for role, org in (("counselor", "Asha Shelter Trust"), ("admin", None)):
        response = client.post(f"/api/v1/notifications/{theirs.id}/read",
                               headers=sign_in(role, org))
        assert response.status_code == 404, role
    db_session.expire_all()
    assert db_session.get(Notification, theirs.id).read_at is None
    db_session.commit()
    assert client.post("/api/v1/notifications/999999/read",
                       headers=sign_in("admin")).status_code == 404


def test_notifications_need_a_sign_in(client, sign_in, user_of, notify):
    notification = notify(user_of(sign_in("counselor")))
    assert client.get("/api/v1/notifications").status_code == 401
    assert client.post(f"/api/v1/notifications/{notification.id}/read").status_code == 401


@pytest.fixture
def trail(db_session, sign_in, user_of):
    """Three audit events: a counselor created profile 7 and read it; read profile 8."""
    counselor = user_of(sign_in("counselor"))
    audit.record(db_session, counselor, "create", "profile", 7, profile_id=7,
                 fields=["age", "case_ref"])
    db_session.flush()
    audit.record(db_session, counselor, "read", "profile", 7, profile_id=7)
    db_session.flush()
    audit.record(db_session, counselor, "read", "profile", 8, profile_id=8)
    db_session.commit()
    return counselor


def test_an_admin_reads_the_audit_trail_newest_first(client, sign_in, trail):
    page = client.get("/api/v1/audit", headers=sign_in("admin")).get_json()
    assert page["total"] == 3
    assert [(e["action"], e["profile_id"]) for e in page["items"]] == [
        ("read", 8), ("read", 7), ("create", 7)]
    created = page["items"][2]
    assert created["fields"] == ["age", "case_ref"]
    assert created["actor_user_id"] == trail.id
    assert created["actor_organisation_id"] == trail.organisation_id
    assert set(created) == {"id", "at", "actor_user_id", "actor_organisation_id", "action",
                            "object_type", "object_id", "profile_id", "fields", "detail"}


def test_the_audit_trail_filters_by_profile_actor_and_action(client, sign_in, trail):
    headers = sign_in("admin")

    def actions(**params):
        page = client.get("/api/v1/audit", query_string=params, headers=headers).get_json()
        return [(e["action"], e["profile_id"]) for e in page["items"]]

    assert actions(profile_id=7, object_type="profile") == [("read", 7), ("create", 7)]
    assert actions(action="read", object_type="profile") == [("read", 8), ("read", 7)]
    assert actions(actor_user_id=trail.id) == [("read", 8), ("read", 7), ("create", 7)]
    assert actions(actor_user_id=trail.id + 1000) == []


def test_reading_the_audit_trail_is_itself_audited(client, sign_in, user_of, trail, db_session):
    headers = sign_in("admin")
    admin = user_of(headers)
    page = client.get("/api/v1/audit?profile_id=7&action=read", headers=headers).get_json()
    assert [e["action"] for e in page["items"]] == ["read"]
    db_session.expire_all()
    event = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "audit_read")).one()
    assert event.actor_user_id == admin.id
    assert event.profile_id == 7
    assert event.detail == "profile_id=7 action=read"
    assert event.fields == ["action", "profile_id"]


def test_audit_filters_are_validated_and_nothing_is_written(client, sign_in, trail, db_session):
    headers = sign_in("admin")
    for params, field in (({"profile_id": "seven"}, "profile_id"),
                          ({"profile_id": 0}, "profile_id"),
                          ({"actor_user_id": -1}, "actor_user_id"),
                          ({"action": "r" * 41}, "action"),
                          ({"per_page": 500}, "per_page")):
        response = client.get("/api/v1/audit", query_string=params, headers=headers)
        assert response.status_code == 422, params
        assert field in response.get_json()["errors"]["query"], params
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(AuditEvent)) == 3


def test_only_admins_read_the_audit_trail(client, sign_in, trail, db_session):
    for role in ("counselor", "iti_liaison", "csr_partner"):
        assert client.get("/api/v1/audit", headers=sign_in(role)).status_code == 403, role
    assert client.get("/api/v1/audit").status_code == 401
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(AuditEvent)) == 3
