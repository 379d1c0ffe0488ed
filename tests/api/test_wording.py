"""Every code the API returns keeps its code and parameters and gains a `message` in the
request's Accept-Language (English when absent or unsupported); the code lists are OpenAPI enums."""
from __future__ import annotations

import re

import pytest

from api.messages import CODE_LISTS
from tests.api.match_catalogue import catalogue  # noqa: F401  (the same catalogue and day)
from tests.api.referral_rows import NOW  # noqa: F401

pytestmark = pytest.mark.usefixtures("frozen_clock")

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
BENGALI = re.compile(r"[\u0980-\u09FF]")


@pytest.fixture
def matches_of(client, sign_in, profile_body, catalogue):  # noqa: F811
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(
        literacy="none", interests=["parlor"], experience=[], avoid_districts=[],
        documents=[], preferences={}), headers=headers).get_json()["id"]

    def get(language: str | None):
        extra = {"Accept-Language": language} if language else {}
        response = client.get(f"/api/v1/profiles/{profile_id}/matches",
                              headers={**headers, **extra})
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    return get


def _blockers(body):
    return [b for miss in body["near_misses"] for b in miss["blockers"]]


def test_english_is_the_default_and_the_fallback(matches_of):
    plain, unsupported = matches_of(None), matches_of("fr-FR, de;q=0.8")
    assert plain == unsupported
    blocker = next(b for b in _blockers(plain) if b["code"] == "no_capacity")
    assert blocker == {"code": "no_capacity", "params": {"kind": "course", "batches": 1},
                       "message": "The batch is full"}
    match = plain["matches"][0]
    assert all(isinstance(reason, str) for reason in match["reasons"])
    assert [e["message"] for e in match["explanations"]] == match["reasons"]
    assert all(set(e) == {"code", "params", "message"} for e in match["explanations"])
    assert all(step["message"] for step in match["pathway"])


@pytest.mark.parametrize("language, script", [("hi-IN,hi;q=0.9", DEVANAGARI), ("bn", BENGALI)])
def test_messages_follow_accept_language_while_codes_stay(matches_of, language, script):
    english, local = matches_of("en"), matches_of(language)
    assert [b["code"] for b in _blockers(local)] == [b["code"] for b in _blockers(english)]
    assert [b["params"] for b in _blockers(local)] == [b["params"] for b in _blockers(english)]
    for blocker in _blockers(local):
        assert script.search(blocker["message"]), blocker
    for match in local["matches"]:
        assert all(script.search(reason) for reason in match["reasons"]), match["reasons"]
        assert all(script.search(step["message"]) for step in match["pathway"])


def test_a_domain_error_is_worded_in_the_readers_language(client, sign_in, profile_body,
                                                          catalogue):  # noqa: F811
    headers = sign_in("counselor")
    profile_id = client.post("/api/v1/profiles", json=profile_body(literacy="none"),
                             headers=headers).get_json()["id"]
    body = {"profile_id": profile_id, "opening_id": catalogue["opening"]}
    english = client.post("/api/v1/referrals", json=body, headers=headers).get_json()
    hindi = client.post("/api/v1/referrals", json=body,
                        headers={**headers, "Accept-Language": "hi"}).get_json()
    assert english["reason"] == hindi["reason"]
    assert english["message"] != hindi["message"] and DEVANAGARI.search(hindi["message"])


def test_every_code_list_is_an_enum_in_the_openapi_document(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    schemas = spec["components"]["schemas"]

    def enum_of(schema: str, field: str) -> set[str]:
        return set(schemas[schema]["properties"][field]["enum"])

    assert enum_of("Blocker", "code") == set(CODE_LISTS["blocker"])
    assert set(CODE_LISTS["reason"]) | set(CODE_LISTS["pathway_note"]) <= enum_of("Message",
                                                                                   "code")
    assert enum_of("Flag", "code") == set(CODE_LISTS["flag"])
    assert enum_of("NotificationOut", "kind") == set(CODE_LISTS["notification"])
    assert "message" in schemas["Blocker"]["properties"]
    assert enum_of("Error", "reason") == set(CODE_LISTS["error"])
