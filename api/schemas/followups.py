"""Follow-ups of a referral in and out: the day, what the counselor found, and a note."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from catalog.models import FollowUp, FollowUpOutcome

from .columns import columns
from .fields import StrictSchema, code, flag, text, whole


MAX_WAGE_INR_MONTH = 1_000_000


class FollowUpIn(StrictSchema):
    day = fields.Integer(strict=True, required=True, validate=validate.Range(min=1, max=3650),
                         metadata={"description": "Days after enrolment or hiring: 30, 90 or "
                                                  "180, or the day of a safety check"})
    outcome = code(FollowUpOutcome, required=True)
    note = text(500, allow_none=True)
    wage_paid_inr_month = whole(0, MAX_WAGE_INR_MONTH, allow_none=True, metadata={
        "description": "Wage actually paid last month, in rupees; below 80% of the wage "
                       "promised flags the employer's openings (wage_underpaid)"})
    documents_with_her = flag(allow_none=True, metadata={
        "description": "Her identity documents and bank card are with her; false acts at once"})
    fees_taken = flag(allow_none=True, metadata={
        "description": "A fee, deposit or deduction was taken from her; true acts at once"})
    wages_unpaid = flag(allow_none=True, metadata={
        "description": "Wages due were not paid; true acts at once"})


class FollowUpOut(Schema):
    locals().update(columns(FollowUp, """
        referral_id day due_on reminded_at outcome note recorded_at recorded_by_id
        wage_paid_inr_month documents_with_her fees_taken wages_unpaid reason""",
        outcome="Null until recorded",
        reason="Null for the scheduled ones; safety_check when a report on the employer asked "
               "for it"))


class SafetyActionsOut(Schema):
    concerns = fields.List(fields.String(), required=True, metadata={
        "description": "unsafe, fees_taken, documents_kept, wages_unpaid"})
    openings_sent_to_review = fields.List(fields.Integer(), required=True)
    openings_rescreened = fields.Integer(required=True)
    safety_checks = fields.Integer(required=True, metadata={
        "description": "Follow-ups due within 2 days for the survivors placed there"})
    notifications = fields.Integer(required=True)


class FollowUpRecorded(FollowUpOut):
    safety = fields.Nested(SafetyActionsOut, required=True, metadata={
        "description": "What the report did, in the same transaction"})
