"""Near misses that say how to unblock them: for each blocker of a near miss, the step the
catalogue offers that would lift it, as a code with parameters (`Unblock`; the edge words it).

- `literacy_below_minimum` -> `unblock_bridge`: the bridge a match would take (the engine's best
  eligible literacy or open-schooling course reaching the offer's level, `bridge_for`), at its
  batch, with its duration and the day it ends; then the blocked course's first batch with seats
  starting on or after that day (for an opening: that day, if the opening is still open then).
- `too_far` -> `unblock_travel`: the distance she would have to travel (in km as the blocker
  rounds it: "within 29 km"), and the nearest offer of the same trade and kind with lodging (a residential course, a
  job with accommodation) that fails nothing the near miss does not fail already.
- `language_mismatch` -> `unblock_language`: the nearest offer of the same trade and kind in one
  of her languages, within the near-miss radius, remote or with lodging, adding no blocker.
- `no_capacity`, `closed` -> `unblock_next_intake`: the nearest offer of the same trade and kind
  with a batch open with seats (an opening: open with a position left), adding no blocker.

"Adding no blocker": the alternative's blockers are among the near miss's, less the one lifted
(a lodging alternative may still be too far for a survivor who cannot relocate: moving there is
the step). Other blockers (device, mode, age, women-only, papers) have no step.

Pure functions of the index and the engine's evaluations: no database. Alternatives are looked
up once per trade, kind and purpose in a query, among the ALTERNATIVES_EXAMINED nearest offers.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .geo import haversine_radians
from .messages import Message, Unblock
from .rules import next_batch
from .vocabulary import Blocker

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Evaluation
    from .index import CatalogIndex, Row
    from .models import BatchOffer, ProfileFacts

ALTERNATIVES_EXAMINED = 30
Steps = tuple["Message | None", ...]


@dataclass
class Unblocker:
    """The unblock steps of one survivor's near misses on one day (alternatives cached)."""

    profile: ProfileFacts
    index: CatalogIndex
    today: date
    evaluate: Callable[[Row, float | None], Evaluation]
    bridge_for: Callable[[int], "Evaluation | None"]
    radius_km: float
    _alternatives: dict[tuple, Any] = field(default_factory=dict)

    def steps(self, evaluation: Evaluation) -> Steps:
        """One step (or None) per blocker of the near miss, in the blockers' order."""
        codes = frozenset(str(hit.code) for hit in evaluation.blockers)
        return tuple(self._step(evaluation, str(hit.code), codes)
                     for hit in evaluation.blockers)

    def _step(self, evaluation: Evaluation, code: str, codes: frozenset[str]) -> Message | None:
        if code == Blocker.LITERACY_BELOW_MINIMUM:
            return self._bridge(evaluation)
        if code == Blocker.TOO_FAR:
            return self._travel(evaluation, codes)
        if code == Blocker.LANGUAGE_MISMATCH:
            found = self._alternative(evaluation.row, code, codes)
            if found is None:
                return None
            spoken = sorted(found.row.offer.languages & self.profile.languages)
            return Message(Unblock.LANGUAGE, {"languages": spoken,
                                              "alternative": self._describe(found)})
        if code in (Blocker.NO_CAPACITY, Blocker.CLOSED):
            found = self._alternative(evaluation.row, code, codes)
            if found is None:
                return None
            return Message(Unblock.NEXT_INTAKE, {"alternative": self._describe(found)})
        return None

    # --- literacy: a bridge, and when the blocked offer could then start ------------------------

    def _bridge(self, evaluation: Evaluation) -> Message | None:
        row = evaluation.row
        bridge = self.bridge_for(row.lit_rank)
        if bridge is None or bridge.batch is None:
            return None
        course, batch = bridge.row.offer, bridge.batch
        ends_on = batch.start_date + timedelta(weeks=course.duration_weeks)
        then_batch, then_starts_on = None, None
        if row.kind == "course":
            then_batch = first_batch_from(row.offer.batches, ends_on)
            then_starts_on = then_batch.start_date if then_batch is not None else None
        elif row.offer.closes_on is None or row.offer.closes_on >= ends_on:
            then_starts_on = ends_on
        return Message(Unblock.BRIDGE, {
            "kind": row.kind, "course_id": course.id, "batch_id": batch.id, "title": course.title,
            "trade": course.trade, "reaches": str(course.raises_literacy_to),
            "duration_weeks": course.duration_weeks, "starts_on": batch.start_date.isoformat(),
            "ends_on": ends_on.isoformat(),
            "then_batch_id": then_batch.id if then_batch is not None else None,
            "then_starts_on": then_starts_on.isoformat() if then_starts_on else None,
        })

    # --- distance: how far, and lodging of the same trade ------------------------------------

    def _travel(self, evaluation: Evaluation, codes: frozenset[str]) -> Message:
        row = evaluation.row
        found = self._alternative(row, "lodging", codes)
        lodging = None
        if row.lodging:
            lodging = "residential" if row.kind == "course" else "accommodation"
        return Message(Unblock.TRAVEL, {
            "km": round(evaluation.distance_km),
            "max_travel_km": self.profile.max_travel_km, "lodging": lodging,
            "alternative": self._describe(found) if found is not None else None,
        })

    # --- alternatives of the same trade and kind -----------------------------------------------

    def _alternative(self, row: Row, purpose: str, codes: frozenset[str]) -> Evaluation | None:
        """The nearest offer of the row's trade and kind that lifts `purpose` (a blocker code,
        or "lodging") and adds no blocker the near miss has not (cached per query)."""
        allowed = codes - {purpose}
        if purpose == "lodging":
            allowed = codes  # moving there is the step: a lodging offer far away still counts
        key = (row.trade, row.kind, purpose, allowed)
        if key in self._alternatives:
            return self._alternatives[key]
        found = None
        for km, _order, _id, other in self._nearest(row, lodging_only=purpose == "lodging"):
            if other.id == row.id:
                continue
            candidate = self.evaluate(other, km)
            hits = {str(hit.code) for hit in candidate.blockers}
            if purpose not in hits and hits <= allowed:
                found = candidate
                break
        self._alternatives[key] = found
        return found

    def _nearest(self, row: Row, lodging_only: bool) -> list[tuple[float, int, int, Row]]:
        """The ALTERNATIVES_EXAMINED nearest offers of the row's trade and kind she may be shown:
        lodging ones anywhere, or those within the near-miss radius, remote, or with lodging."""
        index, trade, kind = self.index, row.trade, row.kind
        pool = []
        if lodging_only or self.profile.can_relocate:  # else lodging far away is too far
            pool.extend(index.lodging_by_trade.get(trade, ()))
        if not lodging_only:
            grid = index.grid_by_trade.get(trade, {})
            for cell in index.cells_near(self.profile.latitude, self.profile.longitude,
                                         self.radius_km):
                pool.extend(grid.get(cell, ()))
            pool.extend(index.remote_by_trade.get(trade, ()))
        rank, avoid = self.profile.literacy.rank, self.profile.avoid_districts
        scored = {}
        for other in pool:
            if other.kind != kind or (avoid and other.district in avoid):
                continue
            if other.is_bridge and other.raises_rank <= rank:
                continue
            km = self._km(other)
            if lodging_only or not other.needs_presence or other.lodging or km <= self.radius_km:
                scored[(other.kind, other.id)] = (km, other.kind_order, other.id, other)
        return heapq.nsmallest(ALTERNATIVES_EXAMINED, scored.values(), key=lambda t: t[:3])

    def _km(self, row: Row) -> float:
        phi = math.radians(self.profile.latitude)
        return haversine_radians(phi, math.radians(self.profile.longitude), math.cos(phi),
                                 row.phi, row.lam, row.cos_phi)

    def _describe(self, evaluation: Evaluation) -> dict[str, Any]:
        row = evaluation.row
        batch = next_batch(row.offer, self.today) if row.kind == "course" else None
        closes_on = getattr(row.offer, "closes_on", None)
        return {
            "kind": row.kind,
            "course_id": row.id if row.kind == "course" else None,
            "batch_id": batch.id if batch is not None else None,
            "opening_id": row.id if row.kind == "opening" else None,
            "title": row.offer.title,
            "km": round(evaluation.distance_km, 1) if row.needs_presence else None,
            "lodging": bool(row.lodging),
            "starts_on": batch.start_date.isoformat() if batch is not None else None,
            "closes_on": closes_on.isoformat() if closes_on is not None else None,
        }


def first_batch_from(batches: Iterable[BatchOffer], day: date) -> BatchOffer | None:
    """The first batch with seats left that starts on or after `day` (then by id)."""
    later = [b for b in batches if b.start_date >= day and b.seats_available > 0]
    return min(later, key=lambda b: (b.start_date, b.id), default=None)


def rank(missed: Iterable[Evaluation], unblocker: Unblocker, limit: int | None
         ) -> list[tuple[Evaluation, Steps]]:
    """Near misses in their order (`missed`, sorted already), those with an unblock step first,
    the first `limit`; each with its steps. Steps are worked out only as far as needed."""
    with_step: list[tuple[Evaluation, Steps]] = []
    without: list[tuple[Evaluation, Steps]] = []
    for evaluation in missed:
        steps = unblocker.steps(evaluation)
        (with_step if any(steps) else without).append((evaluation, steps))
        if limit is not None and len(with_step) >= limit:
            break
    return (with_step + without)[:limit]

