"""The few domain exceptions services raise; the API maps each to one HTTP status."""
from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of the errors a service raises on purpose. `reason` is a stable code for clients."""

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
