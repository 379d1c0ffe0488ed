"""The hard rules of docs/design.md, one small function each: a `BlockerHit` when the offer fails
the rule, `None` when it passes. An offer failing any rule is never a match.

Every rule has the same signature, `rule(profile, offer, context)`; `RuleContext` carries what is
not in the two dataclasses: today's date, the offer's trade (is it remote-teachable?), the
great-circle distance, and for a referral to one named batch, that batch.

Interpretations (where docs/design.md leaves room):
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
  near misses (`matcher.checks.is_offered`).

Each rule is declared once in HARD_RULES, with its screen: the same rule judged once for a
group of offers that share their categorical conditions (a `Signature` of the index), which the
engine uses to gather candidates before it runs every rule on the offers it lists. The checks
of one offer for a referral are `matcher.checks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from .models import BatchOffer, CourseOffer, Offer, OpeningOffer, ProfileFacts, TradeInfo
from .results import BlockerHit
from .sectors import sector_trades
from .signature import Access, Signature
from .vocabulary import Blocker, Device, Gender, LearningMode, OpeningStatus

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


# --- the rules, in the order of docs/design.md ----------------------------------------------------
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
    if has_device(profile, offer.devices_for_remote_part()):
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


def hidden_districts(profile: ProfileFacts) -> frozenset[str]:
    """The districts whose offers the engine never lists, not even as near misses: those failing
    `avoided_district` (district keys)."""
    return profile.avoid_districts


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


@dataclass(frozen=True, slots=True)
class HardRule:
    """A rule, and how the engine screens offers with it before running it (`screen`, None: it
    does not): the screen judges what is filed in the index for a group of offers (a `Signature`,
    or with `access` set, only how an offer is reached, an `Access`) and may answer False only
    when the rule blocks every offer of the group, even through a literacy bridge."""

    check: Rule
    screen: Callable[[Seeker, Signature | Access], bool] | None = None
    access: bool = False


HARD_RULES: tuple[HardRule, ...] = (
    HardRule(literacy_below_minimum, lambda who, s: s.min_literacy_rank <= who.literacy_reach),
    HardRule(language_mismatch,
             lambda who, s: not s.language_mask or bool(s.language_mask & who.language_mask)),
    HardRule(too_far),
    HardRule(no_device, lambda who, a: a.remote_devices is None
             or has_device(who.profile, a.remote_devices), access=True),
    HardRule(mode_mismatch, lambda who, a: not (
        (a.needs_presence and who.profile.learning_mode is LearningMode.REMOTE_ONLY)
        or (a.is_remote_only and who.profile.learning_mode is LearningMode.IN_PERSON)),
        access=True),
    HardRule(needs_in_person_practice, lambda who, a: not a.hands_on_course or not (
        a.is_remote_only or who.profile.learning_mode is LearningMode.REMOTE_ONLY), access=True),
    HardRule(age_out_of_range, lambda who, s: s.min_age <= who.profile.age <= s.max_age),
    HardRule(women_only, lambda who, s: not s.women_only or who.profile.gender in WOMEN),
    HardRule(avoided_district),  # screened by place: `hidden_districts`
    HardRule(no_capacity),
    HardRule(closed),
    HardRule(document_unobtainable),
    HardRule(exploited_sector),
)
"""Every hard rule, in the order of docs/design.md (blockers are reported in this order). A new rule
is a function above and one entry here (with a screen if the index can judge it by signature)."""

RULES: tuple[Rule, ...] = tuple(rule.check for rule in HARD_RULES)
_SIGNATURE_SCREENS = tuple(rule.screen for rule in HARD_RULES if rule.screen and not rule.access)
_ACCESS_SCREENS = tuple(rule.screen for rule in HARD_RULES if rule.access and rule.screen)


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


# --- screens: the rules judged once for a group of offers -----------------------------------


def has_device(profile: ProfileFacts, devices: frozenset[Device]) -> bool:
    """She holds one of `devices` and is online (the remote part of an offer, `no_device`)."""
    return profile.device in devices and profile.connectivity


class Seeker(NamedTuple):
    """The survivor as the screens see her: `literacy_reach`, the highest literacy rank she could
    reach through a bridge of the catalogue; `language_mask`, her languages as the index numbers
    them."""

    profile: ProfileFacts
    literacy_reach: int
    language_mask: int


def admits(seeker: Seeker, signature: Signature, reached: bool | None = None) -> bool:
    """False only when every offer of the signature fails a rule for her. `reached`: what
    `reaches` answers for the signature's access, when the caller knows it already."""
    if reached is None:
        reached = reaches(seeker, signature.access)
    if not reached:
        return False
    for screen in _SIGNATURE_SCREENS:  # a loop, not all(): judged for thousands of signatures
        if not screen(seeker, signature):
            return False
    return True


def reaches(seeker: Seeker, access: Access) -> bool:
    """False only when every offer reached this way fails a rule for her (mode, device,
    practice): the offers that count towards the market of their trade."""
    return all(screen(seeker, access) for screen in _ACCESS_SCREENS)
