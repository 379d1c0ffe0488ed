"""The outcomes report over HTTP: counts of the referrals the caller may see, the period asked
for, the CSV export, the audit trail, and matching's use of observed placement rates."""
from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from catalog.models import AuditEvent
from catalog.services.placement_rates import MIN_OUTCOMES
from tests.api.referral_rows import NOW  # noqa: F401  (the frozen clock stands at it)
from tests.outcome_rows import T0, OutcomeRows, org_id

URL = "/api/v1/reports/outcomes"


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def app(app):
    """The exact counts of these tests: small-count suppression off (see test_report_suppression
    for it on)."""
    app.config["REPORT_SUPPRESS_BELOW"] = 1
    return app


@pytest.fixture
def rows(db_session):
    return OutcomeRows(db_session)


@pytest.fixture
def two_sides(sign_in, rows, db_session):
    """Two NGOs, two providers, two employers, each with a user; referrals on both sides:

    NGO A: two completions of course 1 (one followed by a hire into opening 1), a seat held in
    course 2. NGO B: three completions of course 2, a hire into opening 2, not selected for
    opening 1.
    """
    headers = {
        "counselor_a": sign_in("counselor", "NGO A"), "counselor_b": sign_in("counselor", "NGO B"),
        "liaison_1": sign_in("iti_liaison", "Provider 1"),
        "liaison_2": sign_in("iti_liaison", "Provider 2"),
        "partner_1": sign_in("csr_partner", "Employer 1"),
        "partner_2": sign_in("csr_partner", "Employer 2"),
        "admin": sign_in("admin", "Operator"),
    }
    ids = {name: org_id(db_session, name) for name in (
        "NGO A", "NGO B", "Provider 1", "Provider 2", "Employer 1", "Employer 2")}
    course_1, batch_1 = rows.course(ids["Provider 1"], "Sewing Technology")
    course_2, batch_2 = rows.course(ids["Provider 2"], "Beauty Therapy", "beauty_therapy")
    opening_1 = rows.opening(ids["Employer 1"], district="Kolkata")
    opening_2 = rows.opening(ids["Employer 2"], "beauty_therapy", district="Howrah",
                             title="Parlour assistant")
    a1, a2, a3 = (rows.survivor(ids["NGO A"]) for _ in range(3))
    rows.completed(a1, batch_1, T0)
    rows.hired(a1, opening_1, T0 + timedelta(days=10))
    rows.completed(a2, batch_1, T0)
    rows.referral(a3, "held", T0, batch_id=batch_2)
    b = [rows.survivor(ids["NGO B"]) for _ in range(3)]
    for profile in b:
        rows.completed(profile, batch_2, T0 + timedelta(days=40))
    rows.hired(b[0], opening_2, T0 + timedelta(days=50))
    rows.referral(b[1], "not_selected", T0 + timedelta(days=45), opening_id=opening_1)
    db_session.commit()
    return headers, ids | {"course_1": course_1, "course_2": course_2}


