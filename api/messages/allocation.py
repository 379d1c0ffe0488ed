"""Cohort allocations: why a seat she wanted went to someone else (`because`,
`matcher.allocation.Because`) and the notes explaining each survivor's placement or its want
(`matcher.messages.AllocationNote`)."""
from __future__ import annotations

from typing import Any

from matcher.allocation import Because
from matcher.messages import AllocationNote

from .words import Words


def because(w: Words, code: str | None) -> str:
    if code == Because.HIGHER_URGENCY:
        return w._("its seats went to survivors whose need of income is more urgent")
    if code == Because.LONGER_WAIT:
        return w._("its seats went to survivors of the same urgency who have waited longer")
    if code == Because.FEWER_ALTERNATIVES:
        return w._("its seats went to survivors of equal priority with fewer batches open to "
                   "them")
    if code == Because.BETTER_FIT:
        return w._("its seats went to survivors of equal priority who fit it better")
    return w._("its seats went to survivors of equal priority registered earlier")


def _score(w: Words, value: Any) -> str:
    return w.number(value if value is not None else 0)


def _placed(w: Words, p: dict) -> str:
    values = {"title": p.get("title"), "date": w.date(p.get("start_date")),
              "score": _score(w, p.get("score")), "choice": int(p.get("choice") or 1)}
    options = int(p.get("options") or 1)
    if options == 1:
        return w._("%(title)s, starting %(date)s: her first choice of the one batch she may "
                   "join (score %(score)s).", **values)
    if values["choice"] == 1:
        return w._("%(title)s, starting %(date)s: her first choice of %(options)s batches she "
                   "may join (score %(score)s).", options=options, **values)
    return w._("%(title)s, starting %(date)s: her choice %(choice)s of %(options)s batches she "
               "may join (score %(score)s).", options=options, **values)


def _passed_over(w: Words, p: dict) -> str:
    return w._("Not %(title)s (starting %(date)s): %(because)s.", title=p.get("title"),
               date=w.date(p.get("start_date")), because=because(w, p.get("because")))


def _unplaced_outranked(w: Words, p: dict) -> str:
    return w._("Every batch she may join was filled by survivors of higher priority (more "
               "urgent need of income, or a longer wait).")


def _unplaced_below(w: Words, p: dict) -> str:
    return w._("No batch she may join scores %(min_score)s or more for her: none is in a trade "
               "she asked for.", min_score=_score(w, p.get("min_score")))


def _unplaced_none(w: Words, p: dict) -> str:
    return w._("She may join none of these batches (see the nearest alternative).")


def _already_holds(w: Words, p: dict) -> str:
    return w._("She already holds a seat in %(titles)s.", titles=w.list(p.get("titles") or ()))


def _alternative_under(w: Words, p: dict) -> str:
    return w._("A seat is left; it scores %(score)s for her, under the least score "
               "%(min_score)s of a choice.", score=_score(w, p.get("score")),
               min_score=_score(w, p.get("min_score")))


def _alternative_first(w: Words, p: dict) -> str:
    return w._("Her first choice: %(because)s.", because=because(w, p.get("because")))


def _alternative_nearest(w: Words, p: dict) -> str:
    blockers = "; ".join(w.message(b) for b in p.get("blockers") or ())
    if not blockers:
        return w._("The batch she is nearest to joining.")
    return w._("The batch she is nearest to joining: %(blockers)s.", blockers=blockers)


ALLOCATION_NOTES = {
    AllocationNote.PLACED_CHOICE: _placed, AllocationNote.PASSED_OVER: _passed_over,
    AllocationNote.UNPLACED_OUTRANKED: _unplaced_outranked,
    AllocationNote.UNPLACED_BELOW_MIN_SCORE: _unplaced_below,
    AllocationNote.UNPLACED_NONE_JOINABLE: _unplaced_none,
    AllocationNote.ALREADY_HOLDS: _already_holds,
    AllocationNote.ALTERNATIVE_UNDER_MIN_SCORE: _alternative_under,
    AllocationNote.ALTERNATIVE_FIRST_CHOICE: _alternative_first,
    AllocationNote.ALTERNATIVE_NEAREST: _alternative_nearest,
}
