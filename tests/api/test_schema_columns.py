"""api.schemas.columns: an output field of each column named, of the column's type and
nullability, and nothing that is not named; and one field alike over several names."""
from __future__ import annotations

import re

import pytest
from marshmallow import Schema, fields

from api.schemas.columns import alike, columns
from catalog.models import ApiToken, Opening, Profile


def test_a_column_gives_the_field_of_its_type_required_or_nullable():
    built = columns(Profile, "id case_ref latitude can_relocate bpl languages consent_recorded_at")
    assert list(built) == ["id", "case_ref", "latitude", "can_relocate", "bpl", "languages",
                           "consent_recorded_at"]
    kinds = {name: (type(field), field.required, field.allow_none) for name, field in built.items()}
    assert kinds == {
        "id": (fields.Integer, True, False),
        "case_ref": (fields.String, False, True),
        "latitude": (fields.Float, True, False),
        "can_relocate": (fields.Boolean, True, False),
        "bpl": (fields.Boolean, False, True),
        "languages": (fields.List, True, False),
        "consent_recorded_at": (fields.DateTime, False, True),
    }
    assert isinstance(built["languages"].inner, fields.String)


def test_an_enumeration_stays_a_string_and_a_date_a_date():
    built = columns(Opening, "status closes_on")
    assert type(built["status"]) is fields.String and built["status"].validators == []
    assert type(built["closes_on"]) is fields.Date


def test_a_string_describes_the_columns_own_field_and_a_field_replaces_it():
    nested = fields.Integer(required=True)
    built = columns(Profile, "age district", age=nested, district="Where she lives")
    assert built["age"] is nested
    assert type(built["district"]) is fields.String
    assert built["district"].metadata == {"description": "Where she lives"}


def test_only_the_columns_named_are_shown():
    class TokenOut(Schema):
        locals().update(columns(ApiToken, "id prefix"))

    assert list(TokenOut._declared_fields) == ["id", "prefix"]
    assert TokenOut().dump(ApiToken(id=1, prefix="ab12", token_hash="secret")) == {
        "id": 1, "prefix": "ab12"}


@pytest.mark.parametrize(("names", "declared", "refusal"), [
    ("id preferences", {}, "Profile.preferences is not a column"),
    ("id resolved_interests", {}, "a List of a Nested schema"),
    ("id age", {"agee": "typo"}, "declared but not named: ['agee']"),
    ("id age id", {}, "named twice: ['id']"),
    ("id", {"age": fields.Integer()}, "declared but not named: ['age']"),
])
def test_what_a_column_cannot_say_is_refused(names, declared, refusal):
    with pytest.raises((ValueError, TypeError), match=re.escape(refusal)):
        columns(Profile, names, **declared)


def test_alike_gives_each_name_a_field_of_its_own():
    built = alike(fields.Integer, "placed  unplaced\n seats", required=True)
    assert list(built) == ["placed", "unplaced", "seats"]
    assert all(type(f) is fields.Integer and f.required for f in built.values())
    assert built["placed"] is not built["seats"]
