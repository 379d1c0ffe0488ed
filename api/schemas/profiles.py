"""Survivor profiles in and out (docs/http-api.md, "Survivor profiles")."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates

from matcher.sectors import ExploitedSector
from matcher.vocabulary import (
    LANGUAGE_CODES,
    ConsentBy,
    Device,
    Document,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    Nationality,
    ProfileStatus,
)

from catalog.models import Profile
from catalog.services.profiles import CLOSE_REASONS, MAX_CLOSE_NOTE

from .columns import columns
from .fields import StrictSchema, code, codes, flag, latitude, longitude, text, texts, whole


class PreferencesSchema(StrictSchema):
    women_only = flag()
    day_shift_only = flag()
    needs_residential = flag()


class ProfileIn(StrictSchema):
    case_ref = text(64, required=True, metadata={"description": "The NGO's own case reference; never a name"})
    age = whole(10, 80, required=True)
    gender = code(Gender, required=True)
    literacy = code(Literacy, required=True)
    languages = codes(LANGUAGE_CODES, max_items=10, required=True,
                      metadata={"description": "ISO 639-1 codes"})
    district = text(80, required=True)
    state = text(80, allow_none=True)
    latitude = latitude(allow_none=True)
    longitude = longitude(allow_none=True)
    max_travel_km = fields.Float(validate=validate.Range(min=0, max=2000), allow_nan=False)
    can_relocate = flag()
    learning_mode = code(LearningMode)
    device = code(Device)
    connectivity = flag()
    interests = texts(20, 120)
    experience = texts(20, 120)
    documents = codes(Document, max_items=10)
    income_urgency = code(IncomeUrgency)
    avoid_districts = texts(20, 80)
    preferences = fields.Nested(PreferencesSchema)
    consent_to_share = flag()
    consent_by = code(ConsentBy, allow_none=True,
                      metadata={"description": "self, or for a minor guardian or cwc"})
    nationality = code(Nationality, metadata={"description": "ISO 3166-1 alpha-2; default IN"})
    awaiting_repatriation = flag(metadata={"description": "A cross-border survivor waiting to go "
                                                          "home; only for non-Indian nationals"})
    bpl = flag(allow_none=True, metadata={"description": "Below-poverty-line household; null: "
                                                         "not known"})
    schemes_held = fields.List(text(40), validate=validate.Length(max=30), metadata={
        "description": "Codes of government schemes already obtained (GET /schemes)"})
    exploited_sector = code(ExploitedSector, allow_none=True, metadata={
        "description": "The sector she was exploited in; offers in its trades are not proposed "
                       "unless return_to_sector_reason says why she chooses to return"})
    return_to_sector_reason = text(500, allow_none=True, metadata={
        "description": "The counselor's note of why she chooses to return to that sector; "
                       "never shown to a liaison or an employer"})

    @validates("languages")
    def _at_least_one_language(self, value: list[str], **_kwargs) -> None:
        # Without one, every offer is blocked on a language she does not speak.
        if not value:
            raise ValidationError("Give at least one language.")


class ResolvedInterestSchema(Schema):
    text = fields.String(required=True)
    trade = fields.String(required=True)
    score = fields.Float(required=True)


class ProfileOut(Schema):
    locals().update(columns(Profile, """
        id case_ref age gender literacy languages district state latitude longitude max_travel_km
        can_relocate learning_mode device connectivity interests experience resolved_interests
        resolved_experience documents income_urgency avoid_districts preferences consent_to_share
        consent_by consent_recorded_at nationality awaiting_repatriation bpl schemes_held
        exploited_sector return_to_sector_reason status created_at updated_at""",
        resolved_interests=fields.List(fields.Nested(ResolvedInterestSchema), required=True),
        resolved_experience=fields.List(fields.Nested(ResolvedInterestSchema), required=True),
        preferences=fields.Dict(keys=fields.String(), values=fields.Boolean(), required=True),
        status=fields.String(required=True, validate=validate.OneOf(ProfileStatus.codes()))))


class ProfileListArgs(Schema):
    status = code(ProfileStatus)


class ProfilePatch(ProfileIn):
    """The fields of ProfileIn, each optional (use with `partial=True`)."""


class ProfileClose(StrictSchema):
    """Why a profile is closed (optional for programs; the pages ask for it)."""

    reason = fields.String(validate=validate.OneOf(CLOSE_REASONS), metadata={
        "description": "One of " + ", ".join(CLOSE_REASONS)})
    note = text(MAX_CLOSE_NOTE, metadata={"description": "The counselor's own note"})
