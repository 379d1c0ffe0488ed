"""Waiting lists of batches and first claims on freed seats in and out."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from catalog.models import WaitingStatus

from .fields import MAX_ID, StrictSchema, query_id, whole


class WaitingListIn(StrictSchema):
    profile_id = whole(1, MAX_ID, required=True)


class WaitingListArgs(Schema):
    batch_id = query_id()
    all = fields.Boolean(metadata={"description": "true: also the entries that ended "
                                                  "(claimed, declined, lapsed, left, skipped)"})


class WaitingEntryOut(Schema):
    id = fields.Integer(required=True)
    batch_id = fields.Integer(required=True)
    profile_id = fields.Integer(required=True)
    case_ref = fields.String(allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(WaitingStatus.codes()),
                           metadata={"description": "waiting; offered: a seat is held for her "
                                                    "claim until claim_expires_at"})
    claim_expires_at = fields.DateTime(allow_none=True)
    offered_at = fields.DateTime(allow_none=True)
    referral_id = fields.Integer(allow_none=True)
    skip_reason = fields.String(allow_none=True, metadata={
        "description": "why a seat passed her by: profile_closed, consent_withdrawn, "
                       "already_referred or a blocker code"})
    created_at = fields.DateTime(required=True)
    status_changed_at = fields.DateTime(required=True)
