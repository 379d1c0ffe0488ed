"""What a counselor reads of a proposed allocation, per survivor: her placement (her choice,
the batches that passed her over and why, the factors of its score) or why she has none, with
the nearest alternative (a batch with a seat under the least score, her first choice, or the
batch she is nearest to joining and the rules it breaks), her priority and the seats she holds.
Codes with parameters (`matcher.messages.AllocationNote`), worded at the edge."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from matcher.allocation import Allocation as Assignment
from matcher.allocation import Unplacement
from matcher.checks import batch_blockers
from matcher.geo import haversine_km
from matcher.messages import AllocationNote, Message
from matcher.models import CourseOffer

from ..models import Profile

ALTERNATIVES_EXAMINED = 40  # nearest batches examined for a survivor no batch is open to


class Explainer:
    """Turns the allocation into what a counselor reads, per survivor."""

    def __init__(self, index, today, batches, facts, fits, result: Assignment, min_score, live,
                 waited):
        self.index, self.today, self.min_score = index, today, min_score
        self.live, self.waited = live, waited
        self.batches = {batch.id: batch for batch in batches}
        self.facts, self.fits = facts, fits
        self.seats_left = {b: result.seats[b] - result.filled.get(b, 0) for b in result.seats}

    def _batch(self, batch_id: int) -> dict[str, Any]:
        batch = self.batches[batch_id]
        return {"batch_id": batch.id, "course_id": batch.course_id, "title": batch.course.title,
                "start_date": batch.start_date.isoformat()}

    def _priority(self, profile: Profile) -> dict[str, Any]:
        waited = self.waited[profile.id]
        return {"income_urgency": profile.income_urgency.value,
                "waiting_days": waited.days(self.today),
                "waiting_since": waited.since.isoformat(), "waiting_from": waited.source.value,
                "waiting_referral_id": waited.referral_id}

    def _live(self, profile: Profile) -> list[dict[str, Any]]:
        """The seats she holds, each with its referral, status, batch and course."""
        return self.live.get(profile.id, [])

    def _passed_over(self, passed) -> list[dict[str, Any]]:
        return [{**self._batch(p.batch_id), "score": p.score, "because": p.because.value}
                for p in passed]

    def placement(self, profile: Profile, placement) -> dict[str, Any]:
        fit = next(f for f in self.fits[profile.id] if f.batch_id == placement.batch_id)
        batch = self.batches[placement.batch_id]
        reasons = [Message(AllocationNote.PLACED_CHOICE, {
            "title": batch.course.title, "start_date": batch.start_date.isoformat(),
            "choice": placement.choice, "options": placement.options,
            "score": placement.score})]
        for passed in placement.passed_over:
            higher = self.batches[passed.batch_id]
            reasons.append(Message(AllocationNote.PASSED_OVER, {
                "title": higher.course.title, "start_date": higher.start_date.isoformat(),
                "because": passed.because.value}))
        reasons.extend(fit.reasons)
        reasons = [reason.to_dict() for reason in reasons]
        return {"reasons": reasons, "options": placement.options,
                "passed_over": self._passed_over(placement.passed_over),
                "factors": dict(fit.factors), "priority": self._priority(profile),
                "live_seats": self._live(profile)}

    def unplaced(self, profile: Profile, unplaced) -> dict[str, Any]:
        if unplaced.reason is Unplacement.HOLDS_SEAT_ELSEWHERE:
            # Left out, not outranked: the code and the seats she holds are the explanation
            # (worded at the edge); no alternative is offered, she has a seat.
            return {"explanation": [], "passed_over": [], "nearest_alternative": None,
                    "priority": self._priority(profile), "live_seats": self._live(profile)}
        weaker = [f for f in self.fits[profile.id] if f.score < self.min_score]
        if unplaced.reason is Unplacement.OUTRANKED:
            notes = [Message(AllocationNote.UNPLACED_OUTRANKED)]
        elif weaker:
            notes = [Message(AllocationNote.UNPLACED_BELOW_MIN_SCORE,
                             {"min_score": self.min_score})]
        else:
            notes = [Message(AllocationNote.UNPLACED_NONE_JOINABLE)]
        held = sorted({seat["batch_id"] for seat in self.live.get(profile.id, ())}
                      & self.batches.keys())
        if held and unplaced.reason is not Unplacement.OUTRANKED:
            titles = [self.batches[b].course.title for b in held]
            notes.insert(0, Message(AllocationNote.ALREADY_HOLDS, {"titles": titles}))
        return {"explanation": [note.to_dict() for note in notes],
                "passed_over": self._passed_over(unplaced.passed_over),
                "nearest_alternative": self._alternative(profile, unplaced, weaker),
                "priority": self._priority(profile), "live_seats": self._live(profile)}

    def _alternative(self, profile, unplaced, weaker) -> dict[str, Any] | None:
        # 1. A batch she may join that scored under the least score and still has a seat left.
        with_seats = [f for f in weaker if self.seats_left.get(f.batch_id, 0) > 0]
        if with_seats:
            best = with_seats[0]  # fits come best first
            return {**self._batch(best.batch_id), "score": best.score, "blockers": [],
                    "explanation": Message(AllocationNote.ALTERNATIVE_UNDER_MIN_SCORE, {
                        "score": best.score, "min_score": self.min_score}).to_dict()}
        # 2. Outranked: her first choice, and what it would take.
        if unplaced.passed_over:
            first = unplaced.passed_over[0]
            return {**self._batch(first.batch_id), "score": first.score, "blockers": [],
                    "explanation": Message(AllocationNote.ALTERNATIVE_FIRST_CHOICE, {
                        "because": first.because.value}).to_dict()}
        # 3. The batch she is nearest to joining: fewest rules broken, then nearest.
        return self._fewest_blockers(profile)

    def _fewest_blockers(self, profile: Profile) -> dict[str, Any] | None:
        facts = self.facts[profile.id]
        candidates = []
        for batch in self.batches.values():
            course = batch.course
            remote = course.latitude is None
            km = 0.0 if remote else haversine_km(facts.latitude, facts.longitude,
                                                  course.latitude, course.longitude)
            candidates.append((km, batch.id, batch))
        candidates.sort(key=lambda item: item[:2])
        best = None
        for km, _, batch in candidates[:ALTERNATIVES_EXAMINED]:
            row = self.index.by_key.get(("course", batch.course_id))
            if row is None:
                continue
            offer: CourseOffer = row.offer
            batch_offer = next((b for b in offer.batches if b.id == batch.id), None)
            if batch_offer is None:
                continue
            # Its seats as the allocation leaves them: a batch it filled has none left.
            left = self.seats_left.get(batch.id, 0)
            batch_offer = replace(batch_offer,
                                  seats_taken=max(0, batch_offer.seats_total - left))
            hits = batch_blockers(facts, offer, batch_offer, row.trade_info, self.today)
            key = (len(hits), km, batch.id)
            if hits and (best is None or key < best[0]):
                best = (key, batch.id, hits)
        if best is None:
            return None
        _, batch_id, hits = best
        return {**self._batch(batch_id), "score": None,
                "blockers": [hit.to_dict() for hit in hits],
                "explanation": Message(AllocationNote.ALTERNATIVE_NEAREST).to_dict()}
