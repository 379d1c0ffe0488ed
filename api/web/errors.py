"""Error pages for the web blueprints: a person gets a page in her language, not JSON.

The API's handlers (JSON) stay the app's; these are registered on each web blueprint, which
Flask consults first for the requests it serves.
"""
from __future__ import annotations

from flask import Blueprint, Flask, current_app, jsonify, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from catalog.errors import Conflict, DomainError, Forbidden, Invalid, NotFound
from ..errors import error_body
from ..labels import N_
from . import forms

STATUS_OF = {NotFound: 404, Forbidden: 403, Conflict: 409, Invalid: 422}
TITLES = {400: N_("This request could not be read"), 403: N_("This page is not for your role"),
          404: N_("Not found"), 405: N_("Not allowed"), 409: N_("This could not be done"),
          413: N_("The file is too large"), 422: N_("This could not be done")}


def _page(code: int, message: str | None = None, **values):
    title = TITLES.get(code, N_("Something went wrong"))
    return render_template("error.html", code=code, title=title, message=message,
                           values=values), code


def _http(error: HTTPException):
    if isinstance(error, CSRFError):
        return _page(400, N_("The form had expired or came from elsewhere. Go back, reload "
                             "the page and send it again."))
    if isinstance(error, RequestEntityTooLarge):
        limit = (current_app.config.get("MAX_CONTENT_LENGTH") or 0) // 1024
        return _page(413, N_("At most %(limit)s KB in one upload."), limit=limit)
    return _page(error.code or 500)


def _domain(error: DomainError):
    code = next((status for kind, status in STATUS_OF.items() if isinstance(error, kind)), 400)
    return _page(code, forms.refusal(error) if code != 404 else None)


def install(blueprint: Blueprint) -> Blueprint:
    blueprint.register_error_handler(HTTPException, _http)
    blueprint.register_error_handler(DomainError, _domain)
    return blueprint


def _nowhere(error: HTTPException):
    """A path no blueprint serves: a page for a person, the API's JSON for a program."""
    if request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json":
        return jsonify(error_body(error.code, error.description)), error.code
    return _page(error.code)


def install_app(app: Flask) -> None:
    """Unknown paths and methods outside every blueprint (Flask asks the app, not a blueprint)."""
    for code in (404, 405):
        app.register_error_handler(code, _nowhere)
