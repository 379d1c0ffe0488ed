"""Waiting lists of batches and first claims on freed seats in and out."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from catalog.models import WaitingListEntry, WaitingStatus

from .columns import columns
from .fields import MAX_ID, StrictSchema, query_id, whole


class WaitingListIn(StrictSchema):
    profile_id = whole(1, MAX_ID, required=True)


class WaitingListArgs(Schema):
    batch_id = query_id()
    all = fields.Boolean(metadata={"description": "true: also the entries that ended "
                                                  "(claimed, declined, lapsed, left, skipped)"})


class WaitingEntryOut(Schema):
    locals().update(columns(WaitingListEntry, """
        id batch_id profile_id case_ref status claim_expires_at offered_at referral_id
        skip_reason created_at status_changed_at""",
        case_ref=fields.String(allow_none=True),
        status=fields.String(required=True, validate=validate.OneOf(WaitingStatus.codes()),
                             metadata={"description": "waiting; offered: a seat is held for her "
                                                      "claim until claim_expires_at"}),
        skip_reason="why a seat passed her by: profile_closed, consent_withdrawn, "
                    "already_referred or a blocker code"))
