"""Codes with their parameters and a `message` worded in the request's Accept-Language.

Every code a response carries (a blocker, a reason, a pathway note, a scheme refusal, an
allocation note, a screening flag, a notification kind) keeps its `code` and `params` as the
contract; `message` is `api.messages` wording them for the reader (English by default). The
code lists are enums in the OpenAPI spec.
"""
from __future__ import annotations

from marshmallow import Schema, fields, validate

from ..i18n import wording
from ..messages import CODE_LISTS


def code_field(*lists: str, description: str = "") -> fields.String:
    codes = sorted({code for name in lists for code in CODE_LISTS[name]})
    return fields.String(required=True, validate=validate.OneOf(codes),
                         metadata={"description": description} if description else {})


def _params(obj) -> dict:
    return (obj.get("params") if isinstance(obj, dict) else obj.params) or {}


def _message(obj) -> str:
    """The message worded already (a response worded in one pass), else worded now."""
    if isinstance(obj, dict) and "message" in obj:
        return obj["message"]
    return wording().message(obj)


class MessageSchema(Schema):
    """A reason, a pathway note, a scheme refusal or an allocation note."""

    code = code_field("reason", "pathway_note", "scheme_refusal", "allocation_note")
    params = fields.Function(_params, required=True, metadata={
        "type": "object", "description": "Typed parameters of the code"})
    message = fields.Function(_message, required=True, metadata={
        "type": "string", "description": "Worded in the request's Accept-Language"})


class BlockerSchema(Schema):
    code = code_field("blocker", description="A hard rule the offer fails (docs/design.md)")
    params = fields.Function(_params, required=True, metadata={"type": "object"})
    message = fields.Function(_message, required=True, metadata={
        "type": "string", "description": "Worded in the request's Accept-Language"})


class UnblockSchema(Schema):
    """The step that would lift a near miss's blocker (issue 17)."""

    code = code_field("unblock", description="What would lift the blocker")
    params = fields.Function(_params, required=True, metadata={
        "type": "object",
        "description": "Typed parameters of the step (docs/http-api.md, near misses)"})
    message = fields.Function(_message, required=True, metadata={
        "type": "string", "description": "Worded in the request's Accept-Language"})


class NearMissBlockerSchema(BlockerSchema):
    unblock = fields.Nested(UnblockSchema, metadata={
        "description": "The step the catalogue offers that would lift this blocker; absent "
                       "when it has none"})


def flag_message(flag) -> str:
    return wording().flag(flag)


class FlagSchema(Schema):
    code = code_field("flag", description="A screening flag")
    params = fields.Function(_params, required=True, metadata={"type": "object"})
    evidence = fields.String(metadata={
        "description": "The words (or the figure) of the opening that raised the flag, as the "
                       "employer wrote them; absent for unverified_employer"})
    message = fields.Function(flag_message, required=True, metadata={
        "type": "string", "description": "What the CSR partner should change"})


def worded_list(attribute: str) -> fields.Function:
    """A list of messages as sentences in the reader's language (`reasons`, docs/http-api.md)."""
    return fields.Function(
        lambda obj: wording().messages(obj[attribute] if isinstance(obj, dict)
                                       else getattr(obj, attribute)),
        required=True, metadata={"type": "array", "items": {"type": "string"}})
