"""Validation messages next to a form's fields, in the reader's language.

A field's complaint comes from marshmallow (its own English messages, some with figures), from
our schemas or from a service (`Invalid.field_errors`); the English text is the msgid. Messages
with figures are recognised by their pattern and worded with the figures as parameters. A
service's complaint with figures or names is a `catalog.errors.FieldError` (a code with
parameters), worded by `FIELD_ERRORS`. A message not listed here is shown as it is.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from catalog.errors import FieldError

from .labels import N_
from .messages import Wording

KNOWN = [
    # marshmallow's own
    N_("Missing data for required field."), N_("Field may not be null."),
    N_("Not a valid integer."), N_("Not a valid number."), N_("Not a valid string."),
    N_("Not a valid boolean."), N_("Not a valid date."), N_("Not a valid list."),
    N_("Not a valid email address."), N_("Unknown field."), N_("Invalid input type."),
    N_("Not a valid mapping type."),
    # our schemas and services
    N_("Missing data."), N_("Missing value."), N_("Must not be empty."),
    N_("Must be today or later."), N_("Must not be before starts_from."),
    N_("Give at least one language."), N_("Give at least one language of instruction."),
    N_("Must be false for an Indian national."),
    N_("Choose the sector she was exploited in first."),
    N_("Must be 'guardian' or 'cwc' for a survivor under 18."),
    N_("Required where the offer is in person."), N_("Give latitude and longitude together."),
    N_("Unknown trade code; GET /api/v1/trades?q= lists them."),
    N_("Must not contain control characters."),
    N_("Must not contain invalid characters (such as a lone surrogate)."), N_("Name at least one profile."),
    N_("Choose survivors from the list."), N_("No open batch with seats matches them."),
    N_("Enter a whole number."), N_("Enter a number."), N_("Choose yes, no or not known."),
    N_("Choose an outcome."), N_("Choose publish or reject."),
    N_("Give a reason only with not_selected."), N_("Not one of the reasons listed."),
    N_("Choose a reason from the list."), N_("Choose a reason."), N_("Choose a follow-up."),
    N_("A case reference has at most 64 characters."),
    N_("Write why this flag is a false alarm."),
    N_("Write what was checked, or why it is withdrawn."),
    N_("Write why the opening may be published over its flags."),
    N_("Name at least one batch."), N_("Give batch_ids or filters, not both."),
    N_("Give batch_id or opening_id, not both."), N_("Must be on or before start_date."),
    N_("Must be above min_literacy."), N_("Not a status of this kind of referral."),
    N_("The survivor has not consented to share a summary."),
    N_("Must be at least min_age."), N_("No organisation has this id."),
    N_("A state scheme needs its state."), N_("A central scheme names no state."),
    N_("A scheme cannot be its own prerequisite."),
    N_("Only the survivor's counselor writes this note; write note_for_partner."),
    N_("The opening does not carry this flag."),
    N_("Only hard flags are dismissed; publish over a soft flag with a note, and verify the "
       "employer for unverified_employer."),
]

PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Must be one of: .*\."), N_("Choose one of the options.")),
    (re.compile(r"Must be greater than or equal to (?P<min>[\d.]+) and less than or equal to "
                r"(?P<max>[\d.]+)\."), N_("Enter a number from %(min)s to %(max)s.")),
    (re.compile(r"Must be greater than or equal to (?P<min>[\d.]+)\."),
     N_("Enter %(min)s or more.")),
    (re.compile(r"Must be less than or equal to (?P<max>[\d.]+)\."),
     N_("Enter %(max)s or less.")),
    (re.compile(r"Longer than maximum length (?P<max>\d+)\."),
     N_("At most %(max)s characters.")),
    (re.compile(r"Shorter than minimum length (?P<min>\d+)\."),
     N_("At least %(min)s characters.")),
    (re.compile(r"Length must be between (?P<min>\d+) and (?P<max>\d+)\."),
     N_("Give %(min)s to %(max)s items or characters.")),
    (re.compile(r"At least (?P<min>\d+) characters\."), N_("At least %(min)s characters.")),
    (re.compile(r"At most (?P<max>\d+) characters\."), N_("At most %(max)s characters.")),
    (re.compile(r"Must be at least min_age \((?P<min>\d+)\)\."),
     N_("Must be at least the minimum age (%(min)s).")),
]


def _ids(words: Wording, p: dict) -> str:
    return words.list(str(i) for i in p.get("ids") or ())


def _unknown_district(w: Wording, p: dict) -> str:
    text = (w._("Unknown district in %(state)s.", state=p["state"]) if p.get("state")
            else w._("Unknown district."))
    if p.get("suggestions"):
        text += " " + w._("Did you mean: %(names)s?", names=w.list(p["suggestions"], "or"))
    return text


FIELD_ERRORS: dict[str, Callable[[Wording, dict[str, Any]], str]] = {
    # catalog.services.allocations
    "too_many_profiles": lambda w, p: w._("At most %(max)s profiles.", max=w.number(p["max"])),
    "named_twice": lambda w, p: w._("Named more than once: %(ids)s.", ids=_ids(w, p)),
    "not_found_ids": lambda w, p: w._("Not found: %(ids)s.", ids=_ids(w, p)),
    "profiles_closed": lambda w, p: w._("Closed: %(ids)s.", ids=_ids(w, p)),
    "too_many_batches": lambda w, p: w._("At most %(max)s batches.", max=w.number(p["max"])),
    "batches_not_open": lambda w, p: w._(
        "Closed, started, past their deadline or of an inactive course: %(ids)s.",
        ids=_ids(w, p)),
    "filters_too_broad": lambda w, p: w._(
        "They find more than %(max)s batches: narrow them.", max=w.number(p["max"])),
    # catalog.services.passwords
    "at_least_characters": lambda w, p: w._("At least %(min)s characters.",
                                            min=w.number(p["min"])),
    "at_most_characters": lambda w, p: w._("At most %(max)s characters.",
                                           max=w.number(p["max"])),
    # catalog.services.accounts
    "role_needs_kind": lambda w, p: w._(
        "A user with the role %(role)s must belong to an organisation of the kind %(kind)s.",
        role=w.label("role", p["role"]), kind=w.label("organisation_kind", p["kind"])),
    # catalog.jobs.follow_ups
    "follow_up_day": lambda w, p: w._(
        "Choose day %(days)s, or the day of a safety check.",
        days=w.list((w.number(d) for d in p.get("days") or ()), "or")),
    # catalog.services.schemes and profiles
    "unknown_scheme_code": lambda w, p: w._("No scheme has the code %(code)s.", code=p["code"]),
    "unknown_state": lambda w, p: w._("%(state)s is not a state of India in the list.",
                                      state=p["state"]),
    "at_least_min_age": lambda w, p: w._("Must be at least the minimum age (%(min)s).",
                                         min=w.number(p["min"])),
    # catalog.geography
    "unknown_district": _unknown_district,
}


def word(words: Wording, text: str) -> str:
    """One field's complaint in the reader's language."""
    if isinstance(text, FieldError):
        worder = FIELD_ERRORS.get(text.code)
        if worder is not None:
            try:
                return worder(words, dict(text.params))
            except (KeyError, TypeError, ValueError):
                pass
        return " ".join([text.code.replace("_", " "),
                         *(str(v) for v in text.params.values() if v not in (None, "", []))])
    text = str(text)
    translated = words._(text)
    if translated != text or words.language == "en" and text in KNOWN:
        return translated
    for pattern, msgid in PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return words._(msgid, **{k: words.number(float(v)) if "." in v else v
                                     for k, v in found.groupdict().items()})
    return translated


def word_all(words: Wording, errors: Any) -> Any:
    """A mapping of fields to complaints (nested as marshmallow nests them), each worded."""
    if isinstance(errors, dict):
        return {key: word_all(words, value) for key, value in errors.items()}
    if isinstance(errors, (list, tuple)):
        return [word_all(words, value) for value in errors]
    return word(words, errors) if isinstance(errors, str) else errors
