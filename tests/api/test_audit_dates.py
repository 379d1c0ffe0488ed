"""GET /api/v1/audit reads the trail through the same query as the admin's audit page
(catalog/queries/audit.py), India dates included."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from catalog.models import AuditEvent


def test_the_audit_trail_filters_by_india_dates(client, sign_in, db_session):
    headers = sign_in("admin")
    # 18:45 UTC on 30 November is 00:15 on 1 December in India; 18:15 UTC is still 30 November
    for hour, minute, object_id in ((18, 45, 1), (18, 15, 2)):
        db_session.add(AuditEvent(at=datetime(2026, 11, 30, hour, minute, tzinfo=timezone.utc),
                                  action="review", object_type="opening", object_id=object_id))
    db_session.commit()
    december = client.get("/api/v1/audit", headers=headers,
                          query_string={"from": "2026-12-01", "to": "2026-12-01"})
    assert december.status_code == 200
    assert [e["object_id"] for e in december.get_json()["items"]] == [1]
    november = client.get("/api/v1/audit", headers=headers, query_string={"to": "2026-11-30"})
    assert [e["object_id"] for e in november.get_json()["items"]] == [2]
    read = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "audit_read")
                              .order_by(AuditEvent.id)).all()
    db_session.commit()
    assert [e.detail for e in read] == ["since=2026-12-01 until=2026-12-01", "until=2026-11-30"]


def test_a_bad_date_range_is_a_422_naming_the_field(client, sign_in, db_session):
    headers = sign_in("admin")
    for query, field in (({"from": "2026-02-30"}, "from"), ({"to": "9999-12-31"}, "to"),
                         ({"from": "2026-12-02", "to": "2026-12-01"}, "to")):
        response = client.get("/api/v1/audit", headers=headers, query_string=query)
        assert response.status_code == 422, query
        assert field in response.get_json()["errors"]["query"], query
    assert db_session.scalar(select(AuditEvent.id)) is None
    db_session.commit()
