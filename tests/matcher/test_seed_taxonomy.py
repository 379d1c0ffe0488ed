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


# ---------------------------------------------------------------- reading free text as meant


@pytest.mark.parametrize(
    "text, trade",
    [
        # the issue's wrong readings, now right
        ("I stitched blouses at home", "sewing_dress_making"),
        ("B.A.; one year as a tutor", "teaching_assistant"),
        ("two years as helper in a neighbourhood salon", "hair_styling"),
        # livelihoods that resolved to nothing
        ("cooked for a family of six", "domestic_cook"),
        ("looked after children in a creche", "child_care_worker"),
        ("sold vegetables in the market", "street_vending"),
        ("mehendi", "mehendi_artist"),
        ("driving", "commercial_driver"),
        # what worked before keeps working
        ("সেলাইয়ের কাজ", "sewing_dress_making"),
        ("hospital mein safai", "hospital_housekeeping"),
        ("bachchon ki dekhbhal", "child_care_worker"),
        ("papad banana", "food_processing"),
    ],
)
def test_experience_written_as_a_sentence_resolves_to_its_trade_alone(seeded, text, trade):
    assert [code for code, _ in seeded.resolve_one(text, "experience")] == [trade]


@pytest.mark.parametrize(
    "text",
    ["home", "helper", "work", "kaam", "kaaj", "kori", "job", "years", "at", "care", "making",
     "hotel", "open", "room", "B", "at home", "worked in a hotel", "two years as helper"],
)
def test_words_that_name_no_trade_on_their_own_resolve_to_nothing(seeded, text):
    assert seeded.resolve_one(text) == []


@pytest.mark.parametrize(
    "text, trade",
    [("in a salon", "hair_styling"), ("at a garment factory", "sewing_dress_making"),
     ("worked in a bakery", "bakery_confectionery"), ("ইটভাটায় কাজ করতাম", "brick_kiln_work"),
     ("cleaning wards in a hospital", "hospital_housekeeping")],
)
def test_a_phrase_naming_a_workplace_counts_for_the_workplaces_trade(seeded, text, trade):
    assert [code for code, _ in seeded.resolve_one(text)] == [trade]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("does not want beauty work", []),
        ("beauty nahi", []),
        ("selai korbo na", []),
        ("পার্লারের কাজ চাই না", []),
        ("पार्लर का काम नहीं चाहिए", []),
        ("anything but cooking", []),
        ("not interested in sewing, wants driving", ["commercial_driver"]),
        ("silai nahi karni, driving seekhni hai", ["commercial_driver"]),
        ("সেলাই না, রান্না শিখতে চাই", ["food_production"]),
        ("sewing but not beauty", ["sewing_dress_making"]),
    ],
)
def test_negation_removes_a_trade_rather_than_adding_it(seeded, text, kept):
    assert [code for code, _ in seeded.resolve_one(text)] == kept


@pytest.mark.parametrize(
    "text, trade",
    [("stitched", "sewing_dress_making"), ("cooked", "food_production"),
     ("looked after children", "child_care_worker"), ("পার্লারের", "beauty_therapy"),
     ("হাসপাতালে", "general_duty_assistant"), ("dorjir", "sewing_dress_making"),
     ("porishkar", "housekeeping_room_attendant"), ("parishkar", "housekeeping_room_attendant"),
     ("dakan", "retail_sales")],
)
def test_word_endings_and_romanised_vowels_are_forgiven(seeded, text, trade):
    resolved = seeded.resolve_one(text)
    assert resolved and resolved[0][0] == trade


def test_fuzzy_matching_respects_word_boundaries_and_a_length_floor(seeded):
    assert seeded.resolve_one("F") == [] and seeded.resolve_one("b a") == []
    assert seeded.resolve_one("F&B service")[0][0] == "food_beverage_service"
    assert seeded.resolve_one("sal") == []  # not "salon"
    assert seeded.resolve_one("nurses")[0][0] == "general_duty_assistant"


def test_experience_is_held_to_a_higher_bar_than_interests(seeded):
    from matcher.interests import EXPERIENCE_THRESHOLD

    # A near spelling is enough for a wish, not for a fact stated in the reasons.
    interest = seeded.resolve_one("embroidary", "interest")
    assert interest and interest[0][0] == "embroidery"
    assert interest[0][1] < EXPERIENCE_THRESHOLD
    assert seeded.resolve_one("embroidary", "experience") == []
    for text in ("sewing", "I stitched blouses at home", "hospital"):
        assert all(score >= EXPERIENCE_THRESHOLD
                   for _, score in seeded.resolve_one(text, "experience"))
    with pytest.raises(ValueError):
        seeded.resolve_one("sewing", "wish")


@pytest.mark.parametrize(
    "text, trade",
    [("brick kiln", "brick_kiln_work"), ("int bhatta", "brick_kiln_work"),
     ("construction site", "construction_labour"), ("রাজমিস্ত্রির জোগাড়ে", "construction_labour"),
     ("khet mazdoor", "farm_labour"), ("চা বাগান", "farm_labour"),
     ("bidi banana", "bidi_rolling"), ("বিড়ি বাঁধা", "bidi_rolling"),
     ("jhadu pocha", "domestic_care"), ("housemaid", "domestic_care"),
     ("tuition", "teaching_assistant")],
)
def test_the_sectors_of_labour_trafficking_are_recognised_in_experience(seeded, text, trade):
    assert [code for code, _ in seeded.resolve_one(text, "experience")] == [trade]


@pytest.mark.parametrize(
    "text, trade",
    [("drivar", "commercial_driver"), ("parler", "beauty_therapy"), ("computar", "data_entry"),
     ("hospitel", "general_duty_assistant")],
)
def test_a_word_misspelt_only_in_its_vowels_is_an_interest_not_a_stated_fact(seeded, text, trade):
    assert [code for code, _ in seeded.resolve_one(text)] == [trade]
    assert seeded.resolve_one(text, "experience") == []


@pytest.mark.parametrize("text", ["saving money", "water", "my story", "telor", "she met Naresh",
                                  "she was sold", "আমাকে কলকাতায় বিক্রি করে দিয়েছিল",
                                  "mujhe becha gaya"])
def test_everyday_words_are_not_read_as_misspelt_trades(seeded, text):
    assert seeded.resolve_one(text) == []
