"""A role's access is always declared: no API view or page is open to "any role" by default,
every role has a home page, and a role that is not yet wired stops the service at start-up."""
from __future__ import annotations

import pytest
from flask.views import MethodView

from api import auth, create_app
from api.blueprint import ApiBlueprint
from api.web import BLUEPRINTS
from api.web.sessions import HOME_OF_ROLE, require_homes, role_required
from catalog.roles import Role, require_every_role
from matcher.vocabulary import StrEnum

# The pages anyone may open, signed in or not: the sign-in itself and what it leads to.
PUBLIC_PAGES = {"account.index", "account.sign_in", "account.set_password", "account.sign_out",
                "account.choose_language"}


class MoreRoles(StrEnum):
    """The roles there are, and one more that nothing is wired for."""

    COUNSELOR = "counselor"
    ITI_LIAISON = "iti_liaison"
    CSR_PARTNER = "csr_partner"
    ADMIN = "admin"
    AUDITOR = "auditor"


@pytest.fixture(scope="module")
def static_app():
    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "static", "TESTING": True})
    yield app
    app.extensions["database"].engine.dispose()


def _api_blueprints(app):
    return [blueprint for blueprint in app.iter_blueprints() if isinstance(blueprint, ApiBlueprint)]


def test_every_role_has_a_home_page(static_app):
    assert set(HOME_OF_ROLE) == set(Role)
    require_every_role(HOME_OF_ROLE, "HOME_OF_ROLE")
    require_homes(static_app)  # each home is a page the app serves


def test_a_role_without_a_home_page_fails_loudly():
    with pytest.raises(LookupError, match="auditor"):
        require_every_role(HOME_OF_ROLE, "HOME_OF_ROLE", roles=MoreRoles)


def test_a_home_page_the_app_does_not_serve_stops_it(static_app, monkeypatch):
    monkeypatch.setitem(HOME_OF_ROLE, Role.ADMIN, "operator.no_such_page")
    with pytest.raises(RuntimeError, match="operator.no_such_page"):
        require_homes(static_app)


def test_every_api_view_names_its_roles(static_app):
    blueprints = _api_blueprints(static_app)
    assert len(blueprints) >= 10
    assert auth.views_without_roles(static_app, blueprints) == []


def test_no_api_view_admits_a_role_nobody_named(static_app):
    """Each view's roles are a set of today's roles, named one by one: a new role (MoreRoles'
    auditor) would reach no view until a view names it."""
    for blueprint in _api_blueprints(static_app):
        for endpoint, view in static_app.view_functions.items():
            if endpoint.partition(".")[0] != blueprint.name:
                continue
            for method in view.view_class.methods:
                allowed = getattr(view.view_class, method.lower()).allowed_roles
                assert allowed <= set(Role) and MoreRoles.AUDITOR not in allowed, endpoint


def test_a_view_that_names_no_roles_cannot_be_declared():
    with pytest.raises(TypeError, match="roles\\(\\): name each role"):
        auth.roles()
    with pytest.raises(TypeError, match="name each role"):
        ApiBlueprint("nameless", __name__).auth()
    with pytest.raises(TypeError, match="name each role"):
        role_required()


def test_an_api_view_without_roles_stops_the_app(static_app):
    blueprint = ApiBlueprint("unguarded", __name__, url_prefix="/api/v1/unguarded")

    @blueprint.route("/")
    class Unguarded(MethodView):
        def get(self):
            return {}

    app = create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "static", "TESTING": True})
    try:
        app.register_blueprint(blueprint)
        assert auth.views_without_roles(app, [blueprint]) == ["GET /api/v1/unguarded/"]
        with pytest.raises(RuntimeError, match="GET /api/v1/unguarded/"):
            auth.require_declared_roles(app, [blueprint])
    finally:
        app.extensions["database"].engine.dispose()


def test_every_page_names_its_roles(static_app):
    names = {blueprint.name for blueprint in BLUEPRINTS}
    undeclared = sorted(endpoint for endpoint, view in static_app.view_functions.items()
                        if endpoint.partition(".")[0] in names and endpoint not in PUBLIC_PAGES
                        and not getattr(view, "allowed_roles", None))
    assert undeclared == []
    served = {endpoint for endpoint in static_app.view_functions}
    assert PUBLIC_PAGES <= served
