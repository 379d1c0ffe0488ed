"""The hard rules of docs/design.md, one at a time, with their boundaries."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matcher import checks, rules
from matcher.checks import best_open_batch, is_offered
from matcher.geo import haversine_km
from matcher.rules import RuleContext, blockers
from matcher.vocabulary import (
    Blocker,
    CourseMode,
    Device,
    Gender,
    LearningMode,
    Literacy,
    OpeningStatus,
    WorkMode,
)

from tests.wording import english, english_all

from . import field
from .field import HOWRAH, MUMBAI, TODAY, batch, course, opening, profile


def check(rule, survivor, offer, distance_km=None, today=TODAY, batch_=None):
    if distance_km is None:
        distance_km = haversine_km(
            survivor.latitude, survivor.longitude, offer.latitude, offer.longitude
        )
    trade = field.TRADES[offer.trade]
    return rule(survivor, offer, RuleContext(today, trade, distance_km, batch_))


def codes(survivor, offer, **kwargs):
    return [hit.code for hit in check(blockers, survivor, offer, **kwargs)]


# --- literacy_below_minimum ----------------------------------------------------------------------


@pytest.mark.parametrize("literacy, trade, minimum", [
    pytest.param(Literacy.CLASS8, "sewing_dress_making", Literacy.CLASS8, id="at_the_minimum"),
    # "class10" < "class5" as strings; by order it is the other way round.
    pytest.param(Literacy.CLASS10, "data_entry", Literacy.CLASS5,
                 id="compared_by_order_not_by_spelling"),
])
def test_literacy_at_or_above_the_minimum_passes(literacy, trade, minimum):
    hit = check(rules.literacy_below_minimum, profile(literacy=literacy),
                course(1, trade, min_literacy=minimum))
    assert hit is None


def test_literacy_one_level_below_the_minimum_blocks_with_both_levels_named():
    hit = check(
        rules.literacy_below_minimum,
        profile(literacy=Literacy.CLASS5),
        opening(1, "retail_sales", min_literacy=Literacy.CLASS10),
    )
    assert hit.code == Blocker.LITERACY_BELOW_MINIMUM
    assert hit.params == {"needs": "class10", "has": "class5"}
    assert english(hit) == "Needs Class 10 passed; profile has Class 5 passed"


# --- language_mismatch -------------------------------------------------------------------------


def test_one_shared_language_is_enough():
    survivor = profile(languages=frozenset({"bn"}))
    assert (
        check(rules.language_mismatch, survivor, course(1, "embroidery", languages={"bn", "en"}))
        is None
    )


def test_no_shared_language_blocks_and_names_the_languages():
    hit = check(
        rules.language_mismatch,
        profile(languages=frozenset({"bn"})),
        opening(1, "customer_care_voice", languages={"en"}),
    )
    assert hit.code == Blocker.LANGUAGE_MISMATCH
    assert "English" in english(hit) and "Bengali" in english(hit)


def test_an_offer_naming_no_language_sets_no_condition():
    assert (
        check(rules.language_mismatch, profile(), course(1, "embroidery", languages=set())) is None
    )


# --- too_far ----------------------------------------------------------------------------------


def test_exactly_at_the_travel_distance_is_within_reach():
    survivor = profile(max_travel_km=10)
    offer = course(1, "embroidery")
    assert check(rules.too_far, survivor, offer, distance_km=10.0) is None
    assert check(rules.too_far, survivor, offer, distance_km=10.01).code == Blocker.TOO_FAR


def test_remote_offers_are_never_too_far():
    offer = course(1, "data_entry", mode=CourseMode.REMOTE, at=MUMBAI)
    assert check(rules.too_far, profile(max_travel_km=1), offer) is None


@pytest.mark.parametrize(
    "make",
    [
        lambda: course(1, "food_production", at=MUMBAI, residential=True),
        lambda: opening(1, "food_production", at=MUMBAI, accommodation=True),
    ],
)
def test_lodging_far_away_is_within_reach_only_for_survivors_who_would_relocate(make):
    offer = make()
    assert check(rules.too_far, profile(can_relocate=True), offer) is None
    hit = check(rules.too_far, profile(can_relocate=False), offer)
    assert hit.code == Blocker.TOO_FAR and "cannot relocate" in english(hit)


def test_far_offer_without_lodging_is_too_far_even_for_survivors_who_would_relocate():
    assert (
        check(
            rules.too_far, profile(can_relocate=True), course(1, "food_production", at=MUMBAI)
        ).code
        == Blocker.TOO_FAR
    )


@pytest.mark.parametrize(
    "offer",
    [
        course(1, "home_health_aide", mode=CourseMode.BLENDED, at=MUMBAI),
        opening(1, "data_entry", work_mode=WorkMode.HYBRID, at=MUMBAI),
    ],
)
def test_blended_courses_and_hybrid_jobs_count_the_distance_of_their_in_person_part(offer):
    assert check(rules.too_far, profile(), offer).code == Blocker.TOO_FAR


# --- no_device ---------------------------------------------------------------------------------

ONLINE_COURSE = course(1, "data_entry", mode=CourseMode.REMOTE)
REMOTE_JOB = opening(1, "data_entry", work_mode=WorkMode.REMOTE)


@pytest.mark.parametrize(
    "device, online, blocked",
    [
        (Device.SMARTPHONE, True, False),
        (Device.COMPUTER, True, False),
        (Device.SMARTPHONE, False, True),
        (Device.FEATURE_PHONE, True, True),
        (Device.NONE, False, True),
    ],
)
def test_a_remote_course_needs_a_smartphone_or_computer_with_internet(device, online, blocked):
    hit = check(rules.no_device, profile(device=device, connectivity=online), ONLINE_COURSE)
    assert (hit is not None) is blocked


@pytest.mark.parametrize("device, blocked", [(Device.SMARTPHONE, True), (Device.COMPUTER, False)])
def test_remote_desk_work_needs_a_computer(device, blocked):
    hit = check(rules.no_device, profile(device=device, connectivity=True), REMOTE_JOB)
    assert (hit is not None) is blocked


def test_hybrid_work_needs_a_computer_for_its_remote_days():
    hybrid = opening(1, "data_entry", work_mode=WorkMode.HYBRID)
    assert (
        check(rules.no_device, profile(device=Device.SMARTPHONE, connectivity=True), hybrid).code
        == Blocker.NO_DEVICE
    )


def test_blended_course_needs_a_device_and_in_person_needs_none():
    survivor = profile(device=Device.NONE)
    assert (
        check(
            rules.no_device, survivor, course(1, "home_health_aide", mode=CourseMode.BLENDED)
        ).code
        == Blocker.NO_DEVICE
    )
    assert check(rules.no_device, survivor, course(1, "home_health_aide")) is None


def test_no_device_message_says_what_is_missing():
    hit = check(
        rules.no_device, profile(device=Device.SMARTPHONE, connectivity=False), ONLINE_COURSE
    )
    assert english(hit).endswith("a smartphone without internet")


# --- mode_mismatch -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mode, offer, blocked",
    [
        (LearningMode.REMOTE_ONLY, course(1, "data_entry"), True),
        (LearningMode.REMOTE_ONLY, course(1, "data_entry", mode=CourseMode.BLENDED), True),
        (LearningMode.REMOTE_ONLY, ONLINE_COURSE, False),
        (LearningMode.REMOTE_ONLY, opening(1, "data_entry", work_mode=WorkMode.HYBRID), True),
        (LearningMode.REMOTE_ONLY, REMOTE_JOB, False),
        (LearningMode.IN_PERSON, ONLINE_COURSE, True),
        (LearningMode.IN_PERSON, REMOTE_JOB, True),
        (LearningMode.IN_PERSON, course(1, "data_entry", mode=CourseMode.BLENDED), False),
        (LearningMode.IN_PERSON, course(1, "data_entry"), False),
        (LearningMode.ANY, ONLINE_COURSE, False),
        (LearningMode.ANY, course(1, "data_entry"), False),
    ],
)
def test_mode_mismatch(mode, offer, blocked):
    hit = check(rules.mode_mismatch, profile(learning_mode=mode), offer)
    assert (hit is not None) is blocked


# --- needs_in_person_practice ------------------------------------------------------------------


def test_a_hands_on_trade_taught_remote_only_is_blocked_for_everyone():
    hit = check(
        rules.needs_in_person_practice,
        profile(),
        course(1, "beauty_therapy", mode=CourseMode.REMOTE),
    )
    assert hit.code == Blocker.NEEDS_IN_PERSON_PRACTICE and hit.params["trade"] == "beauty_therapy"


def test_a_remote_teachable_trade_may_be_taught_remotely():
    assert check(rules.needs_in_person_practice, profile(), ONLINE_COURSE) is None


def test_a_remote_only_survivor_cannot_take_any_hands_on_course():
    survivor = profile(learning_mode=LearningMode.REMOTE_ONLY)
    offer = course(1, "beauty_therapy", mode=CourseMode.BLENDED)
    assert check(rules.needs_in_person_practice, survivor, offer) is not None
    assert codes(survivor, offer, distance_km=0) == [
        Blocker.NO_DEVICE,
        Blocker.MODE_MISMATCH,
        Blocker.NEEDS_IN_PERSON_PRACTICE,
    ]


def test_hands_on_practice_concerns_courses_not_jobs():
    survivor = profile(learning_mode=LearningMode.REMOTE_ONLY)
    assert check(rules.needs_in_person_practice, survivor, opening(1, "beauty_therapy")) is None


# --- age_out_of_range --------------------------------------------------------------------------


@pytest.mark.parametrize("age, blocked", [(15, True), (16, False), (35, False), (36, True)])
def test_course_age_range_is_inclusive(age, blocked):
    offer = course(1, "sewing_dress_making", min_age=16, max_age=35)
    assert (check(rules.age_out_of_range, profile(age=age), offer) is not None) is blocked


@pytest.mark.parametrize("age, blocked", [(16, True), (17, True), (18, False)])
def test_openings_never_admit_anyone_under_18_whatever_the_employer_sets(age, blocked):
    offer = opening(1, "retail_sales", min_age=16)
    hit = check(rules.age_out_of_range, profile(age=age), offer)
    assert (hit is not None) is blocked
    if blocked:
        assert hit.params == {"min_age": 18, "age": age}
        assert english(hit) == f"Minimum age 18; survivor is {age}"


# --- women_only ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gender, blocked",
    [
        (Gender.FEMALE, False),
        (Gender.MALE, True),
        (Gender.TRANSGENDER, True),
        (Gender.OTHER, True),
    ],
)
def test_women_only_offers_admit_women(gender, blocked):
    hit = check(
        rules.women_only, profile(gender=gender), course(1, "beauty_therapy", women_only=True)
    )
    assert (hit is not None) is blocked


def test_offers_open_to_all_admit_men():
    assert check(rules.women_only, profile(gender=Gender.MALE), course(1, "beauty_therapy")) is None


# --- avoided_district -------------------------------------------------------------------------


def test_an_offer_in_a_district_to_avoid_is_blocked_whatever_the_spelling():
    survivor = profile(avoid_districts=frozenset({"North 24-Parganas"}))
    offer = course(1, "embroidery", district="north 24 parganas")
    assert check(rules.avoided_district, survivor, offer).code == Blocker.AVOIDED_DISTRICT


def test_remote_offers_run_from_a_district_to_avoid_are_blocked_too():
    survivor = profile(avoid_districts=frozenset({"Kolkata"}))
    offer = course(1, "data_entry", mode=CourseMode.REMOTE, district="Kolkata")
    assert check(rules.avoided_district, survivor, offer) is not None


def test_other_districts_are_not_avoided():
    survivor = profile(avoid_districts=frozenset({"Kolkata"}))
    assert (
        check(rules.avoided_district, survivor, course(1, "embroidery", district="Howrah")) is None
    )


# --- no_capacity --------------------------------------------------------------------------------


def test_an_opening_with_every_position_filled_has_no_capacity():
    survivor = profile()
    assert (
        check(
            rules.no_capacity, survivor, opening(1, "retail_sales", positions=3, positions_filled=2)
        )
        is None
    )
    hit = check(
        rules.no_capacity, survivor, opening(1, "retail_sales", positions=3, positions_filled=3)
    )
    assert hit.code == Blocker.NO_CAPACITY


def test_a_course_whose_open_batches_are_all_full_has_no_capacity():
    offer = course(
        1,
        "embroidery",
        batches=(batch(11, seats=20, taken=20), batch(12, start_in=50, seats=10, taken=10)),
    )
    assert check(rules.no_capacity, profile(), offer).code == Blocker.NO_CAPACITY


def test_one_seat_left_in_any_open_batch_is_capacity():
    offer = course(
        1,
        "embroidery",
        batches=(batch(11, seats=20, taken=20), batch(12, start_in=50, seats=10, taken=9)),
    )
    assert check(rules.no_capacity, profile(), offer) is None


def test_seats_left_only_in_a_closed_batch_do_not_count():
    offer = course(
        1,
        "embroidery",
        batches=(
            batch(11, start_in=-3, seats=20, taken=0),
            batch(12, start_in=50, seats=10, taken=10),
        ),
    )
    assert codes(profile(), offer) == [Blocker.NO_CAPACITY]


# --- closed --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "deadline_in, start_in, blocked",
    [
        (0, 5, False),  # the deadline day itself is still open
        (-1, 5, True),  # deadline passed
        (0, 0, True),  # the batch starts today: started
        (-10, -1, True),
    ],
)
def test_a_batch_closes_when_its_deadline_passes_or_it_starts(deadline_in, start_in, blocked):
    offer = course(
        1, "embroidery", batches=(batch(11, start_in=start_in, deadline_in=deadline_in),)
    )
    assert (check(rules.closed, profile(), offer) is not None) is blocked


def test_a_course_without_batches_is_closed():
    assert (
        check(rules.closed, profile(), course(1, "embroidery", batches=())).code == Blocker.CLOSED
    )


def test_a_course_with_one_open_batch_among_closed_ones_is_open():
    offer = course(1, "embroidery", batches=(batch(11, start_in=-3), batch(12, start_in=40)))
    assert check(rules.closed, profile(), offer) is None


@pytest.mark.parametrize("closes_in, blocked", [(0, False), (-1, True), (None, False)])
def test_an_opening_closes_after_its_closing_day(closes_in, blocked):
    closes_on = None if closes_in is None else TODAY + timedelta(days=closes_in)
    offer = opening(1, "retail_sales", closes_on=closes_on)
    assert (check(rules.closed, profile(), offer) is not None) is blocked


def test_an_opening_with_status_closed_is_closed():
    offer = opening(1, "retail_sales", status=OpeningStatus.CLOSED)
    assert check(rules.closed, profile(), offer).code == Blocker.CLOSED


def test_a_referral_to_one_batch_is_judged_on_that_batch():
    full, open_ = batch(11, seats=5, taken=5), batch(12, start_in=40)
    offer = course(1, "embroidery", batches=(full, open_))
    trade = field.TRADES["embroidery"]
    assert checks.batch_blockers(profile(), offer, open_, trade, TODAY) == ()
    hits = checks.batch_blockers(profile(), offer, full, trade, TODAY)
    assert [h.code for h in hits] == [Blocker.NO_CAPACITY]


# --- all rules together, visibility and batches -----------------------------------------------


def test_every_failing_rule_is_reported_in_the_order_of_the_design():
    survivor = profile(
        age=16,
        gender=Gender.MALE,
        literacy=Literacy.NONE,
        languages=frozenset({"bn"}),
        avoid_districts=frozenset({"Mumbai"}),
    )
    offer = opening(
        1,
        "customer_care_voice",
        at=MUMBAI,
        district="Mumbai",
        languages={"en"},
        min_literacy=Literacy.CLASS12,
        women_only=True,
        positions=1,
        positions_filled=1,
        closes_on=TODAY - timedelta(days=1),
    )
    assert codes(survivor, offer) == [
        Blocker.LITERACY_BELOW_MINIMUM,
        Blocker.LANGUAGE_MISMATCH,
        Blocker.TOO_FAR,
        Blocker.AGE_OUT_OF_RANGE,
        Blocker.WOMEN_ONLY,
        Blocker.AVOIDED_DISTRICT,
        Blocker.NO_CAPACITY,
        Blocker.CLOSED,
    ]


def test_every_blocker_code_has_a_rule():
    assert {rule.__name__ for rule in rules.RULES} == set(Blocker.codes())


def test_an_eligible_offer_has_no_blockers():
    assert codes(profile(), course(1, "embroidery", at=HOWRAH)) == []


def test_a_bridge_is_offered_only_below_the_level_it_raises_to():
    bridge = course(1, "literacy_bridge", raises_literacy_to=Literacy.CLASS5)
    assert is_offered(profile(literacy=Literacy.BASIC), bridge)
    assert not is_offered(profile(literacy=Literacy.CLASS5), bridge)
    assert not is_offered(profile(literacy=Literacy.CLASS8), bridge)


@pytest.mark.parametrize(
    "fields, shown",
    [
        (dict(), True),
        (dict(status=OpeningStatus.PENDING_REVIEW), False),
        (dict(status=OpeningStatus.REJECTED), False),
        (dict(status=OpeningStatus.CLOSED), False),
        (dict(employer_verified=False), False),
    ],
)
def test_only_published_openings_of_verified_employers_are_offered(fields, shown):
    assert is_offered(profile(), opening(1, "retail_sales", **fields)) is shown


def test_the_best_open_batch_starts_first_among_open_batches_with_seats():
    batches = (
        batch(11, start_in=-2),  # started
        batch(12, start_in=10, seats=5, taken=5),  # full
        batch(14, start_in=30),
        batch(13, start_in=30),
        batch(15, start_in=60),
    )
    assert best_open_batch(course(1, "embroidery", batches=batches), TODAY).id == 13
