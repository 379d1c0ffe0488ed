"""Cohort allocations in and out."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, post_dump, validate, validates_schema

from catalog.models import Allocation
from matcher.allocation import MIN_SCORE

from ..i18n import wording
from ..messages.allocation import because
from .columns import alike, columns
from .fields import MAX_ID, StrictSchema, one_or_the_other, text, texts, whole
from .messages import BlockerSchema, MessageSchema, worded_list

MAX_COHORT = 2_000
MAX_BATCHES = 1_000


def _ids(max_items: int, **kwargs) -> fields.List:
    return fields.List(whole(1, MAX_ID), validate=validate.Length(min=1, max=max_items), **kwargs)


class AllocationFilters(StrictSchema):
    """Which open batches with seats to allocate (all given conditions hold)."""

    trades = fields.List(text(64), validate=validate.Length(max=50),
                         metadata={"description": "Trade codes"})
    districts = texts(50, metadata={"description": "Districts of the courses"})
    course_ids = _ids(MAX_BATCHES)
    starts_from = fields.Date()
    starts_until = fields.Date()

    @validates_schema
    def dates_in_order(self, data, **kwargs):
        if data.get("starts_from") and data.get("starts_until") and \
                data["starts_until"] < data["starts_from"]:
            raise ValidationError("Must not be before starts_from.", "starts_until")


class AllocationIn(StrictSchema):
    profile_ids = _ids(MAX_COHORT, required=True, metadata={
        "description": "The survivors of the cohort (profiles of your organisation)"})
    batch_ids = _ids(MAX_BATCHES, metadata={"description": "The batches to fill, or use filters"})
    filters = fields.Nested(AllocationFilters)
    min_score = fields.Float(
        load_default=MIN_SCORE, allow_nan=False, validate=validate.Range(min=0, max=100),
        metadata={"description": "The least match score at which a batch is one of a "
                                 f"survivor's choices (default {MIN_SCORE:g}; 0: any batch "
                                 "she may join)"})
    include_placed = fields.Boolean(load_default=False, metadata={
        "description": "Include survivors who hold a live seat (a seat held or an enrolment, "
                       "in any batch); by default they are left out, unplaced with "
                       "holds_seat_elsewhere"})

    @validates_schema
    def batches_or_filters(self, data, **kwargs):
        one_or_the_other(data, "batch_ids", "filters")


class BatchRef(Schema):
    batch_id = fields.Integer(required=True)
    course_id = fields.Integer(allow_none=True)
    title = fields.String(allow_none=True)
    start_date = fields.String(allow_none=True, metadata={"format": "date"})


class PassedOverOut(BatchRef):
    score = fields.Float(required=True)
    because = fields.String(required=True, validate=validate.OneOf([
        "higher_urgency", "longer_wait", "fewer_alternatives", "better_fit",
        "registered_earlier"]))
    explanation = fields.Function(lambda p: because(wording(), p["because"]), required=True,
                                  metadata={"type": "string"})


class AlternativeOut(BatchRef):
    score = fields.Float(allow_none=True)
    blockers = fields.List(fields.Nested(BlockerSchema), required=True)
    explanation = fields.Function(lambda a: wording().alternative(a), required=True,
                                  metadata={"type": "string"})
    explanation_code = fields.Function(lambda a: a["explanation"], required=True, metadata={
        "type": "object", "description": "The explanation as a code with parameters"})


class PriorityOut(Schema):
    income_urgency = fields.String(required=True)
    waiting_days = fields.Integer(required=True, metadata={
        "description": "Days since waiting_since"})
    waiting_since = fields.String(metadata={"format": "date", "description": (
        "The end of her last placement or closed referral, or her registration")})
    waiting_from = fields.String(validate=validate.OneOf(
        ["profile_created", "placement_ended", "referral_closed"]))
    waiting_referral_id = fields.Integer(allow_none=True, metadata={
        "description": "The referral that ended then (none for profile_created)"})


class LiveSeatOut(BatchRef):
    referral_id = fields.Integer(required=True)
    status = fields.String(required=True, validate=validate.OneOf(["held", "enrolled"]))


class PlacementOut(Schema):
    profile_id = fields.Integer(required=True)
    batch_id = fields.Integer(required=True)
    course_id = fields.Integer(allow_none=True)
    score = fields.Float(required=True)
    choice = fields.Integer(required=True, metadata={"description": "1: her first choice"})
    options = fields.Integer(required=True, metadata={
        "description": "How many of the batches she may join (scoring min_score or more)"})
    referral_id = fields.Integer(allow_none=True, metadata={"description": "Once applied"})
    reasons = worded_list("reasons")
    explanations = fields.List(fields.Nested(MessageSchema), attribute="reasons", required=True)
    passed_over = fields.List(fields.Nested(PassedOverOut), required=True, metadata={
        "description": "Batches she ranked higher, and why their seats went to others"})
    factors = fields.Dict(keys=fields.String(), values=fields.Float(), required=True)
    priority = fields.Nested(PriorityOut, required=True)
    live_seats = fields.List(fields.Nested(LiveSeatOut), metadata={
        "description": "Seats she holds elsewhere: she was included on purpose "
                       "(include_placed)"})


class UnplacedOut(Schema):
    profile_id = fields.Integer(required=True)
    reason = fields.String(required=True, validate=validate.OneOf(
        ["no_eligible_batch", "outranked", "holds_seat_elsewhere"]), metadata={
        "description": "holds_seat_elsewhere: left out, she holds the live_seats (propose with "
                       "include_placed to include her)"})
    explanation = fields.Function(lambda u: " ".join(wording().messages(u["explanation"])),
                                  required=True, metadata={"type": "string"})
    explanations = fields.List(fields.Nested(MessageSchema), attribute="explanation",
                               required=True)
    passed_over = fields.List(fields.Nested(PassedOverOut), required=True)
    nearest_alternative = fields.Nested(AlternativeOut, allow_none=True, required=True)
    priority = fields.Nested(PriorityOut, required=True)
    live_seats = fields.List(fields.Nested(LiveSeatOut))

    @post_dump
    def word_left_out(self, data, **kwargs):
        """The explanation of a survivor left out, worded here from its code and seats."""
        if data.get("reason") == "holds_seat_elsewhere" and not data.get("explanation"):
            seats = "; ".join(f"{seat.get('title') or 'batch ' + str(seat['batch_id'])} "
                              f"({seat['status']}, referral {seat['referral_id']})"
                              for seat in data.get("live_seats", []))
            data["explanation"] = (f"Left out: she already holds a seat in {seats}. Propose "
                                   f"with include_placed to include her.")
        return data


class AllocationBatchOut(BatchRef):
    seats = fields.Integer(required=True, metadata={"description": "Free seats when proposed"})
    filled = fields.Integer(required=True)


class AllocationSummary(Schema):
    locals().update(alike(fields.Integer, """
        survivors placed unplaced seats_offered seats_filled high_urgency high_urgency_placed""",
        required=True))


class AllocationHead(Schema):
    """What names an allocation, read whole or listed."""

    locals().update(columns(Allocation, "id status", status=fields.String(
        required=True, validate=validate.OneOf(["proposed", "applied"]))))


class AllocationOut(AllocationHead):
    locals().update(columns(Allocation, """
        min_score include_placed created_at applied_at summary batches placements unplaced""",
        summary=fields.Nested(AllocationSummary, required=True),
        batches=fields.List(fields.Nested(AllocationBatchOut), required=True),
        placements=fields.List(fields.Nested(PlacementOut), required=True),
        unplaced=fields.List(fields.Nested(UnplacedOut), required=True)))


class AllocationListed(AllocationHead):
    locals().update(columns(Allocation, "created_at applied_at"))
    survivors = fields.Integer(required=True)
    placed = fields.Integer(required=True)
    seats_offered = fields.Integer(required=True)
