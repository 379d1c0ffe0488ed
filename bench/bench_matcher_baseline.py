"""The naive matcher a team would otherwise write, kept for comparison in the benchmarks.

For every offer: the obvious filters first, cheapest first (published, literacy, women-only,
daily travel distance), then for the offers left the rapidfuzz `token_set_ratio` of the
survivor's free-text interests against the offer's title and trade name (no resolution to
trades beforehand), best ratio first. It returns the JSON shape of docs/http-api.md "Matches"
so that the vignettes can judge it like the engine.

Filters before the fuzzy ratio is the fair baseline (a team would write it so): the answers are
the same as scoring every offer first (`score_first=True`, kept only so that the benchmark can
assert it), the time is not. Issue 19: the earlier baseline scored first and made the engine's
lead look about twice as large as it is.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rapidfuzz import fuzz, utils

from matcher.geo import haversine_km
from matcher.models import CourseOffer, OpeningOffer, ProfileFacts, TradeInfo
from matcher.vocabulary import Gender, OpeningStatus


def naive_match(
    profile: ProfileFacts,
    interests: list[str],
    courses: list[CourseOffer],
    openings: list[OpeningOffer],
    trades: dict[str, TradeInfo],
    today: date,
    limit: int = 20,
    score_first: bool = False,
) -> dict[str, Any]:
    text = " ".join(interests)
    scored = []
    for offer in [*courses, *openings]:
        # The earlier, unfair order: the costly ratio for every offer, filtered out or not.
        score = _ratio(text, offer, trades) if score_first else None
        if isinstance(offer, OpeningOffer) and offer.status is not OpeningStatus.PUBLISHED:
            continue
        if profile.literacy < offer.min_literacy:
            continue
        if offer.women_only and profile.gender is not Gender.FEMALE:
            continue
        km = haversine_km(profile.latitude, profile.longitude, offer.latitude, offer.longitude)
        if km > profile.max_travel_km:
            continue
        if score is None:
            score = _ratio(text, offer, trades)
        scored.append((-score, offer.kind, offer.id, offer))
    scored.sort(key=lambda item: item[:3])
    matches = []
    for negative_score, kind, offer_id, offer in scored[:limit]:
        batch = offer.batches[0] if kind == "course" and offer.batches else None
        matches.append(
            {
                "kind": kind,
                "course_id": offer_id if kind == "course" else None,
                "batch_id": batch.id if batch else None,
                "opening_id": offer_id if kind == "opening" else None,
                "title": offer.title,
                "trade": offer.trade,
                "score": -negative_score,
                "factors": {},
                "reasons": [],
                "requires_bridge": False,
                "pathway": [],
            }
        )
    return {"profile_id": profile.id, "matches": matches, "near_misses": []}


def _ratio(text: str, offer: CourseOffer | OpeningOffer, trades: dict[str, TradeInfo]) -> float:
    trade = trades.get(offer.trade)
    offer_text = f"{offer.title} {trade.name if trade else offer.trade}"
    return fuzz.token_set_ratio(text, offer_text, processor=utils.default_process)
