"""Bad input never causes a 500 and never writes anything (docs/http-api.md, Conventions).

Malformed JSON: 400. Wrong types, unknown or read-only fields, 10k-character strings, 10k-item
lists: 422 naming the field. A body over MAX_CONTENT_LENGTH: 413 in the JSON error shape. Absurd
ids in paths: 404; in bodies and query strings: 422 (or 404 for an id that could exist).
`per_page` above 200: 422. After each, no row was added anywhere and the target is unchanged.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.api.matrix_fixtures import (
    World,
    batch_fields,
    build_world,
    course_fields,
    opening_fields,
    profile_fields,
    row_counts,
)

V1 = "/api/v1"
HUGE_STRING = "x" * 10_000
HUGE = 10_000


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: Callable[[World], str]
    role: str
    body: Callable[[World], dict]
    read: Callable[[World], str] | None = None  # a GET showing the target, for PATCH and the like
    wrong_types: dict[str, object] = field(default_factory=dict)
    read_only: tuple[str, ...] = ()
    huge_strings: tuple[str, ...] = ()  # fields; "name.0" puts the huge string in a list
    huge_lists: dict[str, object] = field(default_factory=dict)  # field -> item repeated 10k times


def _profile(w: World) -> str:
    return f"{V1}/profiles/{w.ids['A', 'profile']}"


ENDPOINTS: dict[str, Endpoint] = {
    "POST /profiles": Endpoint(
        "POST", lambda w: f"{V1}/profiles", "counselor",
        lambda w: profile_fields(case_ref="BAD-1"),
        wrong_types={"age": "24", "gender": 1, "languages": "bn", "consent_to_share": "maybe",
                     "max_travel_km": "far", "interests": "tailoring", "preferences": [],
                     "latitude": "north", "documents": [1]},
        read_only=("id", "organisation_id", "status", "created_at", "resolved_interests",
                   "consent_recorded_at", "anonymised_at", "name", "phone"),
        huge_strings=("case_ref", "district", "state", "interests.0", "avoid_districts.0"),
        huge_lists={"languages": "bn", "interests": "silai", "experience": "silai",
                    "documents": "aadhaar", "avoid_districts": "Kolkata"},
    ),
    "PATCH /profiles/{id}": Endpoint(
        "PATCH", _profile, "counselor", lambda w: {"max_travel_km": 25}, read=_profile,
        wrong_types={"age": "30", "languages": "bn", "consent_to_share": "maybe",
                     "preferences": {"women_only": "maybe"}},
        read_only=("id", "organisation_id", "status", "updated_at", "resolved_interests",
                   "closed_at"),
        huge_strings=("case_ref", "district", "experience.0"),
        huge_lists={"languages": "hi", "interests": "parlour"},
    ),
    "POST /referrals": Endpoint(
        "POST", lambda w: f"{V1}/referrals", "counselor",
        lambda w: {"profile_id": w.ids["A", "profile_fresh"], "batch_id": w.ids["A", "batch"]},
        wrong_types={"profile_id": "1", "batch_id": 1.5},
        read_only=("id", "status", "hold_expires_at", "created_by_id", "case_ref"),
    ),
    "PATCH /referrals/{id}": Endpoint(
        "PATCH", lambda w: f"{V1}/referrals/{w.ids['A', 'referral_held']}", "counselor",
        lambda w: {"status": "enrolled"},
        read=lambda w: f"{V1}/referrals/{w.ids['A', 'referral_held']}",
        wrong_types={"status": 1, "note": ["x"]},
        read_only=("profile_id", "batch_id", "hold_expires_at", "id"),
        huge_strings=("note",),
    ),
    "POST /courses": Endpoint(
        "POST", lambda w: f"{V1}/courses", "iti_liaison", lambda w: course_fields(),
        wrong_types={"duration_weeks": "12", "fee_inr": 10.5, "languages": "bn",
                     "residential": [True], "placement_rate": "high", "min_age": "16"},
        read_only=("id", "provider_id", "batches", "created_at"),
        huge_strings=("title", "trade", "district"),
        huge_lists={"languages": "bn", "documents_required": "aadhaar"},
    ),
    "PATCH /courses/{id}": Endpoint(
        "PATCH", lambda w: f"{V1}/courses/{w.ids['A', 'course']}", "iti_liaison",
        lambda w: {"fee_inr": 200}, read=lambda w: f"{V1}/courses/{w.ids['A', 'course']}",
        wrong_types={"duration_weeks": "12", "women_only": "perhaps"},
        read_only=("id", "provider_id", "batches"),
        huge_strings=("title",),
        huge_lists={"languages": "bn"},
    ),
    "POST /courses/{id}/batches": Endpoint(
        "POST", lambda w: f"{V1}/courses/{w.ids['A', 'course']}/batches", "iti_liaison",
        lambda w: batch_fields(),
        wrong_types={"seats_total": "20", "start_date": 20270110, "closed": {}},
        read_only=("id", "course_id", "seats_taken", "seats_available"),
        huge_strings=("start_date",),
    ),
    "PATCH /batches/{id}": Endpoint(
        "PATCH", lambda w: f"{V1}/batches/{w.ids['A', 'batch']}", "iti_liaison",
        lambda w: {"seats_total": 15}, read=lambda w: f"{V1}/batches/{w.ids['A', 'batch']}",
        wrong_types={"seats_total": "15", "application_deadline": 5},
        read_only=("id", "course_id", "seats_taken", "seats_available"),
    ),
    "POST /openings": Endpoint(
        "POST", lambda w: f"{V1}/openings", "csr_partner", lambda w: opening_fields(),
        wrong_types={"positions": "3", "wage_inr_month": 1.5, "closes_on": 5,
                     "women_only": "sometimes", "languages": "bn"},
        read_only=("id", "employer_id", "status", "flags", "positions_filled", "reviewed_at"),
        huge_strings=("title", "description", "trade", "district"),
        huge_lists={"languages": "hi", "documents_required": "pan"},
    ),
    "PATCH /openings/{id}": Endpoint(
        "PATCH", lambda w: f"{V1}/openings/{w.ids['A', 'opening']}", "csr_partner",
        lambda w: {"wage_inr_month": 13000},
        read=lambda w: f"{V1}/openings/{w.ids['A', 'opening']}",
        wrong_types={"positions": "4", "accommodation": 2},
        read_only=("status", "flags", "positions_filled", "employer_id"),
        huge_strings=("description",),
        huge_lists={"documents_required": "pan"},
    ),
    "POST /openings/{id}/review": Endpoint(
        "POST", lambda w: f"{V1}/openings/{w.ids['A', 'opening_pending']}/review", "admin",
        lambda w: {"decision": "publish"},
        read=lambda w: f"{V1}/openings/{w.ids['A', 'opening_pending']}",
        wrong_types={"decision": True, "note": 5},
        read_only=("status", "reviewed_at"),
        huge_strings=("note",),
    ),
    "POST /referrals/{id}/follow-ups": Endpoint(
        "POST", lambda w: f"{V1}/referrals/{w.ids['A', 'referral_enrolled']}/follow-ups",
        "counselor", lambda w: {"day": 30, "outcome": "in_training"},
        wrong_types={"day": "30", "outcome": 5},
        read_only=("recorded_at", "due_on", "referral_id"),
        huge_strings=("note",),
    ),
    "POST /organisations": Endpoint(
        "POST", lambda w: f"{V1}/organisations", "admin",
        lambda w: {"name": "Bad NGO", "kind": "ngo"},
        wrong_types={"name": 5, "kind": ["ngo"]},
        read_only=("id", "verified", "verified_at"),
        huge_strings=("name",),
    ),
    "POST /users": Endpoint(
        "POST", lambda w: f"{V1}/users", "admin",
        lambda w: {"email": "bad@example.org", "organisation_id": w.orgs["A", "ngo"],
                   "role": "counselor"},
        wrong_types={"organisation_id": "1", "email": 5, "role": ["admin"]},
        read_only=("id", "token", "active", "password_hash"),
        huge_strings=("email",),
    ),
}

NAMES = list(ENDPOINTS)
WITH_PATH_ID = {
    "GET /profiles/{id}": ("counselor", f"{V1}/profiles/{{}}"),
    "PATCH /profiles/{id}": ("counselor", f"{V1}/profiles/{{}}"),
    "DELETE /profiles/{id}": ("counselor", f"{V1}/profiles/{{}}"),
    "GET /profiles/{id}/matches": ("counselor", f"{V1}/profiles/{{}}/matches"),
    "GET /referrals/{id}": ("counselor", f"{V1}/referrals/{{}}"),
    "PATCH /referrals/{id}": ("counselor", f"{V1}/referrals/{{}}"),
    "GET /referrals/{id}/follow-ups": ("counselor", f"{V1}/referrals/{{}}/follow-ups"),
    "GET /courses/{id}": ("iti_liaison", f"{V1}/courses/{{}}"),
    "PATCH /courses/{id}": ("iti_liaison", f"{V1}/courses/{{}}"),
    "POST /courses/{id}/batches": ("iti_liaison", f"{V1}/courses/{{}}/batches"),
    "GET /batches/{id}": ("iti_liaison", f"{V1}/batches/{{}}"),
    "PATCH /batches/{id}": ("iti_liaison", f"{V1}/batches/{{}}"),
    "GET /openings/{id}": ("csr_partner", f"{V1}/openings/{{}}"),
    "PATCH /openings/{id}": ("csr_partner", f"{V1}/openings/{{}}"),
    "POST /openings/{id}/close": ("csr_partner", f"{V1}/openings/{{}}/close"),
    "POST /openings/{id}/review": ("admin", f"{V1}/openings/{{}}/review"),
    "POST /organisations/{id}/verify": ("admin", f"{V1}/organisations/{{}}/verify"),
    "POST /organisations/{id}/unverify": ("admin", f"{V1}/organisations/{{}}/unverify"),
    "GET /organisations/{id}/record": ("admin", f"{V1}/organisations/{{}}/record"),
    "POST /openings/{id}/flags/fee_charged/dismiss": (
        "admin", f"{V1}/openings/{{}}/flags/fee_charged/dismiss"),
    "POST /notifications/{id}/read": ("counselor", f"{V1}/notifications/{{}}/read"),
}
VALID_BODY_FOR_PATH_ID = {
    "PATCH /profiles/{id}": {"max_travel_km": 25},
    "PATCH /referrals/{id}": {"status": "completed"},
    "PATCH /courses/{id}": {"fee_inr": 200},
    "POST /courses/{id}/batches": batch_fields(),
    "PATCH /batches/{id}": {"seats_total": 15},
    "PATCH /openings/{id}": {"wage_inr_month": 13000},
    "POST /openings/{id}/review": {"decision": "publish"},
    "POST /organisations/{id}/verify": {"note": "Checked."},
    "POST /organisations/{id}/unverify": {"note": "Withdrawn."},
    "POST /openings/{id}/flags/fee_charged/dismiss": {"note": "A false alarm."},
}
ABSURD_PATH_IDS = ["0", "-1", "2147483648", str(2**63), "99999999999999999999", "1e3", "0x10"]

LISTS = {
    "/profiles": "counselor", "/referrals": "counselor", "/courses": "iti_liaison",
    "/openings": "csr_partner", "/organisations": "admin", "/notifications": "counselor",
    "/audit": "admin",
}


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def world(db_session) -> World:
    return build_world(db_session, users_on=("A",))


class Guard:
    """Records the row counts (and the target's representation) before; checks them after."""

    def __init__(self, client, db_session, world: World, endpoint: Endpoint | None = None):
        self.client, self.db_session, self.world, self.endpoint = (
            client, db_session, world, endpoint)
        self.counts = row_counts(db_session)
        self.before = self._target()

    def _target(self):
        if self.endpoint is None or self.endpoint.read is None:
            return None
        response = self.client.get(self.endpoint.read(self.world),
                                   headers=self.world.headers("A", self.endpoint.role))
        return response.status_code, response.get_json()

    def assert_nothing_written(self, what: str) -> None:
        assert row_counts(self.db_session) == self.counts, f"{what}: rows were written"
        assert self._target() == self.before, f"{what}: the target changed"


def send(client, world: World, endpoint: Endpoint, *, json=None, data=None,
         content_type="application/json"):
    headers = world.headers("A", endpoint.role)
    if data is not None:
        return client.open(endpoint.path(world), method=endpoint.method, data=data,
                           content_type=content_type, headers=headers)
    return client.open(endpoint.path(world), method=endpoint.method, json=json, headers=headers)


def error_fields(response) -> dict:
    body = response.get_json(silent=True) or {}
    return (body.get("errors") or {}).get("json") or {}


def assert_error(response, code: int, what: str) -> dict:
    body = response.get_json(silent=True)
    assert response.status_code == code, (
        f"{what}: expected {code}, got {response.status_code}: {response.get_data()[:400]!r}")
    assert isinstance(body, dict) and body.get("code") == code and body.get("status"), (
        f"{what}: not the JSON error shape: {body}")
    return body


def assert_names_field(response, name: str, what: str) -> None:
    assert_error(response, 422, what)
    named = error_fields(response)
    assert name in named, f"{what}: 422 does not name {name!r}: {response.get_json()}"


def with_value(body: dict, dotted: str, value) -> dict:
    body = dict(body)
    name, _, index = dotted.partition(".")
    if index:
        items = list(body.get(name) or ["placeholder"])
        items[int(index)] = value
        body[name] = items
    else:
        body[name] = value
    return body


def test_the_valid_bodies_are_valid(client, db_session, world):
    """The control: each endpoint's base body succeeds, so the 4xx below come from the fault."""
    for name, endpoint in ENDPOINTS.items():
        response = send(client, world, endpoint, json=endpoint.body(world))
        assert 200 <= response.status_code < 300, (name, response.get_json())


@pytest.mark.parametrize("name", NAMES)
def test_malformed_json_is_a_400(name, client, db_session, world):
    endpoint = ENDPOINTS[name]
    guard = Guard(client, db_session, world, endpoint)
    for raw in (b'{"age": 24,', b"{'age': 24}", b'{"a": 1}}', b"\xff\xfe{}", b"{", b"nul"):
        response = send(client, world, endpoint, data=raw)
        assert_error(response, 400, f"{name} with {raw!r}")
    for raw in (b"null", b"[]", b'"text"', b"42"):
        response = send(client, world, endpoint, data=raw)
        assert response.status_code in (400, 422), (name, raw, response.status_code)
        assert_error(response, response.status_code, f"{name} with {raw!r}")
    guard.assert_nothing_written(name)


def test_deeply_nested_json_is_refused_not_a_500(client, db_session, world):
    """50,000 nested arrays fit in 100 KB, under MAX_CONTENT_LENGTH; Python's parser recurses."""
    nested = b"[" * 50_000 + b"]" * 50_000
    guard = Guard(client, db_session, world)
    answers = {}
    for name, endpoint in ENDPOINTS.items():
        answers[name] = send(client, world, endpoint, data=nested).status_code
    wrong = {name: status for name, status in answers.items() if status not in (400, 422)}
    assert not wrong, f"deeply nested JSON: expected 400, got {wrong}"
    guard.assert_nothing_written("nested JSON")


@pytest.mark.parametrize("name", NAMES)
def test_wrong_types_are_a_422_naming_the_field(name, client, db_session, world):
    endpoint = ENDPOINTS[name]
    guard = Guard(client, db_session, world, endpoint)
    for field_name, value in endpoint.wrong_types.items():
        body = with_value(endpoint.body(world), field_name, value)
        response = send(client, world, endpoint, json=body)
        assert_names_field(response, field_name, f"{name} with {field_name}={value!r}")
    guard.assert_nothing_written(name)


@pytest.mark.parametrize("name", NAMES)
def test_unknown_and_read_only_fields_are_a_422_naming_the_field(name, client, db_session,
                                                                   world):
    endpoint = ENDPOINTS[name]
    guard = Guard(client, db_session, world, endpoint)
    values = {"id": 999, "organisation_id": world.orgs["A", "ngo"], "status": "closed",
              "seats_taken": 0, "positions_filled": 0, "verified": True, "active": True,
              "provider_id": world.orgs["A", "provider"],
              "employer_id": world.orgs["A", "employer"]}
    for field_name in ("bogus", *endpoint.read_only):
        body = dict(endpoint.body(world), **{field_name: values.get(field_name, "x")})
        response = send(client, world, endpoint, json=body)
        assert_names_field(response, field_name, f"{name} with {field_name}")
    guard.assert_nothing_written(name)


@pytest.mark.parametrize("name", [n for n in NAMES if ENDPOINTS[n].huge_strings
                                  or ENDPOINTS[n].huge_lists])
def test_huge_strings_and_lists_are_a_422_naming_the_field(name, client, db_session, world):
    endpoint = ENDPOINTS[name]
    guard = Guard(client, db_session, world, endpoint)
    for dotted in endpoint.huge_strings:
        response = send(client, world, endpoint,
                        json=with_value(endpoint.body(world), dotted, HUGE_STRING))
        assert_names_field(response, dotted.split(".")[0], f"{name}: 10k characters in {dotted}")
    for field_name, item in endpoint.huge_lists.items():
        body = dict(endpoint.body(world), **{field_name: [item] * HUGE})
        response = send(client, world, endpoint, json=body)
        assert_names_field(response, field_name, f"{name}: 10k items in {field_name}")
    guard.assert_nothing_written(name)


@pytest.mark.parametrize("name", NAMES)
def test_a_body_over_max_content_length_is_a_413(name, app, client, db_session, world):
    endpoint = ENDPOINTS[name]
    assert app.config["MAX_CONTENT_LENGTH"] == 256 * 1024
    guard = Guard(client, db_session, world, endpoint)
    body = dict(endpoint.body(world), padding="x" * (300 * 1024))
    response = send(client, world, endpoint, json=body)
    assert_error(response, 413, f"{name} with 300 KiB")
    guard.assert_nothing_written(name)


@pytest.mark.parametrize("name", list(WITH_PATH_ID))
def test_absurd_ids_in_paths_are_a_404(name, client, db_session, world):
    role, template = WITH_PATH_ID[name]
    method = name.split()[0]
    guard = Guard(client, db_session, world)
    for raw in ABSURD_PATH_IDS:
        response = client.open(template.format(raw), method=method, headers=world.headers(
            "A", role), json=VALID_BODY_FOR_PATH_ID.get(name))
        assert_error(response, 404, f"{name} with id {raw}")
    guard.assert_nothing_written(name)


BODY_IDS = {
    "POST /referrals": ("profile_id", "batch_id"),
    "POST /users": ("organisation_id",),
}


@pytest.mark.parametrize("name", list(BODY_IDS))
def test_absurd_ids_in_bodies_are_a_422_or_404(name, client, db_session, world):
    endpoint = ENDPOINTS[name]
    guard = Guard(client, db_session, world, endpoint)
    for field_name in BODY_IDS[name]:
        for value in (2**63, 2**31, 10**20, 0, -1, 1.5, True, None, "7", [1], {"id": 1}):
            body = dict(endpoint.body(world), **{field_name: value})
            response = send(client, world, endpoint, json=body)
            assert_names_field(response, field_name, f"{name} with {field_name}={value!r}")
        # The largest id any key can hold, which names nothing: not found, or a 422 naming it.
        body = dict(endpoint.body(world), **{field_name: 2**31 - 1})
        response = send(client, world, endpoint, json=body)
        assert response.status_code in (404, 422), (name, field_name, response.get_json())
        assert_error(response, response.status_code, f"{name} with {field_name}=2**31-1")
        if response.status_code == 422:
            assert field_name in error_fields(response), response.get_json()
    if name == "POST /referrals":  # both offers named, one of them absurd
        response = send(client, world, endpoint,
                        json=dict(endpoint.body(world), opening_id=2**63))
        assert_error(response, 422, f"{name} with opening_id=2**63")
    guard.assert_nothing_written(name)


QUERY_IDS = [
    ("/referrals", "counselor", "profile_id"), ("/referrals", "counselor", "batch_id"),
    ("/referrals", "counselor", "opening_id"), ("/courses", "iti_liaison", "provider_id"),
    ("/audit", "admin", "profile_id"), ("/audit", "admin", "actor_user_id"),
]


@pytest.mark.parametrize("path,role,name", QUERY_IDS, ids=[f"{p}?{n}" for p, _, n in QUERY_IDS])
def test_absurd_ids_in_query_strings_are_a_422(path, role, name, client, db_session, world):
    guard = Guard(client, db_session, world)
    for raw in (str(2**63), "99999999999999999999", "0", "-1", "abc", "1.5"):
        response = client.get(f"{V1}{path}", query_string={name: raw},
                              headers=world.headers("A", role))
        assert_error(response, 422, f"{path}?{name}={raw}")
        assert name in response.get_json()["errors"]["query"], response.get_json()
    guard.assert_nothing_written(path)


@pytest.mark.parametrize("path", list(LISTS))
def test_pagination_bounds(path, client, db_session, world):
    headers = world.headers("A", LISTS[path])
    counts = row_counts(db_session)
    for name, raw in (("per_page", "201"), ("per_page", "0"), ("per_page", "-1"),
                      ("per_page", "abc"), ("per_page", "99999999999999999999"),
                      ("page", "0"), ("page", "-1"), ("page", "99999999999999999999")):
        response = client.get(f"{V1}{path}", query_string={name: raw}, headers=headers)
        assert_error(response, 422, f"{path}?{name}={raw}")
        assert name in response.get_json()["errors"]["query"], response.get_json()
    response = client.get(f"{V1}{path}", query_string={"per_page": 200, "page": 1000},
                          headers=headers)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["items"] == []
    assert row_counts(db_session) == counts
