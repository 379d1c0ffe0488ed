"""Free text in English, Hindi or Bengali, in script or transliteration, misspelled or not,
resolved to trade codes once, when a profile or an offer is written."""

from __future__ import annotations

import pytest

from matcher.aliases import cutoff_for
from matcher.interests import InterestResolver
from matcher.models import ResolvedInterest, TradeInfo

from .field import RESOLVER, TAXONOMY

ISSUE_EXAMPLES = [
    ("tailring", "sewing_dress_making"),
    ("silai", "sewing_dress_making"),
    ("सिलाई", "sewing_dress_making"),
    ("সেলাই", "sewing_dress_making"),
    ("beautician", "beauty_therapy"),
    ("parlor", "beauty_therapy"),
    ("computer kaaj", "computer_operator"),
    ("hospital", "general_duty_assistant"),
]


@pytest.mark.parametrize(
    "text, trade",
    ISSUE_EXAMPLES
    + [
        ("Silai ka kaam", "sewing_dress_making"),
        ("I want to do sewing work", "sewing_dress_making"),
        ("SELAI", "sewing_dress_making"),
        ("sillai", "sewing_dress_making"),
        ("सिलाइ", "sewing_dress_making"),  # short i for long: a common slip
        ("বিউটি পার্লার", "beauty_therapy"),
        ("ব্যুটি পার্লার", "beauty_therapy"),
        ("beauty parlour ka kaam", "beauty_therapy"),
        ("রান্না", "food_production"),
        ("khana banana", "food_production"),
        ("kantha", "embroidery"),
        ("data entry job", "data_entry"),
        ("call center", "customer_care_voice"),
        ("अस्पताल", "general_duty_assistant"),
        ("হাসপাতাল", "general_duty_assistant"),
        ("nijer byabsa", "entrepreneurship"),
    ],
)
def test_free_text_resolves_to_its_trade_first(text, trade):
    resolved = RESOLVER.resolve_one(text)
    assert resolved, f"{text!r} resolved to nothing"
    assert resolved[0][0] == trade


@pytest.mark.parametrize(
    "text",
    [
        "dog",
        "cricket",
        "money",
        "football",
        "banking",
        "mobile phone",
        "xyz",
        "police",
        "kaaj",
        "काम",
        "কাজ",
        "I want work",
        "",
        "   ",
        "!!!",
    ],
)
def test_unrelated_words_resolve_to_nothing_rather_than_to_a_wrong_trade(text):
    assert RESOLVER.resolve_one(text) == []


def test_resolution_scores_are_0_to_100_and_exact_names_score_100():
    assert RESOLVER.resolve_one("Beauty Therapy") == [("beauty_therapy", 100.0)]
    score = RESOLVER.resolve_one("tailring")[0][1]
    assert 88.0 <= score < 100.0


def test_two_trades_in_one_text_are_both_found():
    trades = {trade for trade, _ in RESOLVER.resolve_one("silai and cooking")}
    assert trades == {"sewing_dress_making", "food_production"}


def test_resolve_keeps_the_text_each_trade_came_from_and_drops_texts_that_name_none():
    assert RESOLVER.resolve(["parlour", "dog", "সেলাই"]) == [
        ResolvedInterest("parlour", "beauty_therapy", 100.0),
        ResolvedInterest("সেলাই", "sewing_dress_making", 100.0),
    ]


def test_resolution_is_deterministic():
    texts = ["hospital", "computer kaaj", "silai", "tailring"]
    assert RESOLVER.resolve(texts) == InterestResolver(reversed(TAXONOMY)).resolve(texts)


def test_short_words_must_match_exactly():
    assert cutoff_for("aya") == 100.0
    assert cutoff_for("parlor") == 93.0
    assert cutoff_for("tailring") == 88.0
    assert RESOLVER.resolve_one("aya") == [("home_health_aide", 100.0)]
    assert RESOLVER.resolve_one("ayo") == []


def test_search_ranks_trades_loosely_for_suggestions():
    ranked = RESOLVER.search("beauty", limit=3)
    assert ranked[0][0] == "beauty_therapy"
    assert len(ranked) <= 3
    assert RESOLVER.search("") == []


def test_a_taxonomy_from_seed_rows_resolves_aliases_of_every_language():
    row = {
        "code": "sewing_dress_making",
        "name": "Sewing",
        "sector": "Apparel",
        "kind": "trade",
        "remote_teachable": False,
        "aliases": {"en": ["tailoring"], "hi": ["सिलाई"], "bn": ["সেলাই"]},
    }
    resolver = InterestResolver([TradeInfo.from_seed(row)])
    assert [trade for trade, _ in resolver.resolve_one("সেলাই")] == ["sewing_dress_making"]
    assert [trade for trade, _ in resolver.resolve_one("tailring")] == ["sewing_dress_making"]
