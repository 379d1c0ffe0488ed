"""Cohort allocation: many survivors, few seats, assigned as a whole, fairly and stably.

When an intake opens, referring survivors one by one wastes seats and favours whoever clicks
first. `allocate` assigns a cohort of survivors to a set of batches at once:

- a survivor is only ever placed in a batch she may join (every hard rule holds; the caller
  passes her eligible batches, see `matcher.engine.batch_fits`), and no batch gets more
  survivors than it has seats;
- each survivor ranks her eligible batches by the matcher's score (best fit first, then the
  lower batch id); batches scoring under MIN_SCORE are not among her choices;
- each batch ranks the survivors who may join it by PRIORITY, a tuple compared left to right:
  1. income urgency (high, medium, low): who needs an income soonest;
  2. how long she has waited, in WAITING_BANDS (under 30 days, 30 to 89, 90 to 179, 180 or more),
     counted from the end of her last placement or closed referral, or from her registration if
     she has none (`waiting_since`);
  3. fewer eligible batches first: when two survivors are otherwise equal, the seat goes to the
     one with fewer alternatives, which also leaves fewer seats empty;
  4. the better fit (her score for this batch);
  5. the earlier registered profile (the lower id), so the order is total and the result
     deterministic;
- the assignment is stable: no survivor and batch would both prefer each other to what they
  got (she ranks the batch above her placement, or has none, and the batch has a free seat or
  holds someone of lower priority). It is the survivor-proposing deferred acceptance of Gale
  and Shapley (1962) for the hospitals/residents problem: among all stable assignments, every
  survivor gets the best batch she can get in any of them.

Only the first two priorities are policy (urgency and waiting); the last three break ties among
equals. A stable assignment under the full order is also stable when batches compare survivors
by the policy alone (`policy_blocking_pairs` checks that reading).

A survivor who holds a live seat elsewhere (a seat held, or an enrolment, in some batch) is left
out, unplaced with `holds_seat_elsewhere` naming those batches, unless the request includes such
survivors on purpose (`include_placed`); then she competes like anyone, and is never placed in a
batch she already holds.

Everything is explained: each placement names her rank of the batch and, for every batch she
ranked higher, what gave the seat to someone else (`PassedOver.because`); each survivor left
unplaced says whether no batch was open to her or every batch she could join was filled by
survivors of higher priority.

Pure Python: no database, no clock.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .vocabulary import IncomeUrgency

WAITING_BANDS = (30, 90, 180)
"""Days of waiting that move a survivor up a band of priority (0: under 30 days ... 3: 180+)."""

MIN_SCORE = 50.0
"""The least score (0..100) at which a batch is one of a survivor's choices. Every eligible batch
scores something, and a seat in a trade she never asked for would take a seat from someone who
did: a course of one of her interest trades scores about 70 or more, one of no interest under 50
(older survivors' small-business courses and literacy courses for those who need them score
60 to 70; see `matcher.scoring`). A request may lower it (0: any batch she may join)."""

URGENCY_RANK = {IncomeUrgency.LOW: 0, IncomeUrgency.MEDIUM: 1, IncomeUrgency.HIGH: 2}


class Because(StrEnum):
    """Why a seat a survivor wanted went to someone else: the first priority that differed."""

    HIGHER_URGENCY = "higher_urgency"
    LONGER_WAIT = "longer_wait"
    FEWER_ALTERNATIVES = "fewer_alternatives"
    BETTER_FIT = "better_fit"
    REGISTERED_EARLIER = "registered_earlier"


class Unplacement(StrEnum):
    NO_ELIGIBLE_BATCH = "no_eligible_batch"
    OUTRANKED = "outranked"
    HOLDS_SEAT_ELSEWHERE = "holds_seat_elsewhere"  # left out: see `allocate(include_placed=)`


class WaitingFrom(StrEnum):
    """What her waiting is counted from."""

    PROFILE_CREATED = "profile_created"  # no placement or closed referral yet
    PLACEMENT_ENDED = "placement_ended"  # a course completed or dropped, a job left or begun
    REFERRAL_CLOSED = "referral_closed"  # withdrawn, expired, not selected


@dataclass(frozen=True, slots=True)
class PastReferral:
    """A referral of hers that is over: the day it ended, and whether it was a placement (an
    enrolment that ended, or a hire) rather than a referral closed without one."""

    referral_id: int
    ended_on: date
    placement: bool


@dataclass(frozen=True, slots=True)
class Waiting:
    """Since when she has waited, and why from then."""

    since: date
    source: WaitingFrom
    referral_id: int | None = None

    def days(self, today: date) -> int:
        return max(0, (today - self.since).days)


def waiting_since(registered_on: date, past: Iterable[PastReferral]) -> Waiting:
    """She has waited since the end of her last placement or closed referral, or since she was
    registered if none ended later (a referral ended the same day as another: the placement)."""
    latest = max(past, key=lambda r: (r.ended_on, r.placement, r.referral_id), default=None)
    if latest is None or latest.ended_on < registered_on:
        return Waiting(registered_on, WaitingFrom.PROFILE_CREATED)
    source = WaitingFrom.PLACEMENT_ENDED if latest.placement else WaitingFrom.REFERRAL_CLOSED
    return Waiting(latest.ended_on, source, latest.referral_id)


@dataclass(frozen=True, slots=True)
class Choice:
    """A batch a survivor may join, and her score for it (0..100)."""

    batch_id: int
    score: float


@dataclass(frozen=True, slots=True)
class Candidate:
    """A survivor of the cohort: her priority facts and the batches she may join."""

    profile_id: int
    income_urgency: IncomeUrgency
    waiting_days: int
    choices: tuple[Choice, ...]
    live_seats: tuple[int, ...] = ()  # batches she holds a seat in (held or enrolled), anywhere

    def __post_init__(self) -> None:
        object.__setattr__(self, "income_urgency", IncomeUrgency(self.income_urgency))
        object.__setattr__(self, "live_seats", tuple(sorted(set(self.live_seats))))
        # Her preference order: best score first, then the lower batch id; one entry per batch.
        seen: dict[int, Choice] = {}
        for choice in self.choices:
            kept = seen.get(choice.batch_id)
            if kept is None or choice.score > kept.score:
                seen[choice.batch_id] = choice
        ordered = tuple(sorted(seen.values(), key=lambda c: (-c.score, c.batch_id)))
        object.__setattr__(self, "choices", ordered)

    @classmethod
    def of(cls, profile_id: int, income_urgency: IncomeUrgency, waiting_days: int,
           scored: Iterable[tuple[int, float]], min_score: float = MIN_SCORE,
           live_seats: Iterable[int] = ()) -> Candidate:
        """A candidate whose choices are the (batch id, score) pairs scoring `min_score` or more."""
        return cls(profile_id, income_urgency, max(0, waiting_days),
                   tuple(Choice(b, s) for b, s in scored if s >= min_score), tuple(live_seats))

    @property
    def waiting_band(self) -> int:
        return sum(1 for days in WAITING_BANDS if self.waiting_days >= days)


@dataclass(frozen=True, slots=True)
class Seats:
    """A batch of the allocation and the seats it has free."""

    batch_id: int
    capacity: int


@dataclass(frozen=True, slots=True)
class PassedOver:
    """A batch she ranked above her placement (or could have joined, if unplaced) and why its
    seats went to others."""

    batch_id: int
    score: float
    because: Because


@dataclass(frozen=True, slots=True)
class Placement:
    profile_id: int
    batch_id: int
    score: float
    choice: int  # 1 = her first choice
    options: int  # how many batches she could join
    passed_over: tuple[PassedOver, ...]
    live_seats: tuple[int, ...] = ()  # seats she holds elsewhere: included on purpose


@dataclass(frozen=True, slots=True)
class Unplaced:
    profile_id: int
    reason: Unplacement
    passed_over: tuple[PassedOver, ...]
    live_seats: tuple[int, ...] = ()  # the seats she holds (why she was left out, if she was)


@dataclass(frozen=True, slots=True)
class Allocation:
    placements: tuple[Placement, ...]  # by profile id
    unplaced: tuple[Unplaced, ...]  # by profile id
    seats: dict[int, int]  # batch id -> seats offered
    filled: dict[int, int]  # batch id -> seats filled

    @property
    def assignment(self) -> dict[int, int]:
        return {p.profile_id: p.batch_id for p in self.placements}


Priority = tuple[int, int, int, float, int]


def priority(candidate: Candidate, score: float) -> Priority:
    """How a batch ranks a survivor who may join it (larger first); see the module docstring."""
    return (
        URGENCY_RANK[candidate.income_urgency],
        candidate.waiting_band,
        -len(candidate.choices),
        score,
        -candidate.profile_id,
    )


def policy(candidate: Candidate) -> tuple[int, int]:
    """The part of the priority that is policy: income urgency, then the band of waiting."""
    return (URGENCY_RANK[candidate.income_urgency], candidate.waiting_band)


def allocate(candidates: Iterable[Candidate], seats: Iterable[Seats], *,
             include_placed: bool = False) -> Allocation:
    """The stable assignment of `candidates` to `seats` in which every survivor gets the best
    batch she can get in any stable assignment (survivor-proposing deferred acceptance).
    Choices naming a batch that is not in `seats`, has no seat, or is one she holds a seat in,
    are ignored. A survivor holding a live seat is left out unless `include_placed`."""
    capacity: dict[int, int] = {}
    for seat in seats:
        if seat.capacity < 0:
            raise ValueError(f"batch {seat.batch_id} has a negative capacity")
        capacity[seat.batch_id] = capacity.get(seat.batch_id, 0) + seat.capacity
    people, left_out = _usable(candidates, capacity, include_placed)

    # held[b]: a min-heap of (priority, profile id) of the survivors batch b holds for now.
    held: dict[int, list[tuple[Priority, int]]] = {batch_id: [] for batch_id in capacity}
    next_choice = dict.fromkeys(people, 0)
    free = deque(sorted(people))
    while free:
        profile_id = free.popleft()
        candidate = people[profile_id]
        while next_choice[profile_id] < len(candidate.choices):
            choice = candidate.choices[next_choice[profile_id]]
            next_choice[profile_id] += 1
            heap = held[choice.batch_id]
            entry = (priority(candidate, choice.score), profile_id)
            if len(heap) < capacity[choice.batch_id]:
                heapq.heappush(heap, entry)
                break
            if entry > heap[0]:
                _, rejected = heapq.heapreplace(heap, entry)
                free.append(rejected)
                break
        # Out of choices: she stays unplaced.

    placed_in = {pid: batch_id for batch_id, heap in held.items() for _, pid in heap}
    cutoff = {batch_id: min(heap) for batch_id, heap in held.items() if heap}
    placements, unplaced = [], []
    for profile_id in sorted(people):
        candidate = people[profile_id]
        batch_id = placed_in.get(profile_id)
        higher = []
        for rank, choice in enumerate(candidate.choices, start=1):
            if choice.batch_id == batch_id:
                placements.append(Placement(profile_id, batch_id, choice.score, rank,
                                            len(candidate.choices), tuple(higher),
                                            candidate.live_seats))
                break
            worst = cutoff[choice.batch_id]
            mine = priority(candidate, choice.score)
            higher.append(PassedOver(choice.batch_id, choice.score, _because(worst[0], mine)))
        else:
            reason = Unplacement.OUTRANKED if candidate.choices else Unplacement.NO_ELIGIBLE_BATCH
            unplaced.append(Unplaced(profile_id, reason, tuple(higher), candidate.live_seats))
    unplaced.extend(Unplaced(c.profile_id, Unplacement.HOLDS_SEAT_ELSEWHERE, (), c.live_seats)
                    for c in left_out)
    unplaced.sort(key=lambda u: u.profile_id)
    filled = {batch_id: len(heap) for batch_id, heap in held.items()}
    return Allocation(tuple(placements), tuple(unplaced), dict(capacity), filled)


def _usable(candidates: Iterable[Candidate], capacity: dict[int, int], include_placed: bool
            ) -> tuple[dict[int, Candidate], list[Candidate]]:
    """The cohort by profile id, each survivor's choices cut to the batches with seats that she
    does not hold already (so that "fewer alternatives" counts only real ones); and those left
    out because they hold a live seat (none if `include_placed`)."""
    people: dict[int, Candidate] = {}
    left_out: list[Candidate] = []
    seen: set[int] = set()
    for candidate in candidates:
        if candidate.profile_id in seen:
            raise ValueError(f"profile {candidate.profile_id} is in the cohort twice")
        seen.add(candidate.profile_id)
        if candidate.live_seats and not include_placed:
            left_out.append(candidate)
            continue
        usable = tuple(c for c in candidate.choices if capacity.get(c.batch_id, 0) > 0
                       and c.batch_id not in candidate.live_seats)
        if len(usable) != len(candidate.choices):
            candidate = Candidate(candidate.profile_id, candidate.income_urgency,
                                  candidate.waiting_days, usable, candidate.live_seats)
        people[candidate.profile_id] = candidate
    return people, left_out


def _because(worst: Priority, mine: Priority) -> Because:
    """The first priority in which the last survivor admitted beat her."""
    for position, (theirs, hers) in enumerate(zip(worst, mine, strict=True)):
        if theirs != hers:
            return list(Because)[position]
    raise AssertionError("a survivor cannot be passed over by herself")


# --- checks (tests and benchmarks) ----------------------------------------------------------


def blocking_pairs(
    candidates: Sequence[Candidate], seats: Iterable[Seats], assignment: dict[int, int],
    *, by_policy: bool = False, include_placed: bool = False,
) -> list[tuple[int, int]]:
    """Every (profile id, batch id) pair that would both rather have each other than what the
    assignment gave them: she may join the batch and ranks it above her placement (or has
    none), and the batch has a free seat or holds someone it ranks below her. Batches rank by
    the full `priority`, or by the `policy` alone when `by_policy` (ties then never block).
    Survivors left out for a live seat (unless `include_placed`) take part in nothing."""
    capacity: dict[int, int] = {}
    for seat in seats:
        capacity[seat.batch_id] = capacity.get(seat.batch_id, 0) + seat.capacity
    people, _left_out = _usable(candidates, capacity, include_placed)
    candidates = list(people.values())
    score_of = {(c.profile_id, ch.batch_id): ch.score for c in candidates for ch in c.choices}

    def rank(candidate: Candidate, batch_id: int):
        if by_policy:
            return policy(candidate)
        return priority(candidate, score_of[candidate.profile_id, batch_id])

    members: dict[int, list[int]] = {batch_id: [] for batch_id in capacity}
    for profile_id, batch_id in assignment.items():
        members.setdefault(batch_id, []).append(profile_id)
    worst = {
        batch_id: min(rank(people[pid], batch_id) for pid in pids) if pids else None
        for batch_id, pids in members.items()
    }
    pairs = []
    for candidate in candidates:
        current = assignment.get(candidate.profile_id)
        current_key = None
        if current is not None:
            current_key = (-score_of[candidate.profile_id, current], current)
        for choice in candidate.choices:
            if choice.batch_id not in capacity:
                continue
            if current_key is not None and (-choice.score, choice.batch_id) >= current_key:
                break  # choices are in her order: the rest she likes less
            batch_id = choice.batch_id
            if capacity[batch_id] <= 0:
                continue
            if len(members[batch_id]) < capacity[batch_id]:
                pairs.append((candidate.profile_id, batch_id))
            elif rank(candidate, batch_id) > worst[batch_id]:
                pairs.append((candidate.profile_id, batch_id))
    return pairs
