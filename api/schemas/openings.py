"""Job openings in and out, and an admin's review (docs/http-api.md, "Openings")."""
from __future__ import annotations

from flask import g
from marshmallow import Schema, ValidationError, fields, validate, validates

from matcher.vocabulary import MIN_WORKING_AGE, Document, OpeningStatus, Shift, WorkMode

from catalog.models import Opening
from catalog.roles import Role
from catalog.services import publishing

from .columns import columns
from .fields import NO_CONTROL_CHARACTERS, StrictSchema, code, codes, flag, text, whole
from .messages import FlagSchema, code_field, flag_message
from .offers import offer_place, offer_takes


class OpeningIn(StrictSchema):
    title = text(200, required=True)
    trade = text(64, required=True, metadata={"description": "A trade code (GET /trades)"})
    description = text(4000, min_length=0)
    locals().update(offer_takes("spoken at work"))
    work_mode = code(WorkMode, required=True)
    locals().update(offer_place("the work"))
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


class DismissalSchema(Schema):
    admin_id = fields.Integer(metadata={"description": "Admins only"})
    note = fields.String(required=True)
    at = fields.DateTime(required=True)


class FlagStateSchema(Schema):
    code = code_field("flag", description="A screening flag")
    message = fields.Function(flag_message, required=True, metadata={
        "type": "string", "description": "What to change, in the request's language"})
    evidence = fields.String(metadata={
        "description": "The words (or the figure) of the opening that raised the flag, as the "
                       "employer wrote them; absent for unverified_employer"})
    params = fields.Dict(keys=fields.String(), required=True)
    severity = fields.String(required=True, validate=validate.OneOf(["hard", "soft", "employer"]),
                             metadata={"description": "hard: never published until cleared; "
                                                      "soft: published with a note; employer: "
                                                      "settled by verifying the employer"})
    dismissals = fields.List(fields.Nested(DismissalSchema), required=True, metadata={
        "description": "Admins' dismissals that hold for the opening's current text"})
    cleared = fields.Boolean(required=True, metadata={
        "description": "A hard flag dismissed by two different admins"})


class ScreeningStateSchema(Schema):
    version = fields.String(allow_none=True, metadata={
        "description": "The screening version the flags come from"})
    current = fields.Boolean(required=True, metadata={
        "description": "Screened with today's rules and word lists"})
    flags = fields.List(fields.Nested(FlagStateSchema), required=True)
    hard_flags_open = fields.List(fields.String(), required=True, metadata={
        "description": "Hard flags not cleared: the opening cannot be published"})
    approved_flags = fields.List(fields.String(), required=True, metadata={
        "description": "The flags the publishing admin published over"})
    review_reason = fields.String(allow_none=True, metadata={
        "description": "Why it went back to review: hard_flag_raised, new_flags, reworded, "
                       "safety_report"})


class OpeningOut(Schema):
    locals().update(columns(Opening, """
        id employer_id title trade description min_literacy languages work_mode district state
        latitude longitude wage_inr_month shift positions positions_filled women_only
        accommodation min_age documents_required closes_on status flags review_note screening
        reviewed_at created_at updated_at""",
        status=fields.String(required=True, validate=validate.OneOf(OpeningStatus.codes())),
        flags=fields.List(fields.Nested(FlagSchema), required=True,
                          metadata={"description": "Concerns screening raised, for review"}),
        screening=fields.Method("_screening", metadata={
            "description": "The publishing gate: flags with their class and dismissals"})))

    def _screening(self, opening) -> dict:
        # Which admin dismissed a flag is the operator's business, not the employer's.
        user = g.get("current_user")
        admins = user is not None and user.role is Role.ADMIN
        return ScreeningStateSchema().dump(publishing.screening_state(opening,
                                                                      with_admins=admins))


class OpeningListArgs(Schema):
    status = code(OpeningStatus, metadata={"description": "e.g. pending_review (admins)"})
    trade = text(64, metadata={"description": "A trade code"})


class ReviewIn(StrictSchema):
    decision = fields.String(required=True, validate=validate.OneOf(["publish", "reject"]))
    note = fields.String(validate=[validate.Length(max=2000), NO_CONTROL_CHARACTERS],
                         allow_none=True, metadata={
                             "description": "Required to publish an opening with any flag "
                                            "(422 note_required)"})


class DismissIn(StrictSchema):
    note = text(2000, required=True, metadata={
        "description": "Why the flag is a false alarm (required)"})


class DismissOut(Schema):
    opening_id = fields.Integer(required=True)
    flag = fields.Nested(FlagStateSchema, required=True)
    hard_flags_open = fields.List(fields.String(), required=True)
