"""`ApiBlueprint.operation`: one call declares what the stack of flask-smorest decorators did
(the same OpenAPI operation), and with `commit=True` the session is committed once the view
returns, never when it raises. No database: a small app of its own, a stand-in session."""
from __future__ import annotations

from types import SimpleNamespace

import marshmallow as ma
import pytest
from flask import Flask
from flask.views import MethodView
from werkzeug.exceptions import Conflict

from api import auth, blueprint
from api.blueprint import Api, ApiBlueprint
from api.pagination import PageArgs
from catalog.roles import Role


class ThingIn(ma.Schema):
    name = ma.fields.String(required=True)


class ThingArgs(ma.Schema):
    kind = ma.fields.String()


class ThingOut(ma.Schema):
    id = ma.fields.Integer(required=True)


def _app() -> tuple[Flask, Api]:
    app = Flask(__name__)
    app.config.update(API_TITLE="probe", API_VERSION="v1", OPENAPI_VERSION="3.0.3")
    return app, Api(app)


def _operation_of(api: Api, path: str, method: str) -> dict:
    return api.spec.to_dict()["paths"][path][method]


def test_one_call_documents_what_the_decorator_stack_did():
    app, api = _app()
    stacked, declared = ApiBlueprint("stacked", __name__), ApiBlueprint("declared", __name__)

    @stacked.route("/stacked/<int:thing_id>")
    class Stacked(MethodView):
        @stacked.auth(Role.COUNSELOR)
        @stacked.arguments(ThingArgs, location="query")
        @stacked.arguments(PageArgs, location="query", as_kwargs=True)
        @stacked.arguments(ThingIn)
        @stacked.response(201, ThingOut)
        @stacked.alt_response(404, response="NOT_FOUND")
        @stacked.alt_response(409, response="CONFLICT")
        def post(self, args, data, thing_id, page, per_page):
            """Make a thing."""

    @declared.route("/declared/<int:thing_id>")
    class Declared(MethodView):
        @declared.operation(Role.COUNSELOR, query=ThingArgs, paged=True, body=ThingIn,
                            status=201, answer=ThingOut, errors=(404, 409), commit=True)
        def post(self, args, data, thing_id, page, per_page):
            """Make a thing."""

    api.register_blueprint(stacked)
    api.register_blueprint(declared)
    old = _operation_of(api, "/api/v1/stacked/{thing_id}", "post")
    new = _operation_of(api, "/api/v1/declared/{thing_id}", "post")
    assert new == {**old, "tags": ["declared"]}
    assert list(new["responses"]) == list(old["responses"])
    assert sorted(p["name"] for p in new["parameters"]) == ["kind", "page", "per_page"]
    assert set(new["responses"]) == {"201", "401", "403", "404", "409", "422", "default"}
    assert "requestBody" in new and new["security"] == [{"bearerAuth": []}]
    assert Declared.post.allowed_roles == {Role.COUNSELOR}


@pytest.fixture
def probe(monkeypatch):
    """An app whose two views write and then answer or raise; the commits they make."""
    commits: list[str] = []
    monkeypatch.setattr(blueprint, "get_session",
                        lambda: SimpleNamespace(commit=lambda: commits.append("commit")))
    monkeypatch.setattr(auth, "authenticate", lambda: SimpleNamespace(role=Role.ADMIN))
    app, api = _app()
    blp = ApiBlueprint("probe", __name__)

    @blp.route("/things")
    class Things(MethodView):
        @blp.operation(Role.ADMIN, body=ThingIn, status=201, answer=ThingOut, commit=True)
        def post(self, data):
            commits.append(f"wrote {data['name']}")
            return {"id": 7}

        @blp.operation(Role.ADMIN, body=ThingIn, answer=ThingOut, errors=(409,), commit=True)
        def put(self, data):
            commits.append(f"wrote {data['name']}")
            raise Conflict("taken")

        @blp.operation(Role.ADMIN, answer=ThingOut)
        def get(self):
            return {"id": 7}

    api.register_blueprint(blp)
    return app.test_client(), commits


def test_commit_comes_once_the_view_has_returned(probe):
    client, commits = probe
    response = client.post("/api/v1/things", json={"name": "a"})
    assert response.status_code == 201 and response.get_json() == {"id": 7}
    assert commits == ["wrote a", "commit"]


def test_a_view_that_raises_commits_nothing(probe):
    client, commits = probe
    assert client.put("/api/v1/things", json={"name": "b"}).status_code == 409
    assert commits == ["wrote b"]


def test_a_view_declared_without_commit_commits_nothing(probe):
    client, commits = probe
    assert client.get("/api/v1/things").status_code == 200
    assert commits == []


def test_bad_input_never_reaches_the_view_nor_the_commit(probe):
    client, commits = probe
    response = client.post("/api/v1/things", json={"name": 5})
    assert response.status_code == 422 and "name" in response.get_json()["errors"]["json"]
    assert commits == []
