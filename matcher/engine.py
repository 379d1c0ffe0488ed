"""The public entry point: `match(profile, index, today)` ranks what a survivor can do now.

How one query runs (the index is built once, see `matcher.index`):
1. Gather candidates: offers of the grid cells within the survivor's travel distance, lodging
   offers anywhere if she would relocate, remote offers; drop those whose signature fails a
   categorical rule. Count, per trade, the open positions within her reach (marketability).
2. Bridges first: for each literacy level, the best literacy or schooling course she is eligible
   for that reaches it. The highest level reached sets how far below an offer's minimum literacy
   she may be and still be matched through a bridge (`requires_bridge`, with the best bridge
   that reaches the offer's level).
3. Rank the rest: an upper bound of each candidate's score (every factor but the start and the
   preferences is exact) orders them; the hard rules of `matcher.rules` then decide each in turn,
   and the loop stops when no remaining bound can enter the top `limit`. Ties are broken by kind
   (course first) and id, so the same input always gives the same output.
4. Pathways for the matches listed (`matcher.pathways`), then near misses.

Near misses are offers that fail a rule (offers in districts to avoid are never listed, see
`matcher.rules`). They are bounded, not exhaustive: first the offers of her interest and
experience trades within max(2 x travel distance, 50 km), remote, or with lodging anywhere; then,
if those give fewer than the cap, offers of any trade within her daily reach. At most
NEAR_MISS_POOL of each (nearest first) are examined; they are ranked by (interest trade first,
fewer blockers, stronger interest, nearer, kind, id) and `near_miss_limit` (default: `limit`)
are returned. Each blocker gets the step that would lift it, and those with a step come first
(`matcher.unblock`, issue 17).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Literal

from . import pathways, scoring, unblock
from .geo import haversine_radians
from .index import DEVICE_COMPUTER, CatalogIndex, Row, cell_distance_order
from .messages import Message
from .models import (
    BatchOffer,
    BlockerHit,
    Match,
    MatchResult,
    NEEDS_NO_INDIAN_PAPERS,
    NearMiss,
    ProfileFacts,
    ReasonCode,
    TradeKind,
)
from .rules import WOMEN, RuleContext, best_open_batch, blockers, next_batch
from .schemes import Scheme, SchemeFacts
from .scoring import WEIGHTS, Factor
from .vocabulary import Blocker, Device, IncomeUrgency, LearningMode

KindFilter = Literal["all", "course", "opening"]

NEAR_MISS_MIN_RADIUS_KM = 50.0
NEAR_MISS_POOL = 300
SCORE_MARGIN = 0.1  # bounds and scores are summed in different orders and scores are rounded


def match(
    profile: ProfileFacts,
    index: CatalogIndex,
    today: date,
    *,
    kind: KindFilter = "all",
    limit: int | None = 20,
    near_misses: bool = True,
    near_miss_limit: int | None = None,
    schemes: Sequence[Scheme] = (),
    scheme_facts: SchemeFacts | None = None,
) -> MatchResult:
    """Eligible offers for the survivor, best first (at most `limit`; None for all), and near
    misses (at most `near_miss_limit`, default `limit`). With the `schemes` catalogue (and the
    survivor's `scheme_facts`), pathways gain the scheme steps that fund them."""
    if kind not in ("all", "course", "opening"):
        raise ValueError(f"kind must be all, course or opening, not {kind!r}")
    query = _Query(profile, index, today)
    if schemes:
        query.funding = pathways.Funding.for_profile(profile, scheme_facts or SchemeFacts(),
                                                     schemes)
    found = query.matches(kind, limit)
    missed: list[NearMiss] = []
    if near_misses:
        cap = limit if near_miss_limit is None else near_miss_limit
        missed = query.near_misses(kind, cap)
    return MatchResult(profile_id=profile.id, matches=tuple(found), near_misses=tuple(missed))


def match_many(
    profiles: Iterable[ProfileFacts], index: CatalogIndex, today: date, **options
) -> Iterator[MatchResult]:
    """`match` for each profile in turn (the nightly digest)."""
    for profile in profiles:
        yield match(profile, index, today, **options)


@dataclass(frozen=True, slots=True)
class BatchFit:
    """A batch a survivor may join now, and how well it fits her (the score of a match)."""

    course_id: int
    batch_id: int
    score: float
    distance_km: float
    factors: Mapping[str, float]
    reasons: tuple[Message, ...]


def batch_fits(
    profile: ProfileFacts, index: CatalogIndex, today: date,
    wanted: Mapping[int, Collection[int]],
) -> list[BatchFit]:
    """The batches of `wanted` (course id -> batch ids) the survivor may join now, best first:
    every hard rule checked for that batch, and the score a match would give it (its own start
    date). What a cohort allocation ranks (see `matcher.allocation`)."""
    return _Query(profile, index, today).batch_fits(wanted)


@dataclass(slots=True)
class Evaluation:
    """What the rules and the factors say about one offer for one survivor."""

    row: Row
    distance_km: float
    blockers: tuple[BlockerHit, ...]
    requires_bridge: bool = False
    bridge: Evaluation | None = None
    batch: BatchOffer | None = None
    factors: dict[str, float] = field(default_factory=dict)
    reasons: list[Message] = field(default_factory=list)
    score: float = 0.0

    @property
    def is_match(self) -> bool:
        return not self.blockers or self.requires_bridge

    @property
    def order(self) -> tuple[float, int, int]:
        return (-self.score, self.row.kind_order, self.row.id)


class _Query:
    """One survivor against the index on one day."""

    def __init__(self, profile: ProfileFacts, index: CatalogIndex, today: date):
        self.profile = profile
        self.funding = pathways.NO_FUNDING
        self.index = index
        self.today = today
        self.today_ordinal = today.toordinal()
        self.rank = profile.literacy.rank
        self.language_mask = index.language_mask(profile.languages)
        self.is_woman = profile.gender in WOMEN
        self.remote_only = profile.learning_mode is LearningMode.REMOTE_ONLY
        self.in_person_only = profile.learning_mode is LearningMode.IN_PERSON
        online = profile.connectivity
        self.device_ok = (
            True,
            online and profile.device in (Device.SMARTPHONE, Device.COMPUTER),
            online and profile.device is Device.COMPUTER,
        )
        self.avoid = profile.avoid_districts
        point = _radians(profile.latitude, profile.longitude)
        self.phi, self.lam, self.cos_phi = point
        self.reach_km = profile.max_travel_km
        self.access_ok = [self._access_ok(*access) for access in index.accesses]
        self._signature_ok: dict[int, bool] = {}
        self._evaluations: dict[tuple[str, int], Evaluation] = {}
        self._trade_factors: dict[str, tuple[Factor, Factor]] = {}
        self._trade_bounds: dict[tuple[str, int], float] = {}
        self._urgency_index = list(IncomeUrgency).index(profile.income_urgency)
        self.market: dict[str, int] = defaultdict(int)
        self.candidates = self._gather()
        self.best_bridges = self._best_bridges()
        self.literacy_reach = max([self.rank, *self.best_bridges])

    # --- step 1: candidates ------------------------------------------------------------------

    def _access_ok(self, needs_presence, is_remote_only, device_need, hands_on_course) -> bool:
        if needs_presence and self.remote_only:
            return False
        if is_remote_only and self.in_person_only:
            return False
        if not self.device_ok[device_need]:
            return False
        return not (hands_on_course and (is_remote_only or self.remote_only))

    def _fits(self, signature_id: int) -> bool:
        """The categorical rules, judged once per signature (literacy loosely: up to the highest
        level any bridge in the catalogue reaches; step 2 narrows it)."""
        known = self._signature_ok.get(signature_id)
        if known is None:
            s = self.index.signatures[signature_id]
            known = (
                s.min_literacy_rank <= max(self.rank, self.index.max_raise_rank)
                and (not s.language_mask or bool(s.language_mask & self.language_mask))
                and (self.is_woman or not s.women_only)
                and s.min_age <= self.profile.age <= s.max_age
                and self._access_ok(
                    s.needs_presence, s.is_remote_only, s.device_need, s.hands_on_course
                )
            )
            self._signature_ok[signature_id] = known
        return known

    def _distance(self, row: Row) -> float:
        return haversine_radians(self.phi, self.lam, self.cos_phi, row.phi, row.lam, row.cos_phi)

    def _gather(self) -> list[tuple[Row, float | None]]:
        index, avoid, reach = self.index, self.avoid, self.reach_km
        found: list[tuple[Row, float | None]] = []
        if not self.remote_only:  # everything with presence fails mode_mismatch otherwise
            cells = index.cells_near(self.profile.latitude, self.profile.longitude, reach)
            for cell in cells:
                rows = index.grid_courses.get(cell)
                if rows:
                    self._scan(rows, found, within=True)
                rows = index.grid_openings.get(cell)
                if rows:
                    self._scan(rows, found, within=True)
            if self.profile.can_relocate:
                self._scan(index.lodging_courses, found, within=False)
                self._scan(index.lodging_openings, found, within=False)
        if not self.in_person_only:
            fits = self._fits
            for signature_id, rows in index.remote_by_signature.items():
                if fits(signature_id):
                    if avoid:
                        found.extend((row, None) for row in rows if row.district not in avoid)
                    else:
                        found.extend((row, None) for row in rows)
            if self.device_ok[DEVICE_COMPUTER]:
                by_trade, by_district = index.remote_positions(self.today)
                for trade, positions in by_trade.items():
                    self.market[trade] += positions
                for district in avoid:
                    for trade, positions in by_district.get(district, {}).items():
                        self.market[trade] -= positions
        return found

    def _scan(self, rows: list[Row], found: list, within: bool) -> None:
        """Rows that need presence: those that fit and lie within daily reach (`within`), or
        beyond it (lodging, for survivors who would relocate). Open openings within reach by
        place, mode and device count towards the market of their trade, whatever else blocks."""
        fits, access_ok, signature_access = self._fits, self.access_ok, self.index.signature_access
        avoid, reach, market, today = self.avoid, self.reach_km, self.market, self.today_ordinal
        phi, lam, cos_phi = self.phi, self.lam, self.cos_phi
        last, fit, reachable = -1, False, False
        for row in rows:
            if row.signature != last:
                last = row.signature
                fit = fits(last)
                reachable = access_ok[signature_access[last]]
            if not reachable or (avoid and row.district in avoid):
                continue
            if not fit and row.kind_order == 0:
                continue
            km = haversine_radians(phi, lam, cos_phi, row.phi, row.lam, row.cos_phi)
            if (km <= reach) is within:
                if row.kind_order == 1 and row.is_open_opening(today):
                    market[row.trade] += row.positions_available
                if fit:
                    found.append((row, km))

    # --- step 2: bridges -----------------------------------------------------------------------

    def _bridge_pool(self) -> list[tuple[Row, float | None]]:
        """Literacy and schooling courses she could join now: at their level, below their aim."""
        rank = self.rank
        return [
            (row, km)
            for row, km in self.candidates
            if row.is_bridge and row.raises_rank > rank and row.lit_rank <= rank
        ]

    def _best_bridges(self) -> dict[int, Evaluation]:
        """For each literacy level some eligible bridge reaches, the best bridge reaching it."""
        by_level: dict[int, list[tuple[Row, float | None]]] = defaultdict(list)
        for row, km in self._bridge_pool():
            by_level[row.raises_rank].append((row, km))
        best = {}
        for level, pool in by_level.items():
            top = self.top(pool, 1)
            if top:
                best[level] = top[0]
        return best

    def _bridge_for(self, literacy_rank: int) -> Evaluation | None:
        """The best eligible bridge that reaches this literacy level."""
        reaching = [e for level, e in self.best_bridges.items() if level >= literacy_rank]
        return min(reaching, key=lambda e: e.order, default=None)

    # --- the rules and the factors for one offer --------------------------------------------

    def evaluate(self, row: Row, km: float | None) -> Evaluation:
        key = (row.kind, row.id)
        evaluation = self._evaluations.get(key)
        if evaluation is not None:
            return evaluation
        if km is None:
            km = self._distance(row)
        offer, profile = row.offer, self.profile
        context = RuleContext(self.today, row.trade_info, km)
        hits = blockers(profile, offer, context)
        evaluation = Evaluation(row=row, distance_km=km, blockers=hits)
        self._evaluations[key] = evaluation
        if hits:
            only_literacy = all(hit.code == Blocker.LITERACY_BELOW_MINIMUM for hit in hits)
            bridge = self._bridge_for(row.lit_rank) if only_literacy and not row.is_bridge else None
            if bridge is None:
                return evaluation
            evaluation.requires_bridge, evaluation.bridge = True, bridge
        if row.kind == "course":
            evaluation.batch = best_open_batch(offer, self.today)
        self.score(evaluation)
        return evaluation

    def score(self, evaluation: Evaluation) -> None:
        """Fill in the factors, the score and the reasons of an offer she may take (for a
        course, of the batch `evaluation.batch`)."""
        row, profile, offer = evaluation.row, self.profile, evaluation.row.offer
        interest, experience = self._trade_factors_for(row)
        factors = {
            "interest": interest,
            "experience": experience,
            "distance": scoring.travel_distance(profile, offer, evaluation.distance_km),
            "income": scoring.income_urgency(profile, offer),
            "marketability": scoring.marketability(offer, row.trade_info, self.market[row.trade]),
            "start": scoring.early_start(self.today, offer, evaluation.batch),
            "preferences": scoring.preferences(profile, offer),
        }
        evaluation.factors = {name: round(factor.value, 2) for name, factor in factors.items()}
        evaluation.score = scoring.weighted_score(
            {name: factor.value for name, factor in factors.items()}, evaluation.requires_bridge
        )
        evaluation.reasons = [factor.reason for factor in factors.values() if factor.reason]

    def batch_fits(self, wanted: Mapping[int, Collection[int]]) -> list[BatchFit]:
        """Each batch of `wanted` (course id -> batch ids) within her reach that she may join
        now, scored as a match would score that batch. A course reached only through a literacy
        bridge is not joinable now, so it is left out."""
        fits = []
        for row, km in self.candidates:
            batch_ids = wanted.get(row.id) if row.kind == "course" else None
            if not batch_ids:
                continue
            if km is None:
                km = self._distance(row)
            for batch in row.offer.batches:
                if batch.id not in batch_ids:
                    continue
                context = RuleContext(self.today, row.trade_info, km, batch)
                if blockers(self.profile, row.offer, context):
                    continue
                evaluation = Evaluation(row=row, distance_km=km, blockers=(), batch=batch)
                self.score(evaluation)
                fits.append(BatchFit(
                    course_id=row.id, batch_id=batch.id, score=evaluation.score,
                    distance_km=km, factors=evaluation.factors,
                    reasons=tuple(evaluation.reasons),
                ))
        fits.sort(key=lambda fit: (-fit.score, fit.batch_id))
        return fits

    def _trade_factors_for(self, row: Row) -> tuple[Factor, Factor]:
        factors = self._trade_factors.get(row.trade)
        if factors is None:
            factors = (
                scoring.interest_fit(self.profile, row.trade_info),
                scoring.prior_experience(self.profile, row.trade_info),
            )
            self._trade_factors[row.trade] = factors
        return factors

    def _trade_bound(self, row: Row) -> float:
        """The part of the bound the same for every offer of a trade and kind (cached)."""
        key = (row.trade, row.kind_order)
        bound = self._trade_bounds.get(key)
        if bound is None:
            interest, experience = self._trade_factors_for(row)
            market = scoring.market_value(self.market[row.trade])
            bound = (
                WEIGHTS["interest"] * interest.value
                + WEIGHTS["experience"] * experience.value
                + WEIGHTS["marketability"] * row.market_share * market
                + WEIGHTS["start"]
                + WEIGHTS["preferences"]
            )
            self._trade_bounds[key] = bound
        return bound

    def top(
        self,
        pool: Iterable[tuple[Row, float | None]],
        limit: int | None,
        accept: Callable[[Evaluation], bool] = lambda evaluation: evaluation.is_match,
    ) -> list[Evaluation]:
        """The best `limit` accepted evaluations of the pool, best first.

        Candidates are taken in order of an upper bound of their score (exact for every factor
        but the start and the preferences, taken as 1) and the loop stops when the next bound
        cannot reach the worst kept score. Scores are deterministic, so the result is too."""
        trade_bound, urgency = self._trade_bound, self._urgency_index
        reach, discount, rank = self.reach_km, scoring.BRIDGE_DISCOUNT, self.rank
        distance_weight, distance_value = WEIGHTS["distance"], scoring.distance_value_km
        bounded = []
        for row, km in pool:
            distance = 1.0 if km is None else distance_value(km, reach, row.needs_presence)
            bound = (
                trade_bound(row)
                + row.income_parts[urgency]
                + row.placement_part
                + distance_weight * distance
            )
            if row.lit_rank > rank:
                bound *= discount
            bounded.append((bound, row, km))
        bounded.sort(key=itemgetter(0), reverse=True)
        kept: list[tuple[float, int, int, Evaluation]] = []  # a min-heap: worst on top
        for bound, row, km in bounded:
            if limit is not None and len(kept) >= limit:
                if bound + SCORE_MARGIN < kept[0][0]:
                    break
            evaluation = self.evaluate(row, km)
            if not accept(evaluation):
                continue
            item = (evaluation.score, -row.kind_order, -row.id, evaluation)
            if limit is None or len(kept) < limit:
                heapq.heappush(kept, item)
            elif item[:3] > kept[0][:3]:
                heapq.heapreplace(kept, item)
        return sorted((item[3] for item in kept), key=lambda e: e.order)

    # --- step 3 and 4: matches and their pathways --------------------------------------------

    def matches(self, kind: KindFilter, limit: int | None) -> list[Match]:
        if limit is not None and limit <= 0:
            return []
        wanted = ("course", "opening") if kind == "all" else (kind,)
        pool = [
            (row, km)
            for row, km in self.candidates
            if row.kind in wanted and not row.is_bridge and row.lit_rank <= self.literacy_reach
        ]
        best = self.top(pool, limit)
        if "course" in wanted:
            bridges = self.top(self._bridge_pool(), limit)
            best = sorted(best + bridges, key=lambda e: e.order)[:limit]
        return [self._as_match(evaluation) for evaluation in best]

    def openings_after(self, course: Evaluation) -> list[Evaluation]:
        """Openings of the course's trade the survivor could take once her pathway is done."""
        literacy = course.bridge.row.raises_rank if course.bridge else self.rank
        pool = [
            (row, km)
            for row, km in self.candidates
            if row.kind == "opening" and row.trade == course.row.trade and row.lit_rank <= literacy
        ]
        return self.top(
            pool,
            pathways.OPENINGS_AFTER_COURSE,
            lambda e: not e.blockers or (e.requires_bridge and e.row.lit_rank <= literacy),
        )

    def _as_match(self, evaluation: Evaluation) -> Match:
        row = evaluation.row
        after = self.openings_after(evaluation) if row.kind == "course" else []
        entrepreneurship = self.index.trade(row.trade).kind is TradeKind.ENTREPRENEURSHIP
        steps, notes = pathways.pathway(self.profile, evaluation, after, self.funding,
                                        entrepreneurship)
        return Match(
            kind=row.kind,
            course_id=row.id if row.kind == "course" else None,
            batch_id=evaluation.batch.id if evaluation.batch is not None else None,
            opening_id=row.id if row.kind == "opening" else None,
            title=row.offer.title,
            trade=row.trade,
            score=evaluation.score,
            factors=dict(evaluation.factors),
            reasons=tuple(notes + evaluation.reasons),
            requires_bridge=evaluation.requires_bridge,
            pathway=tuple(steps),
            reason_codes=self._reason_codes(),
        )

    def _reason_codes(self) -> tuple[ReasonCode, ...]:
        profile = self.profile
        if not profile.lacks_indian_papers:
            return ()
        # Every match of hers asks no paper she cannot get (document_unobtainable blocks the
        # rest): what she can do while she waits.
        return (ReasonCode(NEEDS_NO_INDIAN_PAPERS, {
            "nationality": profile.nationality,
            "awaiting_repatriation": profile.awaiting_repatriation}),)

    # --- near misses ---------------------------------------------------------------------------

    def near_misses(self, kind: KindFilter, limit: int | None) -> list[NearMiss]:
        if limit is not None and limit <= 0:
            return []
        wanted = ("course", "opening") if kind == "all" else (kind,)
        rank, avoid = self.rank, self.avoid

        def shown(row: Row) -> bool:
            if row.kind not in wanted or (avoid and row.district in avoid):
                return False
            return not row.is_bridge or row.raises_rank > rank

        trades = {i.trade for i in (*self.profile.interests, *self.profile.experience)}
        missed = self._missed(self._interest_pool(sorted(trades), shown), group=0)
        if limit is None or len(missed) < limit:
            missed += self._missed(self._nearby_pool(trades, shown), group=1)
        missed.sort(key=lambda item: item[0])
        ranked = unblock.rank((evaluation for _, evaluation in missed), self._unblocker(), limit)
        return [self._as_near_miss(evaluation, steps) for evaluation, steps in ranked]

    def _unblocker(self) -> unblock.Unblocker:
        """Issue 17: the unblock step of each blocker of a near miss (matcher.unblock)."""
        return unblock.Unblocker(self.profile, self.index, self.today, self.evaluate,
                                 self._bridge_for)

    def _interest_pool(self, trades: list[str], shown) -> list[tuple[float, int, int, Row]]:
        """Offers of her interest and experience trades: within the near-miss radius, remote, or
        with lodging further away; the NEAR_MISS_POOL nearest."""
        index, profile = self.index, self.profile
        radius = max(2.0 * self.reach_km, NEAR_MISS_MIN_RADIUS_KM)
        cells = index.cells_near(profile.latitude, profile.longitude, radius)
        pool = []
        for trade in trades:
            grid = index.grid_by_trade.get(trade, {})
            for cell in cells:
                for row in grid.get(cell, ()):
                    if shown(row):
                        km = self._distance(row)
                        if km <= radius:
                            pool.append((km, row.kind_order, row.id, row))
            for row in index.remote_by_trade.get(trade, ()):
                if shown(row):
                    pool.append((self._distance(row), row.kind_order, row.id, row))
            for row in index.lodging_by_trade.get(trade, ()):
                if shown(row):
                    km = self._distance(row)
                    if km > radius:  # nearer ones came from the grid
                        pool.append((km, row.kind_order, row.id, row))
        return heapq.nsmallest(NEAR_MISS_POOL, pool)

    def _nearby_pool(self, trades: set[str], shown) -> list[tuple[float, int, int, Row]]:
        """Offers of other trades within daily reach: cells nearest first, until NEAR_MISS_POOL
        offers are gathered (the pool is bounded, not exhaustive, in dense cities)."""
        index, profile = self.index, self.profile
        cells = index.cells_near(profile.latitude, profile.longitude, self.reach_km)
        pool = []
        for cell in cell_distance_order(cells, profile.latitude, profile.longitude):
            for grid in (index.grid_courses, index.grid_openings):
                for row in grid.get(cell, ()):
                    if row.trade not in trades and shown(row):
                        km = self._distance(row)
                        if km <= self.reach_km:
                            pool.append((km, row.kind_order, row.id, row))
            if len(pool) >= NEAR_MISS_POOL:
                break
        return heapq.nsmallest(NEAR_MISS_POOL, pool)

    def _missed(self, pool, group: int) -> list[tuple[tuple, Evaluation]]:
        """Evaluations of the pool that fail a rule, with the key near misses are ranked by."""
        missed = []
        for km, kind_order, offer_id, row in pool:
            evaluation = self.evaluate(row, km)
            if evaluation.is_match:
                continue
            interest = self._trade_factors_for(row)[0].value
            key = (group, len(evaluation.blockers), -interest, km, kind_order, offer_id)
            missed.append((key, evaluation))
        return missed

    def _as_near_miss(self, evaluation: Evaluation, steps: unblock.Steps = ()) -> NearMiss:
        row = evaluation.row
        batch = next_batch(row.offer, self.today) if row.kind == "course" else None
        return NearMiss(
            kind=row.kind,
            course_id=row.id if row.kind == "course" else None,
            batch_id=batch.id if batch is not None else None,
            opening_id=row.id if row.kind == "opening" else None,
            title=row.offer.title,
            trade=row.trade,
            blockers=evaluation.blockers,
            unblocks=steps,
        )


def _radians(lat: float, lon: float) -> tuple[float, float, float]:
    phi = math.radians(lat)
    return phi, math.radians(lon), math.cos(phi)
