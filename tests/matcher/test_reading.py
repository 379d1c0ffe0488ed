"""Issue 17: free text is read as counselors mean it, on the seeded taxonomy (seeds/trades.json).

Each test states one principle with phrases of its own (none is a phrase of the labelled sets in
tests/data/): words that name nothing never decide, fuzzy matching keeps to word boundaries and
length floors, a workplace counts only when nothing else is named, household chores are domestic
work, negation removes, experience is held to a higher bar, and simple Hindi, Bengali and
Hinglish interests still land on their trade.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from matcher.interests import EXPERIENCE, INTEREST, InterestResolver, stem
from matcher.models import TradeInfo
from matcher.reading_context import Context, Reading

TRADES_JSON = Path(__file__).resolve().parents[2] / "seeds" / "trades.json"


@pytest.fixture(scope="module")
def reader() -> InterestResolver:
    rows = json.loads(TRADES_JSON.read_text(encoding="utf-8"))
    return InterestResolver(TradeInfo.from_seed(row) for row in rows)


def trades(reader: InterestResolver, text: str, kind: str = INTEREST) -> list[str]:
    return [trade for trade, _ in reader.resolve_one(text, kind)]


# --- words that name no trade never decide a match -------------------------------------------


@pytest.mark.parametrize("text", [
    "kaj chay", "ghore kaj korte chay", "bhalo kaj chay", "hotel e kaj chay", "shikhte chay",
    "কাজ করতে চায়", "kaam chahiye bas", "kuch kaam mil jaye", "helper job", "jobs for women",
    "years of work at home", "kori", "she wants to live with her family", "she has a loan",
    "porashona korbe", "she was sick for a month", "class 6", "nahi", "না",
    "she was planted with drugs", "ওকে বিক্রি করে দিয়েছিল", "use becha gaya tha",
])
def test_words_that_name_no_trade_never_decide_a_match(reader, text):
    assert trades(reader, text) == []


@pytest.mark.parametrize("text", ["chay", "চায়", "chai chay", "বাড়ি যেতে চায়"])
def test_wants_is_never_read_as_tea(reader, text):
    assert "street_vending" not in trades(reader, text)


# --- fuzzy matching: word boundaries and length floors ---------------------------------------


@pytest.mark.parametrize("text, unrelated", [
    ("she went to dhaka", "retail_sales"),  # a place is not "dokane" by a short stem
    ("carried boxes to the truck", "bakery_confectionery"),  # "boxes" is not "baking"
    ("she met naresh", "general_duty_assistant"),  # not "nars" (nurse)
    ("dab roti", "bakery_confectionery"),  # a short word is not fuzzed into "double"
    ("cooking at a hotel", "domestic_cook"),  # a real word is no misspelling of "hostel"
])
def test_fuzzy_matching_keeps_word_boundaries_and_length_floors(reader, text, unrelated):
    assert unrelated not in trades(reader, text)


def test_a_misspelt_word_beside_a_verb_of_learning_keeps_its_trade(reader):
    # the multi-word fuzzy reading "parla learn" ~ "par learn" (porte shekha) is refused
    assert trades(reader, "parlar er kaj shikhbe") == ["beauty_therapy"]


def test_stems_forgive_endings_without_joining_different_words(reader):
    assert stem("cakes") == stem("cake")
    assert stem("cared") == stem("care")
    assert stem("boxes") != stem("baking")
    assert stem("nars") != stem("naresh")


# --- workplaces ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, trade, workplace_trade", [
    ("tea seller outside a hospital", "street_vending", "general_duty_assistant"),
    ("cleaner at a bakery", "housekeeping_room_attendant", "bakery_confectionery"),
    ("packing at a pickle factory", "packing_helper", "food_processing"),
    ("she was a waiter at a wedding caterer", "food_beverage_service", "food_production"),
    ("bidi bandhto, pore dokane kaj", "bidi_rolling", None),
])
def test_a_workplace_beside_a_named_work_is_where_it_was_done(reader, text, trade,
                                                              workplace_trade):
    found = trades(reader, text, EXPERIENCE)
    assert found[0] == trade
    assert workplace_trade not in found


@pytest.mark.parametrize("text, trade", [
    ("two years in a bakery", "bakery_confectionery"),
    ("two years at a godown", "packing_helper"),
    ("হাসপাতালে ছিল", "general_duty_assistant"),
])
def test_a_workplace_named_alone_stands_for_its_trade(reader, text, trade):
    assert trades(reader, text, EXPERIENCE) == [trade]


def test_carrying_bricks_at_a_kiln_is_kiln_work(reader):
    assert trades(reader, "at the bhatta she carried bricks all day", EXPERIENCE) == [
        "brick_kiln_work"
    ]
    assert trades(reader, "carried bricks at a building site", EXPERIENCE) == [
        "construction_labour"
    ]


def test_sweeping_in_a_hospital_is_hospital_housekeeping(reader):
    assert trades(reader, "sweeper in a hospital", EXPERIENCE) == ["hospital_housekeeping"]
    assert trades(reader, "hospital e jharudar chilo", EXPERIENCE) == ["hospital_housekeeping"]


# --- households ------------------------------------------------------------------------------


def test_cooking_and_cleaning_in_a_household_are_domestic_work(reader):
    found = trades(reader, "cooked and cleaned in a bungalow", EXPERIENCE)
    assert set(found) == {"domestic_cook", "domestic_care"}
    found = trades(reader, "maid for a family, cooking and sweeping", EXPERIENCE)
    assert found[0] == "domestic_care"
    assert not {"food_production", "housekeeping_room_attendant"} & set(found)


def test_cooking_at_a_commercial_place_stays_commercial(reader):
    assert trades(reader, "cooking at a hotel", EXPERIENCE) == ["food_production"]
    assert trades(reader, "room attendant at a guest house near home", EXPERIENCE) == [
        "housekeeping_room_attendant"
    ]


# --- business words --------------------------------------------------------------------------


@pytest.mark.parametrize("text, trade", [
    ("silai ka business", "sewing_dress_making"),
    ("achar ka dhanda", "food_processing"),
    ("হাঁস মুরগির ব্যবসা", "poultry_farming"),
])
def test_a_business_word_beside_a_trade_is_how_it_is_carried_on(reader, text, trade):
    assert trades(reader, text) == [trade]


def test_a_business_word_alone_is_entrepreneurship(reader):
    assert trades(reader, "khud ka dhanda") == ["entrepreneurship"]


# --- negation --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "parlour er kaj korbe na", "silai nahi", "no interest in driving", "anything except cooking",
    "not the kitchen", "মেহেদির কাজ চায় না",
])
def test_negation_removes_rather_than_adds(reader, text):
    assert trades(reader, text) == []


def test_negation_keeps_what_is_wanted_beside_it(reader):
    assert trades(reader, "tailoring, not beauty") == ["sewing_dress_making"]
    assert trades(reader, "ranna na, selai shikhbe") == ["sewing_dress_making"]


def test_a_negation_inside_a_phrase_names_what_she_lacks(reader):
    assert trades(reader, "cannot read") == ["literacy_bridge"]
    assert trades(reader, "she cannot read or write yet") == ["literacy_bridge"]


def test_a_negated_fragment_refuses_nothing_named_in_full(reader):
    # "no licence" touches "driving licence" only by one word: it says what she lacks
    assert trades(reader, "keen on driving but has no licence") == ["commercial_driver"]
    assert trades(reader, "driving nahi") == []


# --- experience is held to a higher bar ------------------------------------------------------


def test_experience_needs_a_closer_reading_than_an_interest(reader):
    # a lone word matching one word of a longer alias is enough for an interest only
    assert trades(reader, "dhabe", INTEREST) == ["food_production"]
    assert trades(reader, "dhabe", EXPERIENCE) == []


# --- one idea in many spellings --------------------------------------------------------------


@pytest.mark.parametrize("text, trade", [
    ("10vin pass karna", "open_schooling"),
    ("dasvin ki pariksha", "open_schooling"),
    ("ক্লাস আট পাশ করবে", "open_schooling"),
    ("bimar ki seva karna", "home_health_aide"),
    ("took care of a sick old man", "home_health_aide"),
    ("dukan kholni hai", "small_shop_keeping"),
    ("দোকান খুলবে", "small_shop_keeping"),
    ("dokan dibe", "small_shop_keeping"),
    ("mehedi dibe", "mehendi_artist"),
    ("computer shikhbe", "computer_operator"),
    ("bakri palti thi", "dairy_farming"),
    ("ghar ka pura kaam", "domestic_care"),
    ("হোটেলে ঘর পরিষ্কারের কাজ", "housekeeping_room_attendant"),  # inflected "clean"
    ("হাটে মাছ বেচত", "street_vending"),  # বেচত, sold, is বিক্রি
    ("ghor muchto", "domestic_care"),
    ("सीमेंट और ईंटें ढोती थी", "construction_labour"),  # carried bricks
    ("ধান রুইত", "farm_labour"),
    ("murgiyan palti thi", "poultry_farming"),
    ("office e ghor saaf korto", "housekeeping_room_attendant"),
])
def test_inflections_and_spellings_of_one_idea_agree(reader, text, trade):
    assert trades(reader, text)[:1] == [trade]


# --- what worked keeps working ---------------------------------------------------------------


@pytest.mark.parametrize("text, trade", [
    ("সেলাই শিখবে", "sewing_dress_making"),
    ("kapde silna sikhna hai", "sewing_dress_making"),
    ("hotel mein safai", "housekeeping_room_attendant"),
    ("bachon ki dekhbhal karna", "child_care_worker"),
    ("achar banana", "food_processing"),
    ("মুরগি পালন করবে", "poultry_farming"),
    ("গাড়ি চালানো শিখবে", "commercial_driver"),
    ("beauty parlour ka kaam", "beauty_therapy"),
])
def test_simple_hindi_bengali_and_hinglish_interests_land_on_their_trade(reader, text, trade):
    assert trades(reader, text)[:1] == [trade]


# --- the context rules on their own ----------------------------------------------------------


def test_context_drops_a_workplace_only_beside_another_trade():
    context = Context(stem)
    clause = tuple(stem(w) for w in "steward at a dhaba".split())
    role = Reading(0, (0,), clause, (0,), {"food_beverage_service": 100.0}, False)
    place = Reading(0, (3,), clause, (3,), {"food_production": 100.0}, False)
    assert context.weigh([role, place], set(clause)) == [role]
    assert context.weigh([place], set(clause)) == [place]
    negated_role = Reading(0, (0,), clause, (0,), {"food_beverage_service": 100.0}, True)
    assert context.weigh([negated_role, place], set(clause)) == [negated_role, place]
