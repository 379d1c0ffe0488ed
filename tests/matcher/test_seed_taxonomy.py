"""The seeded trade taxonomy (seeds/trades.json, read as plain JSON) resolves the words survivors
use, in the three languages, to the right trade codes, and unrelated words to nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matcher import InterestResolver, TradeInfo

TRADES_JSON = Path(__file__).resolve().parents[2] / "seeds" / "trades.json"


@pytest.fixture(scope="module")
def seeded():
    rows = json.loads(TRADES_JSON.read_text(encoding="utf-8"))
    return InterestResolver(TradeInfo.from_seed(row) for row in rows)


@pytest.mark.parametrize(
    "text, trades",
    [
        ("tailring", {"sewing_dress_making"}),
        ("silai", {"sewing_dress_making"}),
        ("सिलाई", {"sewing_dress_making"}),
        ("সেলাই", {"sewing_dress_making"}),
        ("beautician", {"beauty_therapy"}),
        ("parlour", {"beauty_therapy"}),
        ("parlor", {"beauty_therapy"}),
        ("computer kaaj", {"data_entry", "computer_operator"}),
        ("hospital", {"general_duty_assistant"}),
    ],
)
def test_the_words_of_the_issue_resolve_to_their_trade(seeded, text, trades):
    resolved = seeded.resolve_one(text)
    assert resolved and resolved[0][0] in trades


@pytest.mark.parametrize("text", ["dog", "cricket", "money", "football", "police", "kaaj"])
def test_unrelated_words_resolve_to_nothing(seeded, text):
    assert seeded.resolve_one(text) == []


def test_every_seeded_trade_reads_as_trade_info():
    rows = json.loads(TRADES_JSON.read_text(encoding="utf-8"))
    trades = [TradeInfo.from_seed(row) for row in rows]
    assert len({trade.code for trade in trades}) == len(rows)
    assert all(trade.aliases for trade in trades)
    kinds = {row["kind"] for row in rows}
    assert kinds <= {"trade", "bridge", "open_schooling", "entrepreneurship"}
