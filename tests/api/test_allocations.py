"""Cohort allocation over HTTP: proposals that respect seats, rules and priority, explained;
applying them as seat holds, all or nothing, also under a concurrent referral."""
from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from catalog.models import Allocation, AuditEvent, Batch, FollowUp, Profile, Referral
from catalog.services import accounts
from tests.api.reads import count, fresh
from tests.outcome_rows import OutcomeRows
from tests.rows import batch_row, course_row

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)
URL = "/api/v1/allocations"


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def make_batch(db_session):
    provider = accounts.create_organisation(db_session, "Kolkata Women's ITI", "provider")
    db_session.commit()
    counter = iter(range(1, 1000))

    def make(seats_total=2, seats_taken=0, trade="sewing_dress_making", start_in=30,
             **course_fields):
        course = course_row(db_session, provider.id, title=f"Course {next(counter)}", trade=trade,
                            **course_fields)
        batch = batch_row(db_session, course.id, TODAY + timedelta(days=start_in),
                          TODAY + timedelta(days=start_in - 10), seats_total, seats_taken)
        db_session.commit()
        return batch

    return make


@pytest.fixture
def new_profile(client, counselor, profile_body, db_session):
    counter = iter(range(1, 1000))

    def make(waited_days: int = 0, **overrides) -> int:
        values = dict(interests=["tailoring"], experience=[], preferences={},
                      avoid_districts=[], income_urgency="medium")
        values.update(overrides)
        body = profile_body(case_ref=f"ASH-{next(counter):03d}", **values)
        response = client.post("/api/v1/profiles", json=body, headers=counselor)
        assert response.status_code == 201, response.get_json()
        profile_id = response.get_json()["id"]
        # Profiles are stamped with the real time; waiting counts from the frozen clock's day.
        db_session.execute(update(Profile).where(Profile.id == profile_id)
                           .values(created_at=NOW - timedelta(days=waited_days)))
        db_session.commit()
        return profile_id

    return make


def seats_taken(db_session, batch_id: int) -> int:
    return fresh(db_session, Batch, batch_id).seats_taken


def by_profile(items):
    return {item["profile_id"]: item for item in items}


# --- proposing --------------------------------------------------------------------------------


def test_urgent_need_first_then_longer_waiting_and_everyone_explained(
        client, counselor, new_profile, make_batch, db_session):
    batch = make_batch(seats_total=2)
    urgent = new_profile(income_urgency="high")
    waited = new_profile(income_urgency="medium", waited_days=120)
    recent = new_profile(income_urgency="medium")
    response = client.post(URL, json={"profile_ids": [recent, waited, urgent],
                                      "batch_ids": [batch.id]}, headers=counselor)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["status"] == "proposed"
    placed = by_profile(body["placements"])
    assert set(placed) == {urgent, waited}
    assert placed[urgent]["batch_id"] == batch.id and placed[urgent]["choice"] == 1
    assert placed[urgent]["priority"] == {
        "income_urgency": "high", "waiting_days": 0, "waiting_since": "2026-12-01",
        "waiting_from": "profile_created", "waiting_referral_id": None}
    assert placed[waited]["priority"]["waiting_days"] == 120
    assert any("first choice" in reason for reason in placed[urgent]["reasons"])
    (left,) = body["unplaced"]
    assert left["profile_id"] == recent and left["reason"] == "outranked"
    assert left["passed_over"][0]["because"] == "longer_wait"
    assert left["nearest_alternative"]["batch_id"] == batch.id
    assert body["summary"] == {"survivors": 3, "placed": 2, "unplaced": 1, "seats_offered": 2,
                               "seats_filled": 2, "high_urgency": 1, "high_urgency_placed": 1}
    assert body["batches"] == [{"batch_id": batch.id, "course_id": batch.course_id,
                                "title": "Course 1",
                                "start_date": (TODAY + timedelta(days=30)).isoformat(),
                                "seats": 2, "filled": 2}]
    # A proposal holds nothing; every survivor's reading is audited.
    assert seats_taken(db_session, batch.id) == 0
    assert count(db_session, Referral) == 0
    assert count(db_session, AuditEvent, AuditEvent.action == "allocate") == 3
    listed = client.get(URL, headers=counselor).get_json()
    assert listed["total"] == 1 and listed["items"][0] == {
        "id": body["id"], "status": "proposed", "created_at": body["created_at"],
        "applied_at": None, "survivors": 3, "placed": 2, "seats_offered": 2}
    again = client.get(f"{URL}/{body['id']}", headers=counselor)
    assert again.status_code == 200 and again.get_json() == body
    assert count(db_session, AuditEvent, AuditEvent.object_type == "allocation",
                 AuditEvent.action == "read") == 3


