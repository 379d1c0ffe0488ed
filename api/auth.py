"""Bearer-token sign-in and roles. Every API view names the roles that may call it: there is
no "any role" default, so a new role reaches no view until a view names it.

Missing or bad token: 401. Signed in with a role that may not act: 403.
The roles a view allows are kept on the view (`allowed_roles`) so tests can walk the route table.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import wraps

from flask import Blueprint, Flask, g, request
from flask_smorest import abort

from catalog.models import User
from catalog.roles import Role, named_roles
from catalog.services.accounts import user_for_token

from .database import get_session

BEARER_SCHEME = {"bearerAuth": {"type": "http", "scheme": "bearer"}}
# The views every signed-in user may call name these, each role by name: a new role reaches
# none of them until it is added here.
SIGNED_IN = (Role.COUNSELOR, Role.ITI_LIAISON, Role.CSR_PARTNER, Role.ADMIN)


def current_user() -> User:
    return g.current_user


def authenticate() -> User:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        abort(401, message="Sign in with an 'Authorization: Bearer <token>' header.",
              headers={"WWW-Authenticate": "Bearer"})
    user = user_for_token(get_session(), token.strip())
    if user is None:
        abort(401, message="The bearer token is not valid.", headers={"WWW-Authenticate": "Bearer"})
    return user


def roles(*allowed: Role) -> Callable:
    """Require a signed-in user with one of `allowed` roles, each named (at least one)."""
    allowed_set = named_roles(allowed, "roles()")

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(*args, **kwargs):
            user = authenticate()
            if user.role not in allowed_set:
                abort(403, message=f"A {user.role.value} may not do this.")
            g.current_user = user
            return view(*args, **kwargs)

        wrapper.allowed_roles = allowed_set  # type: ignore[attr-defined]
        return wrapper

    return decorate


def views_without_roles(app: Flask, blueprints: Iterable[Blueprint]) -> list[str]:
    """The endpoints of `blueprints` (method and rule) whose handler names no roles."""
    names = {blueprint.name for blueprint in blueprints}
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.partition(".")[0] not in names:
            continue
        view = app.view_functions[rule.endpoint]
        view_class = getattr(view, "view_class", None)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            handler = getattr(view_class, method.lower(), None) if view_class else view
            if not getattr(handler, "allowed_roles", None):
                missing.append(f"{method} {rule.rule}")
    return missing


def require_declared_roles(app: Flask, blueprints: Iterable[Blueprint]) -> None:
    """Refuse to start while a view of the bearer-token API names no roles."""
    missing = views_without_roles(app, blueprints)
    if missing:
        raise RuntimeError(f"API views that name no roles: {', '.join(missing)}")
