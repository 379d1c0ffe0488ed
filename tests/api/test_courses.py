"""Courses and batches over HTTP: anyone signed in reads them, a provider's liaison writes its own,
districts are resolved once, and seats taken by referrals can never be squeezed out."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.db import make_session_factory
from catalog.errors import Conflict
from catalog.models import AuditEvent, Batch, Course, utcnow
from catalog.services import courses as service
from tests.api import bodies
from tests.api.reads import count, fresh
from tests.api.refusals import refuses_unknown_trade_and_district


course_body = pytest.fixture(lambda: bodies.course_body)


BATCH = {"start_date": "2027-01-15", "application_deadline": "2027-01-05", "seats_total": 20}


@pytest.fixture
def new_course(client, liaison, course_body):
    def make(**overrides) -> dict:
        return bodies.created(client, "/api/v1/courses", course_body(**overrides), liaison)

    return make


@pytest.fixture
def new_batch(client, liaison, new_course):
    def make(**overrides) -> dict:
        course = new_course()
        return bodies.created(client, f"/api/v1/courses/{course['id']}/batches",
                              {**BATCH, **overrides}, liaison)

    return make


def test_a_liaison_creates_a_course_of_her_provider_placed_in_its_district(
    client, liaison, course_body, db_session
):
    response = client.post("/api/v1/courses", json=course_body(district="kolkata", state=None),
                           headers=liaison)
    assert response.status_code == 201, response.get_json()
    course = response.get_json()
    assert course["district"] == "Kolkata" and course["state"] == "West Bengal"
    assert course["latitude"] and course["longitude"]
    assert course["batches"] == [] and course["active"] is True
    row = fresh(db_session, Course, course["id"])
    assert row.district_key == "kolkata"
    assert course["provider_id"] == row.provider_id
    actions = list(db_session.scalars(select(AuditEvent.action).where(
        AuditEvent.object_type == "course", AuditEvent.object_id == course["id"])))
    db_session.commit()
    assert actions == ["create"]


def test_a_remote_course_may_have_no_district_but_an_in_person_one_must(
    client, liaison, course_body, db_session
):
    remote = client.post("/api/v1/courses", json=course_body(
        mode="remote", trade="data_entry", district=None, state=None), headers=liaison)
    assert remote.status_code == 201, remote.get_json()
    assert remote.get_json()["district"] is None and remote.get_json()["latitude"] is None
    body = course_body()
    del body["district"], body["state"]
    response = client.post("/api/v1/courses", json=body, headers=liaison)
    assert response.status_code == 422
    assert "district" in response.get_json()["errors"]["json"]
    assert count(db_session, Course) == 1


def test_an_unknown_trade_or_district_is_a_422_naming_it_and_nothing_is_written(
    client, liaison, course_body, db_session
):
    unknown_trade = refuses_unknown_trade_and_district(
        client, "/api/v1/courses", course_body, liaison, "basket_weaving", "Kolkatta", "Kolkata")
    assert unknown_trade["reason"] == "unknown_trade"
    assert count(db_session, Course) == 0
    assert count(db_session, AuditEvent) == 0


def test_read_only_and_unknown_fields_are_refused(client, liaison, course_body, new_batch,
                                                   db_session):
    for field, value in (("id", 5), ("provider_id", 2), ("batches", []), ("district_key", "x"),
                         ("name", "x"), ("created_at", "2026-01-01T00:00:00Z")):
        response = client.post("/api/v1/courses", json=course_body(**{field: value}),
                               headers=liaison)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"]
    batch = new_batch()
    for field, value in (("seats_taken", 0), ("seats_available", 99), ("course_id", 1),
                         ("id", 3)):
        response = client.patch(f"/api/v1/batches/{batch['id']}", json={field: value},
                                headers=liaison)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"]
        response = client.post(f"/api/v1/courses/{batch['course_id']}/batches",
                               json={**BATCH, field: value}, headers=liaison)
        assert response.status_code == 422, field
    patch = client.patch(f"/api/v1/courses/{batch['course_id']}", json={"provider_id": 9},
                         headers=liaison)
    assert patch.status_code == 422
    assert count(db_session, Course) == 1 and count(db_session, Batch) == 1


def test_ages_literacy_and_languages_must_make_sense(client, liaison, course_body, new_course,
                                                     db_session):
    cases = (
        (course_body(min_age=30, max_age=20), "max_age"),
        (course_body(min_age=5), "min_age"),
        (course_body(min_literacy="class5", raises_literacy_to="basic"), "raises_literacy_to"),
        (course_body(languages=[]), "languages"),
        (course_body(languages=["klingon"]), "languages"),
        (course_body(placement_rate=1.5), "placement_rate"),
        (course_body(mode="by_post"), "mode"),
        (course_body(fee_inr=-1), "fee_inr"),
    )
    for body, field in cases:
        response = client.post("/api/v1/courses", json=body, headers=liaison)
        assert response.status_code == 422, field
        assert field in response.get_json()["errors"]["json"], field
    course = new_course(min_age=18, max_age=None)
    response = client.patch(f"/api/v1/courses/{course['id']}", json={"max_age": 17},
                            headers=liaison)
    assert response.status_code == 422
    assert "max_age" in response.get_json()["errors"]["json"]
    assert count(db_session, Course) == 1


def test_a_bridge_course_raises_literacy_above_its_own_minimum(client, liaison, course_body):
    response = client.post("/api/v1/courses", json=course_body(
        trade="literacy_bridge", min_literacy="none", raises_literacy_to="class5"), headers=liaison)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["raises_literacy_to"] == "class5"


def test_anyone_signed_in_reads_and_filters_courses(client, sign_in, new_course):
    sewing = new_course()
    remote = new_course(title="Data Entry Operator", trade="data_entry", mode="remote",
                        district=None, state=None)
    howrah = new_course(title="Beauty Therapy", trade="beauty_therapy", district="Howrah")
    for role in ("counselor", "csr_partner", "admin", "iti_liaison"):
        headers = sign_in(role, f"Reader {role}")
        listed = client.get("/api/v1/courses", headers=headers).get_json()
        assert listed["total"] == 3
        assert [c["id"] for c in listed["items"]] == [howrah["id"], remote["id"], sewing["id"]]
        assert client.get(f"/api/v1/courses/{sewing['id']}", headers=headers).status_code == 200
    headers = sign_in("counselor")

    def ids(query: str) -> list[int]:
        response = client.get(f"/api/v1/courses?{query}", headers=headers)
        assert response.status_code == 200, response.get_json()
        return [c["id"] for c in response.get_json()["items"]]

    assert ids("trade=data_entry") == [remote["id"]]
    assert ids("mode=remote") == [remote["id"]]
    assert ids("district=HOWRAH") == [howrah["id"]]
    assert ids("district=Kolkata&trade=sewing_dress_making") == [sewing["id"]]
    assert ids(f"provider_id={sewing['provider_id']}&per_page=1") == [howrah["id"]]
    assert client.get("/api/v1/courses?mode=by_post", headers=headers).status_code == 422
    assert client.get("/api/v1/courses").status_code == 401
    assert client.get("/api/v1/courses/999999", headers=headers).status_code == 404


def test_patching_a_course_moves_it_and_rewrites_its_district_key(client, liaison, new_course,
                                                                  db_session):
    course = new_course()
    response = client.patch(f"/api/v1/courses/{course['id']}",
                            json={"district": "Howrah", "title": "Sewing Technology (Howrah)"},
                            headers=liaison)
    assert response.status_code == 200, response.get_json()
    moved = response.get_json()
    assert moved["district"] == "Howrah" and moved["title"] == "Sewing Technology (Howrah)"
    assert (moved["latitude"], moved["longitude"]) != (course["latitude"], course["longitude"])
    assert fresh(db_session, Course, course["id"]).district_key == "howrah"
    pinned = client.patch(f"/api/v1/courses/{course['id']}",
                          json={"latitude": 22.6, "longitude": 88.3}, headers=liaison).get_json()
    assert (pinned["latitude"], pinned["longitude"]) == (22.6, 88.3)
    assert pinned["district"] == "Howrah"
    response = client.patch(f"/api/v1/courses/{course['id']}", json={"district": "Nowhereabad"},
                            headers=liaison)
    assert response.status_code == 422
    assert fresh(db_session, Course, course["id"]).district == "Howrah"


def course_and_batch_writes(client, batch: dict, headers) -> list[int]:
    """The statuses of renaming the batch's course, adding a batch to it and resizing it."""
    course = f"/api/v1/courses/{batch['course_id']}"
    return [client.patch(course, json={"title": "Mine now"}, headers=headers).status_code,
            client.post(f"{course}/batches", json=BATCH, headers=headers).status_code,
            client.patch(f"/api/v1/batches/{batch['id']}", json={"seats_total": 1},
                         headers=headers).status_code]


