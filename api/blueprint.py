"""The API's Blueprint: flask-smorest's, plus `auth(...)`, which signs the caller in, checks the
role, and documents the bearer scheme and the 401/403 answers in the OpenAPI spec, and
`operation(...)`, which declares a view's roles, arguments and answers in one call."""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps

import marshmallow as ma
from flask_smorest import Api as SmorestApi
from flask_smorest import Blueprint
from webargs import core
from webargs.flaskparser import FlaskParser, abort, is_json_request

from catalog import access
from catalog.errors import ErrorReason
from catalog.roles import Role

from .auth import SIGNED_IN, current_user, roles
from .database import get_session
from .pagination import PageArgs, page_schema, paginate
from .schemas.fields import MAX_DIGITS

API_PREFIX = "/api/v1"  # every API blueprint's routes are under it
# The alternative answers a view may document, by status (flask-smorest's names for them).
ALT_RESPONSES = {404: "NOT_FOUND", 409: "CONFLICT", 422: "UNPROCESSABLE_ENTITY"}


class ErrorSchema(ma.Schema):
    """Every error: flask-smorest's shape, plus a stable `reason` and `blockers` where rules failed."""

    code = ma.fields.Integer(metadata={"description": "HTTP status code"})
    status = ma.fields.String(metadata={"description": "HTTP status name"})
    message = ma.fields.String(metadata={
        "description": "What went wrong, for a person, worded in the request's Accept-Language"})
    errors = ma.fields.Dict(metadata={"description": "Validation errors by location and field"})
    reason = ma.fields.String(validate=ma.validate.OneOf(ErrorReason.codes()),
                              metadata={"description": "Stable code, e.g. no_capacity"})
    blockers = ma.fields.List(
        ma.fields.Dict(), metadata={"description": "Failed hard rules: {code, params, message}"}
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


def _bounded_int(digits: str) -> int | float:
    """A JSON integer; one longer than any field takes decodes as an infinity, which every
    number field refuses naming the field (Python would refuse 4,300 digits with a 500, and a
    float field overflows on far fewer)."""
    if len(digits.lstrip("-")) > MAX_DIGITS:
        return float("-inf") if digits.startswith("-") else float("inf")
    return int(digits)


class JsonParser(FlaskParser):
    """webargs' parser, answering JSON nested too deep to decode with a 400, not a 500, and
    decoding over-long integers so that the field they are given to refuses them (422)."""

    def _raw_load_json(self, req):
        if not is_json_request(req):
            return core.missing
        try:
            # A JSONDecodeError or a UnicodeDecodeError goes on to webargs' load_json (400).
            return json.loads(req.get_data(cache=True).decode("utf-8"),
                              parse_int=_bounded_int)
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

    def __init__(self, name: str, import_name: str, *, url_prefix: str = API_PREFIX, **kwargs):
        super().__init__(name, import_name, url_prefix=url_prefix, **kwargs)

    def auth(self, *allowed) -> Callable:
        """Require a bearer token of one of the `allowed` roles, each named (at least one). The
        spec lists a 403 wherever some role is left out."""
        guard = roles(*allowed)  # naming no role fails here, where the view is declared

        def decorator(view: Callable) -> Callable:
            view = guard(view)
            view = self.alt_response(401, response="UNAUTHORIZED")(view)
            if frozenset(allowed) != frozenset(Role):
                view = self.alt_response(403, response="FORBIDDEN")(view)
            return Blueprint.doc(security=[{"bearerAuth": []}])(view)

        return decorator

    def operation(self, *allowed: Role, query=None, paged: bool | type[ma.Schema] = False,
                  body=None, body_required: bool = True, status: int = 200, answer=None,
                  errors: tuple[int, ...] = (), commit: bool = False) -> Callable:
        """A view's usual decorators from one call, in their usual order: `auth(*allowed)`; the
        `query` arguments (a schema, passed positionally); with `paged`, `page` and `per_page`
        (PageArgs, as keywords); the JSON `body` (positionally); the `status` answer with its
        `answer` schema (none for a 204); and the alternative answers `errors` (404, 409, 422).
        `paged` may instead name the schema of a list's items (CourseOut): the view answers the
        Select of the list, without `page` and `per_page`, and the answer is that page of it in
        page_schema's envelope, named after the items (CoursePage).
        With `commit`, the request's session is committed once the view returns (before its
        answer is dumped); a view that raises commits nothing."""
        if isinstance(paged, type):
            answer = page_schema(paged, paged.__name__.removesuffix("Out") + "Page")
        decorators = [self.auth(*allowed)]
        if query is not None:
            decorators.append(self.arguments(query, location="query"))
        if paged:
            decorators.append(self.arguments(PageArgs, location="query", as_kwargs=True))
        if body is not None:
            decorators.append(self.arguments(body, required=body_required))
        decorators.append(self.response(status, answer))
        decorators += [self.alt_response(code, response=ALT_RESPONSES[code]) for code in errors]

        def decorator(view: Callable) -> Callable:
            if isinstance(paged, type):
                view = _paginating(view)
            if commit:
                view = _committing(view)
            for decorate in reversed(decorators):
                view = decorate(view)
            return view

        return decorator

    def read_one(self, model: type, answer: type[ma.Schema]) -> Callable:
        """A MethodView's `get` of one `model` row by the route's id, for any signed-in user, as
        catalog.access.load scopes it (404 when she may not see it), dumped with `answer`."""

        @self.operation(*SIGNED_IN, answer=answer, errors=(404,))
        def get(_view, **route):
            (row_id,) = route.values()
            return access.load(get_session(), current_user(), model, row_id)

        return get


def _paginating(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, page: int, per_page: int, **kwargs):
        return paginate(get_session(), view(*args, **kwargs), page, per_page)

    return wrapper


def _committing(view: Callable) -> Callable:
    @wraps(view)
    def wrapper(*args, **kwargs):
        answer = view(*args, **kwargs)
        get_session().commit()
        return answer

    return wrapper
