"""Who is signed in to the web pages: a session record the server can revoke.

Each sign-in opens a `web_sessions` row (catalog.services.web_sessions): the browser keeps its
random id inside the signed session cookie, the database keeps only its digest. Every request
checks the row: signed out, a new password, a deactivated user, 30 minutes idle or 12 hours old
(WEB_SESSION_IDLE_MINUTES, WEB_SESSION_MAX_HOURS) and the cookie opens nothing any more.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from flask import Flask, abort, current_app
from flask_login import LoginManager, current_user, login_required

from catalog import access
from catalog.models import User
from catalog.roles import Role, named_roles, require_every_role
from catalog.services import web_sessions

from .. import clock
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
require_every_role(HOME_OF_ROLE, "HOME_OF_ROLE (api/web/sessions.py)")


class WebUser:
    """Flask-Login's view of a catalog user and her session (catalog/ stays free of Flask)."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, user: User, token: str) -> None:
        self.user = user
        self.token = token

    @property
    def is_active(self) -> bool:
        return bool(self.user.active)

    def get_id(self) -> str:
        return self.token

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def email(self) -> str:
        return self.user.email


def timeouts() -> web_sessions.Timeouts:
    config = current_app.config
    return web_sessions.Timeouts(idle=timedelta(minutes=config["WEB_SESSION_IDLE_MINUTES"]),
                                 absolute=timedelta(hours=config["WEB_SESSION_MAX_HOURS"]))


def _load(token: str) -> WebUser | None:
    db = get_session()
    user = web_sessions.resolve(db, token, clock.now(), timeouts())
    db.commit()  # last_seen_at, when it moved; nothing else is pending this early
    return WebUser(user, token) if user is not None else None


def signed_in() -> User:
    """The catalog user behind the current session (views use this, as API views use
    `auth.current_user()`)."""
    return current_user.user


def load_signed_in(model: type, row_id: int, **options):
    """The request's session, the signed-in user and the `model` row `row_id` as she may see
    it (catalog.access.load with `options`: write, for_update), else NotFound (a 404 page)."""
    db, user = get_session(), signed_in()
    return db, user, access.load(db, user, model, row_id, **options)


def role_required(*roles: Role) -> Callable:
    """A signed-in person of one of `roles`, each named (there is no "any role"); anyone else
    signed in gets a 403 page. The roles are kept on the view (`allowed_roles`) for the tests."""
    allowed = named_roles(roles, "role_required()")

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            if signed_in().role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        page = login_required(wrapper)
        page.allowed_roles = allowed  # type: ignore[attr-defined]
        return page

    return decorate


def require_homes(app: Flask) -> None:
    """Refuse to start while a role's home page is not a page the app serves."""
    unserved = sorted(f"{role}: {endpoint}" for role, endpoint in HOME_OF_ROLE.items()
                      if endpoint not in app.view_functions)
    if unserved:
        raise RuntimeError(f"HOME_OF_ROLE names pages the app does not serve: {unserved}")


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.user_loader(_load)
    login_manager.login_view = "account.sign_in"
    login_manager.login_message = N_("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.localize_callback = i18n.gettext
