"""Job openings in and out, and an admin's review (API.md, "Openings")."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates

from matcher.vocabulary import (
    LANGUAGE_CODES,
    MIN_WORKING_AGE,
    Document,
    Literacy,
    OpeningStatus,
    Shift,
    WorkMode,
)

from .fields import StrictSchema, code, codes, flag, latitude, longitude, text, whole


class OpeningIn(StrictSchema):
    title = text(200, required=True)
    trade = text(64, required=True, metadata={"description": "A trade code (GET /trades)"})
    description = text(4000, min_length=0)
    min_literacy = code(Literacy, required=True)
    languages = codes(LANGUAGE_CODES, max_items=10, required=True,
                      metadata={"description": "ISO 639-1 codes spoken at work; at least one"})
    work_mode = code(WorkMode, required=True)
    district = text(80, allow_none=True,
                    metadata={"description": "Required unless the work is remote"})
    state = text(80, allow_none=True)
    latitude = latitude(allow_none=True, metadata={"description": "Overrides the district's"})
    longitude = longitude(allow_none=True, metadata={"description": "Overrides the district's"})
    wage_inr_month = whole(0, 10_000_000, required=True)
    shift = code(Shift)
    positions = whole(1, 100_000, required=True)
    women_only = flag()
    accommodation = flag()
    min_age = whole(MIN_WORKING_AGE, 80, metadata={"description": "18 or more"})
    documents_required = codes(Document, max_items=10)
    closes_on = fields.Date(required=True, metadata={"description": "Today or later"})

    @validates("languages")
    def _at_least_one_language(self, value: list[str], **_kwargs) -> None:
        if not value:
            raise ValidationError("Give at least one language.")


class OpeningPatch(OpeningIn):
    """The fields of OpeningIn, each optional (use with `partial=True`). Positions below those
    already filled are a 409 `positions_below_filled`."""


class FlagSchema(Schema):
    code = fields.String(required=True, metadata={"description": "e.g. unverified_employer"})
    message = fields.String(required=True)
    evidence = fields.String(metadata={
        "description": "The words (or the figure) of the opening that raised the flag; absent "
                       "for unverified_employer"})


class OpeningOut(Schema):
    id = fields.Integer(required=True)
    employer_id = fields.Integer(required=True)
    title = fields.String(required=True)
    trade = fields.String(required=True)
    description = fields.String(required=True)
    min_literacy = fields.String(required=True)
    languages = fields.List(fields.String(), required=True)
    work_mode = fields.String(required=True)
    district = fields.String(allow_none=True)
    state = fields.String(allow_none=True)
    latitude = fields.Float(allow_none=True)
    longitude = fields.Float(allow_none=True)
    wage_inr_month = fields.Integer(required=True)
    shift = fields.String(required=True)
    positions = fields.Integer(required=True)
    positions_filled = fields.Integer(required=True)
    women_only = fields.Boolean(required=True)
    accommodation = fields.Boolean(required=True)
    min_age = fields.Integer(required=True)
    documents_required = fields.List(fields.String(), required=True)
    closes_on = fields.Date(required=True)
    status = fields.String(required=True, validate=validate.OneOf(OpeningStatus.codes()))
    flags = fields.List(fields.Nested(FlagSchema), required=True,
                        metadata={"description": "Concerns screening raised, for review"})
    review_note = fields.String(allow_none=True)
    reviewed_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class OpeningListArgs(Schema):
    status = code(OpeningStatus, metadata={"description": "e.g. pending_review (admins)"})
    trade = text(64, metadata={"description": "A trade code"})


class ReviewIn(StrictSchema):
    decision = fields.String(required=True, validate=validate.OneOf(["publish", "reject"]))
    note = fields.String(validate=validate.Length(max=2000), allow_none=True)
