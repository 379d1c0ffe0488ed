"""Courses and batches in and out (docs/http-api.md, "Courses and batches")."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates

from catalog.models import Batch, Course
from matcher.vocabulary import CourseMode, Document, Literacy

from .columns import columns
from .fields import MAX_ID, StrictSchema, code, codes, flag, text, whole
from .offers import offer_place, offer_takes


class CourseIn(StrictSchema):
    title = text(200, required=True)
    trade = text(64, required=True, metadata={"description": "A trade code (GET /trades)"})
    locals().update(offer_takes("of instruction"))
    mode = code(CourseMode, required=True)
    locals().update(offer_place("the course"))
    duration_weeks = whole(1, 520, required=True)
    fee_inr = whole(0, 10_000_000)
    stipend_inr_month = whole(0, 1_000_000)
    residential = flag()
    women_only = flag()
    min_age = whole(10, 80)
    max_age = whole(10, 100, allow_none=True)
    documents_required = codes(Document, max_items=10)
    raises_literacy_to = code(Literacy, allow_none=True,
                              metadata={"description": "Set on literacy (bridge) programmes"})
    placement_rate = fields.Float(validate=validate.Range(min=0, max=1), allow_nan=False,
                                  allow_none=True, metadata={"description": "0 to 1"})
    active = flag(metadata={"description": "An inactive course is not matched"})

    @validates("languages")
    def _at_least_one_language(self, value: list[str], **_kwargs) -> None:
        if not value:
            raise ValidationError("Give at least one language of instruction.")


class CoursePatch(CourseIn):
    """The fields of CourseIn, each optional (use with `partial=True`)."""


class BatchIn(StrictSchema):
    start_date = fields.Date(required=True)
    application_deadline = fields.Date(required=True,
                                       metadata={"description": "On or before start_date"})
    seats_total = whole(1, 100_000, required=True)
    closed = flag(metadata={"description": "A closed batch takes no referrals"})


class BatchPatch(BatchIn):
    """The fields of BatchIn, each optional (use with `partial=True`). `seats_total` below the
    seats already taken is a 409 `seats_below_taken`."""

    seats_total = whole(0, 100_000)


class BatchOut(Schema):
    locals().update(columns(Batch, """
        id course_id start_date application_deadline seats_total seats_taken seats_available
        closed created_at updated_at""",
        seats_taken="Held or enrolled", seats_available=fields.Integer(required=True)))


class CourseOut(Schema):
    locals().update(columns(Course, """
        id provider_id title trade min_literacy languages mode district state latitude longitude
        duration_weeks fee_inr stipend_inr_month residential women_only min_age max_age
        documents_required raises_literacy_to placement_rate active batches created_at
        updated_at""", batches=fields.List(fields.Nested(BatchOut), required=True)))


class CourseListArgs(Schema):
    trade = text(64, metadata={"description": "A trade code"})
    district = text(80)
    mode = code(CourseMode)
    provider_id = fields.Integer(validate=validate.Range(min=1, max=MAX_ID),
                                 metadata={"description": "Courses of one provider"})
