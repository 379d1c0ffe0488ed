"""Ranking of eligible offers: one function per factor, each a value in 0..1 with a reason a
counselor can read. The factors themselves, their weights (in brackets below) and how they make a
score are declared in `matcher.factors`: the weights sum to 100; the score is the weighted sum
of the factor values, times BRIDGE_DISCOUNT when the offer is reached only through a literacy
bridge, rounded to one decimal.

- interest (35): the best resolution score (0..1) of an interest resolved to the offer's trade.
  Literacy and schooling programmes are worth at least 0.7 to those who need them (they are only
  offered to survivors below their level); entrepreneurship at least 0.6 to survivors aged 35
  and over (docs/design.md: older women are better served by small businesses).
- experience (10): the best resolution score of prior experience resolved to the trade.
- distance (15): remote 1; within daily reach 1 - km / (max_travel_km + 5); beyond it, reached
  by relocating to a residential course or a job with accommodation, 0.2.
- income (15): how much and how soon money comes in (courses: stipend 50%, short duration 30%,
  free of charge 20%; openings: wage against 15,000 INR a month), lifted by a floor that
  depends on income urgency (low 0.6, medium 0.3, high 0): the higher the urgency, the more
  stipends, wages and short courses separate offers.
- marketability (10): open positions in the same trade within the survivor's reach (10 or more
  count fully); courses blend it 60/40 with their placement rate (unknown: 0.5): the rate
  observed from past referrals when the catalog layer has enough of them, else the declared one
  (`CourseOffer.placement_source` says which; the reason names it).
- start (5): a course's named batch starting within 14 days 1, falling to 0 at 180 days;
  openings 1.
- preferences (10): the share of her preferences (women-only, day shift, residential) the
  offer meets; 1 when she states none.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .messages import Message, Reason
from .models import BatchOffer, CourseOffer, Offer, ProfileFacts, TradeInfo, TradeKind
from .vocabulary import IncomeUrgency, Shift

BRIDGE_DISCOUNT = 0.9
"""A match reached only after a literacy bridge is a longer road; its score is discounted."""

LITERACY_PROGRAMME_FIT = 0.7
ENTREPRENEURSHIP_FIT = 0.6
ENTREPRENEURSHIP_AGE = 35
DISTANCE_SLACK_KM = 5.0
RELOCATION_DISTANCE_VALUE = 0.2
GOOD_WAGE_INR = 15_000
GOOD_STIPEND_INR = 3_000
HIGH_FEE_INR = 10_000
SHORT_COURSE_WEEKS = 8
LONG_COURSE_WEEKS = 52
URGENCY_FLOOR = {IncomeUrgency.LOW: 0.6, IncomeUrgency.MEDIUM: 0.3, IncomeUrgency.HIGH: 0.0}
MARKET_SATURATION_POSITIONS = 10
UNKNOWN_PLACEMENT_RATE = 0.5
COURSE_MARKET_SHARE = 0.6
SOON_DAYS = 14
LATE_DAYS = 180


class Factor(NamedTuple):
    value: float
    reason: Message | None = None


def _clamp(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


# --- trade-level factors (the same for every offer of a trade) ----------------------------------


def interest_fit(profile: ProfileFacts, trade: TradeInfo) -> Factor:
    best = max(
        (i for i in profile.interests if i.trade == trade.code), key=lambda i: i.score, default=None
    )
    value = _clamp(best.score / 100.0) if best else 0.0
    reason = None
    if best:
        reason = Message(Reason.INTEREST_MATCH, {"interest": best.text, "trade": trade.code})
    literacy_programme = trade.kind in (TradeKind.BRIDGE, TradeKind.OPEN_SCHOOLING)
    if literacy_programme and value < LITERACY_PROGRAMME_FIT:
        value, reason = LITERACY_PROGRAMME_FIT, Message(Reason.LITERACY_PROGRAMME)
    elif (
        trade.kind is TradeKind.ENTREPRENEURSHIP
        and profile.age >= ENTREPRENEURSHIP_AGE
        and value < ENTREPRENEURSHIP_FIT
    ):
        value, reason = ENTREPRENEURSHIP_FIT, Message(Reason.ENTREPRENEURSHIP_AGE)
    return Factor(value, reason)


def prior_experience(profile: ProfileFacts, trade: TradeInfo) -> Factor:
    best = max(
        (e for e in profile.experience if e.trade == trade.code),
        key=lambda e: e.score,
        default=None,
    )
    if best is None:
        return Factor(0.0)
    return Factor(_clamp(best.score / 100.0),
                  Message(Reason.EXPERIENCE, {"trade": trade.code, "experience": best.text}))


def market_value(positions_within_reach: int) -> float:
    return _clamp(positions_within_reach / MARKET_SATURATION_POSITIONS)


# --- offer-level factors ----------------------------------------------------------------------


def distance_value(profile: ProfileFacts, offer: Offer, distance_km: float) -> float:
    return distance_value_km(distance_km, profile.max_travel_km, offer.needs_presence)


def distance_value_km(distance_km: float, max_travel_km: float, needs_presence: bool) -> float:
    if not needs_presence:
        return 1.0
    if distance_km <= max_travel_km:
        return _clamp(1.0 - distance_km / (max_travel_km + DISTANCE_SLACK_KM))
    return RELOCATION_DISTANCE_VALUE


def travel_distance(profile: ProfileFacts, offer: Offer, distance_km: float) -> Factor:
    value = distance_value(profile, offer, distance_km)
    if not offer.needs_presence:
        return Factor(value, Message(Reason.REMOTE_NO_TRAVEL))
    km = round(distance_km, 1)
    if distance_km <= profile.max_travel_km:
        return Factor(value, Message(Reason.DISTANCE, {"km": km}))
    lodging = "residential" if isinstance(offer, CourseOffer) else "accommodation"
    return Factor(value, Message(Reason.RELOCATE, {"km": km, "lodging": lodging}))


def income_value(offer: Offer) -> float:
    """How much and how soon the offer brings money in, whatever the survivor's urgency (0..1)."""
    if not isinstance(offer, CourseOffer):
        return _clamp(offer.wage_inr_month / GOOD_WAGE_INR)
    stipend = _clamp(offer.stipend_inr_month / GOOD_STIPEND_INR)
    span = LONG_COURSE_WEEKS - SHORT_COURSE_WEEKS
    short = _clamp((LONG_COURSE_WEEKS - offer.duration_weeks) / span)
    free = _clamp(1.0 - offer.fee_inr / HIGH_FEE_INR)
    return 0.5 * stipend + 0.3 * short + 0.2 * free


