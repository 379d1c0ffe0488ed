"""Schemathesis against the app's own OpenAPI document, in process, once per role.

For each role, a world with objects of two organisations (so that ids 1..n exist, some the
caller's and some not), and for every operation in the spec, bounded Hypothesis examples: path
ids generated freely, and path ids fixed to the caller's own objects (so bodies reach the code
behind the 404). Each response must pass schemathesis' checks: no 5xx, a documented status code
and content type, a body matching the documented schema, and auth really enforced.
Every answer also carries the security headers (issue 15). Every failing operation is reported
together, named by role and operation.
"""
from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.matrix_fixtures import (
    REFERRAL_FOR_ROLE,
    ROLES,
    World,
    batch_fields,
    build_world,
    course_fields,
    opening_fields,
    profile_fields,
    scheme_fields,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, ignored_auth]
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "15"))
FUZZ_SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as found
    derandomize=os.environ.get("FUZZ_RANDOM") is None,  # the same cases on every run by default
    database=None,  # write no .hypothesis directory
    suppress_health_check=list(HealthCheck),
    report_multiple_bugs=False,
)

# Sent with every answer (api/security.py), whatever the input.
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
                    "Referrer-Policy": "same-origin", "Cache-Control": "no-store"}

# Path parameters fixed to an object of the caller's own organisation, per role (the matrix
# fixtures' objects of side A; the caller is side A's user of that role).
OWN_REFERRAL = REFERRAL_FOR_ROLE


def own_path_ids(world: World, role: str) -> dict[str, int]:
    return {
        "profile_id": world.ids["A", "profile"],
        "course_id": world.ids["A", "course"],
        "batch_id": world.ids["A", "batch"],
        "opening_id": world.ids["A", "opening"],
        "referral_id": world.ids["A", OWN_REFERRAL[role]],
        "notification_id": world.notifications["A", role],
        "organisation_id": world.orgs["A", "employer"],
        "code": "pmjdy",
    }


def valid_bodies(world: World) -> dict[tuple[str, str], dict]:
    """A valid body per write operation, so that fuzzing also reaches the created answers."""
    v1 = "/api/v1"
    return {
        ("POST", f"{v1}/profiles"): profile_fields(case_ref="FUZZ-1"),
        ("POST", f"{v1}/referrals"): {"profile_id": world.ids["A", "profile_fresh"],
                                      "batch_id": world.ids["A", "batch"]},
        ("POST", f"{v1}/courses"): course_fields(),
        ("POST", f"{v1}/courses/{{course_id}}/batches"): batch_fields(),
        ("POST", f"{v1}/openings"): opening_fields(),
        ("POST", f"{v1}/organisations"): {"name": "Fuzz NGO", "kind": "ngo"},
        ("POST", f"{v1}/users"): {"email": "fuzz@example.org",
                                  "organisation_id": world.orgs["A", "ngo"],
                                  "role": "counselor"},
        ("POST", f"{v1}/referrals/{{referral_id}}/follow-ups"): {"day": 30,
                                                                 "outcome": "in_training"},
        ("POST", f"{v1}/openings/{{opening_id}}/review"): {"decision": "reject", "note": "x"},
        ("POST", f"{v1}/schemes"): scheme_fields(code="fuzz_scheme"),
    }


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.slow  # the longest tests of all: about a minute per role on a busy machine
@pytest.mark.parametrize("role", ROLES)
def test_the_api_conforms_to_its_openapi_document(role, app, db_session):
    world = build_world(db_session, ("A", "B"))
    headers = world.headers("A", role)
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    own_ids = own_path_ids(world, role)
    failures: list[str] = []
    operations = 0
    for result in schema.get_all_operations():
        if not isinstance(result, Ok):
            failures.append(f"unusable operation in the OpenAPI document: {result.err()!r}")
            continue
        operation = result.ok()
        operations += 1
        path_names = {p.name for p in operation.path_parameters}
        strategies = [operation.as_strategy(),
                      operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE)]
        own = {name: own_ids[name] for name in path_names if name in own_ids}
        if path_names:
            strategies.append(operation.as_strategy(path_parameters=own))
        body = valid_bodies(world).get((operation.method.upper(), operation.path))
        if body is not None:
            strategies.append(operation.as_strategy(path_parameters=own or None, body=body))

        @FUZZ_SETTINGS
        @given(case=st.one_of(strategies))
        def run(case):
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            missing = {name: value for name, value in SECURITY_HEADERS.items()
                       if response.headers.get(name.lower()) != [value]}
            assert not missing, f"security headers missing or wrong: {missing}"

        try:
            run()
        # FailureGroup is a BaseExceptionGroup: catch it too. Every failure is reported.
        except (Exception, BaseExceptionGroup) as error:  # noqa: BLE001
            failures.append(f"[{role}] {operation.label}:\n{error}")
    assert operations >= 30, f"only {operations} operations in the OpenAPI document"
    assert not failures, f"{len(failures)} operation(s) failed as {role}:\n\n" + "\n\n".join(
        failures)

