"""The scoring factors, each declared once: `FACTORS`.

A factor is a `FactorDef`: its name (the key of `Match.factors`), its weight (the weights sum to
100), how it scores one survivor and one offer (`score(pair)`, a value in 0..1 and a reason), the
reason codes it may give, and what the engine may assume of it before scoring (its upper bound).
Scoring (`Query.score`), the ranking bounds (`WantedQuery.upper_bound`) and the bound parts filed
in the index (`offer_bounds`) all iterate FACTORS; nothing else names a factor. To add one: declare it here,
with its value function (in `matcher.scoring` or here), and test it in tests/matcher/test_factors.py
(its label at the edge is `api.labels` "factor", its reason's wording `api.messages`).

The bound of a factor's value, used to rank candidates before they are scored, is the sum of the
parts it declares (a factor declaring none is bounded by 1, always safe):
- `by_trade`: the value depends on the survivor and the offer's trade alone; the engine scores it
  once per trade (the offer in its `Pair` is None) and its bound is exact;
- `offer_bound(offer, urgency)`: the part fixed by the offer (and the survivor's income urgency),
  computed when the index is built;
- `trade_bound(facts)`: the part fixed by the trade and kind of the offer in one query
  (`TradeFacts`: the survivor, the trade, the kind, the open positions within her reach), cached
  per trade and kind;
- `distance_bound(km, max_travel_km, needs_presence)`: the part fixed by the distance.

The columnar engine (issue 19) scores many offers at once: each factor not scored by trade
declares its vectorised form, `vector(many)`, its value for every offer of a `Many` (numpy
arrays), and may declare `column(offer)`, a number of each offer the index files in its columns
(`matcher.columns`) for `vector` to read (`many.column[name]`). A factor scored by trade needs
neither: the engine scores it once per trade and spreads it. tests/matcher/test_columnar.py checks
every vectorised form against `score` on random pairs.

A factor whose value and reason depend on the offer (its trade), the batch scored and the day,
and on a few values of the pair besides, declares them as `per_offer` (names of `Pair` fields, or
`profile.` and a field of hers; `()`: none): a query of a whole cohort (`matcher.wanted`) scores
it once per offer, batch and those values (`score_pair` with `seen`). tests/matcher/test_factors.py
checks that a pair differing in nothing else scores the same.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from . import scoring
from .messages import Reason
from .models import BatchOffer, Offer, ProfileFacts, TradeInfo
from .scoring import BRIDGE_DISCOUNT, Factor
from .vocabulary import IncomeUrgency, Shift


class Pair(NamedTuple):
    """One survivor and one offer, as a factor scores them."""

    profile: ProfileFacts
    offer: Offer | None  # None for a factor scored `by_trade`
    trade: TradeInfo
    today: date
    distance_km: float
    batch: BatchOffer | None  # the batch a course is scored for (None: an opening)
    positions: int  # open positions of the offer's trade within her reach


class TradeFacts(NamedTuple):
    """What is fixed for every offer of one trade and kind in one query. A factor's
    `trade_bound` never falls as `positions` grows (more open work is never less marketable):
    `matcher.wanted` bounds a trade before counting her positions (tests/matcher/test_factors.py
    checks it)."""

    profile: ProfileFacts
    trade: TradeInfo
    kind: str  # "course" or "opening"
    positions: int


class Many(NamedTuple):
    """One survivor and many offers, as a factor's vectorised form scores them (arrays aligned,
    one element per offer)."""

    profile: ProfileFacts
    today_ordinal: int
    distance_km: np.ndarray
    needs_presence: np.ndarray  # bool
    is_course: np.ndarray  # bool
    start_ordinal: np.ndarray  # the start of the batch a course is scored for (NO_DATE: none)
    positions: np.ndarray  # open positions of the offer's trade within her reach
    column: dict[str, np.ndarray]  # the filed column of each factor declaring one


@dataclass(frozen=True, slots=True)
class FactorDef:
    """One scoring factor (see the module docstring for the bound parts)."""

    name: str  # the key of `Match.factors` (and of its label at the edge)
    weight: float
    reasons: frozenset[str]
    score: Callable[[Pair], Factor]
    by_trade: bool = False
    offer_bound: Callable[[Offer, IncomeUrgency], float] | None = None
    trade_bound: Callable[[TradeFacts], float] | None = None
    distance_bound: Callable[[float, float, bool], float] | None = None
    column: Callable[[Offer], float] | None = None
    vector: Callable[[Many], np.ndarray] | None = None
    per_offer: tuple[str, ...] | None = None

    @property
    def unbounded(self) -> bool:
        """Declares no bound part: the engine takes 1, the most it can be."""
        return not (self.by_trade or self.offer_bound or self.trade_bound or self.distance_bound)


def _market_bound(facts: TradeFacts) -> float:
    return scoring.market_share(facts.kind) * scoring.market_value(facts.positions)


def _placement_bound(offer: Offer, urgency: IncomeUrgency) -> float:
    placement = scoring.placement_value(offer)
    return 0.0 if placement is None else (1.0 - scoring.market_share(offer.kind)) * placement


# --- vectorised forms (the same arithmetic as `matcher.scoring`, over arrays) -------------------


def _distance_vector(many: Many) -> np.ndarray:
    reach, km = many.profile.max_travel_km, many.distance_km
    near = np.clip(1.0 - km / (reach + scoring.DISTANCE_SLACK_KM), 0.0, 1.0)
    far = np.where(km <= reach, near, scoring.RELOCATION_DISTANCE_VALUE)
    return np.where(many.needs_presence, far, 1.0)


def _income_vector(many: Many) -> np.ndarray:
    floor = scoring.URGENCY_FLOOR[many.profile.income_urgency]
    return floor + (1.0 - floor) * many.column["income"]


def _placement_column(offer: Offer) -> float:
    placement = scoring.placement_value(offer)  # None: an opening (its column is not read)
    return -1.0 if placement is None else placement


def _market_vector(many: Many) -> np.ndarray:
    market = np.clip(many.positions / scoring.MARKET_SATURATION_POSITIONS, 0.0, 1.0)
    share = scoring.COURSE_MARKET_SHARE
    blended = share * market + (1.0 - share) * many.column["marketability"]
    return np.where(many.is_course, blended, market)


def _start_vector(many: Many) -> np.ndarray:
    days = many.start_ordinal.astype(np.float64) - many.today_ordinal
    span = scoring.LATE_DAYS - scoring.SOON_DAYS
    value = np.clip((scoring.LATE_DAYS - days) / span, 0.0, 1.0)
    return np.where(many.is_course & (many.start_ordinal < 2**31 - 1), value, 1.0)


_WOMEN_ONLY, _DAY_SHIFT, _LODGING = 1, 2, 4


def _preference_column(offer: Offer) -> float:
    day = offer.kind == "course" or offer.shift is Shift.DAY
    return float(_WOMEN_ONLY * offer.women_only + _DAY_SHIFT * day + _LODGING * offer.lodging)


def _preferences_vector(many: Many) -> np.ndarray:
    wanted = many.profile.preferences
    asked = [bit for bit, on in ((_WOMEN_ONLY, wanted.women_only), (_DAY_SHIFT,
             wanted.day_shift_only), (_LODGING, wanted.needs_residential)) if on]
    bits = many.column["preferences"].astype(np.int64)
    if not asked:
        return np.ones(len(bits))
    met = sum(((bits & bit) != 0).astype(np.int64) for bit in asked)
    return met / len(asked)


FACTORS: tuple[FactorDef, ...] = (
    FactorDef(
        "interest", 35.0,
        frozenset({Reason.INTEREST_MATCH, Reason.LITERACY_PROGRAMME, Reason.ENTREPRENEURSHIP_AGE}),
        lambda pair: scoring.interest_fit(pair.profile, pair.trade), by_trade=True),
    FactorDef(
        "experience", 10.0, frozenset({Reason.EXPERIENCE}),
        lambda pair: scoring.prior_experience(pair.profile, pair.trade), by_trade=True),
    FactorDef(
        "distance", 15.0, frozenset({Reason.REMOTE_NO_TRAVEL, Reason.DISTANCE, Reason.RELOCATE}),
        lambda pair: scoring.travel_distance(pair.profile, pair.offer, pair.distance_km),
        distance_bound=scoring.distance_value_km, vector=_distance_vector),
    FactorDef(
        "income", 15.0, frozenset({Reason.INCOME}),
        lambda pair: scoring.income_urgency(pair.profile, pair.offer),
        offer_bound=lambda offer, urgency: scoring.urgency_blend(
            scoring.income_value(offer), urgency),
        column=scoring.income_value, vector=_income_vector, per_offer=("profile.income_urgency",)),
    FactorDef(
        "marketability", 10.0, frozenset({Reason.MARKETABILITY}),
        lambda pair: scoring.marketability(pair.offer, pair.trade, pair.positions),
        offer_bound=_placement_bound, trade_bound=_market_bound,
        column=_placement_column, vector=_market_vector, per_offer=("positions",)),
    FactorDef(
        "start", 5.0, frozenset({Reason.BATCH_STARTS}),
        lambda pair: scoring.early_start(pair.today, pair.offer, pair.batch),
        vector=_start_vector, per_offer=()),
    FactorDef(
        "preferences", 10.0, frozenset({Reason.PREFERENCES_MET}),
        lambda pair: scoring.preferences(pair.profile, pair.offer),
        column=_preference_column, vector=_preferences_vector,
        per_offer=("profile.preferences",)),
)
"""Every scoring factor, in the order `Match.factors` and the reasons list them."""

WEIGHTS: dict[str, float] = {factor.name: factor.weight for factor in FACTORS}
BY_NAME: dict[str, FactorDef] = {factor.name: factor for factor in FACTORS}
BY_TRADE: tuple[FactorDef, ...] = tuple(f for f in FACTORS if f.by_trade)
COLUMNS: tuple[tuple[str, Callable[[Offer], float]], ...] = tuple(  # filed in the columns
    (f.name, f.column) for f in FACTORS if f.column is not None)


def vector_score(many: Many, by_trade: dict[str, np.ndarray], requires_bridge: np.ndarray
                 ) -> np.ndarray:
    """The 0..100 score of many offers before rounding (`weighted_score` over arrays, the
    factors summed in the same order); `by_trade`: the values of the factors scored by trade,
    spread over the offers."""
    total = np.zeros(len(many.distance_km))
    for factor in FACTORS:
        values = by_trade[factor.name] if factor.by_trade else factor.vector(many)
        total = total + factor.weight * values
    total = np.where(requires_bridge, total * BRIDGE_DISCOUNT, total)
    return np.clip(total, 0.0, 100.0)


def weighted_score(factors: dict[str, float], requires_bridge: bool) -> float:
    """The 0..100 score of factor values (see WEIGHTS), rounded to one decimal."""
    total = sum(WEIGHTS[name] * value for name, value in factors.items())
    if requires_bridge:
        total *= BRIDGE_DISCOUNT
    return round(min(100.0, max(0.0, total)), 1)


# --- bounds --------------------------------------------------------------------------------------


def offer_bounds(offer: Offer) -> tuple[float, ...]:
    """The weighted bound parts fixed by the offer, summed over the factors, for each income
    urgency (in IncomeUrgency order): filed in the index's row of the offer."""
    parts = [f for f in FACTORS if f.offer_bound is not None]
    return tuple(sum(f.weight * f.offer_bound(offer, urgency) for f in parts)
                 for urgency in IncomeUrgency)


