"""Notifications and the audit trail out (docs/http-api.md, "Notifications and audit")."""
from __future__ import annotations

from marshmallow import Schema, fields, validates_schema

from catalog.models import AuditEvent, Notification

from ..auth import current_user
from ..i18n import wording
from .columns import columns
from .fields import query_id, text
from .messages import code_field
from .reports import period_day, period_in_order


class NotificationListArgs(Schema):
    unread = fields.Boolean(metadata={"description": "true: only those not yet read"})


def _link(item) -> str | None:
    from ..web.links import notification_link  # the pages' module, once the app is built

    return notification_link(item, current_user().role)


class NotificationOut(Schema):
    """A `catalog.queries.notifications.NotificationItem`."""

    locals().update(columns(Notification, "id kind message data case_ref link created_at read_at",
        kind=code_field("notification"),
        message=fields.Function(
            lambda n: wording().notification(n.kind, n.data, case_ref=n.case_ref), required=True,
            metadata={"type": "string", "description": "Worded in the request's Accept-Language"}),
        data="The parameters of the kind",
        case_ref=fields.String(allow_none=True, metadata={
            "description": "The reference of the case it is about, if the reader may read it"}),
        link=fields.Function(
            lambda n: _link(n), allow_none=True,
            metadata={"type": "string", "nullable": True,
                      "description": "The web page it leads to, if the reader may see one"})))


class AuditListArgs(Schema):
    profile_id = query_id()
    actor_user_id = query_id()
    action = text(40)
    object_type = text(40)
    since = period_day("from", "Events on or after this day (YYYY-MM-DD, India time)")
    until = period_day("to", "Events on or before this day (YYYY-MM-DD, India time)")

    @validates_schema
    def period_in_order(self, data, **kwargs):
        period_in_order(data.get("since"), data.get("until"))


class AuditEventOut(Schema):
    """Who did what to which object, and when: field names only, never their values."""

    locals().update(columns(AuditEvent, """
        id at actor_user_id actor_organisation_id action object_type object_id profile_id fields
        detail""", fields="Names of the fields read or changed"))
