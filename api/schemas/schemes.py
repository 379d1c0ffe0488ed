"""Government schemes in and out: the catalogue (admin writes) and a survivor's entitlements."""
from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from catalog.models import Scheme
from matcher.schemes import Eligibility
from matcher.vocabulary import Document, SchemeKind, SchemeLevel, SchemeResidence

from .columns import alike, columns
from .fields import StrictSchema, codes, text, texts
from .messages import MessageSchema, worded_list
from .fields import code as one_of

SCHEME_CODE = validate.Regexp(r"^[a-z][a-z0-9_]{1,39}$",
                              error="Lower-case letters, digits and _, 2 to 40 characters.")


def age(**kwargs) -> fields.Integer:
    return fields.Integer(strict=True, validate=validate.Range(min=0, max=120), allow_none=True,
                          **kwargs)


class EligibilityIn(StrictSchema):
    """The rules as data: `matcher.schemes` checks ages, gender, residence and BPL; the rest is
    shown to the counselor as it is."""

    min_age = age()
    max_age = age()
    gender = fields.String(allow_none=True, validate=validate.OneOf(["female"]),
                           metadata={"description": "null (anyone) or female"})
    residence = one_of(SchemeResidence, allow_none=True, metadata={
        "description": "india: Indian residence papers; state: of the scheme's state; null: none"})
    bpl_or_income = text(1000, allow_none=True, metadata={
        "description": "Income or poverty condition; words such as BPL or poor make it required"})
    occupation = text(1000, allow_none=True)
    other = texts(30, 1000)

    @validates_schema
    def ages_in_order(self, data, **kwargs):
        low, high = data.get("min_age"), data.get("max_age")
        if low is not None and high is not None and low > high:
            raise ValidationError(f"Must be at least min_age ({low}).", "max_age")


class SchemePatch(StrictSchema):
    name = text(300)
    level = one_of(SchemeLevel)
    state = text(80, allow_none=True)
    kind = one_of(SchemeKind)
    ministry = text(200, allow_none=True)
    benefit = text(4000, min_length=0)
    benefit_amount_inr = fields.Integer(strict=True, allow_none=True,
                                        validate=validate.Range(min=0, max=100_000_000))
    eligibility = fields.Nested(EligibilityIn)
    documents_required = codes(Document, max_items=10)
    documents_other = texts(30, 1000)
    prerequisites = fields.List(fields.String(validate=SCHEME_CODE),
                                validate=validate.Length(max=10))
    sources = fields.List(fields.Url(validate=validate.Length(max=1000)),
                          validate=validate.Length(max=30))
    checked_on = fields.Date(allow_none=True)
    active = fields.Boolean(truthy={True}, falsy={False})


class SchemeIn(SchemePatch):
    code = fields.String(required=True, validate=SCHEME_CODE)
    name = text(300, required=True)
    level = one_of(SchemeLevel, required=True)
    kind = one_of(SchemeKind, required=True)
    eligibility = fields.Nested(EligibilityIn, required=True)
    sources = fields.List(fields.Url(validate=validate.Length(max=1000)), required=True,
                          validate=validate.Length(min=1, max=30),
                          metadata={"description": "Where every fact comes from"})


class EligibilityOut(Schema):
    """The rules as EligibilityIn takes them (a scheme's `eligibility`): ages and conditions,
    each of which may be null, and the other conditions as they are written."""

    locals().update(alike(fields.Integer, "min_age max_age", allow_none=True))
    locals().update(alike(fields.String, "gender residence bpl_or_income occupation",
                          allow_none=True))
    other = fields.List(fields.String())


class SchemeOut(Schema):
    locals().update(columns(Scheme, """
        id code name level state kind ministry benefit benefit_amount_inr eligibility
        documents_required documents_other prerequisites sources checked_on active updated_at""",
        eligibility=fields.Nested(EligibilityOut, required=True)))


class SchemeListArgs(Schema):
    kind = one_of(SchemeKind)
    level = one_of(SchemeLevel)
    active = fields.Boolean()


class EntitlementArgs(Schema):
    status = one_of(Eligibility)


class SchemeStepSchema(Schema):
    step = fields.String(required=True, metadata={"description": "documents or scheme"})
    documents = fields.List(fields.String())
    scheme = fields.String()


class EntitlementSchema(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    level = fields.String(required=True)
    state = fields.String(allow_none=True)
    kind = fields.String(allow_none=True)
    status = fields.String(required=True, validate=validate.OneOf(Eligibility.codes()))
    reasons = worded_list("reasons")
    explanations = fields.List(fields.Nested(MessageSchema), attribute="reasons", required=True,
                               metadata={"description": "The reasons as codes with parameters"})
    missing_documents = fields.List(fields.String(), required=True)
    prerequisite_steps = fields.List(fields.String(), required=True)
    pathway = fields.List(fields.Nested(SchemeStepSchema), required=True)
    benefit = fields.String(required=True)
    benefit_amount_inr = fields.Integer(allow_none=True)


class EntitlementsOut(Schema):
    profile_id = fields.Integer(required=True)
    schemes = fields.List(fields.Nested(EntitlementSchema), required=True)