def trade_bound(facts: TradeFacts, by_trade: dict[str, Factor]) -> float:
    """The weighted bound parts fixed by the trade and kind in one query (`by_trade`: the values
    of the factors scored by trade), plus the full weight of every factor declaring no bound."""
    total = 0.0
    for factor in FACTORS:
        if factor.by_trade:
            total += factor.weight * by_trade[factor.name].value
        elif factor.trade_bound is not None:
            total += factor.weight * factor.trade_bound(facts)
        elif factor.unbounded:
            total += factor.weight
    return total


DISTANCE_BOUNDS: tuple[tuple[float, Callable[[float, float, bool], float]], ...] = tuple(
    (f.weight, f.distance_bound) for f in FACTORS if f.distance_bound is not None)
"""(weight, bound) of the factors bounded by the distance: evaluated for every candidate."""


def value_bound(factor: FactorDef, pair: Pair) -> float:
    """The bound of one factor's value for the pair, as the engine assumes it in parts (the sum
    of the parts the factor declares; its value when scored by trade; 1 when it declares none)."""
    if factor.by_trade:
        return factor.score(pair._replace(offer=None)).value
    if factor.unbounded:
        return 1.0
    offer, profile = pair.offer, pair.profile
    total = 0.0
    if factor.offer_bound is not None:
        total += factor.offer_bound(offer, profile.income_urgency)
    if factor.trade_bound is not None:
        total += factor.trade_bound(TradeFacts(profile, pair.trade, offer.kind, pair.positions))
    if factor.distance_bound is not None:
        total += factor.distance_bound(pair.distance_km, profile.max_travel_km,
                                       offer.needs_presence)
    return total


