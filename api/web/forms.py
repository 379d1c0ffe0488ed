"""HTML forms to the API's own input schemas and back: a page validates exactly what the API
validates, and shows each error beside its field.

A form sends strings; the schemas want JSON types (strict integers, true booleans, lists), so a
field spec says how to read each field first. Empty optional fields are left out.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from flask import flash, request
from marshmallow import Schema, ValidationError
from werkzeug.datastructures import MultiDict

from catalog.errors import DomainError, Invalid
from ..i18n import gettext as _
from ..i18n import wording
from ..labels import N_

from ..schemas.fields import MAX_DIGITS

Errors = dict[str, list[str]]
T = TypeVar("T")

TEXT, INT, FLOAT, BOOL = "text", "int", "float", "bool"
CHOICES, LIST, DATE = "choices", "list", "date"


def read(form: MultiDict, spec: Mapping[str, str]) -> tuple[dict[str, Any], Errors]:
    """The form's fields as JSON-typed values, and the fields that could not be read."""
    data: dict[str, Any] = {}
    errors: Errors = {}
    for name, kind in spec.items():
        if kind == BOOL:
            data[name] = form.get(name) in ("on", "true", "1", "yes")
        elif kind == CHOICES:
            data[name] = [value for value in form.getlist(name) if value]
        elif kind == LIST:
            data[name] = split_list(form.get(name, ""))
        else:
            raw = (form.get(name) or "").strip()
            if not raw:
                continue
            if kind in (INT, FLOAT) and len(raw) > MAX_DIGITS:  # bounded before converting
                errors[name] = ["Enter a whole number." if kind == INT else "Enter a number."]
            elif kind == INT:
                try:
                    data[name] = int(raw)
                except ValueError:
                    errors[name] = [N_("Enter a whole number.")]
            elif kind == FLOAT:
                try:
                    data[name] = float(raw)
                except ValueError:
                    errors[name] = [N_("Enter a number.")]
            else:  # TEXT, DATE: the schema checks them
                data[name] = raw
    return data, errors


def split_list(raw: str) -> list[str]:
    """Items typed one per line or separated by commas."""
    items = (item.strip() for line in raw.splitlines() for item in line.split(","))
    return [item for item in items if item]


def load(schema: Schema, data: dict[str, Any], errors: Errors,
         unnest: tuple[str, ...] = ()) -> dict[str, Any]:
    """`data` through the schema; its complaints are added to `errors`. The fields of a nested
    schema named in `unnest` are fields of the form itself: their errors go by their own names."""
    try:
        return schema.load(data)
    except ValidationError as error:
        messages = dict(error.messages) if isinstance(error.messages, Mapping) else error.messages
        if isinstance(messages, dict):
            for name in unnest:
                nested = messages.get(name)
                if isinstance(nested, Mapping):
                    del messages[name]
                    errors.update(flatten(nested))
        errors.update(flatten(messages))
        return {}


def flatten(messages: Any, prefix: str = "") -> Errors:
    """marshmallow's nested messages ({"languages": {0: [...]}}) as {field: [messages]}."""
    flat: Errors = {}
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            name = prefix or str(key)
            for field, texts in flatten(value, name).items():
                flat.setdefault(field, []).extend(texts)
    elif isinstance(messages, list | tuple):
        for value in messages:
            for field, texts in flatten(value, prefix).items():
                flat.setdefault(field, []).extend(texts)
    else:
        # a service's FieldError stays itself (a str with its code), to be worded on the page
        flat.setdefault(prefix or "_form", []).append(
            messages if isinstance(messages, str) else str(messages))
    return flat


def domain_errors(error: DomainError) -> Errors:
    """A service's refusal, by the field it names (`avoid_districts.0` -> `avoid_districts`)."""
    if isinstance(error, Invalid) and error.field_errors:
        errors: Errors = {}
        for field, texts in error.field_errors.items():
            errors.setdefault(field.split(".")[0], []).extend(texts)
        return errors
    return {"_form": [refusal(error)]}


def whole_number(raw: str | None, digits: int = 9) -> int | None:
    """A number typed or sent as a form value: decimal digits (in any script `int` reads, so
    Devanagari and Bengali digits too), at most `digits` of them; else None. `str.isdigit` alone
    lets through '²' and other digits `int` refuses, which would be a 500."""
    return int(raw) if raw and raw.isdecimal() and len(raw) <= digits else None


def page_number(args: Mapping[str, str], below: int = 100_000) -> int:
    """The `page` a list page asks for: a whole number from 1 to `below` - 1, else the first
    (ASCII digits only, and no longer than `below`, so `int` never sees a huge string)."""
    raw = args.get("page", "1")
    if raw.isascii() and raw.isdigit() and len(raw) <= len(str(below)):
        return int(raw) if 0 < int(raw) < below else 1
    return 1


def refusal(error: DomainError) -> str:
    """A service's refusal in the page's language (its English message when it has no
    wording)."""
    return wording().error(error.reason, error.details, error.message)


def flash_refusal(error: DomainError) -> None:
    """A service's refusal of a button's action, flashed on the page it goes back to."""
    flash(_("Not done: %(reason)s", reason=refusal(error)), "error")


def form_page(row, values: Callable, render: Callable, save: Callable):
    """The page of a form for `row` (None: a new one): a GET shows it filled with
    `values(row)` (what is stored, or the defaults), a POST is `save(row)`."""
    if request.method == "GET":
        return render(row, values(row), {})
    return save(row)


def save(db, action: Callable[[], T]) -> tuple[T | None, Errors]:
    """Run a service's `action` and commit: (its result, no errors); a refusal rolls back and
    comes back as errors by field, (None, errors), for the form to show again."""
    try:
        done = action()
        db.commit()
    except DomainError as error:
        db.rollback()
        return None, domain_errors(error)
    return done, {}
