"""Government schemes over HTTP: a survivor's entitlements with reasons and the documents
pathway, the scheme steps in match pathways, and the catalogue kept by admins (issue 9)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, Scheme
from catalog.services import accounts
from seeds.loader import load_schemes
from tests.api.bodies import profile_body
from tests.api.matrix_fixtures import TODAY, scheme_fields
from tests.api.reads import count
from tests.conftest import signed_in_as
from tests.rows import batch_row, course_row

V1 = "/api/v1"
RESIDENCE_REASON = ("Needs Indian residence papers; "
                    "the survivor is a Bangladeshi national awaiting repatriation")


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def schemes(db_session):
    load_schemes(db_session)
    db_session.commit()


counselor = signed_in_as("counselor", "Ashray NGO")
admin = signed_in_as("admin", "Operator")


def create_profile(client, headers, **fields) -> int:
    body = profile_body(**{"case_ref": f"CASE-{fields.get('age', 24)}-{len(fields)}",
                           "avoid_districts": [], **fields})
    response = client.post(f"{V1}/profiles", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def entitlements(client, headers, profile_id, **query) -> dict[str, dict]:
    response = client.get(f"{V1}/profiles/{profile_id}/schemes", headers=headers,
                          query_string=query)
    assert response.status_code == 200, response.get_json()
    return {item["code"]: item for item in response.get_json()["schemes"]}


@pytest.fixture
def business_course(db_session):
    """An entrepreneurship course in Kolkata for women, no stipend, open batch."""
    provider = accounts.create_organisation(db_session, "Kolkata Enterprise Centre", "provider")
    course = course_row(db_session, provider.id, title="Start your own tailoring business",
                        trade="entrepreneurship", min_literacy="none", duration_weeks=8,
                        women_only=True, min_age=14)
    batch_row(db_session, course.id, TODAY + timedelta(days=20), TODAY + timedelta(days=10), 20)
    db_session.commit()
    return course.id


def course_pathway(client, headers, profile_id, course_id) -> list[dict]:
    response = client.get(f"{V1}/profiles/{profile_id}/matches", headers=headers,
                          query_string={"kind": "course", "near_misses": "false"})
    assert response.status_code == 200, response.get_json()
    match = next(m for m in response.get_json()["matches"] if m["course_id"] == course_id)
    return match["pathway"]


# --- the vignettes of the issue -------------------------------------------------------------


def test_older_widow_without_a_bank_account_gets_the_pathway_to_an_account_then_a_loan(
        client, counselor, schemes, business_course):
    widow = create_profile(client, counselor, age=58, literacy="none", documents=["aadhaar"],
                           interests=["own business"], experience=["silai"])
    found = entitlements(client, counselor, widow)
    assert found["pmjdy"]["status"] == "eligible"
    mudra = found["mudra_shishu"]
    assert mudra["status"] == "eligible_after_documents"
    assert mudra["missing_documents"] == ["bank_account"]
    assert mudra["pathway"] == [{"step": "scheme", "scheme": "pmjdy"},
                                {"step": "scheme", "scheme": "mudra_shishu"}]
    assert mudra["benefit_amount_inr"] == 50000
    assert found["pmkvy"]["reasons"] == ["Maximum age 45; survivor is 58"]

    steps = course_pathway(client, counselor, widow, business_course)
    kinds = [(s["step"], s.get("scheme"), s.get("purpose")) for s in steps]
    # The bank account first (before any money is paid), then the course, then the loan.
    assert kinds == [("scheme", "pmjdy", "bank_account"), ("course", None, None),
                     ("scheme", "mudra_shishu", "business_loan")]
    assert steps[-1]["amount_inr"] == 50000 and steps[-1]["course_id"] == business_course


def test_a_scheme_edited_in_place_is_seen_on_the_next_match(
        client, counselor, schemes, business_course, db_session):
    """The same rows, the same count: only a rule of one scheme changes (an upper age limit
    confirmed for the loan), written straight to its row while the server runs."""
    widow = create_profile(client, counselor, age=58, literacy="none", documents=["aadhaar"],
                           interests=["own business"], experience=["silai"])
    steps = course_pathway(client, counselor, widow, business_course)
    assert ("scheme", "mudra_shishu") in [(s["step"], s.get("scheme")) for s in steps]

    mudra = db_session.scalars(select(Scheme).where(Scheme.code == "mudra_shishu")).one()
    mudra.eligibility = {**mudra.eligibility, "max_age": 55}
    db_session.commit()
    steps = course_pathway(client, counselor, widow, business_course)
    assert ("scheme", "mudra_shishu") not in [(s["step"], s.get("scheme")) for s in steps]


def test_a_minor_gets_no_loan(client, counselor, schemes, business_course):
    minor = create_profile(client, counselor, age=16, literacy="none",
                           documents=["aadhaar", "bank_account"], interests=["own business"])
    mudra = entitlements(client, counselor, minor)["mudra_shishu"]
    assert mudra["status"] == "not_eligible"
    assert mudra["reasons"] == ["Minimum age 18; survivor is 16"]
    assert mudra["pathway"] == []
    steps = course_pathway(client, counselor, minor, business_course)
    assert all(step.get("purpose") != "business_loan" for step in steps)


def test_a_bangladeshi_survivor_awaiting_repatriation_gets_no_scheme_needing_indian_papers(
        client, counselor, schemes, db_session):
    survivor = create_profile(client, counselor, age=22, documents=[], nationality="BD",
                              awaiting_repatriation=True)
    found = entitlements(client, counselor, survivor)
    needing = {s.code for s in db_session.scalars(select(Scheme))
               if (s.eligibility or {}).get("residence") in ("india", "state")}
    assert {"pmjdy", "mudra_shishu", "pmkvy", "e_shram", "nfsa_ration_card"} <= needing
    for code in needing:
        assert found[code]["status"] == "not_eligible", code
        assert RESIDENCE_REASON in found[code]["reasons"], code
    eligible = {code for code, item in found.items() if item["status"] == "eligible"}
    assert eligible == {"ujjawala", "swadhar_greh", "shakti_sadan"}


def test_the_status_filter_and_the_audit(client, counselor, schemes, db_session):
    widow = create_profile(client, counselor, age=58, documents=["aadhaar"])
    found = entitlements(client, counselor, widow, status="not_eligible")
    assert found and {item["status"] for item in found.values()} == {"not_eligible"}
    assert all(item["pathway"] == [] and item["reasons"] for item in found.values())
    response = client.get(f"{V1}/profiles/{widow}/schemes", headers=counselor,
                          query_string={"status": "maybe"})
    assert response.status_code == 422
    db_session.expire_all()
    events = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "schemes")).all()
    db_session.commit()
    assert [(e.profile_id, e.object_type) for e in events] == [(widow, "profile")]


# --- scoping --------------------------------------------------------------------------------


def test_another_organisations_profile_is_not_found_and_other_roles_are_refused(
        client, counselor, sign_in, schemes):
    profile = create_profile(client, counselor)
    other = sign_in("counselor", "Another NGO")
    assert client.get(f"{V1}/profiles/{profile}/schemes", headers=other).status_code == 404
    for role in ("iti_liaison", "csr_partner", "admin"):
        response = client.get(f"{V1}/profiles/{profile}/schemes", headers=sign_in(role))
        assert response.status_code == 403, role


# --- the profile's new fields ----------------------------------------------------------------


@pytest.mark.parametrize("field, value", [
    ("nationality", "XX"), ("nationality", "bd"), ("awaiting_repatriation", "yes"),
    ("awaiting_repatriation", 1), ("bpl", "no"), ("schemes_held", "pmjdy"),
])
def test_bad_scheme_facts_are_refused_naming_the_field(client, counselor, field, value):
    response = client.post(f"{V1}/profiles", json=profile_body(**{field: value}),
                           headers=counselor)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]["json"]


def test_repatriation_is_for_other_nationals_and_held_schemes_must_exist(
        client, counselor, schemes, db_session):
    from catalog.models import Profile

    response = client.post(f"{V1}/profiles", json=profile_body(awaiting_repatriation=True),
                           headers=counselor)
    assert response.status_code == 422
    assert "awaiting_repatriation" in response.get_json()["errors"]["json"]
    response = client.post(f"{V1}/profiles", json=profile_body(schemes_held=["pmjdy", "nope"]),
                           headers=counselor)
    assert response.status_code == 422
    assert "schemes_held.1" in response.get_json()["errors"]["json"]
    assert count(db_session, Profile) == 0
    held = create_profile(client, counselor, schemes_held=["day_nrlm"], bpl=True)
    got = client.get(f"{V1}/profiles/{held}", headers=counselor).get_json()
    assert (got["schemes_held"], got["bpl"], got["nationality"],
            got["awaiting_repatriation"]) == (["day_nrlm"], True, "IN", False)


# --- the catalogue, kept by admins -----------------------------------------------------------


def test_any_signed_in_user_lists_the_catalogue(client, sign_in, schemes):
    response = client.get(f"{V1}/schemes", headers=sign_in("csr_partner"),
                          query_string={"kind": "business_loan"})
    assert response.status_code == 200
    assert [item["code"] for item in response.get_json()["items"]] == ["mudra_shishu"]


def test_an_admin_adds_a_scheme_and_it_is_evaluated_and_audited(
        client, admin, counselor, schemes, db_session):
    response = client.post(f"{V1}/schemes", json=scheme_fields(), headers=admin)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["eligibility"]["max_age"] == 60
    profile = create_profile(client, counselor, age=30, documents=["aadhaar"])
    item = entitlements(client, counselor, profile)["test_allowance"]
    assert item["status"] == "eligible_after_documents"
    assert item["pathway"] == [{"step": "scheme", "scheme": "pmjdy"},
                               {"step": "scheme", "scheme": "test_allowance"}]
    db_session.expire_all()
    audited = db_session.scalar(select(AuditEvent).where(AuditEvent.object_type == "scheme"))
    db_session.commit()
    assert audited.action == "create" and "eligibility" in audited.fields

    again = client.post(f"{V1}/schemes", json=scheme_fields(), headers=admin)
    assert (again.status_code, again.get_json()["reason"]) == (409, "duplicate_scheme")


@pytest.mark.parametrize("overrides, field", [
    ({"documents_required": ["aadhaar", "driving_licence"]}, "documents_required"),
    ({"eligibility": {"min_age": 40, "max_age": 30}}, "eligibility"),
    ({"eligibility": {"min_age": -1}}, "eligibility"),
    ({"state": "Atlantis"}, "state"),
    ({"level": "state", "state": None}, "state"),
    ({"prerequisites": ["no_such_scheme"]}, "prerequisites.0"),
    ({"code": "Bad Code"}, "code"),
    ({"kind": "lottery"}, "kind"),
    ({"sources": []}, "sources"),
    ({"id": 7}, "id"),
])
def test_a_bad_scheme_is_refused_naming_the_field_and_nothing_is_written(
        client, admin, schemes, db_session, overrides, field):
    before = count(db_session, Scheme), count(db_session, AuditEvent)
    response = client.post(f"{V1}/schemes", json=scheme_fields(**overrides), headers=admin)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]["json"], response.get_json()
    assert (count(db_session, Scheme), count(db_session, AuditEvent)) == before


def test_an_admin_updates_a_scheme_and_the_evaluation_follows(
        client, admin, counselor, schemes, db_session):
    widow = create_profile(client, counselor, age=58, documents=["aadhaar", "bank_account"])
    assert entitlements(client, counselor, widow)["lakshmir_bhandar"]["status"] == "eligible"
    response = client.patch(f"{V1}/schemes/lakshmir_bhandar", headers=admin,
                            json={"eligibility": {"max_age": 57}, "benefit_amount_inr": 1500})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["eligibility"]["min_age"] == 25 and body["eligibility"]["max_age"] == 57
    item = entitlements(client, counselor, widow)["lakshmir_bhandar"]
    assert (item["status"], item["reasons"]) == ("not_eligible",
                                                 ["Maximum age 57; survivor is 58"])
    # A maximum below the stored minimum is refused, naming the field; nothing changes.
    bad = client.patch(f"{V1}/schemes/lakshmir_bhandar", headers=admin,
                       json={"eligibility": {"max_age": 20}})
    assert bad.status_code == 422
    assert "eligibility.max_age" in bad.get_json()["errors"]["json"]
    db_session.expire_all()
    stored = db_session.scalar(select(Scheme).where(Scheme.code == "lakshmir_bhandar"))
    db_session.commit()
    assert stored.eligibility["max_age"] == 57
    # Deactivated, it leaves every evaluation.
    client.patch(f"{V1}/schemes/lakshmir_bhandar", headers=admin, json={"active": False})
    assert "lakshmir_bhandar" not in entitlements(client, counselor, widow)
    assert client.patch(f"{V1}/schemes/nope", headers=admin,
                        json={"active": False}).status_code == 404
