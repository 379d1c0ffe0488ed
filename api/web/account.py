"""Signing in and out with an email and a password, and choosing the language of the pages."""
from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from catalog import audit
from catalog.services import passwords

from ..database import get_session
from . import errors
from ..i18n import LANGUAGES
from .sessions import HOME_OF_ROLE, WebUser

bp = errors.install(Blueprint("account", __name__))


def safe_next(target: str | None) -> str | None:
    """Only a path on this site (never `//elsewhere` or `https://elsewhere`)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def home_url() -> str:
    return url_for(HOME_OF_ROLE[current_user.role])


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
    db = get_session()
    user = passwords.authenticate(db, email, password)
    if user is None:
        db.rollback()
        return render_template("sign_in.html", email=email, failed=True), 401
    audit.record(db, user, "sign_in", "user", user.id)
    db.commit()
    # The person's own choice, made on any device, wins over this browser's visit.
    language = user.language or session.get("lang")
    session.clear()  # nothing of the signed-out visit carries over (fixation)
    if language:
        session["lang"] = language
    login_user(WebUser(user))
    return redirect(safe_next(request.args.get("next")) or home_url())


@bp.post("/sign-out")
def sign_out():
    language = session.get("lang")
    logout_user()
    session.clear()
    if language:
        session["lang"] = language
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
