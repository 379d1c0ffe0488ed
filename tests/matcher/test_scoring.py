"""The scoring factors, each a value in 0..1 with a reason, and the weighted score."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matcher import scoring
from matcher.factors import WEIGHTS, offer_bound_parts, weighted_score
from matcher.models import Preferences
from matcher.vocabulary import CourseMode, IncomeUrgency, Shift

from . import field
from tests.wording import english, english_all

from .field import TODAY, batch, course, opening, profile

TRADES = field.TRADES


# --- interest and experience ---------------------------------------------------------------------


def test_interest_fit_is_the_best_resolution_score_for_the_trade_with_the_words_she_used():
    survivor = profile(interests=["parlour"])
    factor = scoring.interest_fit(survivor, TRADES["beauty_therapy"])
    assert factor.value == 1.0
    assert factor.reason.params == {"interest": "parlour", "trade": "beauty_therapy"}
    assert english(factor.reason) == "Interest 'parlour' matches trade Beauty parlour work"


def test_a_misspelled_interest_fits_a_little_less():
    factor = scoring.interest_fit(profile(interests=["tailring"]), TRADES["sewing_dress_making"])
    assert 0.85 < factor.value < 1.0


def test_no_interest_in_the_trade_fits_nothing():
    factor = scoring.interest_fit(profile(interests=["parlour"]), TRADES["data_entry"])
    assert factor == scoring.Factor(0.0, None)


def test_literacy_programmes_fit_those_who_need_them_even_unasked():
    factor = scoring.interest_fit(profile(), TRADES["literacy_bridge"])
    assert factor.value == scoring.LITERACY_PROGRAMME_FIT


@pytest.mark.parametrize("age, value", [(34, 0.0), (35, scoring.ENTREPRENEURSHIP_FIT)])
def test_small_business_support_suits_survivors_from_35(age, value):
    factor = scoring.interest_fit(profile(age=age), TRADES["entrepreneurship"])
    assert factor.value == value


def test_a_stated_interest_above_the_floor_is_kept():
    survivor = profile(age=50, interests=["own business"])
    assert scoring.interest_fit(survivor, TRADES["entrepreneurship"]).value == 1.0


def test_prior_experience_counts_for_its_trade_only():
    survivor = profile(experience=["silai"])
    assert scoring.prior_experience(survivor, TRADES["sewing_dress_making"]).value == 1.0
    assert scoring.prior_experience(survivor, TRADES["embroidery"]).value == 0.0
    reason = scoring.prior_experience(survivor, TRADES["sewing_dress_making"]).reason
    assert reason.params == {"trade": "sewing_dress_making", "experience": "silai"}
    assert english(reason) == "Has experience in Sewing and dress making ('silai')"


# --- distance -----------------------------------------------------------------------------------


def test_remote_offers_need_no_travel():
    factor = scoring.travel_distance(
        profile(), course(1, "data_entry", mode=CourseMode.REMOTE), 900
    )
    assert factor.value == 1.0 and english(factor.reason) == "Remote: no travel"


@pytest.mark.parametrize("km, value", [(0.0, 1.0), (10.0, 0.5), (20.0, 0.2), (5.0, 0.75)])
def test_distance_falls_with_kilometres_within_reach(km, value):
    survivor = profile(max_travel_km=15)
    offer = course(1, "embroidery", residential=True)
    assert scoring.travel_distance(survivor, offer, km).value == pytest.approx(value)


def test_distance_reason_reads_like_the_api_example():
    near = scoring.travel_distance(profile(), course(1, "embroidery"), 6.2).reason
    assert near.params == {"km": 6.2} and english(near) == "6 km away"
    assert english(scoring.travel_distance(profile(), course(1, "embroidery"), 0.4).reason) == (
        "Less than 1 km away"
    )


def test_relocating_to_lodging_far_away_scores_low_but_not_zero():
    factor = scoring.travel_distance(
        profile(can_relocate=True), course(1, "food_production", residential=True), 300
    )
    assert factor.value == scoring.RELOCATION_DISTANCE_VALUE
    assert "would relocate" in english(factor.reason)


# --- income urgency -------------------------------------------------------------------------------

STIPEND_SHORT = course(1, "sewing_dress_making", stipend_inr_month=3_000, duration_weeks=8)
NO_STIPEND_LONG = course(2, "sewing_dress_making", duration_weeks=52, fee_inr=10_000)


def test_with_high_urgency_a_short_course_with_stipend_earns_full_income_and_a_long_paid_one_none():
    urgent = profile(income_urgency=IncomeUrgency.HIGH)
    assert scoring.income_urgency(urgent, STIPEND_SHORT).value == pytest.approx(1.0)
    assert scoring.income_urgency(urgent, NO_STIPEND_LONG).value == pytest.approx(0.0)


def test_the_higher_the_urgency_the_more_income_separates_offers():
    gaps = []
    for urgency in IncomeUrgency:
        survivor = profile(income_urgency=urgency)
        gaps.append(
            scoring.income_urgency(survivor, STIPEND_SHORT).value
            - scoring.income_urgency(survivor, NO_STIPEND_LONG).value
        )
    assert gaps == sorted(gaps) and gaps[0] < gaps[-1]


@pytest.mark.parametrize("weeks, short", [(8, 1.0), (30, 0.5), (52, 0.0), (60, 0.0), (4, 1.0)])
def test_short_duration_counts_fully_up_to_8_weeks_and_nothing_from_52(weeks, short):
    offer = course(1, "embroidery", duration_weeks=weeks, fee_inr=10_000)
    assert scoring.income_value(offer) == pytest.approx(0.3 * short)


@pytest.mark.parametrize("wage, value", [(0, 0.0), (7_500, 0.5), (15_000, 1.0), (30_000, 1.0)])
def test_wage_counts_up_to_15000_a_month(wage, value):
    assert scoring.income_value(opening(1, "retail_sales", wage_inr_month=wage)) == value


def test_income_reason_mentions_urgency_when_high():
    reason = scoring.income_urgency(
        profile(income_urgency=IncomeUrgency.HIGH), STIPEND_SHORT
    ).reason
    assert reason.params["stipend_inr_month"] == 3000 and reason.params["urgent"] is True
    reason = english(reason)
    assert reason.startswith("Stipend ₹3,000 a month") and reason.endswith("(income is urgent)")


# --- marketability -------------------------------------------------------------------------------


@pytest.mark.parametrize("positions, market", [(0, 0.0), (5, 0.5), (10, 1.0), (40, 1.0)])
def test_open_positions_within_reach_saturate_at_10(positions, market):
    offer = opening(1, "retail_sales")
    assert scoring.marketability(offer, TRADES["retail_sales"], positions).value == market


def test_a_course_blends_the_market_with_its_placement_rate():
    offer = course(1, "retail_sales", placement_rate=0.8)
    factor = scoring.marketability(offer, TRADES["retail_sales"], 5)
    assert factor.value == pytest.approx(0.6 * 0.5 + 0.4 * 0.8)
    assert factor.reason.params == {"positions": 5, "trade": "retail_sales", "rate_percent": 80,
                                    "source": "declared", "outcomes": 0}
    assert english(factor.reason) == (
        "5 open positions in Shop sales within reach; declared placement rate 80%"
    )


@pytest.mark.parametrize("source, outcomes, said", [
    ("observed_course", 25, "Placement rate 62% from 25 past referrals"),
    ("observed_provider", 40, "Provider's placement rate 62% from 40 past referrals"),
    ("declared", 0, "Declared placement rate 62%"),
])
def test_the_placement_reason_says_where_the_rate_comes_from(source, outcomes, said):
    offer = course(1, "retail_sales", placement_rate=0.62, placement_source=source,
                   placement_outcomes=outcomes)
    factor = scoring.marketability(offer, TRADES["retail_sales"], 0)
    assert english(factor.reason) == said
    # Where the rate comes from changes the words, not the value.
    declared = course(1, "retail_sales", placement_rate=0.62)
    assert factor.value == scoring.marketability(declared, TRADES["retail_sales"], 0).value


def test_an_unknown_placement_rate_counts_as_average():
    offer = course(1, "retail_sales", placement_rate=None)
    assert scoring.marketability(offer, TRADES["retail_sales"], 0).value == pytest.approx(0.2)


# --- early start -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start_in, value", [(1, 1.0), (14, 1.0), (97, 0.5), (180, 0.0), (400, 0.0)]
)
def test_a_batch_starting_within_two_weeks_starts_early(start_in, value):
    intake = batch(11, start_in=start_in)
    factor = scoring.early_start(TODAY, course(1, "embroidery"), intake)
    assert factor.value == pytest.approx(value)
    assert factor.reason.params == {"days": start_in,
                                    "date": (TODAY + timedelta(days=start_in)).isoformat()}
    assert english(factor.reason).endswith(f"({TODAY + timedelta(days=start_in):%-d %b %Y})")


def test_a_job_starts_on_hiring():
    assert scoring.early_start(TODAY, opening(1, "retail_sales"), None).value == 1.0


# --- preferences -------------------------------------------------------------------------------


def test_without_preferences_every_offer_suits():
    assert (
        scoring.preferences(profile(), opening(1, "retail_sales", shift=Shift.NIGHT)).value == 1.0
    )


def test_preferences_count_the_share_met():
    survivor = profile(preferences=Preferences(women_only=True, day_shift_only=True))
    assert scoring.preferences(survivor, opening(1, "retail_sales", women_only=True)).value == 1.0
    assert scoring.preferences(survivor, opening(1, "retail_sales", shift=Shift.NIGHT)).value == 0.0
    assert scoring.preferences(survivor, course(1, "embroidery")).value == 0.5  # courses: by day


def test_residential_preference_is_met_by_residential_courses_and_jobs_with_accommodation():
    survivor = profile(preferences=Preferences(needs_residential=True))
    assert scoring.preferences(survivor, course(1, "embroidery", residential=True)).value == 1.0
    assert (
        scoring.preferences(survivor, opening(1, "retail_sales", accommodation=True)).value == 1.0
    )
    assert scoring.preferences(survivor, opening(1, "retail_sales")).value == 0.0


# --- the score ------------------------------------------------------------------------------


def test_the_score_runs_from_0_to_100():
    assert weighted_score({name: 1.0 for name in WEIGHTS}, False) == 100.0
    assert weighted_score({name: 0.0 for name in WEIGHTS}, False) == 0.0


def test_a_match_through_a_bridge_is_discounted():
    factors = {name: 1.0 for name in WEIGHTS}
    assert weighted_score(factors, True) == 100.0 * scoring.BRIDGE_DISCOUNT


def test_offer_bound_parts_agree_with_the_factors():
    offer = course(1, "retail_sales", placement_rate=0.7, stipend_inr_month=1_000)
    income, placement, share = offer_bound_parts(offer)
    for urgency, part in zip(IncomeUrgency, income, strict=True):
        value = scoring.income_urgency(profile(income_urgency=urgency), offer).value
        assert part == pytest.approx(WEIGHTS["income"] * value)
    market = scoring.marketability_value(offer, 4)
    assert WEIGHTS["marketability"] * market == pytest.approx(
        placement + WEIGHTS["marketability"] * share * scoring.market_value(4)
    )
