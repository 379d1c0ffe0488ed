"""Issue 15, findings 7 and 8: input that answered 500, and a survivor filter partners could use.

Lone surrogates and other non-characters anywhere in a JSON string are a 422 naming the field,
and nothing is written; integers of any length are refused before anything converts them; an id
in a path longer than an id can be is a 404. A CSR partner or liaison may not filter referrals
by profile_id (422), so no profile id of theirs leaks.
"""
from __future__ import annotations

import pytest

from tests.api.matrix_fixtures import build_world, profile_fields, row_counts

V1 = "/api/v1"
HUGE_NUMBER = "9" * 5000


pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def world(db_session):
    return build_world(db_session, ("A", "B"))


def raw_json(client, method, path, text, headers):
    return client.open(path, method=method, data=text.encode("utf-8"),
                       headers={**headers, "Content-Type": "application/json"})


@pytest.mark.parametrize("field, value", [
    ("case_ref", "\ud800"),
    ("case_ref", "SST-\udfff-7"),
    ("district", "Kolkata\ufffe"),
    ("interests", ["\udfff tailoring"]),
    ("experience", ["sewing", "\ud83d"]),  # half of an emoji's surrogate pair
    ("avoid_districts", ["\ufdd0"]),
    ("schemes_held", ["pmjdy\U0010ffff"]),
])
def test_a_non_character_in_a_profile_is_refused_naming_the_field(client, world, db_session,
                                                                   field, value):
    before = row_counts(db_session)
    body = profile_fields(case_ref="EDGE-1")
    body[field] = value
    response = client.post(f"{V1}/profiles", json=body, headers=world.headers("A", "counselor"))
    assert response.status_code == 422, response.get_data(as_text=True)
    assert field in response.get_json()["errors"]["json"]
    assert row_counts(db_session) == before


def test_an_escaped_surrogate_in_raw_json_is_refused(client, world, db_session):
    """The reported body, sent as a client would: the escape is in the JSON text."""
    before = row_counts(db_session)
    text = ('{"case_ref": "EDGE-2", "age": 24, "gender": "female", "literacy": "class8", '
            '"languages": ["bn"], "district": "Kolkata", "interests": ["\\udfff tailoring"]}')
    response = raw_json(client, "POST", f"{V1}/profiles", text,
                        world.headers("A", "counselor"))
    assert response.status_code == 422
    assert "interests" in response.get_json()["errors"]["json"]
    assert row_counts(db_session) == before


@pytest.mark.parametrize("field", ["note", "note_for_partner"])
def test_a_lone_surrogate_in_a_referral_note_is_refused(client, world, db_session, field):
    url = f"{V1}/referrals/{world.ids['A', 'referral_held']}"
    response = client.patch(url, json={"status": "enrolled", field: "moved \ud800"},
                            headers=world.headers("A", "counselor"))
    assert response.status_code == 422
    assert field in response.get_json()["errors"]["json"]
    unchanged = client.get(url, headers=world.headers("A", "counselor")).get_json()
    assert unchanged["status"] == "held"


def test_a_non_character_in_an_opening_is_refused(client, world):
    from tests.api.matrix_fixtures import opening_fields

    response = client.post(f"{V1}/openings", json=opening_fields(title="Tailor \udbff"),
                           headers=world.headers("A", "csr_partner"))
    assert response.status_code == 422
    assert "title" in response.get_json()["errors"]["json"]


@pytest.mark.parametrize("field, text", [
    ("age", HUGE_NUMBER),
    ("age", "-" + HUGE_NUMBER),
    ("max_travel_km", HUGE_NUMBER),
    ("max_travel_km", "4" * 400),  # few enough digits for int(), too many for a float
    ("latitude", HUGE_NUMBER),
])
def test_a_five_thousand_digit_number_in_a_profile_is_refused(client, world, db_session,
                                                             field, text):
    before = row_counts(db_session)
    body = ('{"case_ref": "EDGE-3", "age": 24, "gender": "female", "literacy": "class8", '
            '"languages": ["bn"], "district": "Kolkata"}')
    body = body[:-1] + f', "{field}": {text}}}' if field != "age" else body.replace(
        '"age": 24', f'"age": {text}')
    response = raw_json(client, "POST", f"{V1}/profiles", body, world.headers("A", "counselor"))
    assert response.status_code == 422, response.get_data(as_text=True)
    assert field in response.get_json()["errors"]["json"]
    assert row_counts(db_session) == before


def test_a_five_thousand_digit_profile_id_in_a_referral_is_refused(client, world, db_session):
    before = row_counts(db_session)
    body = f'{{"profile_id": {HUGE_NUMBER}, "batch_id": {world.ids["A", "batch"]}}}'
    response = raw_json(client, "POST", f"{V1}/referrals", body, world.headers("A", "counselor"))
    assert response.status_code == 422
    assert "profile_id" in response.get_json()["errors"]["json"]
    assert row_counts(db_session) == before


HUGE_IN_A_QUERY = [f"{V1}/referrals?profile_id={HUGE_NUMBER}",
                   f"{V1}/referrals?batch_id={'9' * 4000}",
                   f"{V1}/profiles?page={HUGE_NUMBER}", f"{V1}/profiles?per_page={'9' * 30}"]
HUGE_IN_A_PATH = [f"{V1}/profiles/{HUGE_NUMBER}", f"{V1}/profiles/{'9' * 4000}",
                  f"{V1}/profiles/99999999999", f"{V1}/referrals/{'9' * 25}",
                  f"{V1}/profiles/{'9' * 25}/matches"]


@pytest.mark.parametrize("path, status", [(path, 422) for path in HUGE_IN_A_QUERY]
                         + [(path, 404) for path in HUGE_IN_A_PATH])
def test_a_huge_number_in_a_query_string_is_a_422_and_a_huge_id_in_a_path_a_404(
    client, world, path, status
):
    response = client.get(path, headers=world.headers("A", "counselor"))
    assert response.status_code == status, response.get_data(as_text=True)


@pytest.mark.parametrize("role", ["csr_partner", "iti_liaison"])
def test_partners_may_not_filter_referrals_by_profile_id(client, world, role):
    headers = world.headers("A", role)
    everything = client.get(f"{V1}/referrals", headers=headers).get_json()
    assert everything["items"], "the partner has referrals to see"
    for profile_id in (world.ids["A", "profile"], world.ids["B", "profile"], 1, 2, 999):
        response = client.get(f"{V1}/referrals?profile_id={profile_id}", headers=headers)
        assert response.status_code == 422
        assert "profile_id" in response.get_json()["errors"]["query"]
    assert all("profile_id" not in item for item in everything["items"])


def test_a_counselor_filters_her_referrals_by_profile_id(client, world):
    profile_id = world.ids["A", "profile"]
    response = client.get(f"{V1}/referrals?profile_id={profile_id}",
                          headers=world.headers("A", "counselor"))
    assert response.status_code == 200
    items = response.get_json()["items"]
    assert items and {item["profile_id"] for item in items} == {profile_id}
