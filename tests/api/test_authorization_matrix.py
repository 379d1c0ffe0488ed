"""The authorization matrix, generated from the route table: no route escapes it.

For every (rule, method) the app serves under /api (HEAD and OPTIONS aside), one test checks:
no token: 401; bad tokens (unknown, garbage, overlong, of an inactive user, revoked): 401; each
role the view does not allow: 403; for a URL naming an object, each allowed role from another
organisation: 404 (unless the object is readable by all, see CROSS_ORG_VISIBLE); each allowed
role in the owning organisation: a 2xx. List routes must not show another organisation's rows.

The roles come from the views themselves (`allowed_roles`, set by `roles(...)`), the expected
objects and bodies from EXPECTATIONS below: a route missing from it fails the suite, as does a
protected view without `allowed_roles`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count

import pytest
from flask import Flask

from api import create_app
from catalog.roles import Role
from catalog.services.accounts import ROLE_ORGANISATION_KINDS
from tests.api.matrix_fixtures import (
    KIND_OF_ROLE,
    REFERRAL_FOR_ROLE,
    ROLES,
    World,
    allowed_roles_of,
    batch_fields,
    build_world,
    course_fields,
    opening_fields,
    profile_fields,
    route_table,
    scheme_fields,
)

V1 = "/api/v1"
ALL = frozenset(ROLES)

# Served without a token, on purpose (docs/http-api.md): health, the OpenAPI document, the docs
# page.
PUBLIC = {
    ("/api/v1/health", "GET"),
    ("/api/v1/openapi.json", "GET"),
    ("/api/docs", "GET"),
}

# Which seeded object of the acting user's side a URL's id names. Referrals depend on the role
# (REFERRAL_FOR_ROLE). A notification is its user's own.
OBJECTS: dict[str, Callable[[World, str, str], int]] = {
    "profile": lambda w, side, role: w.ids[side, "profile"],
    "course": lambda w, side, role: w.ids[side, "course"],
    "batch": lambda w, side, role: w.ids[side, "batch"],
    "opening": lambda w, side, role: w.ids[side, "opening"],
    "opening_pending": lambda w, side, role: w.ids[side, "opening_pending"],
    "opening_lure": lambda w, side, role: w.ids[side, "opening_lure"],
    "referral": lambda w, side, role: w.ids[side, REFERRAL_FOR_ROLE[role]],
    "notification": lambda w, side, role: w.notifications[side, role],
    "employer": lambda w, side, role: w.orgs[side, "employer"],
    "allocation": lambda w, side, role: w.ids[side, "allocation"],
    "batch_full": lambda w, side, role: w.ids[side, "batch_full"],
    "waiting_entry": lambda w, side, role: w.ids[side, "waiting_entry"],
    "scheme": lambda w, side, role: "pmjdy",  # schemes are named by code; the catalogue is global
}

_unique = count(1)


def _next() -> int:
    return next(_unique)


@dataclass(frozen=True)
class Expect:
    obj: str | None = None  # the object the path's id names (a key of OBJECTS)
    body: Callable[[World, str], dict] | None = None  # (world, role) -> a valid JSON body
    query: dict = field(default_factory=dict)
    # Lists: object names of side A that users of side B must not find in `items` (by role).
    hidden_from_others: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The body names side A's objects: an allowed role from side B must get a 404.
    body_names_objects: bool = False


# The status change each role makes to its referral (REFERRAL_FOR_ROLE).
STATUS_FOR_ROLE = {"counselor": "completed", "iti_liaison": "enrolled",
                   "csr_partner": "interviewed", "admin": "withdrawn"}
ALL_REFERRALS = ("referral_held", "referral_enrolled", "referral_applied")

EXPECTATIONS: dict[tuple[str, str], Expect] = {
    # profiles (counselor, own organisation)
    (f"{V1}/profiles", "GET"): Expect(hidden_from_others={
        "counselor": ("profile", "profile_placed", "profile_fresh")}),
    (f"{V1}/profiles", "POST"): Expect(
        body=lambda w, role: profile_fields(case_ref=f"NEW-{_next()}")),
    (f"{V1}/profiles/<int:profile_id>", "GET"): Expect(obj="profile"),
    (f"{V1}/profiles/<int:profile_id>", "PATCH"): Expect(
        obj="profile", body=lambda w, role: {"max_travel_km": 20, "interests": ["parlour"]}),
    (f"{V1}/profiles/<int:profile_id>", "DELETE"): Expect(obj="profile"),
    (f"{V1}/profiles/<int:profile_id>/matches", "GET"): Expect(obj="profile"),
    (f"{V1}/profiles/<int:profile_id>/schemes", "GET"): Expect(obj="profile"),
    # government schemes: anyone signed in reads the catalogue; admins keep it
    (f"{V1}/schemes", "GET"): Expect(),
    (f"{V1}/schemes", "POST"): Expect(body=lambda w, role: scheme_fields(code=f"new_{_next()}")),
    (f"{V1}/schemes/<string:code>", "PATCH"): Expect(
        obj="scheme", body=lambda w, role: {"checked_on": "2026-12-01"}),
    # referrals and follow-ups
    (f"{V1}/referrals", "GET"): Expect(hidden_from_others={
        "counselor": ALL_REFERRALS, "iti_liaison": ALL_REFERRALS,
        "csr_partner": ALL_REFERRALS}),
    (f"{V1}/referrals", "POST"): Expect(
        body=lambda w, role: {"profile_id": w.ids["A", "profile_fresh"],
                              "batch_id": w.ids["A", "batch"]},
        body_names_objects=True),
    (f"{V1}/referrals/<int:referral_id>", "GET"): Expect(obj="referral"),
    (f"{V1}/referrals/<int:referral_id>", "PATCH"): Expect(
        obj="referral",
        body=lambda w, role: {"status": STATUS_FOR_ROLE[role]}),
    (f"{V1}/referrals/<int:referral_id>/follow-ups", "GET"): Expect(obj="referral"),
    (f"{V1}/referrals/<int:referral_id>/follow-ups", "POST"): Expect(
        obj="referral", body=lambda w, role: {"day": 30, "outcome": "in_training"}),
    # cohort allocations (counselor, own organisation)
    (f"{V1}/allocations", "GET"): Expect(hidden_from_others={"counselor": ("allocation",)}),
    (f"{V1}/allocations", "POST"): Expect(
        body=lambda w, role: {"profile_ids": [w.ids["A", "profile_fresh"]],
                              "batch_ids": [w.ids["A", "batch"]], "min_score": 0},
        body_names_objects=True),
    (f"{V1}/allocations/<int:allocation_id>", "GET"): Expect(obj="allocation"),
    (f"{V1}/allocations/<int:allocation_id>/apply", "POST"): Expect(obj="allocation"),
    # waiting lists (counselor, own organisation's survivors)
    (f"{V1}/batches/<int:batch_id>/waiting-list", "POST"): Expect(
        obj="batch_full", body=lambda w, role: {"profile_id": w.ids["A", "profile_fresh"]}),
    (f"{V1}/waiting-list", "GET"): Expect(hidden_from_others={"counselor": ("waiting_entry",)}),
    (f"{V1}/waiting-list/<int:entry_id>", "DELETE"): Expect(obj="waiting_entry"),
    (f"{V1}/waiting-list/<int:entry_id>/claim", "POST"): Expect(obj="waiting_entry"),
    (f"{V1}/waiting-list/<int:entry_id>/decline", "POST"): Expect(obj="waiting_entry"),
    # courses and batches (liaison writes its provider's; anyone signed in reads)
    (f"{V1}/courses", "GET"): Expect(),
    (f"{V1}/courses", "POST"): Expect(body=lambda w, role: course_fields()),
    (f"{V1}/courses/<int:course_id>", "GET"): Expect(obj="course"),
    (f"{V1}/courses/<int:course_id>", "PATCH"): Expect(
        obj="course", body=lambda w, role: {"title": "Sewing, advanced", "fee_inr": 100}),
    (f"{V1}/courses/<int:course_id>/batches", "POST"): Expect(
        obj="course", body=lambda w, role: batch_fields()),
    (f"{V1}/batches/<int:batch_id>", "GET"): Expect(obj="batch"),
    (f"{V1}/batches/<int:batch_id>", "PATCH"): Expect(
        obj="batch", body=lambda w, role: {"seats_total": 12}),
    # openings (CSR partner writes its employer's; admin reviews)
    (f"{V1}/openings", "GET"): Expect(hidden_from_others={
        "counselor": ("opening_pending",), "iti_liaison": ("opening_pending",),
        "csr_partner": ("opening", "opening_pending")}),
    (f"{V1}/openings", "POST"): Expect(body=lambda w, role: opening_fields()),
    (f"{V1}/openings/<int:opening_id>", "GET"): Expect(obj="opening"),
    (f"{V1}/openings/<int:opening_id>", "PATCH"): Expect(
        obj="opening", body=lambda w, role: {"wage_inr_month": 12500, "positions": 4}),
    (f"{V1}/openings/<int:opening_id>/close", "POST"): Expect(obj="opening"),
    (f"{V1}/openings/<int:opening_id>/review", "POST"): Expect(
        obj="opening_pending", body=lambda w, role: {"decision": "publish", "note": "Checked."}),
    # organisations and users (admin)
    (f"{V1}/organisations", "GET"): Expect(),
    (f"{V1}/organisations", "POST"): Expect(
        body=lambda w, role: {"name": f"New NGO {_next()}", "kind": "ngo"}),
    (f"{V1}/organisations/<int:organisation_id>/verify", "POST"): Expect(
        obj="employer", body=lambda w, role: {"note": "Licence checked."}),
    (f"{V1}/organisations/<int:organisation_id>/unverify", "POST"): Expect(
        obj="employer", body=lambda w, role: {"note": "Licence withdrawn."}),
    (f"{V1}/organisations/<int:organisation_id>/record", "GET"): Expect(obj="employer"),
    (f"{V1}/openings/<int:opening_id>/flags/<string:code>/dismiss", "POST"): Expect(
        obj="opening_lure", body=lambda w, role: {"note": "A false alarm: checked."}),
    (f"{V1}/users", "POST"): Expect(
        body=lambda w, role: {"email": f"new{_next()}@example.org",
                              "organisation_id": w.orgs["A", "ngo"], "role": "counselor"}),
    # reference data, notifications, audit
    (f"{V1}/trades", "GET"): Expect(query={"q": "silai"}),
    (f"{V1}/districts", "GET"): Expect(query={"q": "Kolkatta"}),
    (f"{V1}/notifications", "GET"): Expect(hidden_from_others={
        role: ("notification",) for role in ROLES}),
    (f"{V1}/notifications/<int:notification_id>/read", "POST"): Expect(obj="notification"),
    (f"{V1}/audit", "GET"): Expect(),
    # outcome reports: counts of the referrals each caller may see (tests/api/test_reports.py)
    (f"{V1}/reports/outcomes", "GET"): Expect(query={"from": "2026-01-01"}),
    (f"{V1}/reports/outcomes.csv", "GET"): Expect(query={"to": "2026-12-31"}),
}

# The few objects another organisation's users may reach, by design (docs/http-api.md,
# catalog/access.py):
CROSS_ORG_VISIBLE: dict[tuple[str, str], frozenset[str]] = {
    # "Courses and batches: ... anyone signed in may read."
    (f"{V1}/courses/<int:course_id>", "GET"): ALL,
    (f"{V1}/batches/<int:batch_id>", "GET"): ALL,
    # A *published* opening is readable by counselors and liaisons (they match survivors to it);
    # admins see every opening. A CSR partner sees only its own employer's (so 404 here), and a
    # pending opening is hidden from everyone but its employer and admins (see the test below).
    (f"{V1}/openings/<int:opening_id>", "GET"): frozenset({"counselor", "iti_liaison", "admin"}),
    # The operator's admins review every employer's openings and verify every employer.
    (f"{V1}/openings/<int:opening_id>/review", "POST"): frozenset({"admin"}),
    (f"{V1}/organisations/<int:organisation_id>/verify", "POST"): frozenset({"admin"}),
    (f"{V1}/organisations/<int:organisation_id>/unverify", "POST"): frozenset({"admin"}),
    (f"{V1}/organisations/<int:organisation_id>/record", "GET"): frozenset({"admin"}),
    (f"{V1}/openings/<int:opening_id>/flags/<string:code>/dismiss", "POST"): frozenset({"admin"}),
    # The schemes catalogue is one for everybody: any admin keeps it.
    (f"{V1}/schemes/<string:code>", "PATCH"): frozenset({"admin"}),
}

ROUTES = route_table()
PROTECTED = [route for route in ROUTES if route not in PUBLIC]


def test_every_role_is_in_the_matrix():
    """The roles come from the enumeration: a new role is checked on every route at once, and
    fails here until it has a kind of organisation, a referral to act on and a status change."""
    every_role = {str(role) for role in Role}
    assert set(ROLES) == every_role
    for name, table in {"ROLE_ORGANISATION_KINDS": ROLE_ORGANISATION_KINDS,
                        "KIND_OF_ROLE": KIND_OF_ROLE, "REFERRAL_FOR_ROLE": REFERRAL_FOR_ROLE,
                        "STATUS_FOR_ROLE": STATUS_FOR_ROLE}.items():
        assert {str(role) for role in table} == every_role, f"{name}: not one entry per role"


def _static_app() -> Flask:
    return create_app({"DATABASE_URL": "sqlite://", "SECRET_KEY": "static", "TESTING": True})


pytestmark = pytest.mark.usefixtures("frozen_clock")


def path_of(rule: str, object_id: int | None) -> str:
    """The rule with its one converter replaced by `object_id`."""
    if "<" not in rule:
        return rule
    # The one route with a second parameter names a flag of the opening (a fixed code).
    rule = rule.replace("/flags/<string:code>/", "/flags/fee_charged/")
    head, rest = rule.split("<", 1)
    assert "<" not in rest.split(">", 1)[1], f"{rule}: more than one path parameter"
    return f"{head}{object_id}{rest.split('>', 1)[1]}"


def test_every_route_is_in_the_matrix():
    served = set(PROTECTED)
    missing = sorted(served - EXPECTATIONS.keys())
    stale = sorted(EXPECTATIONS.keys() - served)
    assert not missing, f"routes with no expectation in the authorization matrix: {missing}"
    assert not stale, f"expectations for routes the app no longer serves: {stale}"
    unknown = sorted((set(CROSS_ORG_VISIBLE) - served))
    assert not unknown, f"cross-organisation exceptions for unknown routes: {unknown}"
    for key, expect in EXPECTATIONS.items():
        has_id = "<" in key[0]
        assert has_id == (expect.obj is not None), f"{key}: path id and object disagree"
        assert expect.obj is None or expect.obj in OBJECTS, f"{key}: unknown object {expect.obj}"


def test_every_protected_view_declares_its_roles():
    app = _static_app()
    try:
        undeclared = [f"{method} {rule}" for rule, method in PROTECTED
                      if not allowed_roles_of(app, rule, method)]
        declared_public = [f"{method} {rule}" for rule, method in sorted(PUBLIC)
                           if (rule, method) in ROUTES and allowed_roles_of(app, rule, method)]
    finally:
        app.extensions["database"].engine.dispose()
    assert not undeclared, f"protected views without allowed_roles: {undeclared}"
    assert not declared_public, f"public routes that require roles: {declared_public}"


def test_public_routes_answer_without_a_token(client):
    for rule, method in sorted(PUBLIC):
        assert (rule, method) in ROUTES, f"public route {method} {rule} is not served"
        response = client.open(rule, method=method)
        assert response.status_code == 200, f"{method} {rule}: {response.status_code}"


def _status_line(response) -> str:
    body = response.get_json(silent=True)
    message = body.get("message") if isinstance(body, dict) else response.get_data(as_text=True)
    return f"{response.status_code} ({str(message)[:160]})"


def _error_shape_ok(response, code: int) -> bool:
    body = response.get_json(silent=True)
    return isinstance(body, dict) and body.get("code") == code and "message" in body


@pytest.mark.parametrize("rule,method", PROTECTED, ids=[f"{m} {r}" for r, m in PROTECTED])
def test_authorization(rule, method, app, client, db_session):
    expect = EXPECTATIONS.get((rule, method))
    assert expect is not None, f"{method} {rule} is not in the authorization matrix"
    allowed = allowed_roles_of(app, rule, method)
    assert allowed, f"{method} {rule}: the view declares no allowed_roles"
    allowed = {role.value for role in allowed}
    world = build_world(db_session)
    violations: list[str] = []
    label = f"{method} {rule}"

    def call(side: str | None, role: str, headers: dict | None = None):
        object_id = OBJECTS[expect.obj](world, "A", role) if expect.obj else None
        body = expect.body(world, role) if expect.body else None
        if headers is None:
            headers = world.headers(side, role) if side else {}
        return client.open(path_of(rule, object_id), method=method, json=body,
                           query_string=expect.query, headers=headers)

    def check(ok: bool, who: str, expected: str, response) -> None:
        if not ok:
            violations.append(
                f"{label} as {who}: expected {expected}, got {_status_line(response)}")

    any_role = sorted(allowed)[0]
    response = call(None, any_role, headers={})
    check(response.status_code == 401 and _error_shape_ok(response, 401)
          and "Bearer" in response.headers.get("WWW-Authenticate", ""),
          "no token", "401 with WWW-Authenticate: Bearer", response)
    for description, token in world.bad_tokens.items():
        for header in (f"Bearer {token}", f"Basic {token}"):
            response = call(None, any_role, headers={"Authorization": header})
            check(response.status_code == 401 and _error_shape_ok(response, 401),
                  f"{description} ({header.split()[0]})", "401", response)
    response = call(None, any_role, headers={"Authorization": "Bearer"})
    check(response.status_code == 401, "empty bearer", "401", response)

    for role in sorted(ALL - allowed):
        response = call("A", role)
        check(response.status_code == 403 and _error_shape_ok(response, 403),
              f"{role} (not allowed)", "403", response)

    for role in sorted(allowed):
        response = call("A", role)
        check(200 <= response.status_code < 300, f"{role} of the owning organisation",
              "2xx", response)
        if expect.hidden_from_others.get(role):
            response_b = call("B", role)
            check(response_b.status_code == 200, f"{role} of another organisation", "200",
                  response_b)
            seen = {item.get("id") for item in (response_b.get_json() or {}).get("items", [])}
            hidden = {OBJECTS[name](world, "A", role) if name in OBJECTS
                      else world.ids["A", name] for name in expect.hidden_from_others[role]}
            leaked = sorted(seen & hidden)
            if leaked:
                violations.append(f"{label} as {role} of another organisation: lists the "
                                  f"owning organisation's ids {leaked}")

    cross_roles = sorted(allowed) if (expect.obj or expect.body_names_objects) else []
    visible = CROSS_ORG_VISIBLE.get((rule, method), frozenset())
    for role in cross_roles:
        response = call("B", role)
        if role in visible:
            check(response.status_code not in (401, 403, 404) and response.status_code < 500,
                  f"{role} of another organisation (readable by design)", "not 401/403/404",
                  response)
        else:
            check(response.status_code == 404 and _error_shape_ok(response, 404),
                  f"{role} of another organisation", "404", response)

    assert not violations, "authorization matrix violations:\n  " + "\n  ".join(violations)


@pytest.mark.parametrize("role,visible", [("counselor", False), ("iti_liaison", False),
                                          ("admin", True)])
def test_a_pending_opening_is_hidden_from_all_but_its_employer_and_admins(
        role, visible, client, db_session):
    world = build_world(db_session)
    pending = world.ids["A", "opening_pending"]
    for side in ("A", "B"):
        response = client.get(f"{V1}/openings/{pending}", headers=world.headers(side, role))
        assert response.status_code == (200 if visible else 404), (side, response.get_json())
    own = client.get(f"{V1}/openings/{pending}", headers=world.headers("A", "csr_partner"))
    other = client.get(f"{V1}/openings/{pending}", headers=world.headers("B", "csr_partner"))
    assert (own.status_code, other.status_code) == (200, 404)


def test_an_employer_sees_a_referral_only_while_the_survivor_consents(client, db_session):
    world = build_world(db_session)
    referral = world.ids["A", "referral_applied"]
    counselor, partner = world.headers("A", "counselor"), world.headers("A", "csr_partner")
    assert client.get(f"{V1}/referrals/{referral}", headers=partner).status_code == 200
    response = client.patch(f"{V1}/profiles/{world.ids['A', 'profile']}",
                            json={"consent_to_share": False}, headers=counselor)
    assert response.status_code == 200, response.get_json()
    assert client.get(f"{V1}/referrals/{referral}", headers=partner).status_code == 404
    listed = client.get(f"{V1}/referrals", headers=partner).get_json()["items"]
    assert referral not in {item["id"] for item in listed}