def test_no_hard_rule_is_broken_and_the_nearest_alternative_says_what_blocks(
        client, counselor, new_profile, make_batch):
    women = make_batch(seats_total=5, women_only=True)
    man = new_profile(gender="male")
    woman = new_profile()
    body = client.post(URL, json={"profile_ids": [man, woman], "batch_ids": [women.id]},
                       headers=counselor).get_json()
    assert [p["profile_id"] for p in body["placements"]] == [woman]
    (left,) = body["unplaced"]
    assert left["reason"] == "no_eligible_batch"
    alternative = left["nearest_alternative"]
    assert alternative["batch_id"] == women.id
    assert [b["code"] for b in alternative["blockers"]] == ["women_only"]


def test_a_batch_of_no_interest_is_not_a_choice_unless_min_score_allows_it(
        client, counselor, new_profile, make_batch):
    bakery = make_batch(seats_total=3, trade="bakery_confectionery")
    profile = new_profile(interests=["tailoring"])
    body = client.post(URL, json={"profile_ids": [profile], "batch_ids": [bakery.id]},
                       headers=counselor).get_json()
    (left,) = body["unplaced"]
    assert left["reason"] == "no_eligible_batch" and "scores 50" in left["explanation"]
    assert left["nearest_alternative"]["batch_id"] == bakery.id
    assert left["nearest_alternative"]["blockers"] == []
    body = client.post(URL, json={"profile_ids": [profile], "batch_ids": [bakery.id],
                                  "min_score": 0}, headers=counselor).get_json()
    assert [p["batch_id"] for p in body["placements"]] == [bakery.id]


def test_filters_find_the_open_batches_with_seats(client, counselor, new_profile, make_batch):
    sewing = make_batch(seats_total=1)
    make_batch(seats_total=1, trade="bakery_confectionery")
    make_batch(seats_total=3, seats_taken=3)  # full
    make_batch(seats_total=3, start_in=200)  # after the window
    profile = new_profile()
    body = client.post(URL, json={
        "profile_ids": [profile],
        "filters": {"trades": ["sewing_dress_making"], "districts": ["Kolkata"],
                    "starts_until": (TODAY + timedelta(days=60)).isoformat()},
    }, headers=counselor).get_json()
    assert [b["batch_id"] for b in body["batches"]] == [sewing.id]
    assert body["placements"][0]["batch_id"] == sewing.id
    response = client.post(URL, json={"profile_ids": [profile],
                                       "filters": {"trades": ["beauty_therapy"]}},
                           headers=counselor)
    assert response.status_code == 422 and response.get_json()["reason"] == "no_batches"


def test_a_survivor_is_not_allocated_a_seat_she_already_holds(
        client, counselor, new_profile, make_batch):
    batch = make_batch(seats_total=3)
    profile = new_profile()
    assert client.post("/api/v1/referrals", json={"profile_id": profile, "batch_id": batch.id},
                       headers=counselor).status_code == 201
    body = client.post(URL, json={"profile_ids": [profile], "batch_ids": [batch.id],
                                  "include_placed": True}, headers=counselor).get_json()
    assert body["include_placed"] is True
    assert body["placements"] == [] and body["unplaced"][0]["reason"] == "no_eligible_batch"
    assert body["unplaced"][0]["explanation"].startswith("She already holds a seat in Course 1.")


