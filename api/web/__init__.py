"""The web pages for people (counselors, liaisons, CSR partners, admins): server-rendered Jinja
templates over the same services and organisation scoping as the API.

People sign in with an email and a password (a Flask-Login session cookie); every form carries a
CSRF token (Flask-WTF). Programs keep using the bearer-token API, which is exempt from CSRF: it
takes no cookies, so a forged cross-site request has nothing to ride on.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from flask import Blueprint, Flask
from flask_wtf.csrf import CSRFProtect

from . import (
    account,
    admin_pages,
    cohort,
    counselor,
    entitlements,
    i18n,
    liaison,
    partner,
    sessions,
)
from .vocabulary import choices

csrf = CSRFProtect()

BLUEPRINTS = (account.bp, counselor.bp, cohort.bp, entitlements.bp, liaison.bp, partner.bp,
              admin_pages.bp)


def init_app(app: Flask, api_blueprints: Iterable[Blueprint]) -> None:
    """Sessions, CSRF (every blueprint but the bearer-token API's), labels, and the pages."""
    # A counselor may take more than an hour over a profile on a slow phone: the token lives
    # as long as the session cookie, which ends when the browser closes.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)
    if app.config.get("SESSION_COOKIE_SAMESITE") is None:
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if os.environ.get("SESSION_COOKIE_SECURE") == "1":  # behind HTTPS: the cookie never leaks
        app.config["SESSION_COOKIE_SECURE"] = True
    csrf.init_app(app)
    for blueprint in api_blueprints:
        csrf.exempt(blueprint)
    sessions.init_app(app)
    i18n.init_app(app)
    app.jinja_env.globals["choices"] = choices
    # A document code as the page's language names it (for codes with parameters).
    app.jinja_env.filters["doc_label"] = lambda code: i18n.gettext(choices.label("document", code))
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
