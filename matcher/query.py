"""One survivor against the index on one day: `Query`, what every step of `matcher.engine` asks.

It gathers the candidates once as arrays (`matcher.columnar.Pool`: every hard rule and the score
at once), finds the best literacy bridges, runs the rules on an offer and scores it (`evaluate`,
`score`: every factor of `matcher.factors`, the specification the arrays are checked against),
and bounds the score of a candidate before scoring it (`_trade_bound`, `_offer_bound`: for
`matcher.wanted`).
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np

from .candidates import Candidates
from .checks import best_open_batch
from .evaluation import Evaluation
from .factors import (
    DISTANCE_BOUNDS,
    Pair,
    TradeFacts,
    score_pair,
    score_trade,
    trade_bound,
    weighted_score,
)
from .geo import haversine_radians
from .columnar import Pool
from .index import CatalogIndex
from .models import ProfileFacts, TradeInfo
from .rows import Row
from .rules import RuleContext, Seeker, admits, blockers, hidden_districts, reaches
from .scoring import Factor
from .vocabulary import Blocker, IncomeUrgency

SCORE_MARGIN = 0.1  # bounds and scores are summed in different orders and scores are rounded


class Query:
    """One survivor against the index on one day."""

    def __init__(self, profile: ProfileFacts, index: CatalogIndex, today: date):
        self._prepare(profile, index, today)
        self.pool = Pool(self)
        self.market = self.pool.market()
        self.best_bridges = self._best_bridges()
        self.literacy_reach = max([self.rank, *self.best_bridges])
        self._candidates: Candidates | None = None

    @property
    def candidates(self) -> Candidates:
        """(row, None) for every candidate (the distance computed when evaluated): what
        `matcher.engine.batch_fits` walks."""
        if self._candidates is None:
            row = self.index.new_row
            self._candidates = [(row(p), None) for p in self.pool.pos.tolist()]
        return self._candidates

    def _prepare(self, profile: ProfileFacts, index: CatalogIndex, today: date) -> None:
        """What every question about her needs, before any offer is gathered (a query of a few
        offers, `matcher.wanted`, starts here and gathers only those)."""
        self.profile = profile
        self.index = index
        self.today = today
        self.today_ordinal = today.toordinal()
        self.rank = profile.literacy.rank
        self.reach_km = profile.max_travel_km
        self.hidden = hidden_districts(profile)
        self.seeker = Seeker(profile, max(self.rank, index.max_raise_rank),
                             index.language_mask(profile.languages))
        self.access_ok = [reaches(self.seeker, access) for access in index.accesses]
        phi = math.radians(profile.latitude)
        self.phi, self.lam, self.cos_phi = phi, math.radians(profile.longitude), math.cos(phi)
        self._signature_ok: dict[int, bool] = {}
        self._evaluations: dict[tuple[str, int], Evaluation] = {}
        self._at: dict[int, Evaluation] = {}
        self._trade_scores: dict[str, dict[str, Factor]] = {}
        self._trade_bounds: dict[tuple[str, int], float] = {}
        self._urgency_index = list(IncomeUrgency).index(profile.income_urgency)

    def fits(self, signature_id: int) -> bool:
        """The screens of the rules, judged once per signature (literacy loosely: up to the
        highest level any bridge in the catalogue reaches; the bridges narrow it)."""
        known = self._signature_ok.get(signature_id)
        if known is None:
            index = self.index
            reached = self.access_ok[index.signature_access[signature_id]]
            known = reached and admits(self.seeker, index.signatures[signature_id], reached)
            self._signature_ok[signature_id] = known
        return known

    def distance(self, row: Row) -> float:
        return haversine_radians(self.phi, self.lam, self.cos_phi, row.phi, row.lam, row.cos_phi)

    # --- bridges -------------------------------------------------------------------------------

    def _best_bridges(self) -> dict[int, Evaluation]:
        """For each literacy level some eligible bridge reaches, the best bridge reaching it."""
        pool = self.pool
        at = pool.bridges()
        best = {}
        for level in np.unique(pool.raises[at]).tolist():
            top = pool.best(at[pool.raises[at] == level], 1)
            if top:
                best[level] = top[0]
        return best

    def bridge_for(self, literacy_rank: int) -> Evaluation | None:
        """The best eligible bridge that reaches this literacy level."""
        reaching = [e for level, e in self.best_bridges.items() if level >= literacy_rank]
        return min(reaching, key=lambda e: e.order, default=None)

    # --- the rules and the factors for one offer --------------------------------------------

    def evaluate_at(self, position: int) -> Evaluation:
        """`evaluate` of the offer at a position of the index's columns (its row made once)."""
        evaluation = self._at.get(position)
        if evaluation is None:
            evaluation = self._at[position] = self.evaluate(self.index.new_row(position), None)
        return evaluation

    def evaluate(self, row: Row, km: float | None) -> Evaluation:
        key = (row.kind, row.id)
        evaluation = self._evaluations.get(key)
        if evaluation is not None:
            return evaluation
        if km is None:
            km = self.distance(row)
        offer = row.offer
        hits = blockers(self.profile, offer, RuleContext(self.today, row.trade_info, km))
        evaluation = Evaluation(row=row, distance_km=km, blockers=hits)
        self._evaluations[key] = evaluation
        if hits:
            only_literacy = all(hit.code == Blocker.LITERACY_BELOW_MINIMUM for hit in hits)
            bridge = self.bridge_for(row.lit_rank) if only_literacy and not row.is_bridge else None
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
        row = evaluation.row
        pair = Pair(self.profile, row.offer, row.trade_info, self.today, evaluation.distance_km,
                    evaluation.batch, self.market[row.trade])
        factors = self.factors_of(pair, row)
        evaluation.factors = {name: round(factor.value, 2) for name, factor in factors.items()}
        evaluation.score = weighted_score(
            {name: factor.value for name, factor in factors.items()}, evaluation.requires_bridge
        )
        evaluation.reasons = [factor.reason for factor in factors.values() if factor.reason]

    def factors_of(self, pair: Pair, row: Row) -> dict[str, Factor]:
        """Every factor of the pair (of the row's offer), in FACTORS order."""
        return score_pair(pair, self.trade_scores(row))

    def trade_scores(self, row: Row) -> dict[str, Factor]:
        """The factors scored by trade, for the row's trade (cached)."""
        return self._scores_of_trade(row.trade, row.trade_info)

    def trade_scores_of(self, code: str) -> dict[str, Factor]:
        """The factors scored by trade, for a trade code (cached)."""
        return self._scores_of_trade(code, self.index.trade(code))

    def _scores_of_trade(self, code: str, trade: TradeInfo) -> dict[str, Factor]:
        found = self._trade_scores.get(code)
        if found is None:
            found = self._trade_scores[code] = score_trade(self.profile, trade, self.today)
        return found

    # --- ranking by bounds ---------------------------------------------------------------------

    def _trade_bound(self, row: Row) -> float:
        """The part of the bound the same for every offer of a trade and kind (cached)."""
        key = (row.trade, row.kind_order)
        bound = self._trade_bounds.get(key)
        if bound is None:
            facts = TradeFacts(self.profile, row.trade_info, row.kind, self.market[row.trade])
            bound = trade_bound(facts, self.trade_scores(row))
            self._trade_bounds[key] = bound
        return bound

    def _offer_bound(self, trade: float, row: Row, km: float | None) -> float:
        """An upper bound of the row's score (no bridge discount) given its trade's part."""
        bound = trade + row.offer_bounds[self._urgency_index]
        for weight, part in DISTANCE_BOUNDS:
            bound += weight * (1.0 if km is None else part(km, self.reach_km, row.needs_presence))
        return bound
