"""The match response written by hand (api/match_json.py) is the marshmallow schema's dump, byte
for byte: on every demo profile's real matches (near misses with their unblock steps, pathways
of every step, cards of openings published over flags, a survivor without Indian papers), in
English, Hindi and Bengali, and over HTTP. The OpenAPI document still declares `MatchesOut`."""
from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from api.i18n import wording
from api.match_json import match_json
from api.schemas.referrals import MatchesOut
from catalog.matching import match_profile
from catalog.models import Profile, User
from catalog.services import publishing
from tests.conftest import NOW

pytestmark = pytest.mark.usefixtures("frozen_clock")
LANGUAGES = ("en", "hi", "bn")
ASKS = ({"kind": "all", "limit": 20, "near_misses": True},
        {"kind": "course", "limit": 100, "near_misses": True},
        {"kind": "opening", "limit": 5, "near_misses": False})


def text(data) -> str:
    """JSON as written, keys in their order: 1, 1.0 and true differ, as do two key orders."""
    return json.dumps(data, ensure_ascii=False)


def results(app, user_id: int, profile_ids: list[int]):
    """(language, the view's result before its dump) for every profile, language and ask."""
    from api.database import get_session

    for language in LANGUAGES:
        with app.test_request_context(headers={"Accept-Language": language}):
            session = get_session()
            user = session.get(User, user_id)
            for profile_id in profile_ids:
                profile = session.get(Profile, profile_id)
                for ask in ASKS:
                    found = match_profile(session, user, profile, NOW, **ask)
                    yield language, publishing.annotate_cards(session, found.to_dict())
            session.rollback()


def seen(dumped: dict, counts: Counter) -> None:
    """What a dumped response holds, counted: how much of the schema the responses cover."""
    for match in dumped["matches"]:
        counts["match"] += 1
        counts["screening"] += match["screening"] is not None
        counts["reason_codes"] += "reason_codes" in match
        counts.update(f"step:{step['step']}" for step in match["pathway"])
        counts["step screening"] += sum(bool(step.get("screening")) for step in match["pathway"])
    for miss in dumped["near_misses"]:
        counts["near miss"] += 1
        counts["unblock"] += sum("unblock" in blocker for blocker in miss["blockers"])


def test_the_hand_written_dump_is_the_schemas_on_every_demo_response(app, demo):
    user_id, _, profile_ids, _ = demo
    counts, by_language = Counter(), {}
    for language, view in results(app, user_id, profile_ids):
        with app.test_request_context(headers={"Accept-Language": language}):
            expected = MatchesOut().dump(copy.deepcopy(view))
            got = match_json(copy.deepcopy(view), wording())
        assert text(got) == text(expected)
        seen(expected, counts)
        by_language.setdefault(language, []).append(text(expected))
    # the responses cover the schema: every kind of step, flags, unblocks, papers' reasons
    for key in ("match", "near miss", "unblock", "screening", "step screening", "reason_codes",
                "step:documents", "step:course", "step:opening", "step:scheme"):
        assert counts[key] > 0, (key, counts)
    # and they are worded: Hindi and Bengali differ from English
    assert by_language["hi"] != by_language["en"] and by_language["bn"] != by_language["en"]


def test_absent_keys_and_nones_are_dumped_as_the_schema_dumps_them(app):
    result = {"profile_id": "7", "matches": [
        {"kind": "course", "course_id": 3, "batch_id": None, "title": "T", "trade": "beauty",
         "score": 1, "factors": {"fit": 1}, "reasons": [], "requires_bridge": False,
         "pathway": [{"step": "opening", "opening_id": 4, "screening": None},
                     {"step": "documents", "documents": ["aadhaar"]}],
         "screening": {"flags": [{"code": "wage_outlier", "severity": "soft", "params": {},
                                  "dismissal_notes": [], "message": "Set."}], "note": None},
         "reason_codes": [{"code": "needs_no_indian_papers", "params": None}]}],
        "near_misses": [{"kind": "opening", "opening_id": 9, "title": "O", "trade": "t",
                         "blockers": [{"code": "too_far", "params": {"km": 40},
                                       "unblock": None}]}]}
    for language in LANGUAGES:
        with app.test_request_context(headers={"Accept-Language": language}):
            assert text(match_json(copy.deepcopy(result), wording())) \
                == text(MatchesOut().dump(copy.deepcopy(result)))


def test_the_endpoint_answers_the_schemas_dump(app, client, demo):
    user_id, headers, _, mine = demo
    mine = mine[-3:]  # the Bangladeshi survivor among them
    expected = {}
    for language, view in results(app, user_id, mine):
        with app.test_request_context(headers={"Accept-Language": language}):
            expected.setdefault(language, []).append(MatchesOut().dump(view))
    for language in LANGUAGES:
        answered = []
        for profile_id in mine:
            for ask in ASKS:
                query = "&".join(f"{key}={str(value).lower()}" for key, value in ask.items())
                response = client.get(f"/api/v1/profiles/{profile_id}/matches?{query}",
                                      headers={**headers, "Accept-Language": language})
                assert response.status_code == 200, response.get_json()
                assert response.mimetype == "application/json"
                answered.append(response.get_json())
        assert answered == json.loads(json.dumps(expected[language]))


def test_the_openapi_document_still_declares_the_match_response(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    answer = spec["paths"]["/api/v1/profiles/{profile_id}/matches"]["get"]["responses"]["200"]
    assert answer["content"]["application/json"]["schema"]["$ref"].endswith("/MatchesOut")
    assert {"profile_id", "matches", "near_misses"} <= set(
        spec["components"]["schemas"]["MatchesOut"]["properties"])
