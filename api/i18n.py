"""The reader's language for every request (pages and API), through Flask-Babel.

Pages: the language the person chose (kept in the session and on the user), else the browser's.
API: the request's `Accept-Language`, English when absent or unsupported. Templates get `_`,
`ngettext` and `pgettext` from Flask-Babel (the same gettext catalogues as `api.messages`), plus
`wording` (the request's `api.messages.Wording`) for codes, amounts and dates.
"""
from __future__ import annotations

from flask import Flask, g, has_request_context, request, session
from flask_babel import Babel, gettext, ngettext, pgettext

from . import field_errors
from .messages import Wording
from .messages.words import DEFAULT_LANGUAGE, LANGUAGES, TIMEZONE, TRANSLATIONS

__all__ = ["LANGUAGES", "gettext", "ngettext", "pgettext", "get_locale", "wording", "init_app"]


def get_locale() -> str:
    """The language of this request: chosen (pages), else Accept-Language, else English."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    chosen = session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(list(LANGUAGES)) or DEFAULT_LANGUAGE


def wording() -> Wording:
    """The request's wording (one per request)."""
    if not has_request_context():
        return Wording(DEFAULT_LANGUAGE)
    cached = g.get("_wording")
    if cached is None:
        cached = g._wording = Wording(get_locale())
    return cached


def rupees(amount: int | None) -> str:
    """An amount in rupees grouped the Indian way, in the reader's language: ₹1,50,000."""
    return wording().rupees(amount)


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT_LANGUAGE)
    app.config.setdefault("BABEL_DEFAULT_TIMEZONE", TIMEZONE)
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    Babel(app, locale_selector=get_locale)
    app.jinja_env.globals.update(get_locale=get_locale, LANGUAGES=LANGUAGES, wording=wording)
    app.jinja_env.globals["field_error"] = lambda text: field_errors.word(wording(), text)
    app.jinja_env.filters["rupees"] = rupees
    app.jinja_env.filters["local_date"] = lambda value: wording().date(value)
    app.jinja_env.filters["local_time"] = lambda value: wording().datetime(value)