def test_another_providers_course_and_batches_are_not_found_for_writes(
    client, sign_in, new_batch, db_session
):
    batch = new_batch()
    theirs = sign_in("iti_liaison", "Mumbai Skills Centre")
    course_id = batch["course_id"]
    assert client.get(f"/api/v1/courses/{course_id}", headers=theirs).status_code == 200
    assert course_and_batch_writes(client, batch, theirs) == [404, 404, 404]
    assert fresh(db_session, Course, course_id).title == "Sewing Technology"
    assert fresh(db_session, Batch, batch["id"]).seats_total == 20
    assert count(db_session, Batch) == 1


def test_only_liaisons_write_courses_and_batches(client, sign_in, course_body, new_batch):
    batch = new_batch()
    for role in ("counselor", "csr_partner", "admin"):
        headers = sign_in(role)
        assert client.post("/api/v1/courses", json=course_body(),
                           headers=headers).status_code == 403
        assert course_and_batch_writes(client, batch, headers) == [403, 403, 403], role
    assert client.post("/api/v1/courses", json=course_body()).status_code == 401
    assert client.patch(f"/api/v1/batches/{batch['id']}", json={"seats_total": 1},
                        headers={"Authorization": "Bearer lvh_nottoken"}).status_code == 401


def test_a_batch_reports_its_seats_and_appears_on_its_course(client, sign_in, liaison,
                                                             new_course):
    course = new_course()
    response = client.post(f"/api/v1/courses/{course['id']}/batches", json=BATCH,
                           headers=liaison)
    assert response.status_code == 201, response.get_json()
    batch = response.get_json()
    assert (batch["seats_total"], batch["seats_taken"], batch["seats_available"]) == (20, 0, 20)
    assert batch["course_id"] == course["id"] and batch["closed"] is False
    reader = sign_in("counselor")
    assert client.get(f"/api/v1/batches/{batch['id']}", headers=reader).get_json() == batch
    listed = client.get(f"/api/v1/courses/{course['id']}", headers=reader).get_json()
    assert [b["id"] for b in listed["batches"]] == [batch["id"]]
    assert client.get("/api/v1/batches/999999", headers=reader).status_code == 404


