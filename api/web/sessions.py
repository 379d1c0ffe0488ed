"""Who is signed in to the web pages: a Flask-Login session bound to the user's password hash,
so that setting a new password, or deactivating the user, ends every session at once."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import wraps

from flask import Flask, abort
from flask_login import LoginManager, current_user, login_required

from catalog.models import User
from matcher.vocabulary import Role

from ..database import get_session
from .. import i18n
from ..labels import N_

login_manager = LoginManager()

HOME_OF_ROLE = {
    Role.COUNSELOR: "counselor.home",
    Role.ITI_LIAISON: "liaison.home",
    Role.CSR_PARTNER: "partner.home",
    Role.ADMIN: "operator.home",
}


class WebUser:
    """Flask-Login's view of a catalog user (catalog/ stays free of Flask)."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, user: User) -> None:
        self.user = user

    @property
    def is_active(self) -> bool:
        return bool(self.user.active)

    def get_id(self) -> str:
        return f"{self.user.id}.{password_fingerprint(self.user)}"

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def email(self) -> str:
        return self.user.email


def password_fingerprint(user: User) -> str:
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:16]


def _load(session_id: str) -> WebUser | None:
    user_id, _, fingerprint = session_id.partition(".")
    if not user_id.isdigit() or len(user_id) > 10:
        return None
    user = get_session().get(User, int(user_id))
    if user is None or not user.active or not user.password_hash:
        return None
    if fingerprint != password_fingerprint(user):
        return None
    return WebUser(user)


def signed_in() -> User:
    """The catalog user behind the current session (views use this, as API views use
    `auth.current_user()`)."""
    return current_user.user


def role_required(*roles: Role) -> Callable:
    """A signed-in person of one of `roles`; anyone else signed in gets a 403 page."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            if signed_in().role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return login_required(wrapper)

    return decorate


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.user_loader(_load)
    login_manager.login_view = "account.sign_in"
    login_manager.login_message = N_("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.localize_callback = i18n.gettext
