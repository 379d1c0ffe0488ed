"""Output fields built from a model's columns, named one by one: the one place where what a
column already says (its type, and whether it may be null) becomes the field a response shows.

An output schema names, in order, every field it shows; a column named gets the field of its
type (below), `allow_none=True` if the column is nullable and `required=True` if not. A field
that says more than its column is given by keyword: a field of its own (a nested object, a
computed value, a validator, a field that is not a column at all), or a string, which is the
description of the column's own field. Nothing is shown unless it is named: these models hold
survivors' data and token digests, so there is no "every column".

    class CourseOut(Schema):
        locals().update(columns(Course, "id title trade batches created_at",
                                batches=fields.List(fields.Nested(BatchOut), required=True)))

In a class body `locals()` is the namespace the class is made from, so the fields stand in the
order named, exactly as if each were written out; methods, hooks and inheritance are those of
any schema (a subclass's own fields come after its base's). `alike` gives one field over several
names of values that are no model's columns (the counts of a summary).
"""
from __future__ import annotations

import types
import typing
from datetime import date, datetime
from functools import cache

from marshmallow import fields
from sqlalchemy.orm import DeclarativeBase

# The field of a column's Python type (its `Mapped[...]` annotation), the first that fits:
# bool before int and datetime before date (each is a subclass of the other). An enumeration
# of codes (a StrEnum) is a str, and its field a String: a schema that lists the codes says so.
SCALARS: tuple[tuple[type, type[fields.Field]], ...] = (
    (bool, fields.Boolean),
    (int, fields.Integer),
    (float, fields.Float),
    (str, fields.String),
    (datetime, fields.DateTime),
    (date, fields.Date),
)


@cache
def _annotations(model: type[DeclarativeBase]) -> dict[str, object]:
    return typing.get_type_hints(model)


def _python_type(model: type[DeclarativeBase], name: str) -> object:
    """X of the column's `Mapped[X]` or `Mapped[X | None]` (nullability is the column's)."""
    mapped = _annotations(model)[name]
    (python_type,) = typing.get_args(mapped)
    if isinstance(python_type, types.UnionType) or typing.get_origin(python_type) is typing.Union:
        (python_type,) = [arg for arg in typing.get_args(python_type) if arg is not type(None)]
    return python_type


def _field_class(model: type[DeclarativeBase], name: str) -> typing.Callable[..., fields.Field]:
    python_type = _python_type(model, name)
    if python_type == list[str]:  # a JSON list of codes or texts
        return lambda **kwargs: fields.List(fields.String(), **kwargs)
    if python_type is dict:  # a JSON object whose keys and values the model leaves open
        return fields.Dict
    for scalar, field_class in SCALARS:
        if isinstance(python_type, type) and issubclass(python_type, scalar):
            return field_class
    raise TypeError(f"{model.__name__}.{name} is a {python_type}: give its field by keyword "
                    "(a JSON list of objects is a List of a Nested schema)")


def column_field(model: type[DeclarativeBase], name: str, description: str | None = None
                 ) -> fields.Field:
    """The output field of the column `name` of `model`: of its type; nullable, or required."""
    column = model.__table__.columns.get(name)
    if column is None:
        raise ValueError(f"{model.__name__}.{name} is not a column: give its field by keyword")
    options: dict = {"allow_none": True} if column.nullable else {"required": True}
    if description is not None:
        options["metadata"] = {"description": description}
    return _field_class(model, name)(**options)


def columns(model: type[DeclarativeBase], names: str, /, **declared: fields.Field | str
            ) -> dict[str, fields.Field]:
    """The output fields `names` (separated by white space), in that order: each column's own
    (`column_field`), or the one `declared` gives it: a field, or a string that describes the
    column's own field. A name declared but not named is refused, as is a name named twice."""
    order = names.split()
    if len(set(order)) != len(order):
        raise ValueError(f"named twice: {sorted({n for n in order if order.count(n) > 1})}")
    unnamed = declared.keys() - set(order)
    if unnamed:
        raise ValueError(f"declared but not named: {sorted(unnamed)}")
    built = {}
    for name in order:
        given = declared.get(name)
        built[name] = given if isinstance(given, fields.Field) else column_field(model, name, given)
    return built


def alike(field_class: type[fields.Field], names: str, /, **options) -> dict[str, fields.Field]:
    """One field `field_class(**options)` for each of `names` (white space between), in that
    order: values of one type that are no model's columns, such as the counts of a summary."""
    return {name: field_class(**options) for name in names.split()}
