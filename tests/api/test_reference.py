"""Reference data over HTTP: trades found in any language or script, districts from misspellings."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

SEED_TRADES = json.loads(
    (Path(__file__).resolve().parents[2] / "seeds" / "trades.json").read_text(encoding="utf-8")
)


def trades(client, headers, **params):
    response = client.get("/api/v1/trades", query_string=params, headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize(("text", "expected"), [
    ("silai", {"sewing_dress_making"}),
    ("सिलाई", {"sewing_dress_making"}),
    ("সেলাই", {"sewing_dress_making"}),
    ("parlor", {"beauty_therapy"}),
    ("computer kaaj", {"data_entry", "computer_operator"}),
])
def test_trades_are_found_in_any_language_or_script(client, sign_in, text, expected):
    found = trades(client, sign_in("counselor"), q=text)
    assert found[0]["code"] in expected
    assert set(found[0]) == {"code", "name", "sector", "kind", "remote_teachable", "score"}
    scores = [trade["score"] for trade in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 100 for score in scores)


def test_without_q_every_trade_is_listed_by_name_without_a_score(client, sign_in):
    listed = trades(client, sign_in("iti_liaison"))
    assert {trade["code"] for trade in listed} == {trade["code"] for trade in SEED_TRADES}
    names = [trade["name"].casefold() for trade in listed]
    assert names == sorted(names)
    assert all(trade["score"] is None for trade in listed)
    sewing = next(trade for trade in listed if trade["code"] == "sewing_dress_making")
    assert sewing["sector"] == "Textile & Apparel" and sewing["remote_teachable"] is False


def test_the_limit_bounds_the_trades_returned(client, sign_in):
    headers = sign_in("csr_partner")
    assert len(trades(client, headers, q="computer kaaj", limit=1)) == 1
    assert len(trades(client, headers, limit=3)) == 3
    for bad in (0, 201, "many"):
        response = client.get("/api/v1/trades", query_string={"limit": bad}, headers=headers)
        assert response.status_code == 422
        assert "limit" in response.get_json()["errors"]["query"]


def test_text_that_names_no_trade_finds_nothing(client, sign_in):
    assert trades(client, sign_in("admin"), q="zzzz") == []


def test_a_search_text_over_100_characters_is_a_422_naming_q(client, sign_in):
    response = client.get("/api/v1/trades", query_string={"q": "s" * 101},
                          headers=sign_in("counselor"))
    assert response.status_code == 422
    assert "q" in response.get_json()["errors"]["query"]


def test_a_misspelled_district_suggests_the_right_one(client, sign_in):
    response = client.get("/api/v1/districts", query_string={"q": "Kolkatta"},
                          headers=sign_in("counselor"))
    assert response.status_code == 200, response.get_json()
    suggestions = response.get_json()
    assert suggestions[0]["name"] == "Kolkata"
    assert suggestions[0]["state"] == "West Bengal" and suggestions[0]["country"] == "IN"
    assert 22 < suggestions[0]["latitude"] < 23 and 88 < suggestions[0]["longitude"] < 89
    assert set(suggestions[0]) == {"name", "state", "country", "latitude", "longitude", "score"}
    scores = [s["score"] for s in suggestions]
    assert scores == sorted(scores, reverse=True)


def test_bangladeshi_districts_are_suggested_too(client, sign_in):
    suggestions = client.get("/api/v1/districts", query_string={"q": "Jessore", "limit": 3},
                             headers=sign_in("counselor")).get_json()
    assert len(suggestions) <= 3
    assert any(s["country"] == "BD" for s in suggestions)


def test_district_search_needs_q(client, sign_in):
    headers = sign_in("iti_liaison")
    for params in ({}, {"q": ""}, {"q": "x" * 101}):
        response = client.get("/api/v1/districts", query_string=params, headers=headers)
        assert response.status_code == 422, params
        assert "q" in response.get_json()["errors"]["query"], params


def test_reference_data_needs_a_sign_in_but_any_role_will_do(client, sign_in):
    assert client.get("/api/v1/trades").status_code == 401
    assert client.get("/api/v1/districts?q=Kolkata").status_code == 401
    assert client.get("/api/v1/trades", headers={"Authorization": "Bearer lvh_nottoken"}
                      ).status_code == 401
    for role in ("counselor", "iti_liaison", "csr_partner", "admin"):
        headers = sign_in(role)
        assert client.get("/api/v1/trades?q=silai", headers=headers).status_code == 200
        assert client.get("/api/v1/districts?q=Kolkata", headers=headers).status_code == 200
