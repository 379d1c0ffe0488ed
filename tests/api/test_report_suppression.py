"""Small counts withheld from readers outside the organisation that owns the survivors: a
liaison, a CSR partner, an admin. Totals, other tables and rates cannot give a withheld count
back; the report says what it withheld. A counselor reads her own organisation's counts whole."""
from __future__ import annotations

import csv
import io
import pytest
from sqlalchemy import select

from catalog.models import Referral
from tests.api.referral_rows import NOW  # noqa: F401  (the frozen clock stands at it)
from tests.outcome_rows import T0, OutcomeRows, org_id

URL = "/api/v1/reports/outcomes"


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def rows(db_session):
    return OutcomeRows(db_session)


def report(client, headers, **query) -> dict:
    response = client.get(URL, headers=headers, query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def numbers(value, path: str = "") -> dict[str, float]:
    """Every count and rate the report shows, by JSON pointer (ids and flags left out)."""
    found = {}
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("id", "threshold", "min_outcomes"):
                continue
            found |= numbers(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found |= numbers(item, f"{path}/{index}")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        found[path] = value
    return found


@pytest.fixture
def one_hire(sign_in, rows, db_session):
    """A provider with two courses: six graduates of one, seven of the other, from NGO A; one
    graduate of the first was hired (by Employer E, into an opening the liaison cannot see)."""
    liaison = sign_in("iti_liaison", "Pragati ITI")
    provider = org_id(db_session, "Pragati ITI")
    ngo = rows.org("NGO A", "ngo")
    employer = rows.org("Employer E", "employer", verified=True)
    course_a, batch_a = rows.course(provider, "Sewing Technology")
    course_b, batch_b = rows.course(provider, "Beauty Therapy", "beauty_therapy")
    opening = rows.opening(employer)
    graduates = rows.graduates(ngo, batch_a, opening, completed=6, placed=1)
    rows.graduates(ngo, batch_b, opening, completed=7, placed=0)
    db_session.commit()
    hire = db_session.scalar(select(Referral.id).where(Referral.profile_id == graduates[0],
                                                       Referral.status == "hired"))
    db_session.commit()
    return liaison, {"course_a": course_a, "course_b": course_b, "provider": provider,
                     "hire": hire}


def test_a_liaisons_report_with_a_single_hire_shows_it_withheld(client, one_hire):
    liaison, ids = one_hire
    body = report(client, liaison)
    courses = {row["id"]: row for row in body["placement_rates"]["courses"]}
    course_a = courses[ids["course_a"]]
    assert (course_a["n"], course_a["placed"], course_a["rate"]) == (6, None, None)
    assert course_a["suppressed"] == ["placed", "rate"]
    [provider] = body["placement_rates"]["providers"]
    assert (provider["n"], provider["placed"], provider["rate"]) == (13, None, None)
    assert body["suppression"]["applies"] is True
    assert body["suppression"]["threshold"] == 5
    assert body["suppression"]["note"] == "small_counts_withheld"
    assert "withheld" in body["suppression"]["message"]
    index = list(courses).index(ids["course_a"])
    assert f"/placement_rates/courses/{index}/placed" in body["suppression"]["cells"]
    assert "/placement_rates/providers/0/placed" in body["suppression"]["cells"]
    for pointer in body["suppression"]["cells"]:  # every pointer names a null
        value = body
        for step in pointer.split("/")[1:]:
            value = value[int(step)] if isinstance(value, list) else value[step]
        assert value is None, pointer


def test_no_number_of_the_liaisons_report_changes_with_that_one_hire(client, one_hire,
                                                                     db_session):
    """The report with the hire and the report without it show the same numbers: no pair of
    them (a total less a part, a rate times a count, a provider less a course) can tell."""
    liaison, ids = one_hire
    with_hire = report(client, liaison)
    hire = db_session.get(Referral, ids["hire"])
    hire.status = "not_selected"
    db_session.commit()
    without = report(client, liaison)
    assert numbers(with_hire) == numbers(without)
    assert with_hire["suppression"]["cells"] == without["suppression"]["cells"]
    shown = numbers(with_hire)
    assert 1 not in shown.values() and 1 / 6 not in shown.values() and 1 / 13 not in \
        shown.values()


def test_an_admins_single_hire_is_withheld_in_every_table_and_total(client, sign_in, rows,
                                                                    db_session):
    """One hire among seven decided referrals of an employer, six not selected: the stage
    count, the tables by trade, district and month, and the employer's row would each give it,
    and so would the employer's decided referrals less the stage's not selected."""
    admin = sign_in("admin", "Operator")
    ngo = rows.org("NGO A", "ngo")
    employer = rows.org("Employer E", "employer", verified=True)
    opening = rows.opening(employer, district="Howrah")
    rows.hired(rows.survivor(ngo), opening, T0)
    for _ in range(6):
        rows.referral(rows.survivor(ngo), "not_selected", T0, opening_id=opening)
    db_session.commit()
    body = report(client, admin)
    assert body["referrals_by_stage"]["hired"] is None
    assert body["placements"] == {"by_trade": {"sewing_dress_making": None},
                                  "by_district": {"Howrah": None}, "by_month": {"2026-06": None}}
    [row] = body["placement_rates"]["employers"]
    assert row["placed"] is None and row["rate"] is None
    # the decided referrals less those not selected would be the hire: not both are shown
    assert row["n"] is None or body["referrals_by_stage"]["not_selected"] is None
    assert 1 not in numbers(body).values()


def test_retention_withholds_a_small_outcome_and_what_adds_up_to_it(client, sign_in, rows,
                                                                   db_session):
    """A liaison's day-30 follow-ups: eight in training, one unsafe; the recorded total and the
    rate would give the unsafe one back."""
    liaison = sign_in("iti_liaison", "Pragati ITI")
    provider = org_id(db_session, "Pragati ITI")
    ngo = rows.org("NGO A", "ngo")
    _course, batch = rows.course(provider)
    for number in range(9):
        referral = rows.referral(rows.survivor(ngo), "enrolled", T0, batch_id=batch)
        rows.follow_up(referral, 30, "unsafe" if number == 0 else "in_training")
    db_session.commit()
    body = report(client, liaison)
    [day_30] = [r for r in body["retention"] if (r["day"], r["kind"]) == (30, "course")]
    assert day_30["unsafe"] is None
    # the recorded total less the outcomes shown would give it: another term is withheld too
    terms = ("recorded", "working", "in_training", "dropped_out", "unreachable", "unsafe")
    assert sum(day_30[term] is None for term in terms) >= 2
    assert 1 not in numbers(body).values()


def test_a_counselor_reads_her_own_organisations_counts_whole(client, sign_in, rows,
                                                              db_session):
    counselor = sign_in("counselor", "NGO A")
    ngo = org_id(db_session, "NGO A")
    provider = rows.org("Pragati ITI", "provider")
    employer = rows.org("Employer E", "employer", verified=True)
    _course, batch = rows.course(provider)
    opening = rows.opening(employer)
    rows.graduates(ngo, batch, opening, completed=2, placed=1)
    db_session.commit()
    body = report(client, counselor)
    assert body["referrals_by_stage"]["hired"] == 1
    assert body["placement_rates"]["courses"][0]["placed"] == 1
    assert body["suppression"] == {"applies": False, "threshold": None, "note": None,
                                   "message": None, "cells": []}


def test_the_threshold_is_configurable(app, client, one_hire):
    liaison, ids = one_hire
    app.config["REPORT_SUPPRESS_BELOW"] = 7
    body = report(client, liaison)
    courses = {row["id"]: row for row in body["placement_rates"]["courses"]}
    assert courses[ids["course_a"]]["n"] is None  # six completions, under seven
    app.config["REPORT_SUPPRESS_BELOW"] = 1  # withholds nothing
    body = report(client, liaison)
    assert body["suppression"]["applies"] is False
    assert body["placement_rates"]["providers"][0]["placed"] == 1


def test_the_csv_leaves_withheld_cells_empty_and_says_why(client, one_hire):
    liaison, ids = one_hire
    response = client.get(URL + ".csv", headers=liaison)
    assert response.status_code == 200
    table = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert table[0][-1] == "suppressed"
    assert table[1][:2] == ["suppression", "small_counts_withheld"] and table[1][3] == "5"
    lines = {tuple(row[:2]): row for row in table[1:]}
    course_a = lines["course_placement", str(ids["course_a"])]
    assert course_a[3:] == ["", "6", "", "false", "count rate"]
    provider = lines["provider_placement", str(ids["provider"])]
    assert provider[3:6] == ["", "13", ""]
    data = [row for row in table[2:]]
    assert not any(row[3] == "1" for row in data)
