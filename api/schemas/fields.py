"""Field builders shared by the schemas: bounded strings and lists, enumeration codes, and the
one check every input string passes (StrictSchema): no lone surrogate or other non-character."""
from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

import marshmallow as ma
from marshmallow import fields, pre_load, validate

MAX_TEXT = 200
MAX_LIST = 30
MAX_ID = 2**31 - 1  # the ids of the tables are 32-bit integers


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


def query_id() -> fields.Integer:
    """An id in the query string: text like "7" is parsed, not refused as `whole` refuses it in
    a JSON body."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID))


# Lone surrogates (JSON "\\ud800" decodes to one; no UTF-8 can store or send it) and Unicode's
# non-characters (U+FDD0..U+FDEF, and U+FFFE and U+FFFF of every plane): never text a person
# typed, and a surrogate stored once makes every page that shows it fail.
NON_CHARACTER = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}"
              for plane in range(17))
    + "]"
)
NON_CHARACTER_MESSAGE = "Must not contain invalid characters (such as a lone surrogate)."
# The longest whole number any field takes (ids are 10 digits): longer ones are refused before
# anything converts them (Python refuses 4,300 digits; a float of a long one overflows).
MAX_DIGITS = 20


def has_non_character(value: str) -> bool:
    return NON_CHARACTER.search(value) is not None


def non_character_errors(data: Any) -> dict | list | None:
    """Where in `data` (a decoded JSON value) a string holds a non-character, in marshmallow's
    error shape ({"interests": {0: [...]}}); None if nowhere. Keys are checked as well."""
    if isinstance(data, str):
        return [NON_CHARACTER_MESSAGE] if has_non_character(data) else None
    if isinstance(data, Mapping):
        errors: dict = {}
        for key, value in data.items():
            if isinstance(key, str) and has_non_character(key):
                errors[key.encode("utf-8", "replace").decode()] = [NON_CHARACTER_MESSAGE]
                continue
            found = non_character_errors(value)
            if found:
                errors[key] = found
        return errors or None
    if isinstance(data, list | tuple):
        errors = {index: found for index, value in enumerate(data)
                  if (found := non_character_errors(value))}
        return errors or None
    return None


class StrictSchema(ma.Schema):
    """Input schema: unknown fields are refused, never ignored (no mass assignment), and no
    string anywhere in the input (nested ones, list items and keys included) may hold a lone
    surrogate or a non-character: a 422 naming the field, before any field reads it."""

    class Meta:
        unknown = ma.RAISE

    @pre_load
    def refuse_non_characters(self, data, **kwargs):
        errors = non_character_errors(data)
        if errors:
            raise ma.ValidationError(errors if isinstance(errors, dict) else {"_schema": errors})
        return data


def one_or_the_other(data: Mapping, first: str, second: str) -> None:
    """For a schema's validator: refuses a body giving both `first` and `second`, or neither,
    naming `first` (its message is worded in api/field_errors.py)."""
    if (first in data) == (second in data):
        raise ma.ValidationError(f"Give {first} or {second}, not both.", first)


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
