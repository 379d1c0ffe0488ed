"""Near misses that say how to unblock them: for each blocker of a near miss, the step the
catalogue offers that would lift it, as a code with parameters (`Unblock`; the edge words it).

- `literacy_below_minimum` -> `unblock_bridge`: the bridge a match would take (the engine's best
  eligible literacy or open-schooling course reaching the offer's level, `bridge_for`), at its
  batch, with its duration and the day it ends; then the blocked course's first batch with seats
  starting on or after that day (for an opening: that day, if the opening is still open then).
- `too_far` -> `unblock_travel`: the distance she would have to travel (in km as the blocker
  rounds it: "within 29 km"); for an offer without lodging, also the nearest offer of the same
  trade and kind with lodging (a residential course, a job with accommodation) anywhere that
  fails nothing the near miss does not fail already.
- `language_mismatch` -> `unblock_language`: the nearest offer of the same trade and kind in one
  of her languages, within her daily travel, with lodging (if she would relocate) or remote,
  adding no blocker.
- `no_capacity`, `closed` -> `unblock_next_intake`: the same, with a batch open with seats (an
  opening: open with a position left).

"Adding no blocker": the alternative's blockers are among the near miss's, less the one lifted
(a lodging alternative may still be too far for a survivor who cannot relocate: moving there is
the step). Other blockers (device, mode, age, women-only, papers) have no step.

Pure functions of the index and the engine's evaluations: no database. Alternatives are looked
up once per trade, kind and purpose in a query, among the ALTERNATIVES_EXAMINED nearest offers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np

from .alternatives import Nearby
from .checks import next_batch
from .columns import NO_DATE
from .messages import Message, Unblock
from .vocabulary import Blocker

if TYPE_CHECKING:  # pragma: no cover
    from .evaluation import Evaluation
    from .index import CatalogIndex
    from .models import BatchOffer, ProfileFacts
    from .rows import Row

ALTERNATIVES_EXAMINED = 12
_LIFTED = {Blocker.LANGUAGE_MISMATCH.value: frozenset({Blocker.LANGUAGE_MISMATCH.value}),
           "intake": frozenset({Blocker.NO_CAPACITY.value, Blocker.CLOSED.value})}
_ALTERNATIVE_BLOCKERS = frozenset({Blocker.LANGUAGE_MISMATCH, Blocker.NO_CAPACITY, Blocker.CLOSED})
Steps = tuple["Message | None", ...]
_PURPOSE = {Blocker.LANGUAGE_MISMATCH.value: Blocker.LANGUAGE_MISMATCH.value,
            Blocker.NO_CAPACITY.value: "intake", Blocker.CLOSED.value: "intake"}
STEPPED = (Blocker.LITERACY_BELOW_MINIMUM.value, Blocker.TOO_FAR.value,
           Blocker.LANGUAGE_MISMATCH.value, Blocker.NO_CAPACITY.value, Blocker.CLOSED.value)
"""The blockers that may have a step (`_step`): a near miss failing none of them has none."""


@dataclass
class Unblocker:
    """The unblock steps of one survivor's near misses on one day (alternatives cached)."""

    profile: ProfileFacts
    index: CatalogIndex
    today: date
    evaluate: Callable[[Row, float | None], Evaluation]
    bridge_for: Callable[[int], "Evaluation | None"]
    failing: Callable[[list[int]], list[frozenset[str]]]
    """The rules offers at positions of the index's columns fail, at once (the engine's
    `matcher.vector_rules`)."""
    hidden_at: Callable[[np.ndarray], np.ndarray]
    """Which offers at positions of the index's columns lie in a district she avoids (the
    engine's `Judge.hidden_at`)."""
    nearby: Nearby | None = field(default=None, init=False)
    _alternatives: dict[tuple, Any] = field(default_factory=dict, init=False)
    _pools: dict[tuple, list] = field(default_factory=dict, init=False)
    _failing: dict[int, frozenset[str]] = field(default_factory=dict, init=False)
    _language_mask: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.nearby = Nearby(self.index, self.profile, self.hidden_at, ALTERNATIVES_EXAMINED)
        self._language_mask = self.index.language_mask(self.profile.languages)

    def steps(self, evaluation: Evaluation) -> Steps:
        """One step (or None) per blocker of the near miss, in the blockers' order."""
        codes = frozenset(str(hit.code) for hit in evaluation.blockers)
        return tuple(self._step(evaluation, str(hit.code), codes)
                     for hit in evaluation.blockers)

    def has_step(self, evaluation: Evaluation) -> bool:
        """Whether some blocker of the near miss has a step."""
        row = evaluation.row
        codes = frozenset(str(hit.code) for hit in evaluation.blockers)
        return self.has_step_of(row.trade, row.kind, row.id, row.lit_rank, codes)

    def has_step_of(self, trade: str, kind: str, offer_id: int, literacy_rank: int,
                    codes: frozenset[str]) -> bool:
        """Whether an offer (its trade, kind, id and minimum literacy) failing the rules `codes`
        has a step for some blocker, without evaluating it (the cheap ones asked first: a
        distance is always a step; a bridge is one when it has a batch, as `_bridge` asks)."""
        if Blocker.TOO_FAR in codes:
            return True
        if Blocker.LITERACY_BELOW_MINIMUM in codes:
            bridge = self.bridge_for(literacy_rank)
            if bridge is not None and bridge.batch is not None:
                return True
        return any(self._alternative(trade, kind, offer_id, _PURPOSE[code], codes) is not None
                   for code in codes if code in _ALTERNATIVE_BLOCKERS)

    def _step(self, evaluation: Evaluation, code: str, codes: frozenset[str]) -> Message | None:
        if code == Blocker.LITERACY_BELOW_MINIMUM:
            return self._bridge(evaluation)
        if code == Blocker.TOO_FAR:
            return self._travel(evaluation, codes)
        if code == Blocker.LANGUAGE_MISMATCH:
            found = self._alternative_of(evaluation.row, code, codes)
            if found is None:
                return None
            offered = found.row.offer.languages or self.profile.languages  # none: no condition
            spoken = sorted(offered & self.profile.languages)
            return Message(Unblock.LANGUAGE, {"languages": spoken,
                                              "alternative": self._describe(found)})
        if code in (Blocker.NO_CAPACITY, Blocker.CLOSED):
            found = self._alternative_of(evaluation.row, "intake", codes)
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
        found, lodging = None, None
        if row.lodging:  # it has lodging itself: moving there is the step
            lodging = "residential" if row.kind == "course" else "accommodation"
        else:
            found = self._alternative_of(row, "lodging", codes)
        return Message(Unblock.TRAVEL, {
            "km": round(evaluation.distance_km),
            "max_travel_km": self.profile.max_travel_km, "lodging": lodging,
            "alternative": self._describe(found) if found is not None else None,
        })

    # --- alternatives of the same trade and kind -----------------------------------------------

    def _alternative_of(self, row: Row, purpose: str, codes: frozenset[str]
                        ) -> Evaluation | None:
        return self._alternative(row.trade, row.kind, row.id, purpose, codes)

    def _alternative(self, trade: str, kind: str, offer_id: int, purpose: str,
                     codes: frozenset[str]) -> Evaluation | None:
        """The nearest offer of the trade and kind (other than `offer_id`) that lifts `purpose`
        (language_mismatch, "intake": no_capacity and closed, or "lodging") and adds no blocker
        the near miss (failing `codes`) has not (cached per query). A lodging offer far away
        counts: moving there is the step."""
        lifted = _LIFTED.get(purpose, frozenset())
        allowed = codes - lifted
        key = (trade, kind, purpose, allowed)
        if key in self._alternatives:
            return self._alternatives[key]
        found = None
        for position, other_id, failing in self._nearest(trade, kind, purpose):
            if other_id == offer_id:
                continue
            if not failing <= allowed:
                continue  # the rules over arrays say it adds a blocker: not evaluated
            candidate = self.evaluate(self.index.new_row(position), None)
            hits = {str(hit.code) for hit in candidate.blockers}
            if hits <= allowed:
                found = candidate
                break
        self._alternatives[key] = found
        return found

    def _nearest(self, trade: str, kind: str, purpose: str
                 ) -> list[tuple[int, int, frozenset[str]]]:
        """(position, id, the rules it fails) of about the ALTERNATIVES_EXAMINED nearest
        offers of a trade and kind she may be shown that do not fail `purpose` on their face
        (`matcher.alternatives.Nearby.nearest`), the rules judged at once over the columns
        (`failing`); cached per query."""
        key = (trade, kind, purpose)
        found = self._pools.get(key)
        if found is None:
            positions = self.nearby.nearest(trade, kind, purpose, self._lifts(purpose))
            ids = self.index.columns.ident[positions].tolist()
            found = self._pools[key] = list(zip(positions, ids, self._failing_at(
                positions, self.nearby.gathered(trade, kind, purpose == "lodging")[0])))
        return found

    def _failing_at(self, positions: list[int], gathered: np.ndarray) -> list:
        """The rules the offers at `positions` fail, judged at once with the rest of the offers
        `gathered` for their trade and kind (the pools of other purposes draw on them too)."""
        known = self._failing
        asked = [p for p in dict.fromkeys([*positions, *gathered.tolist()]) if p not in known]
        if asked and any(p not in known for p in positions):
            known.update(zip(asked, self.failing(asked)))
        return [known[p] for p in positions]

    def _lifts(self, purpose: str) -> Callable[[np.ndarray], np.ndarray]:
        """Whether offers at positions of the columns do not fail `purpose` on their face (the
        rules still judge them): one of her languages (or none asked), an intake open with
        seats (an opening open with a position left), lodging."""
        c = self.index.columns
        if purpose == Blocker.LANGUAGE_MISMATCH:
            mask = self._language_mask
            return lambda pos: (c.lang[pos] == 0) | ((c.lang[pos] & mask) != 0)
        if purpose == "intake":
            day = c.day(self.today.toordinal())
            return lambda pos: np.where(c.kind[pos] == 1, day.open_opening[pos],
                                        day.best_start[pos] != NO_DATE)
        if purpose == "lodging":
            return lambda pos: c.lodging[pos]
        return lambda pos: np.ones(len(pos), np.bool_)

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

