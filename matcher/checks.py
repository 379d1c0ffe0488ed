"""The hard rules for one offer, as a referral asks (POST /referrals), and the batch a match or a
near miss names; the rules themselves are `matcher.rules`."""

from __future__ import annotations

from datetime import date

from .geo import haversine_km
from .models import BatchOffer, CourseOffer, Offer, OpeningOffer, ProfileFacts, TradeInfo
from .results import BlockerHit
from .rules import RuleContext, blockers

# --- visibility and batches -------------------------------------------------------------------


def is_offered(profile: ProfileFacts, offer: Offer) -> bool:
    """Whether the offer may be shown to this survivor at all, as a match or a near miss."""
    if isinstance(offer, OpeningOffer):
        return offer.is_listed
    return offer.raises_literacy_to is None or profile.literacy < offer.raises_literacy_to


def best_open_batch(course: CourseOffer, today: date) -> BatchOffer | None:
    """The batch a match names: open with seats left, earliest start first (then lowest id)."""
    best = None
    for batch in course.batches:
        if batch.seats_available > 0 and not batch.is_closed(today):
            if best is None or (batch.start_date, batch.id) < (best.start_date, best.id):
                best = batch
    return best


def next_batch(course: CourseOffer, today: date) -> BatchOffer | None:
    """The batch a near miss names: the best open one, else the earliest not yet closed."""
    best = best_open_batch(course, today)
    if best is not None:
        return best
    upcoming = [batch for batch in course.batches if not batch.is_closed(today)]
    return min(upcoming, key=lambda batch: (batch.start_date, batch.id), default=None)


# --- checks for one offer (referrals) ----------------------------------------------------------


def _distance(profile: ProfileFacts, offer: Offer) -> float:
    return haversine_km(profile.latitude, profile.longitude, offer.latitude, offer.longitude)


def course_blockers(
    profile: ProfileFacts,
    course: CourseOffer,
    trade: TradeInfo,
    today: date,
    batch: BatchOffer | None = None,
) -> tuple[BlockerHit, ...]:
    """Every rule a course (or, given `batch`, that one batch of it) fails for the survivor."""
    context = RuleContext(today, trade, _distance(profile, course), batch)
    return blockers(profile, course, context)


def batch_blockers(
    profile: ProfileFacts, course: CourseOffer, batch: BatchOffer, trade: TradeInfo, today: date
) -> tuple[BlockerHit, ...]:
    """Every rule a referral to this batch would break (POST /referrals with a `batch_id`)."""
    return course_blockers(profile, course, trade, today, batch)


def opening_blockers(
    profile: ProfileFacts, opening: OpeningOffer, trade: TradeInfo, today: date
) -> tuple[BlockerHit, ...]:
    """Every rule an application to this opening would break (POST /referrals, `opening_id`)."""
    context = RuleContext(today, trade, _distance(profile, opening))
    return blockers(profile, opening, context)
