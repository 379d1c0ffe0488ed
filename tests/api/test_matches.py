"""Matches over HTTP: the database pre-filter feeds the engine, and the answer keeps
docs/http-api.md's shape."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent, Batch, Course, Opening, utcnow
from catalog.services import accounts
from tests.api.match_catalogue import catalogue  # noqa: F401  (the fixture)
from tests.api.referral_rows import NOW, TODAY  # noqa: F401  (same frozen day)


pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_a_non_literate_woman_wanting_a_parlour_job_gets_the_bridge_first(
        client, sign_in, profile_body, catalogue, db_session):
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(
        literacy="none", interests=["parlor"], experience=[], avoid_districts=[],
        documents=[], preferences={}), headers=headers).get_json()["id"]
    response = client.get(f"/api/v1/profiles/{profile_id}/matches", headers=headers)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["profile_id"] == profile_id
    by_course = {m["course_id"]: m for m in body["matches"] if m["kind"] == "course"}
    beauty = by_course[catalogue["beauty"]]
    assert beauty["requires_bridge"] is True
    course_steps = [step for step in beauty["pathway"] if step["step"] == "course"]
    assert course_steps[0]["course_id"] == catalogue["bridge"]
    assert catalogue["far"] not in by_course and catalogue["full"] not in by_course
    scores = [m["score"] for m in body["matches"]]
    assert scores == sorted(scores, reverse=True)
    near = {(n["kind"], n.get("course_id")): n for n in body["near_misses"]}
    assert "no_capacity" in {b["code"] for b in near[("course", catalogue["full"])]["blockers"]}
    db_session.expire_all()
    assert db_session.scalar(select(AuditEvent.action).where(AuditEvent.action == "match"))


def test_kind_and_limit_narrow_the_answer(client, sign_in, profile_body, catalogue):
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(
        literacy="class10", interests=["parlour"], avoid_districts=[]),
        headers=headers).get_json()["id"]
    body = client.get(f"/api/v1/profiles/{profile_id}/matches?kind=opening&limit=1"
                      "&near_misses=false", headers=headers).get_json()
    assert [m["opening_id"] for m in body["matches"]] == [catalogue["opening"]]
    assert body["near_misses"] == []
    bad = client.get(f"/api/v1/profiles/{profile_id}/matches?kind=everything", headers=headers)
    assert bad.status_code == 422 and "kind" in bad.get_json()["errors"]["query"]


def test_matches_of_another_organisations_profile_are_not_found(client, sign_in, profile_body):
    profile_id = client.post("/api/v1/profiles", json=profile_body(),
                             headers=sign_in("counselor", "A")).get_json()["id"]
    response = client.get(f"/api/v1/profiles/{profile_id}/matches",
                          headers=sign_in("counselor", "B"))
    assert response.status_code == 404


def test_a_survivor_awaiting_repatriation_is_never_told_to_get_aadhaar(
        client, sign_in, profile_body, db_session):
    provider = accounts.create_organisation(db_session, "Shelter Skills", "provider")
    employer = accounts.create_organisation(db_session, "Kurta House", "employer",
                                            verified=True, now=utcnow())
    kolkata = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
                   latitude=22.5626, longitude=88.363)
    ids = {}
    for name, documents in (("needs_aadhaar", ["aadhaar"]), ("no_papers", [])):
        row = Course(provider_id=provider.id, title=f"Tailoring {name}",
                     trade="sewing_dress_making", min_literacy="none", languages=["bn"],
                     mode="in_person", duration_weeks=12, documents_required=documents, **kolkata)
        db_session.add(row)
        db_session.flush()
        db_session.add(Batch(course_id=row.id, start_date=TODAY + timedelta(days=20),
                             application_deadline=TODAY + timedelta(days=10), seats_total=9))
        ids[name] = row.id
    job = Opening(employer_id=employer.id, title="Tailor", trade="sewing_dress_making",
                  min_literacy="none", languages=["bn"], work_mode="on_site",
                  wage_inr_month=11000, positions=3, closes_on=TODAY + timedelta(days=40),
                  documents_required=["aadhaar", "bank_account"], status="published", **kolkata)
    db_session.add(job)
    db_session.commit()
    ids["job"] = job.id
    headers = sign_in("counselor")
    response = client.post("/api/v1/profiles", json=profile_body(
        interests=["tailoring"], documents=[], avoid_districts=[], nationality="BD",
        awaiting_repatriation=True, preferences={}), headers=headers)
    assert response.status_code == 201, response.get_json()
    body = client.get(f"/api/v1/profiles/{response.get_json()['id']}/matches",
                      headers=headers).get_json()
    assert [m["course_id"] for m in body["matches"]] == [ids["no_papers"]]
    [match] = body["matches"]
    assert match["reason_codes"] == [{"code": "needs_no_indian_papers", "params": {
        "nationality": "BD", "awaiting_repatriation": True},
        "message": "Needs no Indian papers: she can do this while she waits for repatriation"}]
    assert match["reasons"][0].startswith("Needs no Indian papers")
    steps = [step for step in match["pathway"] if step["step"] == "documents"]
    assert all("aadhaar" not in step["documents"] for step in steps)
    near = {(n["kind"], n["course_id"] or n["opening_id"]): n for n in body["near_misses"]}
    for key in (("course", ids["needs_aadhaar"]), ("opening", ids["job"])):
        blockers = {b["code"]: b for b in near[key]["blockers"]}
        assert blockers["document_unobtainable"]["params"] == {"documents": ["aadhaar"]}


DEVANAGARI, BENGALI = r"[\u0900-\u097F]", r"[\u0980-\u09FF]"


@pytest.mark.parametrize("language, script", [("hi", DEVANAGARI), ("bn", BENGALI)])
def test_near_miss_blockers_carry_the_step_that_would_lift_them(
        client, sign_in, profile_body, catalogue, db_session, language, script):
    """Issue 17: each blocker of a near miss carries its `unblock` step (code, params and a
    message in the request's Accept-Language) when the catalogue has one."""
    import re

    full = db_session.get(Course, catalogue["full"])
    seats = Course(provider_id=full.provider_id, title="Tailoring, next intake",
                   trade="sewing_dress_making", min_literacy="none", languages=["bn", "hi"],
                   mode="in_person", duration_weeks=12, district="Kolkata", state="West Bengal",
                   district_key="kolkata", latitude=22.5726, longitude=88.3639)
    far = Course(provider_id=full.provider_id, title="Parlour course in Barasat",
                 trade="beauty_therapy", min_literacy="none", languages=["bn", "hi"],
                 mode="in_person", duration_weeks=12, district="North 24 Parganas",
                 state="West Bengal", district_key="north 24 parganas", latitude=22.80,
                 longitude=88.55)
    db_session.add_all([seats, far])
    db_session.flush()
    for course in (seats, far):
        db_session.add(Batch(course_id=course.id, start_date=TODAY + timedelta(days=45),
                             application_deadline=TODAY + timedelta(days=30), seats_total=20))
    db_session.commit()
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(
        literacy="none", interests=["parlor", "tailoring"], experience=[], avoid_districts=[],
        documents=[], preferences={}), headers=headers).get_json()["id"]
    body = client.get(f"/api/v1/profiles/{profile_id}/matches",
                      headers={**headers, "Accept-Language": language}).get_json()
    near = {(n["kind"], n.get("course_id")): n for n in body["near_misses"]}

    [capacity] = [b for b in near[("course", catalogue["full"])]["blockers"]
                  if b["code"] == "no_capacity"]
    step = capacity["unblock"]
    assert step["code"] == "unblock_next_intake"
    alternative = step["params"]["alternative"]
    assert (alternative["course_id"], alternative["starts_on"]) == (
        seats.id, (TODAY + timedelta(days=45)).isoformat())
    assert re.search(script, step["message"]) and "Tailoring, next intake" in step["message"]

    [distance] = [b for b in near[("course", far.id)]["blockers"] if b["code"] == "too_far"]
    assert distance["unblock"]["code"] == "unblock_travel"
    assert distance["unblock"]["params"]["km"] == distance["params"]["km"] > 15
    assert re.search(script, distance["unblock"]["message"])
    assert all(set(b) <= {"code", "params", "message", "unblock"}
               for n in body["near_misses"] for b in n["blockers"])


def test_the_unblock_codes_are_an_enum_in_the_openapi_document(client):
    from api.messages import CODE_LISTS

    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    blocker = next(s for name, s in schemas.items() if "unblock" in s.get("properties", {}))
    reference = blocker["properties"]["unblock"]
    name = (reference.get("$ref") or reference["allOf"][0]["$ref"]).rsplit("/", 1)[-1]
    assert set(schemas[name]["properties"]["code"]["enum"]) == set(CODE_LISTS["unblock"]) == {
        "unblock_bridge", "unblock_travel", "unblock_language", "unblock_next_intake"}
