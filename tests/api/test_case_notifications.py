"""The API's notifications of a case's events (issue 16): raised by the same services whatever
calls them, worded in the reader's language by the case reference, each with its link."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from catalog.models import Profile
from catalog.services import accounts
from tests.outcome_rows import OutcomeRows

NOW = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc)
DEVANAGARI, BENGALI = re.compile("[\u0900-\u097f]"), re.compile("[\u0980-\u09ff]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def case(client, sign_in, db_session):
    """A counselor's survivor referred through the API to a partner's opening."""
    counselor, partner = sign_in("counselor", "Asha Shelter Trust"), sign_in("csr_partner",
                                                                           "Stitch Works")
    ngo, employer = (accounts.user_for_token(db_session, headers["Authorization"][7:])
                     .organisation_id for headers in (counselor, partner))
    rows = OutcomeRows(db_session)
    opening = rows.opening(employer)
    profile = rows.survivor(ngo)
    db_session.get(Profile, profile).case_ref = "ASH-2026-042"
    db_session.commit()
    created = client.post("/api/v1/referrals", headers=counselor, json={
        "profile_id": profile, "opening_id": opening, "confirm_flags": True})
    assert created.status_code == 201, created.get_json()
    return {"counselor": counselor, "partner": partner, "referral": created.get_json()["id"],
            "profile": profile, "opening": opening}


def notifications(client, headers, language="en"):
    return client.get("/api/v1/notifications",
                      headers={**headers, "Accept-Language": language}).get_json()["items"]


def test_the_partner_hears_of_the_candidate_and_nothing_of_her_case(client, case):
    [note] = notifications(client, case["partner"])
    assert note["kind"] == "new_referral"
    assert note["message"] == ("A candidate was referred to your opening Machine operator: read "
                               "her anonymised summary under the candidates referred.")
    assert note["case_ref"] is None and "profile_id" not in note["data"]
    assert note["link"] == "/partner#candidates"
    assert notifications(client, case["counselor"]) == []  # she referred: nothing to tell her


@pytest.mark.parametrize("language, script", [("hi", DEVANAGARI), ("bn", BENGALI)])
def test_not_selected_reaches_the_counselor_with_the_reason_in_her_language(
        client, case, language, script):
    patched = client.patch(f"/api/v1/referrals/{case['referral']}", headers=case["partner"],
                           json={"status": "not_selected", "reason": "did_not_attend"})
    assert patched.status_code == 200, patched.get_json()
    [note] = notifications(client, case["counselor"], language)
    assert (note["kind"], note["data"]["reason"]) == ("not_selected", "did_not_attend")
    assert note["case_ref"] == "ASH-2026-042"
    assert note["link"] == f"/referrals/{case['referral']}"
    message = note["message"]
    assert "ASH-2026-042" in message and "Machine operator" in message
    assert str(case["profile"]) not in message.replace("2026", "")
    words = set(LATIN_WORD.findall(message.replace("ASH-2026-042", "").replace(
        "Machine operator", "")))
    assert script.search(message) and not words, message  # no English left, no raw code


def test_a_reason_that_is_not_listed_is_a_422_naming_the_field(client, case):
    response = client.patch(f"/api/v1/referrals/{case['referral']}", headers=case["partner"],
                            json={"status": "not_selected", "reason": "too_old"})
    assert response.status_code == 422
    assert "reason" in response.get_json()["errors"]["json"]
    hired_with_reason = client.patch(f"/api/v1/referrals/{case['referral']}",
                                     headers=case["partner"],
                                     json={"status": "hired", "reason": "skills"})
    assert hired_with_reason.status_code == 422
    assert "reason" in str(hired_with_reason.get_json())
    assert notifications(client, case["counselor"]) == []  # nothing half-written


def test_a_hire_is_worded_by_the_case_reference_never_the_profile_id(client, case):
    client.patch(f"/api/v1/referrals/{case['referral']}", headers=case["partner"],
                 json={"status": "hired"})
    [note] = notifications(client, case["counselor"])
    assert note["message"] == "Case ASH-2026-042 was hired for Machine operator."