@pytest.mark.parametrize(("change", "field"), [
    ({"profile_ids": None}, "profile_ids"),
    ({"profile_ids": []}, "profile_ids"),
    ({"profile_ids": ["1"]}, "profile_ids"),
    ({"batch_ids": None}, "batch_ids"),
    ({"filters": {"trades": ["sewing_dress_making"]}}, "batch_ids"),
    ({"batch_ids": [0]}, "batch_ids"),
    ({"min_score": 101}, "min_score"),
    ({"min_score": "high"}, "min_score"),
    ({"colour": "red"}, "colour"),
])
def test_bad_input_names_the_field_and_writes_nothing(
        client, counselor, new_profile, make_batch, db_session, change, field):
    batch = make_batch()
    body = {"profile_ids": [new_profile()], "batch_ids": [batch.id]}
    for key, value in change.items():
        if value is None:
            body.pop(key)
        else:
            body[key] = value
    response = client.post(URL, json=body, headers=counselor)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]["json"]
    assert count(db_session, Allocation) == 0


def test_unknown_repeated_or_closed_names_are_refused(
        client, counselor, sign_in, new_profile, make_batch, db_session):
    batch = make_batch()
    started = make_batch(start_in=-1)
    mine = new_profile()
    stranger = sign_in("counselor", "Mumbai Mukti Sangha")
    response = client.post(URL, json={"profile_ids": [mine], "batch_ids": [batch.id]},
                           headers=stranger)
    assert response.status_code == 404
    assert "profile_ids" in response.get_json()["errors"]["json"]
    response = client.post(URL, json={"profile_ids": [mine, mine], "batch_ids": [batch.id]},
                           headers=counselor)
    assert response.status_code == 422 and "profile_ids" in response.get_json()["errors"]["json"]
    response = client.post(URL, json={"profile_ids": [mine], "batch_ids": [started.id]},
                           headers=counselor)
    assert response.status_code == 422 and "batch_ids" in response.get_json()["errors"]["json"]
    response = client.post(URL, json={"profile_ids": [mine], "batch_ids": [99999]},
                           headers=counselor)
    assert response.status_code == 422 and "batch_ids" in response.get_json()["errors"]["json"]
    assert client.delete(f"/api/v1/profiles/{mine}", headers=counselor).status_code in (200, 204)
    response = client.post(URL, json={"profile_ids": [mine], "batch_ids": [batch.id]},
                           headers=counselor)
    assert response.status_code == 422 and "profile_ids" in response.get_json()["errors"]["json"]
    assert count(db_session, Allocation) == 0


# --- applying ---------------------------------------------------------------------------------


def propose(client, counselor, profiles, batches) -> dict:
    response = client.post(URL, json={"profile_ids": profiles, "batch_ids": batches},
                           headers=counselor)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_apply_holds_every_placed_seat_once(client, counselor, new_profile, make_batch,
                                           db_session):
    first, second = make_batch(seats_total=1), make_batch(seats_total=2)
    profiles = [new_profile() for _ in range(4)]
    proposal = propose(client, counselor, profiles, [first.id, second.id])
    assert proposal["summary"]["placed"] == 3
    response = client.post(f"{URL}/{proposal['id']}/apply", headers=counselor)
    assert response.status_code == 200, response.get_json()
    applied = response.get_json()
    assert applied["status"] == "applied" and applied["applied_at"]
    referral_ids = [p["referral_id"] for p in applied["placements"]]
    assert all(referral_ids)
    assert seats_taken(db_session, first.id) == 1 and seats_taken(db_session, second.id) == 2
    assert count(db_session, Referral, Referral.status == "held") == 3
    again = client.post(f"{URL}/{proposal['id']}/apply", headers=counselor)
    assert again.status_code == 409 and again.get_json()["reason"] == "already_applied"
    assert count(db_session, Referral) == 3


def test_apply_fails_whole_when_a_seat_was_taken_meanwhile(
        client, counselor, new_profile, make_batch, db_session):
    batch = make_batch(seats_total=2)
    proposal = propose(client, counselor, [new_profile(), new_profile()], [batch.id])
    assert proposal["summary"]["placed"] == 2
    outsider = new_profile()
    assert client.post("/api/v1/referrals", json={"profile_id": outsider, "batch_id": batch.id},
                       headers=counselor).status_code == 201
    response = client.post(f"{URL}/{proposal['id']}/apply", headers=counselor)
    assert response.status_code == 409
    error = response.get_json()
    assert error["reason"] == "allocation_stale" and error["cause"] == "no_capacity"
    assert error["batch_id"] == batch.id
    # Nothing of the allocation was held: only the outsider's seat is taken.
    assert seats_taken(db_session, batch.id) == 1
    assert count(db_session, Referral) == 1
    assert client.get(f"{URL}/{proposal['id']}", headers=counselor).get_json()["status"] == \
        "proposed"


