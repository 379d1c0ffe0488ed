"""Issue 15, finding 7, as a property: any Unicode at all (lone surrogates, non-characters,
controls, astral planes) in any string field of the profile, opening and referral schemas is
either refused naming that field, or loaded as text that UTF-8 can store and a page can print.
Never another exception. No database: the schemas are the one place that decides."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from marshmallow import ValidationError, fields

from api.schemas.fields import has_non_character
from api.schemas.openings import OpeningIn
from api.schemas.profiles import ProfileIn
from api.schemas.referrals import ReferralIn, ReferralPatch
from tests.api.matrix_fixtures import opening_fields, profile_fields

# Every code point, surrogates included (hypothesis leaves out "Cs" unless told).
ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
ANY_TEXT = st.text(ANY_CHARACTER, max_size=40)
SETTINGS = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))


def string_fields(schema) -> list[tuple[str, bool]]:
    """(name, is a list of strings) for every string field of the schema."""
    names = []
    for name, field in schema.fields.items():
        if isinstance(field, fields.String):
            names.append((name, False))
        elif isinstance(field, fields.List) and isinstance(field.inner, fields.String):
            names.append((name, True))
    return names


def check(schema, body: dict, name: str, text: str) -> None:
    try:
        loaded = schema.load(body)
    except ValidationError as error:
        assert set(error.messages) == {name}, error.messages  # the valid body's others pass
        return
    assert not has_non_character(text), "a non-character was let through"
    value = loaded.get(name)
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str):
            text.encode("utf-8")  # storable and printable: never a lone surrogate
            assert not has_non_character(text)


CASES = [
    ("profile", ProfileIn(), lambda: profile_fields(case_ref="PROP-1")),
    ("opening", OpeningIn(), opening_fields),
    ("referral patch", ReferralPatch(), lambda: {"status": "enrolled", "note": "ok"}),
]


@pytest.mark.parametrize("label, schema, valid", CASES, ids=[case[0] for case in CASES])
@SETTINGS
@given(data=st.data())
def test_any_unicode_in_any_string_field_is_refused_or_safe(label, schema, valid, data):
    name, is_list = data.draw(st.sampled_from(string_fields(schema)), label="field")
    text = data.draw(ANY_TEXT, label="text")
    body = valid()
    body[name] = [text] if is_list else text
    check(schema, body, name, text)


@pytest.mark.parametrize("label, schema, valid", CASES, ids=[case[0] for case in CASES])
@SETTINGS
@given(data=st.data())
def test_a_lone_surrogate_anywhere_is_refused_naming_the_field(label, schema, valid, data):
    name, is_list = data.draw(st.sampled_from(string_fields(schema)), label="field")
    surrogate = data.draw(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF,
                                        exclude_categories=()))
    prefix, suffix = data.draw(ANY_TEXT), data.draw(ANY_TEXT)
    body = valid()
    text = prefix + surrogate + suffix
    body[name] = [text] if is_list else text
    with pytest.raises(ValidationError) as refused:
        schema.load(body)
    assert name in refused.value.messages


@SETTINGS
@given(key=st.sampled_from(["profile_id", "batch_id"]),
       digits=st.integers(min_value=21, max_value=6000))
def test_a_referral_with_an_over_long_number_is_refused_by_the_parser_and_schema(key, digits):
    """What the API's JSON parser hands the schema for an over-long integer: an infinity."""
    from api.blueprint import _bounded_int

    body = {"profile_id": 1, "batch_id": 2, key: _bounded_int("9" * digits)}
    with pytest.raises(ValidationError) as refused:
        ReferralIn().load(body)
    assert key in refused.value.messages
