"""Follow-ups of a referral in and out: the day, what the counselor found, and a note."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from catalog.models import FOLLOW_UP_DAYS, FollowUpOutcome

from .fields import StrictSchema, code, text


class FollowUpIn(StrictSchema):
    day = fields.Integer(strict=True, required=True, validate=validate.OneOf(FOLLOW_UP_DAYS),
                         metadata={"description": "Days after enrolment or hiring: 30, 90 or 180"})
    outcome = code(FollowUpOutcome, required=True)
    note = text(500, allow_none=True)


class FollowUpOut(Schema):
    referral_id = fields.Integer(required=True)
    day = fields.Integer(required=True)
    due_on = fields.Date(required=True)
    reminded_at = fields.DateTime(allow_none=True)
    outcome = fields.String(allow_none=True, metadata={"description": "Null until recorded"})
    note = fields.String(allow_none=True)
    recorded_at = fields.DateTime(allow_none=True)
    recorded_by_id = fields.Integer(allow_none=True)