def race(app, headers, allocation_id: int, outsider: int, batch_id: int) -> dict[str, int]:
    """Apply the allocation and refer an outsider to the same batch at the same instant."""
    barrier = threading.Barrier(2)
    codes: dict[str, int] = {}

    def apply_it():
        with app.test_client() as client:
            barrier.wait()
            codes["apply"] = client.post(f"{URL}/{allocation_id}/apply",
                                         headers=headers).status_code

    def refer_it():
        with app.test_client() as client:
            barrier.wait()
            codes["refer"] = client.post("/api/v1/referrals", json={
                "profile_id": outsider, "batch_id": batch_id}, headers=headers).status_code

    threads = [threading.Thread(target=apply_it), threading.Thread(target=refer_it)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


def test_apply_is_all_or_nothing_under_a_concurrent_referral(
        app, counselor, new_profile, make_batch, db_session):
    for _ in range(4):
        batch = make_batch(seats_total=3)
        with app.test_client() as client:
            proposal = propose(client, counselor, [new_profile() for _ in range(3)], [batch.id])
        codes = race(app, counselor, proposal["id"], new_profile(), batch.id)
        held = count(db_session, Referral, Referral.batch_id == batch.id,
                     Referral.status == "held")
        assert seats_taken(db_session, batch.id) == held <= 3
        if codes["apply"] == 200:  # the allocation won: the outsider found the batch full
            assert codes["refer"] == 409 and held == 3
        else:  # the outsider won: nothing of the allocation was held
            assert (codes["apply"], codes["refer"]) == (409, 201) and held == 1


# --- waiting and seats held elsewhere ---------------------------------------------------------


def test_waiting_counts_from_the_end_of_her_last_placement(
        client, counselor, new_profile, make_batch, db_session):
    """Registered 300 days ago but her course ended 10 days ago: she has waited 10 days, and a
    survivor registered 40 days ago with nothing since takes the one seat."""
    earlier = make_batch(seats_total=5, start_in=60)
    batch = make_batch(seats_total=1)
    back = new_profile(waited_days=300)
    waiting = new_profile(waited_days=40)
    course = Referral(profile_id=back, batch_id=earlier.id, status="completed",
                      created_at=NOW - timedelta(days=200),
                      status_changed_at=NOW - timedelta(days=10))
    db_session.add(course)
    db_session.commit()
    body = client.post(URL, json={"profile_ids": [back, waiting], "batch_ids": [batch.id]},
                       headers=counselor).get_json()
    assert [p["profile_id"] for p in body["placements"]] == [waiting]
    (left,) = body["unplaced"]
    assert left["priority"] == {"income_urgency": "medium", "waiting_days": 10,
                                "waiting_since": "2026-11-21", "waiting_from": "placement_ended",
                                "waiting_referral_id": course.id}
    assert left["passed_over"][0]["because"] == "longer_wait"
    assert body["placements"][0]["priority"]["waiting_from"] == "profile_created"


def test_waiting_counts_from_a_closed_referral_or_from_leaving_a_job(
        client, counselor, new_profile, make_batch, db_session):
    batch = make_batch(seats_total=5)
    employer = accounts.create_organisation(db_session, "Stitch Works", "employer",
                                            verified=True, now=NOW)
    db_session.commit()
    opening = OutcomeRows(db_session).opening(employer.id)
    db_session.commit()
    withdrawn, left_job = new_profile(waited_days=200), new_profile(waited_days=200)
    closed = Referral(profile_id=withdrawn, batch_id=batch.id, status="withdrawn",
                      created_at=NOW - timedelta(days=100),
                      status_changed_at=NOW - timedelta(days=95))
    hire = Referral(profile_id=left_job, opening_id=opening, status="hired",
                    created_at=NOW - timedelta(days=150),
                    status_changed_at=NOW - timedelta(days=140))
    db_session.add_all([closed, hire])
    db_session.flush()
    db_session.add(FollowUp(referral_id=hire.id, day=90, due_on=TODAY - timedelta(days=50),
                            outcome="dropped_out", recorded_at=NOW - timedelta(days=45)))
    db_session.commit()
    body = client.post(URL, json={"profile_ids": [withdrawn, left_job], "batch_ids": [batch.id]},
                       headers=counselor).get_json()
    priority = {p["profile_id"]: p["priority"] for p in body["placements"]}
    assert (priority[withdrawn]["waiting_days"], priority[withdrawn]["waiting_from"],
            priority[withdrawn]["waiting_referral_id"]) == (95, "referral_closed", closed.id)
    assert (priority[left_job]["waiting_days"], priority[left_job]["waiting_from"],
            priority[left_job]["waiting_referral_id"]) == (45, "placement_ended", hire.id)


def test_a_survivor_holding_a_seat_elsewhere_is_left_out_unless_included_on_purpose(
        client, counselor, new_profile, make_batch):
    elsewhere = make_batch(seats_total=3, start_in=45)
    batch = make_batch(seats_total=2)
    holder, other = new_profile(), new_profile()
    held = client.post("/api/v1/referrals", json={"profile_id": holder,
                                                  "batch_id": elsewhere.id}, headers=counselor)
    assert held.status_code == 201
    body = client.post(URL, json={"profile_ids": [holder, other], "batch_ids": [batch.id]},
                       headers=counselor).get_json()
    assert body["include_placed"] is False
    assert [p["profile_id"] for p in body["placements"]] == [other]
    (left,) = body["unplaced"]
    assert (left["profile_id"], left["reason"]) == (holder, "holds_seat_elsewhere")
    assert left["live_seats"] == [{
        "referral_id": held.get_json()["id"], "status": "held", "batch_id": elsewhere.id,
        "course_id": elsewhere.course_id, "title": "Course 1",
        "start_date": (TODAY + timedelta(days=45)).isoformat()}]
    assert left["explanation"].startswith("Left out: she already holds a seat in Course 1")
    assert left["nearest_alternative"] is None and left["passed_over"] == []
    assert body["summary"]["seats_filled"] == 1

    included = client.post(URL, json={"profile_ids": [holder, other], "batch_ids": [batch.id],
                                      "include_placed": True}, headers=counselor).get_json()
    assert included["include_placed"] is True
    placed = by_profile(included["placements"])
    assert set(placed) == {holder, other}
    assert [seat["batch_id"] for seat in placed[holder]["live_seats"]] == [elsewhere.id]
    assert placed[other]["live_seats"] == []


def test_include_placed_must_be_a_boolean(client, counselor, new_profile, make_batch):
    batch = make_batch()
    response = client.post(URL, json={"profile_ids": [new_profile()], "batch_ids": [batch.id],
                                      "include_placed": "sometimes"}, headers=counselor)
    assert response.status_code == 422
    assert "include_placed" in response.get_json()["errors"]["json"]


def test_a_survivor_named_twice_is_told_in_the_readers_language(
        client, counselor, new_profile, make_batch, db_session):
    batch = make_batch()
    mine = new_profile()
    body = {"profile_ids": [mine, mine], "batch_ids": [batch.id]}
    said = {}
    for language in ("en", "hi", "bn"):
        response = client.post(URL, json=body,
                               headers={**counselor, "Accept-Language": language})
        assert response.status_code == 422
        [said[language]] = response.get_json()["errors"]["json"]["profile_ids"]
        assert str(mine) in said[language]
    assert said["en"] == f"Named more than once: {mine}."
    assert said["hi"] == f"एक से ज़्यादा बार लिखे गए: {mine}।"
    assert said["bn"] == f"একাধিকবার লেখা হয়েছে: {mine}।"
    assert count(db_session, Allocation) == 0


def test_the_openapi_document_keeps_the_order_of_an_allocations_properties(client):
    """A client generated from the document (constructors with positional arguments) sees an
    allocation's properties in the order they have always had."""
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    assert list(schemas["AllocationOut"]["properties"]) == [
        "id", "status", "min_score", "include_placed", "created_at", "applied_at", "summary",
        "batches", "placements", "unplaced"]
    assert list(schemas["AllocationListed"]["properties"])[:4] == [
        "id", "status", "created_at", "applied_at"]
