"""The few domain exceptions services raise; the API maps each to one HTTP status."""
from __future__ import annotations

from typing import Any

from matcher.vocabulary import StrEnum


class ErrorReason(StrEnum):
    """The stable `reason` codes of domain errors (the API's contract; `api.messages` words
    each, with the error's details as parameters)."""

    NOT_FOUND = "not_found"
    SEATS_AVAILABLE = "seats_available"  # waiting lists (catalog/services/waiting_list.py)
    ALREADY_WAITING = "already_waiting"
    NOT_WAITING = "not_waiting"
    SECTOR_MISSING = "sector_missing"
    FORBIDDEN = "forbidden"
    CONFLICT = "conflict"
    INVALID = "invalid"
    INVALID_DATA = "invalid_data"
    DATABASE_UNAVAILABLE = "database_unavailable"
    NO_CAPACITY = "no_capacity"
    NOT_ELIGIBLE = "not_eligible"
    CONSENT_REQUIRED = "consent_required"
    GUARDIAN_CONSENT_REQUIRED = "guardian_consent_required"
    PROFILE_CLOSED = "profile_closed"
    CLOSED = "closed"
    ALREADY_REFERRED = "already_referred"
    ALREADY_APPLIED = "already_applied"
    ALLOCATION_STALE = "allocation_stale"
    NOT_PLACED = "not_placed"
    NO_BATCHES = "no_batches"
    INVALID_TRANSITION = "invalid_transition"
    SEATS_BELOW_TAKEN = "seats_below_taken"
    POSITIONS_BELOW_FILLED = "positions_below_filled"
    EMPLOYER_NOT_VERIFIED = "employer_not_verified"
    OPENING_PENDING_REVIEW = "opening_pending_review"
    OPENING_PUBLISHED = "opening_published"
    OPENING_REJECTED = "opening_rejected"
    OPENING_CLOSED = "opening_closed"
    UNKNOWN_TRADE = "unknown_trade"
    UNKNOWN_DISTRICT = "unknown_district"
    UNKNOWN_SCHEME = "unknown_scheme"
    UNKNOWN_ORGANISATION = "unknown_organisation"
    INVALID_SCHEME = "invalid_scheme"
    DUPLICATE_SCHEME = "duplicate_scheme"
    INVALID_REPATRIATION = "invalid_repatriation"
    DUPLICATE_NAME = "duplicate_name"
    DUPLICATE_EMAIL = "duplicate_email"
    DUPLICATE_CASE_REF = "duplicate_case_ref"
    NOT_AN_EMPLOYER = "not_an_employer"
    ROLE_ORGANISATION_MISMATCH = "role_organisation_mismatch"
    PASSWORD_TOO_SHORT = "password_too_short"
    PASSWORD_TOO_LONG = "password_too_long"
    NOTE_NOT_YOURS = "note_not_yours"
    HARD_FLAGS = "hard_flags"
    NOTE_REQUIRED = "note_required"
    FLAG_NOT_RAISED = "flag_not_raised"
    NOT_A_HARD_FLAG = "not_a_hard_flag"
    ALREADY_CLEARED = "already_cleared"
    SECOND_ADMIN_REQUIRED = "second_admin_required"
    FLAGS_UNCONFIRMED = "flags_unconfirmed"
    FOLLOW_UP_NOT_DUE = "follow_up_not_due"
    INVALID_REASON = "invalid_reason"
    INVALID_CLOSE = "invalid_close"
    INVALID_SEARCH = "invalid_search"


class DomainError(Exception):
    """Base of the errors a service raises on purpose. `reason` is a stable code for clients
    (an `ErrorReason`) and `details` its parameters; `message` is the developer's English, for
    logs: readers get the reason worded by `api.messages`."""

    reason: str = "error"

    def __init__(self, message: str, *, reason: str | None = None, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        if reason is not None:
            self.reason = reason
        self.details = details


class NotFound(DomainError):
    reason = "not_found"


class Forbidden(DomainError):
    reason = "forbidden"


class Conflict(DomainError):
    reason = "conflict"


class FieldError(str):
    """One field's complaint as a stable code with typed parameters (ids, counts, codes, names
    a person typed), never a sentence: the edge (`api/field_errors.py`) words it in the reader's
    language. It is a `str` (its code) so that lists of complaints stay lists of strings."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> FieldError:
        self = super().__new__(cls, code)
        self.code = code
        self.params = params
        return self

    def __repr__(self) -> str:
        return f"FieldError({self.code!r}, {self.params!r})"

    def __reduce__(self):  # pragma: no cover - for copy and pickle
        return (_field_error, (self.code, self.params))


def _field_error(code: str, params: dict[str, Any]) -> FieldError:  # pragma: no cover
    return FieldError(code, **params)


class Invalid(DomainError):
    """Input that is well-formed but wrong: `field_errors` maps field names to messages."""

    reason = "invalid"

    def __init__(
        self,
        message: str,
        *,
        field_errors: dict[str, list[str]] | None = None,
        reason: str | None = None,
        **details: Any,
    ) -> None:
        super().__init__(message, reason=reason, **details)
        self.field_errors = field_errors or {}
