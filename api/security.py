"""Security headers on every response, and a lost database answered 503 with Retry-After.

A small after-request hook rather than flask-talisman: the policy is one fixed set of headers
plus `Cache-Control: no-store` on every dynamic response (talisman does not set Cache-Control),
HSTS exactly when the session cookie is secure (talisman decides HSTS and an HTTP-to-HTTPS
redirect from its own `force_https`, which the proxy in front should do instead), and one looser
policy for the interactive API docs page alone. That is a dozen lines with no new dependency.
"""
from __future__ import annotations

import logging

from flask import Flask, current_app, g, jsonify, render_template, request
from flask_login import AnonymousUserMixin
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from .errors import error_body
from .i18n import wording
from .labels import N_

log = logging.getLogger(__name__)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The Swagger UI page (flask-smorest's template, its files from our own server) starts with an
# inline script: that page alone allows it, and still no framing and no other origin.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
HSTS = "max-age=31536000; includeSubDomains"
RETRY_AFTER_DATABASE = 5  # seconds


def _add_headers(response):
    docs = request.path.rstrip("/") == "/api/docs"
    response.headers.setdefault("Content-Security-Policy", DOCS_CSP if docs else CSP)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if not request.path.startswith("/static/"):
        # Pages and API answers carry survivor data: no browser or proxy keeps a copy.
        response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault("Pragma", "no-cache")
    if _secure_cookies():
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def _secure_cookies() -> bool:
    return bool(current_app.config.get("SESSION_COOKIE_SECURE"))


def database_unavailable(error: Exception):
    """The database cannot be reached (server down, connection lost, pool exhausted)."""
    log.error("database unavailable: %s", error)
    headers = {"Retry-After": str(RETRY_AFTER_DATABASE)}
    if request.path.startswith("/api/"):
        body = error_body(503, wording().error("database_unavailable"),
                          reason="database_unavailable")
        return jsonify(body), 503, headers
    # The page is drawn as for someone signed out: who is signed in is in the database.
    g._login_user = AnonymousUserMixin()
    try:
        page = render_template("error.html", code=503,
                               title=N_("The service is unavailable for a moment"),
                               message=N_("The service is busy. Try again in a moment."))
    except Exception:  # noqa: BLE001 - the error page itself must not fail
        log.exception("error page for 503 failed")
        page = "The service is unavailable for a moment. Try again shortly."
    return page, 503, headers


def init_app(app: Flask) -> None:
    app.after_request(_add_headers)
    for kind in (OperationalError, InterfaceError, PoolTimeout):
        app.register_error_handler(kind, database_unavailable)
