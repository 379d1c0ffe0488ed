"""Field builders shared by the schemas: bounded strings and lists, enumeration codes."""
from __future__ import annotations

from enum import Enum

import marshmallow as ma
from marshmallow import fields, validate

MAX_TEXT = 200
MAX_LIST = 30


# NUL and other control characters (tab and newlines aside) have no place in what people type,
# and PostgreSQL refuses NUL in text: refuse them here, naming the field.
NO_CONTROL_CHARACTERS = validate.Regexp(
    r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$", error="Must not contain control characters."
)


def text(max_length: int = MAX_TEXT, *, min_length: int = 1, **kwargs) -> fields.String:
    return fields.String(
        validate=[validate.Length(min=min_length, max=max_length), NO_CONTROL_CHARACTERS],
        **kwargs,
    )


def code(enum: type[Enum], **kwargs) -> fields.String:
    """One code of `enum`; the error names the allowed codes."""
    return fields.String(validate=validate.OneOf([m.value for m in enum]), **kwargs)


def codes(enum_or_values, max_items: int = MAX_LIST, **kwargs) -> fields.List:
    values = (
        [m.value for m in enum_or_values]
        if isinstance(enum_or_values, type) and issubclass(enum_or_values, Enum)
        else list(enum_or_values)
    )
    return fields.List(
        fields.String(validate=validate.OneOf(values)),
        validate=validate.Length(max=max_items),
        **kwargs,
    )


def texts(max_items: int = MAX_LIST, max_length: int = MAX_TEXT, **kwargs) -> fields.List:
    return fields.List(
        text(max_length),
        validate=validate.Length(max=max_items),
        **kwargs,
    )


def latitude(**kwargs) -> fields.Float:
    return fields.Float(validate=validate.Range(min=-90, max=90), allow_nan=False, **kwargs)


def longitude(**kwargs) -> fields.Float:
    return fields.Float(validate=validate.Range(min=-180, max=180), allow_nan=False, **kwargs)


def whole(minimum: int = 0, maximum: int = 10_000_000, **kwargs) -> fields.Integer:
    return fields.Integer(strict=True, validate=validate.Range(min=minimum, max=maximum), **kwargs)


class StrictSchema(ma.Schema):
    """Input schema: unknown fields are refused, never ignored (no mass assignment)."""

    class Meta:
        unknown = ma.RAISE


class JsonBoolean(fields.Boolean):
    """true or false, and nothing equal to them: 1 == True and 0 == False in Python, so sets
    of truthy values alone would let 1 and 0 through."""

    def _deserialize(self, value, attr, data, **kwargs):
        if type(value) is not bool:
            raise self.make_error("invalid", input=value)
        return value


def flag(**kwargs) -> fields.Boolean:
    """A JSON boolean: true or false only ("yes", 1 or "on" are refused, not guessed)."""
    return JsonBoolean(truthy={True}, falsy={False}, **kwargs)
