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
from markupsafe import Markup
from flask_wtf.csrf import CSRFProtect

from . import (
    account,
    admin_accounts,
    errors,
    admin_pages,
    casework,
    cohort,
    counselor,
    entitlements,
    liaison,
    notifications,
    partner,
    referral_actions,  # noqa: F401  (the referral page's actions, on casework's blueprint)
    waiting_pages,  # noqa: F401  (the waiting list's actions, on casework's blueprint)
    sessions,
)
from .vocabulary import choices

csrf = CSRFProtect()

BLUEPRINTS = (account.bp, counselor.bp, cohort.bp, entitlements.bp, liaison.bp, partner.bp,
              admin_pages.bp, notifications.bp, casework.bp, admin_accounts.bp)


def bar_width(percent) -> int:
    """A bar's width class (`w0` ... `w100`, steps of 5; CSS, since the CSP allows no style=)."""
    try:
        value = float(percent)
    except (TypeError, ValueError):
        return 0
    return int(min(100, max(0, round(value / 5) * 5)))


def printable(value):
    """`value` as a page can send it: a lone surrogate becomes U+FFFD (Markup stays Markup)."""
    if isinstance(value, str) and not value.isascii():
        clean = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        if clean != value:
            return Markup(clean) if isinstance(value, Markup) else clean
    return value


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
    notifications.init_app(app)
    app.jinja_env.globals["choices"] = choices
    app.jinja_env.filters["bar_width"] = bar_width
    # A lone surrogate stored before input was checked would make the page fail to encode on
    # every load: whatever a page prints is made encodable first (U+FFFD in its place).
    app.jinja_env.finalize = printable
    # A document code as the page's language names it (for codes with parameters).
    app.jinja_env.filters["doc_label"] = lambda code: choices.label("document", code)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    sessions.require_homes(app)
    errors.install_app(app)