def test_the_deadline_comes_on_or_before_the_start(client, liaison, new_course, new_batch,
                                                   db_session):
    course = new_course()
    response = client.post(f"/api/v1/courses/{course['id']}/batches",
                           json={**BATCH, "application_deadline": "2027-01-20"}, headers=liaison)
    assert response.status_code == 422
    assert list(response.get_json()["errors"]["json"]) == ["application_deadline"]
    assert count(db_session, Batch) == 0
    batch = new_batch()
    response = client.patch(f"/api/v1/batches/{batch['id']}", json={"start_date": "2027-01-01"},
                            headers=liaison)
    assert response.status_code == 422
    assert "application_deadline" in response.get_json()["errors"]["json"]
    moved = client.patch(f"/api/v1/batches/{batch['id']}",
                         json={"start_date": "2027-02-01", "application_deadline": "2027-01-25"},
                         headers=liaison)
    assert moved.status_code == 200
    assert moved.get_json()["application_deadline"] == "2027-01-25"


def test_seats_total_cannot_go_below_the_seats_taken(client, liaison, new_batch, db_session):
    batch = new_batch(seats_total=5)
    db_session.get(Batch, batch["id"]).seats_taken = 3  # three seats held by referrals
    db_session.commit()
    response = client.patch(f"/api/v1/batches/{batch['id']}", json={"seats_total": 2},
                            headers=liaison)
    assert response.status_code == 409
    assert response.get_json()["reason"] == "seats_below_taken"
    assert fresh(db_session, Batch, batch["id"]).seats_total == 5
    response = client.patch(f"/api/v1/batches/{batch['id']}", json={"seats_total": 3},
                            headers=liaison)
    assert response.status_code == 200, response.get_json()
    assert (response.get_json()["seats_taken"], response.get_json()["seats_available"]) == (3, 0)
    raised = client.patch(f"/api/v1/batches/{batch['id']}", json={"seats_total": 10,
                                                                    "closed": True},
                          headers=liaison).get_json()
    assert (raised["seats_available"], raised["closed"]) == (7, True)


def test_lowering_seats_decides_on_the_seats_taken_now_not_as_read_before(
    db, new_batch, db_session
):
    """A seat held after the liaison's copy was read still counts: the check is in the UPDATE."""
    batch_id = new_batch(seats_total=5)["id"]
    liaison_session = make_session_factory(db)()
    try:
        stale = liaison_session.get(Batch, batch_id)
        liaison_session.commit()  # the copy stays in memory, showing no seat taken
        db_session.get(Batch, batch_id).seats_taken = 4  # a referral holds four meanwhile
        db_session.commit()
        assert stale.seats_taken == 0
        with pytest.raises(Conflict) as refused:
            service.update_batch(liaison_session, stale, {"seats_total": 3}, None, now=utcnow())
        assert refused.value.reason == "seats_below_taken"
        liaison_session.rollback()
    finally:
        liaison_session.close()
    assert fresh(db_session, Batch, batch_id).seats_total == 5