def report(client, headers, **query):
    response = client.get(URL, headers=headers, query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def nonzero(stages: dict) -> dict:
    return {status: count for status, count in stages.items() if count}


def keys_in(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in keys_in(item)}
    if isinstance(value, list):
        return {k for item in value for k in keys_in(item)}
    return set()


def test_an_admin_sees_every_referral_counted_and_no_survivor(client, two_sides, db_session):
    headers, ids = two_sides
    body = report(client, headers["admin"])
    assert body["referrals_by_stage"]["withdrawn"] == 0  # every status is listed
    assert nonzero(body["referrals_by_stage"]) == {"completed": 5, "hired": 2, "held": 1,
                                                   "not_selected": 1}
    assert body["placements"] == {
        "by_trade": {"beauty_therapy": 1, "sewing_dress_making": 1},
        "by_district": {"Howrah": 1, "Kolkata": 1},
        "by_month": {"2026-06": 1, "2026-07": 1},
    }
    assert body["completions"] == {"by_trade": {"beauty_therapy": 3, "sewing_dress_making": 2},
                                   "by_month": {"2026-06": 2, "2026-07": 3}}
    courses = {row["name"]: row for row in body["placement_rates"]["courses"]}
    assert {name: (row["n"], row["placed"], row["rate"]) for name, row in courses.items()} == {
        "Sewing Technology": (2, 1, 0.5), "Beauty Therapy": (3, 1, pytest.approx(1 / 3))}
    assert not any(row["used_in_matching"] or row["enough_data"] for row in courses.values())
    providers = {row["id"]: row["n"] for row in body["placement_rates"]["providers"]}
    assert providers == {ids["Provider 1"]: 2, ids["Provider 2"]: 3}
    employers = {row["name"]: (row["n"], row["placed"], row["retention_90_recorded"])
                 for row in body["placement_rates"]["employers"]}
    assert employers == {"Employer 1": (2, 1, 0), "Employer 2": (1, 1, 0)}
    assert body["min_outcomes"] == MIN_OUTCOMES
    assert (body["from"], body["to"]) == (None, None)
    assert not keys_in(body) & {"profile_id", "case_ref", "profile", "referral_id"}
    events = db_session.execute(select(AuditEvent.action, AuditEvent.object_type,
                                       AuditEvent.profile_id)).all()
    db_session.commit()
    assert [tuple(event) for event in events] == [("report", "report", None)]


def test_a_counselor_counts_only_her_organisations_referrals(client, two_sides):
    headers, _ids = two_sides
    body_a = report(client, headers["counselor_a"])
    assert nonzero(body_a["referrals_by_stage"]) == {"completed": 2, "hired": 1, "held": 1}
    assert body_a["placements"]["by_trade"] == {"sewing_dress_making": 1}
    assert [row["name"] for row in body_a["placement_rates"]["courses"]] == ["Sewing Technology"]
    assert [(row["name"], row["n"]) for row in body_a["placement_rates"]["employers"]] == [
        ("Employer 1", 1)]  # NGO B's survivor not selected there is not hers to count
    body_b = report(client, headers["counselor_b"])
    assert nonzero(body_b["referrals_by_stage"]) == {"completed": 3, "hired": 1,
                                                     "not_selected": 1}


def test_a_liaison_counts_only_referrals_to_her_own_courses(client, two_sides):
    headers, ids = two_sides
    body = report(client, headers["liaison_1"])
    assert nonzero(body["referrals_by_stage"]) == {"completed": 2}
    assert body["placements"]["by_trade"] == {}
    assert [(row["id"], row["n"], row["placed"])
            for row in body["placement_rates"]["courses"]] == [(ids["course_1"], 2, 1)]
    assert [row["id"] for row in body["placement_rates"]["providers"]] == [ids["Provider 1"]]
    assert body["placement_rates"]["employers"] == []


def test_an_employer_counts_only_referrals_to_its_openings(client, two_sides):
    headers, ids = two_sides
    body = report(client, headers["partner_1"])
    assert nonzero(body["referrals_by_stage"]) == {"hired": 1, "not_selected": 1}
    assert body["placement_rates"]["courses"] == []
    assert [(row["id"], row["n"], row["placed"], row["rate"])
            for row in body["placement_rates"]["employers"]] == [(ids["Employer 1"], 2, 1, 0.5)]


def test_from_and_to_select_referrals_by_the_day_they_were_made(client, sign_in, rows,
                                                               db_session):
    admin = sign_in("admin", "Operator")
    ngo, provider = rows.org("NGO", "ngo"), rows.org("ITI", "provider")
    _course, batch = rows.course(provider)
    end_of_march = datetime(2026, 3, 31, 23, 30, tzinfo=timezone.utc)
    april = datetime(2026, 4, 1, 0, 0, tzinfo=timezone.utc)
    rows.completed(rows.survivor(ngo), batch, T0, created_at=end_of_march)
    rows.completed(rows.survivor(ngo), batch, T0, created_at=april)
    rows.referral(rows.survivor(ngo), "held", T0, batch_id=batch, created_at=april)
    db_session.commit()

    def stages(**query):
        return nonzero(report(client, admin, **query)["referrals_by_stage"])

    assert stages() == {"completed": 2, "held": 1}
    assert stages(to="2026-03-31") == {"completed": 1}
    assert stages(**{"from": "2026-04-01"}) == {"completed": 1, "held": 1}
    assert stages(**{"from": "2026-04-01", "to": "2026-04-01"}) == {"completed": 1, "held": 1}
    assert stages(**{"from": "2026-04-02"}) == {}
    body = report(client, admin, **{"from": "2026-04-01", "to": "2026-04-30"})
    assert (body["from"], body["to"]) == ("2026-04-01", "2026-04-30")


@pytest.mark.parametrize("query, field", [
    ({"from": "2026-13-01"}, "from"),
    ({"from": "yesterday"}, "from"),
    ({"to": "2026-02-30"}, "to"),
    ({"to": "9999-12-31"}, "to"),
    ({"from": "2026-05-01", "to": "2026-04-30"}, "to"),
])
@pytest.mark.parametrize("path", [URL, URL + ".csv"])
def test_a_bad_date_is_refused_naming_the_field_and_nothing_is_audited(
        client, sign_in, db_session, query, field, path):
    response = client.get(path, headers=sign_in("admin", "Operator"), query_string=query)
    # The API's one answer to a bad value in a query string (docs/http-api.md, Conventions): 422.
    assert response.status_code == 422, response.get_data(as_text=True)
    assert field in response.get_json()["errors"]["query"]
    assert db_session.scalar(select(AuditEvent.id)) is None
    db_session.commit()


def test_the_csv_holds_the_same_figures_one_per_row_with_formulas_neutralised(
        client, sign_in, rows, db_session):
    liaison = sign_in("iti_liaison", "=Provider")
    provider = org_id(db_session, "=Provider")
    ngo, employer = rows.org("NGO", "ngo"), rows.org("Employer", "employer", verified=True)
    course, batch = rows.course(provider, title='=HYPERLINK("http://x.example","y")')
    opening = rows.opening(employer, district="@SUM(A1)")
    profiles = rows.graduates(ngo, batch, opening, completed=2, placed=1)
    db_session.commit()
    response = client.get(URL + ".csv", headers=liaison,
                          query_string={"from": "2026-01-01", "to": "2026-12-31"})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="outcomes_2026-01-01_2026-12-31.csv"')
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert table[0] == ["section", "key", "name", "count", "total", "rate", "used_in_matching",
                        "suppressed"]
    lines = {tuple(row[:2]): row for row in table[1:]}
    assert lines["referrals_by_stage", "completed"][3] == "2"
    assert ("placements_by_trade", "sewing_dress_making") not in lines  # hires are not hers
    assert lines["completions_by_month", "2026-06"][3] == "2"
    assert lines["course_placement", str(course)] == [
        "course_placement", str(course), "'=HYPERLINK(\"http://x.example\",\"y\")", "1", "2",
        "0.5000", "false", ""]
    assert lines["provider_placement", str(provider)][2] == "'=Provider"
    assert lines["retention_course_day90", "retained"] == [
        "retention_course_day90", "retained", "", "0", "0", "", "", ""]
    assert not any(cell[:1] in "=+-@" for row in table[1:] for cell in row if cell)
    assert not any(str(profile_id) in row[1] for profile_id in profiles for row in table[1:]
                   if row[0] == "referrals_by_stage")
    # An admin's CSV counts the hire (and neutralises the district).
    admin_csv = client.get(URL + ".csv", headers=sign_in("admin", "Operator"))
    admin_rows = list(csv.reader(io.StringIO(admin_csv.get_data(as_text=True))))
    assert ["placements_by_district", "'@SUM(A1)", "", "1", "", "", "", ""] in admin_rows
    assert admin_csv.headers["Content-Disposition"] == 'attachment; filename="outcomes.csv"'
    assert db_session.scalar(select(AuditEvent.id).where(AuditEvent.action == "report")
                             .order_by(AuditEvent.id.desc()).limit(1)) is not None
    db_session.commit()


# --- matching ------------------------------------------------------------------------------


def test_matching_switches_to_the_observed_rate_once_a_course_has_enough_outcomes(
        client, sign_in, rows, db_session, profile_body):
    counselor = sign_in("counselor", "Asha Shelter Trust")
    ngo = org_id(db_session, "Asha Shelter Trust")
    provider = rows.org("Kolkata Women's ITI", "provider")
    employer = rows.org("Stitch Works", "employer", verified=True)
    course, batch = rows.course(provider, placement_rate=0.7)
    opening = rows.opening(employer)
    rows.graduates(ngo, batch, opening, completed=MIN_OUTCOMES - 1, placed=15)
    db_session.commit()
    profile_id = client.post("/api/v1/profiles", json=profile_body(avoid_districts=[]),
                             headers=counselor).get_json()["id"]

    def course_match():
        response = client.get(f"/api/v1/profiles/{profile_id}/matches", headers=counselor)
        assert response.status_code == 200, response.get_json()
        (found,) = [m for m in response.get_json()["matches"] if m.get("course_id") == course]
        return found

    before = course_match()
    assert any("declared placement rate 70%" in reason for reason in before["reasons"])
    assert course_match() == before  # the same answer from the cached index
    rows.completed(rows.survivor(ngo), batch)  # the 20th outcome: not placed
    db_session.commit()
    after = course_match()
    assert any(f"placement rate 75% from {MIN_OUTCOMES} past referrals" in reason
               for reason in after["reasons"])
    assert not any("declared" in reason for reason in after["reasons"])
    # 50 positions within reach saturate the market: 0.6 + 0.4 x rate.
    assert (before["factors"]["marketability"], after["factors"]["marketability"]) == (
        pytest.approx(0.6 + 0.4 * 0.7, abs=0.01), pytest.approx(0.6 + 0.4 * 0.75, abs=0.01))
