"""Notifications and the audit trail out (docs/http-api.md, "Notifications and audit")."""
from __future__ import annotations

import marshmallow as ma
from marshmallow import Schema, fields, validates_schema

from ..auth import current_user
from ..i18n import wording
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

    id = fields.Integer(required=True)
    kind = code_field("notification")
    message = fields.Function(
        lambda n: wording().notification(n.kind, n.data, case_ref=n.case_ref), required=True,
        metadata={"type": "string", "description": "Worded in the request's Accept-Language"})
    data = fields.Dict(required=True, metadata={"description": "The parameters of the kind"})
    case_ref = fields.String(allow_none=True, metadata={
        "description": "The reference of the case it is about, if the reader may read it"})
    link = fields.Function(
        lambda n: _link(n), allow_none=True,
        metadata={"type": "string", "nullable": True,
                  "description": "The web page it leads to, if the reader may see one"})
    created_at = fields.DateTime(required=True)
    read_at = fields.DateTime(allow_none=True)


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

    id = fields.Integer(required=True)
    at = fields.DateTime(required=True)
    actor_user_id = fields.Integer(allow_none=True)
    actor_organisation_id = fields.Integer(allow_none=True)
    action = fields.String(required=True)
    object_type = fields.String(required=True)
    object_id = fields.Integer(allow_none=True)
    profile_id = fields.Integer(allow_none=True)
    # From here on through `ma.`: the attribute `fields` shadows the module in the class body.
    fields = ma.fields.List(ma.fields.String(), required=True,
                            metadata={"description": "Names of the fields read or changed"})
    detail = ma.fields.String(allow_none=True)