def offer_bound_parts(offer: Offer) -> tuple[tuple[float, ...], float, float]:
    """The weighted parts of income (per urgency) and of marketability's placement, and the
    share of marketability that the trade's market takes: what `offer_bounds` sums, spelled out
    for the two factors that have such parts (tests check them against their factors)."""
    income, market = BY_NAME["income"], BY_NAME["marketability"]
    parts = tuple(income.weight * income.offer_bound(offer, u) for u in IncomeUrgency)
    placement = market.weight * market.offer_bound(offer, IncomeUrgency.LOW)
    return parts, placement, scoring.market_share(offer.kind)


def _reader(factor: FactorDef) -> Callable[[Pair], Hashable] | None:
    """What of a pair, besides its offer, batch and day, the factor's value depends on."""
    if factor.by_trade or factor.per_offer is None:
        return None
    return attrgetter(*factor.per_offer) if factor.per_offer else lambda pair: None


_SCORERS = tuple((f.name, f.by_trade, f.score, _reader(f)) for f in FACTORS)


def score_pair(pair: Pair, by_trade: dict[str, Factor], seen: dict | None = None,
               offer: Hashable = None) -> dict[str, Factor]:
    """Every factor of the pair, in FACTORS order (those scored by trade taken from `by_trade`).
    With `seen` (kept by the caller for one index and one day; `offer` names the pair's offer and
    batch in it), the factors declaring `per_offer` are taken from there when scored for the same
    values already."""
    found = {}
    for name, trade_only, score, reads in _SCORERS:
        if trade_only:
            found[name] = by_trade[name]
        elif reads is None or seen is None:
            found[name] = score(pair)
        else:
            key = (name, offer, reads(pair))
            factor = seen.get(key)
            if factor is None:
                factor = seen[key] = score(pair)
            found[name] = factor
    return found


def score_trade(profile: ProfileFacts, trade: TradeInfo, today: date) -> dict[str, Factor]:
    """The factors scored by trade, for one survivor and one trade."""
    pair = Pair(profile, None, trade, today, 0.0, None, 0)
    return {f.name: f.score(pair) for f in BY_TRADE}
