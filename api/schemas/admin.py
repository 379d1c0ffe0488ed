"""Organisations and users in and out (docs/http-api.md, "Organisations and users (admin)")."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from catalog.models import Organisation
from catalog.roles import Role
from matcher.vocabulary import OrganisationKind

from .columns import columns
from .fields import MAX_ID, StrictSchema, code, text, whole


class OrganisationIn(StrictSchema):
    name = text(200, required=True)
    kind = code(OrganisationKind, required=True)


class OrganisationOut(Schema):
    locals().update(columns(Organisation, """
        id name kind verified verified_at verification_note created_at""",
        verification_note="The admin's reason for the last verification decision"))


class VerificationIn(StrictSchema):
    note = text(2000, required=True, metadata={
        "description": "What was checked (verify) or why it is withdrawn (unverify)"})


class VerificationOut(OrganisationOut):
    openings_changed = fields.Integer(required=True, metadata={
        "description": "Live openings of the employer whose screening changed"})


class EmployerRecordOut(Schema):
    employer_id = fields.Integer(required=True)
    placements = fields.Integer(required=True, metadata={"description": "Hired referrals"})
    retention_90_recorded = fields.Integer(required=True)
    retention_90 = fields.Float(allow_none=True, metadata={
        "description": "Share working at the day-90 follow-up, of those recorded"})
    unsafe_reports = fields.Integer(required=True, metadata={
        "description": "Follow-ups unsafe, or reporting fees taken, documents kept or wages "
                       "unpaid"})
    wage_reports = fields.Integer(required=True)
    wage_paid_inr_month = fields.Integer(allow_none=True, metadata={
        "description": "Mean wage the follow-ups found paid"})
    wage_promised_inr_month = fields.Integer(allow_none=True, metadata={
        "description": "Mean wage those openings promised"})
    underpaid_reports = fields.Integer(required=True, metadata={
        "description": "Wages found below 80% of the wage promised"})


class OrganisationListArgs(Schema):
    kind = code(OrganisationKind)
    verified = fields.Boolean()


class UserIn(StrictSchema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    organisation_id = whole(1, MAX_ID, required=True)
    role = code(Role, required=True)


class UserCreated(Schema):
    """The new user's bearer token is in this answer and nowhere else, ever."""

    id = fields.Integer(required=True)
    token = fields.String(required=True, metadata={"description": "Shown once; store it safely"})