def urgency_blend(value: float, urgency: IncomeUrgency) -> float:
    floor = URGENCY_FLOOR[urgency]
    return floor + (1.0 - floor) * value


def income_urgency(profile: ProfileFacts, offer: Offer) -> Factor:
    value = urgency_blend(income_value(offer), profile.income_urgency)
    params: dict[str, object] = {}
    if isinstance(offer, CourseOffer):
        if offer.stipend_inr_month > 0:
            params["stipend_inr_month"] = offer.stipend_inr_month
        if offer.duration_weeks <= SHORT_COURSE_WEEKS:
            params["short_course_weeks"] = offer.duration_weeks
        if offer.fee_inr == 0:
            params["free"] = True
    elif offer.wage_inr_month > 0:
        params["wage_inr_month"] = offer.wage_inr_month
    if not params:
        return Factor(value)
    params["urgent"] = profile.income_urgency is IncomeUrgency.HIGH
    return Factor(value, Message(Reason.INCOME, params))


def placement_value(offer: Offer) -> float | None:
    if not isinstance(offer, CourseOffer):
        return None
    rate = offer.placement_rate
    return UNKNOWN_PLACEMENT_RATE if rate is None else _clamp(rate)


def market_share(kind: str) -> float:
    """The share of marketability the market of the trade takes (the rest: a course's placement
    rate)."""
    return COURSE_MARKET_SHARE if kind == "course" else 1.0


def marketability_value(offer: Offer, positions_within_reach: int) -> float:
    placement = placement_value(offer)
    market = market_value(positions_within_reach)
    if placement is None:
        return market
    return COURSE_MARKET_SHARE * market + (1.0 - COURSE_MARKET_SHARE) * placement


def marketability(offer: Offer, trade: TradeInfo, positions_within_reach: int) -> Factor:
    """The open positions within reach and, for a course, its placement rate: one message with
    both (the edge words the parts it holds)."""
    value = marketability_value(offer, positions_within_reach)
    params: dict[str, object] = {}
    if positions_within_reach > 0:
        params.update(positions=positions_within_reach, trade=trade.code)
    if isinstance(offer, CourseOffer) and offer.placement_rate is not None:
        params.update(placement_params(offer))
    return Factor(value, Message(Reason.MARKETABILITY, params) if params else None)


def placement_params(offer: CourseOffer) -> dict[str, object]:
    """Where the rate comes from: observed outcomes weigh more with a counselor than a claim."""
    return {"rate_percent": round(offer.placement_rate * 100),
            "source": offer.placement_source or "declared",
            "outcomes": offer.placement_outcomes}


def early_start(today: date, offer: Offer, batch: BatchOffer | None) -> Factor:
    if batch is None:  # an opening: work starts on hiring
        return Factor(1.0)
    days = (batch.start_date - today).days
    value = _clamp((LATE_DAYS - days) / (LATE_DAYS - SOON_DAYS))
    return Factor(value, Message(Reason.BATCH_STARTS,
                                 {"days": days, "date": batch.start_date.isoformat()}))


def preferences(profile: ProfileFacts, offer: Offer) -> Factor:
    wanted = profile.preferences
    asked = met = 0
    notes: dict[str, object] = {}
    if wanted.women_only:
        asked += 1
        if offer.women_only:
            met += 1
            notes["women_only"] = True
    if wanted.day_shift_only:
        asked += 1
        # Courses are taught by day; openings say their shift.
        if isinstance(offer, CourseOffer) or offer.shift is Shift.DAY:
            met += 1
            notes["day_shift"] = True
    if wanted.needs_residential:
        asked += 1
        if offer.lodging:
            met += 1
            notes["lodging"] = "residential" if isinstance(offer, CourseOffer) else "accommodation"
    if asked == 0:
        return Factor(1.0)
    return Factor(met / asked, Message(Reason.PREFERENCES_MET, notes) if notes else None)
