"""Outcomes that act, over HTTP: a follow-up that reports the work unsafe (or fees taken, her
documents kept, wages unpaid) sends every open opening of the employer back to review in the
same request, notifies the admins and the counselors of survivors placed there with a safety
check due within 2 days; an underpaid wage flags the employer's openings; the employer's record
counts it all."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import (
    AuditEvent,
    FollowUp,
    Notification,
    Opening,
    Organisation,
    Profile,
    Referral,
    User,
)
from tests.api import bodies
from tests.api.reads import count, fresh

NOW = datetime(2027, 1, 10, 6, 0, tzinfo=timezone.utc)
HIRED_AT = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def world(client, sign_in, db_session):
    """An employer with three openings (two published, one pending) and one of another employer;
    survivors of two NGOs: one hired, one applied, one not selected, one with the other
    employer."""
    headers = {
        "asha": sign_in("counselor", "Asha Shelter Trust"),
        "other_ngo": sign_in("counselor", "Sanlaap Home"),
        "admin": sign_in("admin", "Operator"),
        "admin2": sign_in("admin", "Operator"),
        "csr": sign_in("csr_partner", "Sundarban Garments"),
        "other_csr": sign_in("csr_partner", "Howrah Bakery"),
    }
    employer = db_session.scalar(select(Organisation).where(
        Organisation.name == "Sundarban Garments"))
    other = db_session.scalar(select(Organisation).where(Organisation.name == "Howrah Bakery"))
    openings = {}
    for name, org, status in (("a", employer, "published"), ("b", employer, "published"),
                              ("c", employer, "pending_review"), ("d", other, "published")):
        row = Opening(employer_id=org.id, title=f"Tailor {name}", trade="sewing_dress_making",
                      min_literacy="class5", languages=["bn"], work_mode="on_site",
                      district="Kolkata", district_key="kolkata", latitude=22.56,
                      longitude=88.36, wage_inr_month=12000, positions=5,
                      closes_on=date(2027, 3, 1), status=status)
        db_session.add(row)
        db_session.flush()
        openings[name] = row.id
    db_session.commit()
    counter = iter(range(1, 100))

    def profile(ngo: str) -> int:
        body = bodies.profile_body(case_ref=f"C-{next(counter):03d}", avoid_districts=[])
        response = client.post("/api/v1/profiles", json=body, headers=headers[ngo])
        assert response.status_code == 201, response.get_json()
        return response.get_json()["id"]

    referrals = {}
    cases = (("hired", "asha", "a", "hired"), ("applied", "other_ngo", "b", "applied"),
             ("not_selected", "asha", "b", "not_selected"), ("elsewhere", "asha", "d", "hired"))
    profiles = [profile(ngo) for _, ngo, _, _ in cases]  # before this session writes
    for (name, ngo, opening, status), profile_id in zip(cases, profiles):
        row = Referral(profile_id=profile_id, opening_id=openings[opening], status=status,
                       status_changed_at=HIRED_AT, created_at=HIRED_AT)
        db_session.add(row)
        db_session.flush()
        referrals[name] = row.id
    employer_id = employer.id
    db_session.commit()
    return {"headers": headers, "openings": openings, "referrals": referrals,
            "employer_id": employer_id}


def follow_up(client, world, referral="hired", **body):
    return client.post(f"/api/v1/referrals/{world['referrals'][referral]}/follow-ups",
                       json={"day": 30, "outcome": "working", **body},
                       headers=world["headers"]["asha"])


def statuses(db_session, world) -> dict[str, str]:
    db_session.expire_all()
    found = {name: db_session.get(Opening, opening_id).status.value
             for name, opening_id in world["openings"].items()}
    db_session.commit()
    return found


def notified(db_session, kind="employer_safety_report") -> list[Notification]:
    db_session.expire_all()
    found = list(db_session.scalars(select(Notification).where(Notification.kind == kind)
                                    .order_by(Notification.id)))
    db_session.commit()
    return found


@pytest.mark.parametrize("report", [
    {"outcome": "unsafe"},
    {"fees_taken": True},
    {"documents_with_her": False},
    {"wages_unpaid": True},
])
def test_a_report_sends_every_open_opening_of_the_employer_back_to_review(
        report, client, world, db_session):
    response = follow_up(client, world, **report)
    assert response.status_code == 200, response.get_json()
    safety = response.get_json()["safety"]
    assert sorted(safety["openings_sent_to_review"]) == sorted(
        world["openings"][name] for name in ("a", "b", "c"))
    assert statuses(db_session, world) == {"a": "pending_review", "b": "pending_review",
                                           "c": "pending_review", "d": "published"}
    row = fresh(db_session, Opening, world["openings"]["a"])
    assert row.review_reason == "safety_report" and row.approved_flags == []
    # Admins: both told. Counselors: those of the hired and the applied survivor, not of the
    # survivor not selected nor of the one placed elsewhere.
    admins = set(db_session.scalars(select(User.id).where(User.role == "admin")))
    rows = notified(db_session)
    assert admins <= {n.user_id for n in rows}
    told = {n.data["referral_id"] for n in rows if n.user_id not in admins}
    assert told == {world["referrals"]["hired"], world["referrals"]["applied"]}
    assert all("case_ref" not in str(n.data) for n in rows)
    # A follow-up due within 2 days for each survivor placed there.
    checks = db_session.scalars(select(FollowUp).where(FollowUp.reason == "safety_check")).all()
    assert {c.referral_id for c in checks} == told
    assert all(c.due_on <= date(2027, 1, 12) for c in checks)
    assert safety["safety_checks"] == 2
    events = db_session.scalars(select(AuditEvent.action)).all()
    assert "safety_report" in events and events.count("send_back") == 3
    db_session.commit()
    # The matcher no longer offers them: the review queue has them.
    queue = client.get("/api/v1/openings?status=pending_review",
                       headers=world["headers"]["admin"]).get_json()
    assert queue["total"] == 3


def test_a_good_follow_up_changes_nothing(client, world, db_session):
    response = follow_up(client, world, documents_with_her=True, fees_taken=False,
                         wages_unpaid=False, wage_paid_inr_month=12000)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["safety"]["openings_sent_to_review"] == []
    assert statuses(db_session, world)["a"] == "published"
    assert notified(db_session) == []


def test_the_safety_check_is_recorded_on_its_own_day(client, world, db_session):
    assert follow_up(client, world, outcome="unsafe").status_code == 200
    check = db_session.scalar(select(FollowUp).where(
        FollowUp.referral_id == world["referrals"]["applied"], FollowUp.reason == "safety_check"))
    db_session.commit()
    response = client.post(f"/api/v1/referrals/{world['referrals']['applied']}/follow-ups",
                           json={"day": check.day, "outcome": "working",
                                 "documents_with_her": True},
                           headers=world["headers"]["other_ngo"])
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["reason"] == "safety_check"
    # A day that is neither scheduled nor a safety check is refused, naming the day.
    response = client.post(f"/api/v1/referrals/{world['referrals']['hired']}/follow-ups",
                           json={"day": 47, "outcome": "working"},
                           headers=world["headers"]["asha"])
    assert response.status_code == 422 and "day" in response.get_json()["errors"]["json"]


def test_an_underpaid_wage_is_a_hard_flag_on_the_employers_openings(client, world, db_session):
    response = follow_up(client, world, wage_paid_inr_month=7000, documents_with_her=True)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["safety"]["openings_sent_to_review"] == []
    assert response.get_json()["safety"]["openings_rescreened"] == 3
    states = statuses(db_session, world)
    assert states == {"a": "pending_review", "b": "pending_review", "c": "pending_review",
                      "d": "published"}
    row = fresh(db_session, Opening, world["openings"]["b"])
    [flag] = [f for f in row.flags if f["code"] == "wage_underpaid"]
    assert flag["params"]["paid_inr_month"] == 7000
    assert flag["params"]["promised_inr_month"] == 12000
    assert row.review_reason == "hard_flag_raised"
    # Publishing over it takes two admins.
    response = client.post(f"/api/v1/openings/{world['openings']['b']}/review",
                           json={"decision": "publish", "note": "Paid late, they say."},
                           headers=world["headers"]["admin"])
    assert response.status_code == 409 and response.get_json()["reason"] == "hard_flags"


def test_a_wage_at_80_percent_of_the_promise_is_not_a_flag(client, world, db_session):
    assert follow_up(client, world, wage_paid_inr_month=9600).status_code == 200
    assert statuses(db_session, world)["a"] == "published"


def test_the_employer_record_counts_placements_unsafe_reports_and_wages(client, world,
                                                                      db_session):
    assert follow_up(client, world, outcome="unsafe", wage_paid_inr_month=6000).status_code == 200
    response = client.get(f"/api/v1/organisations/{world['employer_id']}/record",
                          headers=world["headers"]["admin"])
    assert response.status_code == 200, response.get_json()
    record = response.get_json()
    assert record["placements"] == 1 and record["unsafe_reports"] == 1
    assert (record["wage_paid_inr_month"], record["wage_promised_inr_month"]) == (6000, 12000)
    assert record["underpaid_reports"] == 1
    assert client.get(f"/api/v1/organisations/{world['employer_id']}/record",
                      headers=world["headers"]["asha"]).status_code == 403


@pytest.mark.parametrize("field,value", [
    ("wage_paid_inr_month", -1), ("wage_paid_inr_month", 1_000_001),
    ("wage_paid_inr_month", "9000"), ("wage_paid_inr_month", 9000.5),
    ("documents_with_her", "no"), ("documents_with_her", 0), ("fees_taken", "yes"),
    ("wages_unpaid", 1),
])
def test_bad_follow_up_facts_name_the_field_and_write_nothing(field, value, client, world,
                                                              db_session):
    response = follow_up(client, world, **{field: value, "outcome": "unsafe"})
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["errors"]["json"]
    assert statuses(db_session, world)["a"] == "published"
    assert count(db_session, FollowUp, FollowUp.outcome.is_not(None)) == 0
    assert notified(db_session) == []
    assert count(db_session, Profile) == 4
