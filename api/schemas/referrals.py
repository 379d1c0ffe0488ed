"""Referrals and matches in and out (docs/http-api.md, "Referrals" and "Matches")."""
from __future__ import annotations

from marshmallow import Schema, fields, pre_dump, validate, validates_schema

from catalog.models import Referral
from catalog.services.referrals import NOT_SELECTED_REASONS, WITHDRAW_REASONS
from matcher.vocabulary import ReferralStatus

from ..i18n import wording
from .columns import alike, columns
from .fields import MAX_ID, StrictSchema, code, flag, one_or_the_other, query_id, text, whole
from .messages import MessageSchema, NearMissBlockerSchema, code_field


class ReferralIn(StrictSchema):
    profile_id = whole(1, MAX_ID, required=True)
    batch_id = whole(1, MAX_ID)
    opening_id = whole(1, MAX_ID)
    confirm_flags = flag(metadata={
        "description": "true: the counselor has read the screening flags of an opening "
                       "published over them (else 409 flags_unconfirmed)"})

    @validates_schema
    def one_offer(self, data, **kwargs):
        one_or_the_other(data, "batch_id", "opening_id")


class ReferralPatch(StrictSchema):
    status = code(ReferralStatus, required=True)
    note = text(500, metadata={"description": "The counselor's organisation's alone: never "
                                              "shown to a liaison or a CSR partner"})
    note_for_partner = text(500, metadata={
        "description": "Written for the liaison or CSR partner of this referral to read"})
    reason = fields.String(validate=validate.OneOf(sorted({*WITHDRAW_REASONS,
                                                           *NOT_SELECTED_REASONS})),
                           metadata={"description": "withdrawn: " + ", ".join(WITHDRAW_REASONS)
                                     + "; not_selected: " + ", ".join(NOT_SELECTED_REASONS)})


class ReferralCreated(Schema):
    locals().update(columns(Referral, "id status hold_expires_at"))


class CandidateSummary(Schema):
    """An anonymised summary: never a case reference, an exact age, a district or free text."""

    age_band = fields.String(required=True, metadata={"description": "e.g. 18-24"})
    literacy = fields.String(required=True)
    languages = fields.List(fields.String(), required=True)
    trades = fields.List(fields.String(), required=True, metadata={
        "description": "Trades the survivor wants to work in (her interests, resolved to the "
                       "taxonomy's names)"})
    skills = fields.List(fields.String(), required=True, metadata={
        "description": "Trades she has worked in (her experience, resolved to the taxonomy's "
                       "names)"})
    courses_completed = fields.List(fields.String(), required=True)


class ReferralOut(Schema):
    """Counselors see their own survivor's referral; liaisons and employers see `candidate` only."""

    locals().update(columns(Referral, """
        id profile_id case_ref batch_id opening_id status hold_expires_at created_at
        status_changed_at note note_for_partner reason candidate""",
        profile_id=fields.Integer(metadata={"description": "Counselors only"}),
        case_ref=fields.String(allow_none=True, metadata={"description": "Counselors only"}),
        note="Counselors only", reason="Why it was withdrawn or not selected (a code)",
        candidate=fields.Nested(CandidateSummary,
                                metadata={"description": "Liaisons and employers"})))


class ReferralListArgs(Schema):
    status = code(ReferralStatus)
    batch_id = query_id()
    opening_id = query_id()
    profile_id = query_id()


class MatchArgs(Schema):
    kind = fields.String(load_default="all", validate=validate.OneOf(["all", "course", "opening"]))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    near_misses = fields.Boolean(load_default=True)


class PathwayStepSchema(Schema):
    step = fields.String(required=True, metadata={
        "description": "documents, course, opening, stipend or scheme"})
    documents = fields.List(fields.String())
    course_id = fields.Integer(allow_none=True)
    batch_id = fields.Integer(allow_none=True)
    opening_id = fields.Integer(allow_none=True)
    scheme = fields.String(metadata={"description": "Code of the scheme (GET /schemes)"})
    purpose = fields.String(metadata={
        "description": "bank_account, course_support or business_loan"})
    amount_inr = fields.Integer(allow_none=True)
    amount_inr_month = fields.Integer(allow_none=True)
    message = fields.String(metadata={
        "description": "The step worded in the request's Accept-Language"})
    screening = fields.Nested(lambda: CardScreeningSchema(), allow_none=True, metadata={
        "description": "An opening step published over flags: which, and the admins' reasons"})


class CardFlagSchema(Schema):
    code = code_field("flag", description="A screening flag")
    severity = fields.String(required=True, metadata={"description": "hard or soft"})
    message = fields.Function(lambda flag: flag.get("message") or wording().flag(flag),
                              required=True, metadata={
                                  "type": "string",
                                  "description": "What it means, in the request's language"})
    params = fields.Dict(keys=fields.String(), required=True)
    dismissal_notes = fields.List(fields.String(), required=True, metadata={
        "description": "The admins' reasons for dismissing a hard flag as a false alarm"})


class CardScreeningSchema(Schema):
    """On a card of an opening published over screening flags: which, and why."""

    flags = fields.List(fields.Nested(CardFlagSchema), required=True)
    note = fields.String(allow_none=True, metadata={
        "description": "The publishing admin's note"})


class OfferCardSchema(Schema):
    """What names an offer on a card, matched or nearly: its kind, ids, title and trade."""

    kind = fields.String(required=True)
    locals().update(alike(fields.Integer, "course_id batch_id opening_id", allow_none=True))
    locals().update(alike(fields.String, "title trade", required=True))


class MatchSchema(OfferCardSchema):
    score = fields.Float(required=True)
    factors = fields.Dict(keys=fields.String(), values=fields.Float(), required=True)
    reasons = fields.List(fields.String(), required=True, metadata={
        "description": "Why it fits, worded in the request's Accept-Language"})
    explanations = fields.List(fields.Nested(MessageSchema), required=True, metadata={
        "description": "The reasons as codes with parameters (and their message)"})
    requires_bridge = fields.Boolean(required=True)
    pathway = fields.List(fields.Nested(PathwayStepSchema), required=True)
    screening = fields.Nested(CardScreeningSchema, allow_none=True, metadata={
        "description": "An opening published over flags (or a course whose pathway ends in "
                       "one): the flags and the admins' reasons; a referral to it needs "
                       "confirm_flags"})
    reason_codes = fields.List(fields.Nested(MessageSchema), metadata={
        "description": "Reasons of the whole match as codes with parameters (e.g. "
                       "needs_no_indian_papers); worded at the head of `reasons`"})


class NearMissSchema(OfferCardSchema):
    blockers = fields.List(fields.Nested(NearMissBlockerSchema), required=True)


class MatchesOut(Schema):
    """The engine's result, worded once in the request's language before it is dumped."""

    profile_id = fields.Integer(required=True)
    matches = fields.List(fields.Nested(MatchSchema), required=True)
    near_misses = fields.List(fields.Nested(NearMissSchema), required=True)

    @pre_dump
    def word(self, result, **kwargs):
        return wording().match_result(result)
