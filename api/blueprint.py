"""The API's Blueprint: flask-smorest's, plus `auth(...)`, which signs the caller in, checks the
role, and documents the bearer scheme and the 401/403 answers in the OpenAPI spec."""
from __future__ import annotations

from collections.abc import Callable

import marshmallow as ma
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint

from .auth import ANY_ROLE, roles


class ErrorSchema(ma.Schema):
    """Every error: flask-smorest's shape, plus a stable `reason` and `blockers` where rules failed."""

    code = ma.fields.Integer(metadata={"description": "HTTP status code"})
    status = ma.fields.String(metadata={"description": "HTTP status name"})
    message = ma.fields.String(metadata={"description": "What went wrong, for a person"})
    errors = ma.fields.Dict(metadata={"description": "Validation errors by location and field"})
    reason = ma.fields.String(metadata={"description": "Stable code, e.g. no_capacity"})
    blockers = ma.fields.List(
        ma.fields.Dict(), metadata={"description": "Failed hard rules: {code, message}"}
    )
    suggestions = ma.fields.List(ma.fields.Dict(), metadata={"description": "Closest names"})


class Api(SmorestApi):
    ERROR_SCHEMA = ErrorSchema


class ApiBlueprint(Blueprint):
    def auth(self, *allowed) -> Callable:
        """Require a bearer token of one of the `allowed` roles (none given: any signed-in user)."""

        def decorator(view: Callable) -> Callable:
            view = roles(*allowed)(view)
            view = self.alt_response(401, response="UNAUTHORIZED")(view)
            if frozenset(allowed or ANY_ROLE) != ANY_ROLE:
                view = self.alt_response(403, response="FORBIDDEN")(view)
            return Blueprint.doc(security=[{"bearerAuth": []}])(view)

        return decorator
