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


# A partner's action taken twice: (role, organisation, the referral's status already, the action's
# path and form, the partner's home page).
TWICE = {
    "enrolling": ("iti_liaison", "Kolkata Women's ITI", "enrolled",
                  "/liaison/referrals/{}/enrol", {}, "/liaison"),
    "recording_an_outcome": ("csr_partner", "Stitch Works", "hired",
                             "/partner/referrals/{}/outcome", {"status": "hired"}, "/partner"),
}


def offer_of(rows: OutcomeRows, role: str, organisation: int) -> dict:
    """A batch of the liaison's provider, or an opening of the partner's employer."""
    if role == "iti_liaison":
        return {"batch_id": rows.course(organisation)[1]}
    return {"opening_id": rows.opening(organisation)}


@pytest.mark.parametrize("language", ["hi", "bn"])
@pytest.mark.parametrize("action", TWICE)
def test_an_action_taken_twice_is_refused_in_her_language(db_session, signed_in, action,
                                                          language):
    role, org_name, status, path, data, home = TWICE[action]
    partner = signed_in(role, org_name=org_name)
    counselor = signed_in("counselor", org_name="Asha Shelter Trust")
    rows = OutcomeRows(db_session)
    offer = offer_of(rows, role, organisation_of(db_session, partner))
    profile = rows.survivor(organisation_of(db_session, counselor))
    done = rows.referral(profile, status, **offer)  # already done once
    db_session.commit()
    message = flashed_error(partner, path.format(done), data, home, language)
    assert_worded_in(language, message)
    assert db_session.get(Referral, done).status.value == status
