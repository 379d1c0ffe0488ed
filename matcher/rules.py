"""The hard rules of DESIGN.md, one small function each: a `BlockerHit` when the offer fails the
rule, `None` when it passes. An offer failing any rule is never a match.

Every rule has the same signature, `rule(profile, offer, context)`; `RuleContext` carries what is
not in the two dataclasses: today's date, the offer's trade (is it remote-teachable?), the
great-circle distance, and for a referral to one named batch, that batch.

Interpretations (where DESIGN.md leaves room):
- Presence: in-person and blended courses, on-site and hybrid openings need the survivor there
  (distance counts); remote courses and remote openings do not.
- Devices: the remote part of a course (remote or blended) needs a smartphone or computer and
  connectivity; the remote part of a job (remote or hybrid) is desk work and needs a computer and
  connectivity.
- `mode_mismatch`: a `remote_only` survivor and an offer that needs presence; an `in_person`
  survivor and an offer that is remote only (blended and hybrid offers have an in-person part).
- `needs_in_person_practice` concerns courses only: a hands-on trade (not remote-teachable) taught
  remote only, or any course of a hands-on trade for a `remote_only` survivor.
- `women_only`: only survivors recorded as `female` pass (`WOMEN`); a policy constant.
- `avoided_district` applies to every offer located in the district, remote ones too: whoever runs
  it is there. The engine never lists such offers at all, not even as near misses; the rule still
  answers referral checks.
- Capacity and closing of a course look at its batches: a batch is closed once its deadline has
  passed or it has started (a batch starting today has started); the course is `closed` when every
  batch is closed (or it has none) and `no_capacity` when batches are open but all are full.
  An opening is `closed` when its status is closed or `closes_on` has passed (the closing day
  itself is still open).
- Visibility is not a rule: openings that are not published or whose employer is not verified,
  and bridge courses for survivors already at the level they raise to, are neither matches nor
  near misses (`is_offered`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .geo import haversine_km
from .models import (
    BatchOffer,
    BlockerHit,
    CourseOffer,
    Offer,
    OpeningOffer,
    ProfileFacts,
    TradeInfo,
)
from .sectors import sector_trades
from .vocabulary import Blocker, Gender, LearningMode, OpeningStatus

WOMEN = frozenset({Gender.FEMALE})
"""Genders admitted to women-only offers."""


@dataclass(frozen=True, slots=True)
class RuleContext:
    today: date
    trade: TradeInfo
    distance_km: float
    batch: BatchOffer | None = None


Rule = Callable[[ProfileFacts, Offer, RuleContext], "BlockerHit | None"]


def _kind(offer: Offer) -> str:
    return "course" if isinstance(offer, CourseOffer) else "opening"


# --- the rules, in the order of DESIGN.md -------------------------------------------------------
# Each blocker carries the facts that break the rule as parameters (codes, numbers, dates, the
# district as the catalogue names it); `api.messages` words them.


def literacy_below_minimum(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if profile.literacy.rank < offer.min_literacy.rank:
        return BlockerHit(Blocker.LITERACY_BELOW_MINIMUM,
                          {"needs": str(offer.min_literacy), "has": str(profile.literacy)})
    return None


def language_mismatch(profile: ProfileFacts, offer: Offer, context: RuleContext):
    # An offer that names no language sets no language condition.
    if offer.languages and offer.languages.isdisjoint(profile.languages):
        return BlockerHit(Blocker.LANGUAGE_MISMATCH, {
            "kind": _kind(offer), "offered": sorted(offer.languages),
            "spoken": sorted(profile.languages)})
    return None


def too_far(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if not offer.needs_presence or context.distance_km <= profile.max_travel_km:
        return None
    if offer.lodging and profile.can_relocate:
        return None
    lodging = None
    if offer.lodging:
        lodging = "residential" if isinstance(offer, CourseOffer) else "accommodation"
    return BlockerHit(Blocker.TOO_FAR, {
        "km": round(context.distance_km), "max_travel_km": profile.max_travel_km,
        "lodging": lodging})


def no_device(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if not offer.has_remote_part:
        return None
    needed = offer.devices_for_remote_part()
    if profile.device in needed and profile.connectivity:
        return None
    return BlockerHit(Blocker.NO_DEVICE, {
        "kind": _kind(offer), "device": str(profile.device),
        "connectivity": bool(profile.connectivity)})


def mode_mismatch(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if profile.learning_mode is LearningMode.REMOTE_ONLY and offer.needs_presence:
        return BlockerHit(Blocker.MODE_MISMATCH, {"kind": _kind(offer), "needs": "presence"})
    if profile.learning_mode is LearningMode.IN_PERSON and offer.is_remote_only:
        return BlockerHit(Blocker.MODE_MISMATCH, {"kind": _kind(offer), "needs": "remote"})
    return None


def needs_in_person_practice(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if not isinstance(offer, CourseOffer) or context.trade.remote_teachable:
        return None
    if offer.is_remote_only:
        return BlockerHit(Blocker.NEEDS_IN_PERSON_PRACTICE,
                          {"trade": context.trade.code, "because": "course_remote_only"})
    if profile.learning_mode is LearningMode.REMOTE_ONLY:
        return BlockerHit(Blocker.NEEDS_IN_PERSON_PRACTICE,
                          {"trade": context.trade.code, "because": "survivor_remote_only"})
    return None


def age_out_of_range(profile: ProfileFacts, offer: Offer, context: RuleContext):
    low, high = offer.effective_min_age, offer.max_age
    if profile.age < low:
        return BlockerHit(Blocker.AGE_OUT_OF_RANGE, {"min_age": low, "age": profile.age})
    if high is not None and profile.age > high:
        return BlockerHit(Blocker.AGE_OUT_OF_RANGE, {"max_age": high, "age": profile.age})
    return None


def women_only(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if offer.women_only and profile.gender not in WOMEN:
        return BlockerHit(Blocker.WOMEN_ONLY, {"kind": _kind(offer)})
    return None


def avoided_district(profile: ProfileFacts, offer: Offer, context: RuleContext):
    # Both sides hold district keys, normalised once when the dataclasses were built.
    if profile.avoid_districts and offer.district in profile.avoid_districts:
        return BlockerHit(Blocker.AVOIDED_DISTRICT, {"district": offer.district})
    return None


def no_capacity(profile: ProfileFacts, offer: Offer, context: RuleContext):
    if isinstance(offer, OpeningOffer):
        if offer.positions_available <= 0:
            return BlockerHit(Blocker.NO_CAPACITY,
                              {"kind": "opening", "positions": offer.positions})
        return None
    batches = _batches_in_question(offer, context)
    upcoming = [batch for batch in batches if not batch.is_closed(context.today)]
    if upcoming and all(batch.seats_available <= 0 for batch in upcoming):
        return BlockerHit(Blocker.NO_CAPACITY, {"kind": "course", "batches": len(upcoming)})
    return None


def closed(profile: ProfileFacts, offer: Offer, context: RuleContext):
    today = context.today
    if isinstance(offer, OpeningOffer):
        if offer.status is OpeningStatus.CLOSED:
            return BlockerHit(Blocker.CLOSED, {"kind": "opening", "closed_on": None})
        if offer.closes_on is not None and today > offer.closes_on:
            return BlockerHit(Blocker.CLOSED,
                              {"kind": "opening", "closed_on": offer.closes_on.isoformat()})
        return None
    batches = _batches_in_question(offer, context)
    if not batches:
        return BlockerHit(Blocker.CLOSED, {"kind": "course", "batches": 0})
    if all(batch.is_closed(today) for batch in batches):
        return BlockerHit(Blocker.CLOSED, {"kind": "course", "batches": len(batches)})
    return None


def document_unobtainable(profile: ProfileFacts, offer: Offer, context: RuleContext):
    """An offer asking for a document she cannot lawfully obtain (an Indian paper, for a survivor
    who is not an Indian national or is awaiting repatriation)."""
    out_of_reach = offer.documents_required & profile.unobtainable_documents
    if not out_of_reach:
        return None
    documents = sorted(str(document) for document in out_of_reach)
    return BlockerHit(Blocker.DOCUMENT_UNOBTAINABLE, {"documents": documents})


def exploited_sector(profile: ProfileFacts, offer: Offer, context: RuleContext):
    """An offer in a trade of the sector she was exploited in (matcher.sectors), unless her
    counselor recorded why she chooses to return to it."""
    if profile.return_to_sector or context.trade.code not in sector_trades(
            profile.exploited_sector):
        return None
    return BlockerHit(Blocker.EXPLOITED_SECTOR,
                      {"sector": profile.exploited_sector, "trade": context.trade.code})


RULES: tuple[Rule, ...] = (
    literacy_below_minimum,
    language_mismatch,
    too_far,
    no_device,
    mode_mismatch,
    needs_in_person_practice,
    age_out_of_range,
    women_only,
    avoided_district,
    no_capacity,
    closed,
    document_unobtainable,
    exploited_sector,
)
"""Every hard rule, in the order of DESIGN.md (blockers are reported in this order)."""


def blockers(profile: ProfileFacts, offer: Offer, context: RuleContext) -> tuple[BlockerHit, ...]:
    """Every rule the offer fails; empty when the survivor is eligible."""
    found = []
    for rule in RULES:
        hit = rule(profile, offer, context)
        if hit is not None:
            found.append(hit)
    return tuple(found)


def _batches_in_question(course: CourseOffer, context: RuleContext) -> tuple[BatchOffer, ...]:
    return (context.batch,) if context.batch is not None else course.batches


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
