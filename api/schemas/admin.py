"""Organisations and users in and out (API.md, "Organisations and users (admin)")."""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from matcher.vocabulary import OrganisationKind, Role

from .fields import StrictSchema, code, text, whole

MAX_ID = 2**31 - 1


class OrganisationIn(StrictSchema):
    name = text(200, required=True)
    kind = code(OrganisationKind, required=True)


class OrganisationOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)
    kind = fields.String(required=True)
    verified = fields.Boolean(required=True)
    verified_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime(required=True)


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
