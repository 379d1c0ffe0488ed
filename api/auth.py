"""Bearer-token sign-in and roles. Every API view declares the roles that may call it.

Missing or bad token: 401. Signed in with a role that may not act: 403.
The roles a view allows are kept on the view (`allowed_roles`) so tests can walk the route table.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import g, request
from flask_smorest import abort

from catalog.models import User
from catalog.roles import Role
from catalog.services.accounts import user_for_token

from .database import get_session

ANY_ROLE = frozenset(Role)
BEARER_SCHEME = {"bearerAuth": {"type": "http", "scheme": "bearer"}}


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
    """Require a signed-in user with one of `allowed` roles (none given: any role)."""
    allowed_set = frozenset(allowed) or ANY_ROLE

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
