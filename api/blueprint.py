"""The API's Blueprint: flask-smorest's, plus `auth(...)`, which signs the caller in, checks the
role, and documents the bearer scheme and the 401/403 answers in the OpenAPI spec."""
from __future__ import annotations

from collections.abc import Callable

import marshmallow as ma
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint
from webargs.flaskparser import FlaskParser, abort

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
    referral_id = ma.fields.Integer(metadata={"description": "The live referral, if any"})
    seats_taken = ma.fields.Integer(metadata={"description": "Seats already taken"})
    positions_filled = ma.fields.Integer(metadata={"description": "Positions already filled"})
    day = ma.fields.Integer(metadata={"description": "The follow-up day (follow_up_not_due)"})
    due_on = ma.fields.String(metadata={"format": "date", "description": (
        "The day that follow-up falls due (follow_up_not_due)")})
    referral_status = ma.fields.String(metadata={"description": (
        "The status of a referral never placed (not_placed)")})


class JsonParser(FlaskParser):
    """webargs' parser, answering JSON nested too deep to decode with a 400, not a 500."""

    def _raw_load_json(self, req):
        try:
            return super()._raw_load_json(req)
        except RecursionError as error:
            abort(400, exc=error, messages={"json": ["JSON nested too deeply."]},
                  message="The JSON body is nested too deeply.")


class Api(SmorestApi):
    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error):
        """flask-smorest's answer, always with a `message` a person can read."""
        payload, code, headers = super().handle_http_exception(error)
        payload.setdefault("message", error.description or error.name)
        return payload, code, headers


class ApiBlueprint(Blueprint):
    ARGUMENTS_PARSER = JsonParser()

    def auth(self, *allowed) -> Callable:
        """Require a bearer token of one of the `allowed` roles (none given: any signed-in user)."""

        def decorator(view: Callable) -> Callable:
            view = roles(*allowed)(view)
            view = self.alt_response(401, response="UNAUTHORIZED")(view)
            if frozenset(allowed or ANY_ROLE) != ANY_ROLE:
                view = self.alt_response(403, response="FORBIDDEN")(view)
            return Blueprint.doc(security=[{"bearerAuth": []}])(view)

        return decorator
