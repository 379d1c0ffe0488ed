"""Signing in and out with an email and a password, and choosing the language of the pages.

A sign-in is throttled before any password is checked (catalog.services.throttle: per account
and per client address, counted in the database, answered at once with 429 and Retry-After),
and at most SIGN_IN_CONCURRENCY password hashes run at once in a process: beyond that the answer
is 503 at once, so that a flood of sign-ins cannot take every worker thread and CPU.
"""
from __future__ import annotations

import threading
import unicodedata
from urllib.parse import unquote, urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user

from catalog import audit
from catalog.errors import Invalid, NotFound
from catalog.models import User
from catalog.services import password_links, passwords, throttle, web_sessions

from .. import clock
from ..database import get_session
from . import errors, forms
from ..i18n import LANGUAGES
from ..i18n import gettext as _
from .sessions import HOME_OF_ROLE, WebUser

bp = errors.install(Blueprint("account", __name__))

_slots_lock = threading.Lock()


def _is_plain(text: str) -> bool:
    """No control, format, separator or surrogate character, and no whitespace at all."""
    return not any(character.isspace() or unicodedata.category(character)[0] in "CZ"
                   for character in text)


def safe_next(target: str | None) -> str | None:
    """Only a relative path on this site: one leading `/`, no second `/` or a backslash right
    after it, no backslash, no control character or whitespace anywhere, and the same once
    percent-decoded (`/%2F%2Fevil`). Anything else: None (the caller goes to the role's home)."""
    if not target or len(target) > 2000:
        return None
    for candidate in (target, unquote(target)):
        if (not candidate.startswith("/") or candidate.startswith("//") or "\\" in candidate
                or not _is_plain(candidate)):
            return None
        parts = urlsplit(candidate)
        if parts.scheme or parts.netloc:
            return None
    return target


def home_url() -> str:
    return url_for(HOME_OF_ROLE[current_user.role])


def _slots() -> threading.BoundedSemaphore:
    with _slots_lock:
        slots = current_app.extensions.get("sign_in_slots")
        if slots is None:
            slots = threading.BoundedSemaphore(current_app.config["SIGN_IN_CONCURRENCY"])
            current_app.extensions["sign_in_slots"] = slots
        return slots


def _refused(email: str, code: int, retry_after: int, *, throttled: bool):
    page = render_template("sign_in.html", email=email, failed=False, throttled=throttled,
                           busy=not throttled)
    return page, code, {"Retry-After": str(max(1, retry_after))}


@bp.get("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("account.sign_in"))
    return redirect(home_url())


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "GET":
        if current_user.is_authenticated:
            return redirect(home_url())
        return render_template("sign_in.html", email="", failed=False)
    email = request.form.get("email", "")[:254]
    password = request.form.get("password", "")
    if not _is_plain(email.strip()):
        email = ""  # no sign-in with such an email; never echoed back either
    keys = [throttle.account_key(email), throttle.address_key(request.remote_addr)]
    db = get_session()
    now = clock.now()
    user = passwords.find_user(db, email)
    wait = throttle.retry_after(db, keys, now)
    if wait:
        audit.record(db, None, "sign_in_throttled", "user", user.id if user else None,
                     detail=f"retry_after={wait}")
        db.commit()
        return _refused(email, 429, wait, throttled=True)
    db.commit()  # no transaction (nor SQLite's write lock) is held during the slow hash
    slots = _slots()
    if not slots.acquire(blocking=False):
        audit.record(db, None, "sign_in_busy", "user", user.id if user else None)
        db.commit()
        return _refused(email, 503, 1, throttled=False)
    try:
        ok = passwords.check(user, password)
    finally:
        slots.release()
    now = clock.now()
    if not ok:
        throttle.record_failure(db, keys, now)
        audit.record(db, None, "sign_in_failed", "user", user.id if user else None,
                     detail=None if user else "unknown_account")
        db.commit()
        return render_template("sign_in.html", email=email, failed=True), 401
    passwords.upgrade_hash(db, user, password)
    throttle.record_success(db, email)
    _open(db, user, now)
    return redirect(safe_next(request.args.get("next")) or home_url())


def _open(db, user, now) -> None:
    """Sign `user` in: a new server-side session (audited `sign_in`), committed, and a fresh
    cookie session that carries nothing of the signed-out visit but its language."""
    token = web_sessions.open_session(db, user, now, request.user_agent.string)
    audit.record(db, user, "sign_in", "user", user.id)
    db.commit()
    # The person's own choice, made on any device, wins over this browser's visit.
    _clear_session(user.language or session.get("lang"))
    login_user(WebUser(user, token))


def _clear_session(language: str | None) -> None:
    """Nothing of the visit carries over (fixation) but the page language."""
    session.clear()
    if language:
        session["lang"] = language


# The link's token is in the path: never cached, never sent on as a referrer.
LINK_HEADERS = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


@bp.route("/set-password/<token>", methods=["GET", "POST"])
def set_password(token: str):
    """A one-time set-password link (catalog.services.password_links): the person chooses her
    password and is signed in. A link that does not work (unknown, used, replaced, expired)
    gets one page that says so and nothing more."""
    db = get_session()
    link = password_links.live_link(db, token, clock.now())
    if link is None:
        db.commit()
        return render_template("set_password.html", dead=True), 404, LINK_HEADERS
    person = db.get(User, link.user_id)
    if request.method == "GET":
        db.commit()
        return render_template("set_password.html", dead=False, email=person.email,
                               errors={}), 200, LINK_HEADERS
    password = request.form.get("password", "")[:passwords.MAX_LENGTH + 1]
    problems = {}
    if password != request.form.get("confirm", "")[:passwords.MAX_LENGTH + 1]:
        problems["confirm"] = [_("The two passwords are not the same.")]
    else:
        try:
            person = password_links.set_password_with_link(db, token, password, clock.now())
        except NotFound:
            db.rollback()
            return render_template("set_password.html", dead=True), 404, LINK_HEADERS
        except Invalid as error:
            problems = forms.domain_errors(error)
    if problems:
        db.rollback()
        return render_template("set_password.html", dead=False, email=person.email,
                               errors=problems), 422, LINK_HEADERS
    _open(db, person, clock.now())
    flash(_("Your password is set. You are signed in."), "success")
    return redirect(home_url())


@bp.post("/sign-out")
def sign_out():
    language = session.get("lang")
    if current_user.is_authenticated:
        db = get_session()
        web_sessions.revoke(db, current_user.token, clock.now())
        audit.record(db, current_user.user, "sign_out", "user", current_user.user.id)
        db.commit()
    logout_user()
    _clear_session(language)
    return redirect(url_for("account.sign_in"))


@bp.post("/language")
def choose_language():
    language = request.form.get("lang", "")
    if language in LANGUAGES:
        session["lang"] = language
        if current_user.is_authenticated:
            db = get_session()
            current_user.user.language = language  # remembered for the next sign-in, anywhere
            db.commit()
    return redirect(safe_next(request.form.get("next")) or url_for("account.index"))
