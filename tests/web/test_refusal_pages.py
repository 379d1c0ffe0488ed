"""A refusal flashed by the liaison's enrol action and the partner's outcome action reads in the
reader's language, in the shared wording of every other page (api.web.forms.refusal): never the
service's English sentence, never a raw code."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from catalog.models import Referral, User
from tests.outcome_rows import OutcomeRows

from .conftest import csrf_token

FLASH = re.compile(r'<p class="flash error"[^>]*>(.*?)</p>', re.S)
SCRIPTS = {"hi": "[\u0900-\u097f]", "bn": "[\u0980-\u09ff]"}


def organisation_of(db_session, client) -> int:
    found = db_session.scalar(select(User.organisation_id).where(User.email == client.email))
    db_session.commit()
    return found


def flashed_error(client, path: str, data: dict, home: str, language: str) -> str:
    headers = {"Accept-Language": language}
    response = client.post(path, data={**data, "csrf_token": csrf_token(client, home)},
                           headers=headers)
    assert response.status_code == 302
    [message] = FLASH.findall(client.get(home, headers=headers).get_data(as_text=True))
    return message


def assert_worded_in(language: str, message: str) -> None:
    assert re.search(SCRIPTS[language], message), message
    assert not re.search(r"[A-Za-z]{3,}", message), message  # no English, no raw code


@pytest.mark.parametrize("language", ["hi", "bn"])
def test_enrolling_a_referral_twice_is_refused_in_her_language(db_session, signed_in,
                                                              language):
    liaison = signed_in("iti_liaison", org_name="Kolkata Women's ITI")
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    rows = OutcomeRows(db_session)
    _, batch = rows.course(organisation_of(db_session, liaison))
    profile = rows.survivor(organisation_of(db_session, counselor))
    seat = rows.referral(profile, "enrolled", batch_id=batch)  # already enrolled
    db_session.commit()
    message = flashed_error(liaison, f"/liaison/referrals/{seat}/enrol", {}, "/liaison",
                            language)
    assert_worded_in(language, message)
    assert db_session.get(Referral, seat).status.value == "enrolled"


@pytest.mark.parametrize("language", ["hi", "bn"])
def test_recording_an_outcome_twice_is_refused_in_her_language(db_session, signed_in,
                                                               language):
    partner = signed_in("csr_partner", org_name="Stitch Works")
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    rows = OutcomeRows(db_session)
    profile = rows.survivor(organisation_of(db_session, counselor))
    hired = rows.referral(profile, "hired",
                          opening_id=rows.opening(organisation_of(db_session, partner)))
    db_session.commit()
    message = flashed_error(partner, f"/partner/referrals/{hired}/outcome", {"status": "hired"},
                            "/partner", language)
    assert_worded_in(language, message)
    assert db_session.get(Referral, hired).status.value == "hired"
