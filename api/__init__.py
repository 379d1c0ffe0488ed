"""The web layer: Flask app factory, blueprints, schemas, auth and error handling."""
from __future__ import annotations

import os

from flask import Flask
from . import config as config_module
from werkzeug.middleware.proxy_fix import ProxyFix

from . import api_docs, auth, database, errors, i18n, security
from .auth import BEARER_SCHEME
from .blueprint import Api


def create_app(config: dict | None = None) -> Flask:
    """Build the app; nothing happens at import time (no engine, no scheduler)."""
    app = Flask(__name__, instance_path=os.environ.get("INSTANCE_PATH") or None,
                instance_relative_config=True)
    app.config.update(
        API_TITLE="Livelihood matching service",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api",
        OPENAPI_JSON_PATH="v1/openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL=api_docs.ASSETS_URL,
        API_SPEC_OPTIONS={
            "info": {
                "description": "Matching survivors of trafficking to courses and vetted jobs."
            }
        },
        JSON_SORT_KEYS=False,
        PASSWORD_HASH="strong",  # "fast": cheap Argon2 parameters, for the test suite alone
    )
    app.config.update(config_module.from_environment())
    if config:
        app.config.update(config)
    app.config["SECRET_KEY"] = config_module.secret_key(app.config, app.instance_path)
    _choose_password_hashes(app)
    if app.config.get("TRUSTED_PROXIES"):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["TRUSTED_PROXIES"])

    database.init_app(app)
    i18n.init_app(app)
    errors.init_app(app)
    security.init_app(app)
    api_docs.init_app(app)
    api = Api(app)
    api.spec.components.security_scheme("bearerAuth", BEARER_SCHEME["bearerAuth"])
    from . import (
        activity, admin, allocations, courses, followups, health, openings, profiles, reference,
        referrals, reports, schemes, waiting_list,
    )

    api_modules = (health, profiles, referrals, admin, reference, activity, followups, courses,
                   openings, allocations, reports, schemes, waiting_list)
    for module in api_modules:
        api.register_blueprint(module.blp)
    # Every view but the health check names the roles it admits, or the app does not start.
    auth.require_declared_roles(app, [module.blp for module in api_modules
                                      if module is not health])
    # The pages for people: sessions, CSRF on every form but the bearer-token API's.
    from . import web

    web.init_app(app, api_blueprints=[module.blp for module in api_modules])
    return app


def _choose_password_hashes(app: Flask) -> None:
    from catalog.services import passwords

    strength = app.config["PASSWORD_HASH"]
    if strength != "strong" and not app.testing:
        raise RuntimeError(f"PASSWORD_HASH={strength!r} is for the test suite alone (TESTING); "
                           "production hashes passwords at full strength")
    passwords.use(strength)
