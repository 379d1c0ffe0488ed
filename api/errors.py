"""One error shape for everything (flask-smorest's), with a stable `reason` for domain errors.

`{"code": 409, "status": "Conflict", "message": "...", "reason": "no_capacity", "errors": {...}}`
"""
from __future__ import annotations

import logging

from flask import Flask, jsonify
from sqlalchemy.exc import DataError, IntegrityError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from catalog.errors import Conflict, DomainError, Forbidden, Invalid, NotFound

from . import field_errors
from .i18n import wording

log = logging.getLogger(__name__)

STATUS_OF = {NotFound: 404, Forbidden: 403, Conflict: 409, Invalid: 422}


def error_body(code: int, message: str, **extra) -> dict:
    body = {"code": code, "status": HTTP_STATUS_CODES.get(code, "Error"), "message": message}
    body.update({key: value for key, value in extra.items() if value is not None})
    return body


def _worded_details(details: dict) -> dict:
    """Blockers in the details gain their `message` in the reader's language."""
    words = wording()
    if "blockers" in details:
        details = {**details, "blockers": [{**b, "message": words.message(b)}
                                           for b in details["blockers"]]}
    return details


def handle_domain_error(error: DomainError):
    code = next((status for kind, status in STATUS_OF.items() if isinstance(error, kind)), 400)
    extra = {"reason": error.reason}
    if isinstance(error, Invalid) and error.field_errors:
        extra["errors"] = {"json": error.field_errors}
    extra.update(_worded_details(error.details))
    if extra.get("errors"):  # every field's complaint in the reader's language
        extra["errors"] = field_errors.word_all(wording(), extra["errors"])
    message = wording().error(error.reason, error.details, fallback=error.message)
    return jsonify(error_body(code, message, **extra)), code


def handle_integrity_error(error: IntegrityError):
    """A uniqueness or integrity rule the database enforced after a service's own check passed
    (two requests at the same moment): a conflict, and nothing is written (teardown rolls back)."""
    log.info("integrity error answered as 409: %s", error.orig)
    code = 409
    return jsonify(error_body(code, wording().error("conflict"), reason="conflict")), code


def handle_data_error(error: DataError):
    """A value the database cannot store that the schemas let through: the client's input."""
    log.warning("data error answered as 400: %s", error.orig)
    code = 400
    return jsonify(error_body(code, wording().error("invalid_data"),
                              reason="invalid_data")), code


def handle_unexpected(error: Exception):
    if isinstance(error, HTTPException):
        raise error  # flask-smorest's handler answers these
    log.exception("unhandled error")
    code = InternalServerError.code
    return jsonify(error_body(code, "An unexpected error occurred; it has been logged.")), code


def init_app(app: Flask) -> None:
    app.register_error_handler(DomainError, handle_domain_error)
    app.register_error_handler(IntegrityError, handle_integrity_error)
    app.register_error_handler(DataError, handle_data_error)
    if not app.config.get("PROPAGATE_UNEXPECTED", False):
        app.register_error_handler(Exception, handle_unexpected)
