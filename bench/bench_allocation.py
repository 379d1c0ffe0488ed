"""Cohort allocation, side by side with the `matching` library's hospital/resident solver
(run on purpose, not as a test): python bench/bench_allocation.py [--quick]

The same random instances (1,000 survivors by 100 batches, and 10,000 by 1,000; fixed seeds)
are solved by our allocator (`matcher.allocation.allocate`) and by `matching`'s
`HospitalResident` (resident-optimal), installed for the benchmark only
(`make bench-allocation` installs bench/requirements.txt).

One instance: survivors and courses from the synthetic generator of bench_matcher, with
openings for the market factor; the batches are the first open batches of the
catalogue, each with 3 to 12 free seats (scarce: about 7.5 seats per 10 survivors). Each
survivor's preferences are the engine's scores of the batches she may join (`batch_fits`, every
hard rule checked) scoring MIN_SCORE or more, best first; both solvers get exactly these lists.
Batches rank survivors differently, and that is the comparison:
- ours: by priority, income urgency first, then the band of waiting, then fewer alternatives,
  the better fit, the earlier profile (`matcher.allocation.priority`);
- the library, as it is usually fed: each batch ranks the survivors who want it by their match
  score (best fit first, then profile id).

Columns: solve time (preferences are built once, shared, timed apart); seats filled; blocking
pairs under our policy (full priority order, and urgency and waiting bands alone) and under
score-ranked batches; mean match score of the placed; high-urgency survivors placed (of those
with at least one choice). Each solver is stable under its own batch rankings by construction;
the policy columns show what the other ranking breaks.

Last run (`make bench-allocation`, 2 cores, one used; preferences built by the engine in 3-4 s
for 1,000 survivors and 78-95 s for 10,000, shared by both solvers; the library's time includes
building its game, which deep-copies the players):

| instance | solver | time | seats filled | blocking pairs (policy) | (urgency+waiting bands) | (score-ranked batches) | mean score | high urgency placed |
|---|---|---|---|---|---|---|---|---|
| 1,000 x 100 #1 | ours | 7 ms | 182 | 0 | 0 | 486 | 67.8 | 82 / 140 |
| 1,000 x 100 #1 | matching HR | 33 ms | 174 | 516 | 474 | 0 | 71.0 | 41 / 140 |
| 1,000 x 100 #2 | ours | 8 ms | 193 | 0 | 0 | 715 | 67.9 | 97 / 128 |
| 1,000 x 100 #2 | matching HR | 33 ms | 185 | 727 | 692 | 0 | 70.3 | 54 / 128 |
| 1,000 x 100 #3 | ours | 10 ms | 177 | 0 | 0 | 332 | 67.5 | 72 / 110 |
| 1,000 x 100 #3 | matching HR | 32 ms | 163 | 422 | 399 | 0 | 69.6 | 41 / 110 |
| 10,000 x 1,000 #1 | ours | 888 ms | 2,824 | 0 | 0 | 83,287 | 68.5 | 1,641 / 2,381 |
| 10,000 x 1,000 #1 | matching HR | 31,274 ms | 2,642 | 75,827 | 72,729 | 0 | 74.1 | 634 / 2,381 |
| 10,000 x 1,000 #2 | ours | 1,016 ms | 2,849 | 0 | 0 | 79,591 | 68.5 | 1,578 / 2,392 |
| 10,000 x 1,000 #2 | matching HR | 31,449 ms | 2,623 | 73,429 | 70,565 | 0 | 73.8 | 617 / 2,392 |
| 10,000 x 1,000 #3 | ours | 608 ms | 2,823 | 0 | 0 | 63,398 | 69.0 | 1,576 / 2,183 |
| 10,000 x 1,000 #3 | matching HR | 19,808 ms | 2,649 | 55,383 | 52,677 | 0 | 74.2 | 612 / 2,183 |

Preferences (`--preferences`, issue 19): built both ways on the same instances, one after the
other in one run: the whole query per survivor (`batch_fits`, the specification) and the fast
path (`matcher.wanted.wanted_batch_fits`: only the wanted courses, filed once as positions of the
index's columns; her candidates among them gathered and judged by the hard rules over arrays and
bounded over arrays, so that only the courses whose score can reach MIN_SCORE are looked at row
by row; the market counted once for their trades; the factors a batch's score shares with other
survivors' scored once for the cohort), then allocated.

Last run, 2026-12-02, `python bench/bench_allocation.py --preferences --seeds 1`, on this VM
while shared (2 cores, load average 1.5-1.8), before and after the arrays one run each under the
same load (before: the tree at a6f116b):

| instance | whole query | fast path | speed-up | same choices | same allocation |
|---|---|---|---|---|---|
| 1,000 x 100 #1, before | 1.4 s | 0.5 s (+0.0 s allocating) | 3.1x | True | True |
| 10,000 x 1,000 #1, before | 65.3 s | 23.0 s (+0.6 s allocating) | 2.8x | True | True |
| 1,000 x 100 #1 | 1.6 s | 0.3 s (+0.0 s allocating) | 5.9x | True | True |
| 10,000 x 1,000 #1 | 67.7 s | 9.4 s (+0.7 s allocating) | 7.2x | True | True |

10,000 survivors x 1,000 batches, preferences included: 10.1 s with the allocation (23.6 s
before, 2.4x; the fast path alone 2.4x), under the 20 s target on the shared VM. The run of
2026-12-01 (load average 8-9) measured the fast path at 34-59 s for 10,000 x 1,000.

Ours fills more seats (the "fewer alternatives" tie-break leaves fewer seats empty) and places
1.8x to 2.6x the high-urgency survivors; the price is a mean match score 2 to 6 points lower,
since a seat goes to the more urgent survivor rather than the best-fitting one.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_matcher_synthetic import TODAY, catalogue, profiles  # noqa: E402
from matcher import CatalogIndex  # noqa: E402
from matcher.allocation import (  # noqa: E402
    MIN_SCORE,
    Candidate,
    Seats,
    allocate,
    blocking_pairs,
)
from matcher.engine import batch_fits  # noqa: E402
from matcher.vocabulary import IncomeUrgency  # noqa: E402
from matcher.wanted import Wanted, wanted_batch_fits  # noqa: E402
from tests.matcher import field  # noqa: E402

SIZES = ((1_000, 100), (10_000, 1_000))
REGION = (22.1, 23.1, 88.0, 88.8)  # south, north, west, east
SEATS = (1, 6)  # free seats of a batch: scarce, about 3.5 a batch


def instance(survivors: int, batches: int, seed: int, timings: dict | None = None):
    """(candidates, seats): the cohort with its scored choices, and the batches' free seats.
    Preferences come from the fast path (`wanted_batch_fits`, pruned by MIN_SCORE); with
    `timings`, also from the whole query per survivor (`batch_fits`, the specification), both
    timed one after the other on the same instance and checked equal."""
    rng = random.Random(seed)
    courses, openings = catalogue(field.TRADES, max(12 * batches, 5_000), seed=seed)
    wanted, seats = {}, []
    for course in courses:
        if not _in_region(course.latitude, course.longitude):
            continue
        for batch in course.batches:
            if len(seats) < batches and batch.start_date > TODAY \
                    and batch.application_deadline >= TODAY:
                wanted.setdefault(course.id, set()).add(batch.id)
                seats.append(Seats(batch.id, rng.randint(SEATS[0], SEATS[1])))
    # The batches' seats as the instance sets them (free seats, nothing taken yet).
    courses = [_with_seats(course, {s.batch_id: s.capacity for s in seats}) for course in courses]
    index = CatalogIndex(field.TAXONOMY, courses, openings)
    cohort = []
    people = [facts for facts, _ in profiles(field.RESOLVER, 4 * survivors, seed=seed + 1)
              if _in_region(facts.latitude, facts.longitude)][:survivors]
    started = time.perf_counter()
    filed = Wanted(index, wanted)
    fast = [wanted_batch_fits(facts, index, TODAY, filed, MIN_SCORE) for facts in people]
    fast_seconds = time.perf_counter() - started
    for facts, fits in zip(people, fast, strict=True):
        cohort.append(Candidate.of(facts.id, facts.income_urgency, rng.randint(0, 365),
                                   [(fit.batch_id, fit.score) for fit in fits], MIN_SCORE))
    if timings is not None:
        started = time.perf_counter()
        whole = [batch_fits(facts, index, TODAY, wanted) for facts in people]
        timings["whole_s"] = time.perf_counter() - started
        timings["fast_s"] = fast_seconds
        spec = [Candidate.of(c.profile_id, c.income_urgency, c.waiting_days,
                             [(fit.batch_id, fit.score) for fit in fits], MIN_SCORE)
                for c, fits in zip(cohort, whole, strict=True)]
        timings["same_choices"] = spec == cohort
        timings["same_allocation"] = allocate(spec, seats) == allocate(cohort, seats)
    return cohort, seats


def _in_region(lat: float, lon: float) -> bool:
    """Greater Kolkata (Kolkata, Howrah, North and South 24 Parganas, Hooghly): one intake's
    catchment, so that survivors compete for the same seats."""
    return REGION[0] <= lat <= REGION[1] and REGION[2] <= lon <= REGION[3]


def _with_seats(course, free: dict[int, int]):
    from dataclasses import replace

    from matcher.models import BatchOffer

    batches = tuple(
        BatchOffer(b.id, b.start_date, b.application_deadline, free[b.id], 0) if b.id in free
        else b for b in course.batches
    )
    return replace(course, batches=batches)


def solve_library(cohort: list[Candidate], seats: list[Seats]) -> dict[int, int]:
    from matching.games import HospitalResident

    residents = {c.profile_id: [ch.batch_id for ch in c.choices] for c in cohort if c.choices}
    applicants: dict[int, list[tuple[float, int]]] = {}
    for candidate in cohort:
        for choice in candidate.choices:
            applicants.setdefault(choice.batch_id, []).append((-choice.score,
                                                               candidate.profile_id))
    hospitals = {b: [pid for _, pid in sorted(pool)] for b, pool in applicants.items()}
    capacities = {s.batch_id: s.capacity for s in seats if s.batch_id in hospitals}
    # The library deep-copies its players, recursively: 10,000 residents need a deep stack.
    found: dict[str, dict[int, int]] = {}

    def solve() -> None:
        game = HospitalResident.create_from_dictionaries(residents, hospitals, capacities)
        solution = game.solve(optimal="resident")
        found["assignment"] = {resident.name: hospital.name
                               for hospital, matched in solution.items() for resident in matched}

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 30)
    try:
        thread = threading.Thread(target=solve)
        thread.start()
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
        threading.stack_size(0)
    return found["assignment"]


def score_ranked_blocking_pairs(cohort, seats, assignment) -> int:
    """Blocking pairs when each batch ranks survivors by match score (the library's input)."""
    capacity = {s.batch_id: s.capacity for s in seats}
    score = {(c.profile_id, ch.batch_id): ch.score for c in cohort for ch in c.choices}
    members: dict[int, list[int]] = {}
    for pid, batch_id in assignment.items():
        members.setdefault(batch_id, []).append(pid)
    worst = {b: min((score[p, b], -p) for p in pids) for b, pids in members.items()}
    pairs = 0
    for candidate in cohort:
        current = assignment.get(candidate.profile_id)
        for choice in candidate.choices:
            if choice.batch_id == current:
                break
            b = choice.batch_id
            if len(members.get(b, ())) < capacity[b] or \
                    (choice.score, -candidate.profile_id) > worst[b]:
                pairs += 1
    return pairs


def measure(name, cohort, seats, assignment, seconds) -> dict:
    score = {(c.profile_id, ch.batch_id): ch.score for c in cohort for ch in c.choices}
    high = {c.profile_id for c in cohort if c.income_urgency is IncomeUrgency.HIGH and c.choices}
    placed_scores = [score[pid, b] for pid, b in assignment.items()]
    return {
        "solver": name,
        "ms": seconds * 1000,
        "filled": len(assignment),
        "bp_policy": len(blocking_pairs(cohort, seats, assignment)),
        "bp_bands": len(blocking_pairs(cohort, seats, assignment, by_policy=True)),
        "bp_score": score_ranked_blocking_pairs(cohort, seats, assignment),
        "mean_score": statistics.fmean(placed_scores) if placed_scores else 0.0,
        "high_placed": sum(1 for pid in assignment if pid in high),
        "high_total": len(high),
    }


def run(survivors: int, batches: int, seed: int) -> list[dict]:
    started = time.perf_counter()
    cohort, seats = instance(survivors, batches, seed)
    built = time.perf_counter() - started
    with_choices = sum(1 for c in cohort if c.choices)
    print(f"\n{survivors:,} survivors x {len(seats):,} batches (seed {seed}): "
          f"{sum(s.capacity for s in seats):,} seats, {with_choices:,} survivors with a choice, "
          f"{sum(len(c.choices) for c in cohort):,} choices; preferences built in "
          f"{built:.1f} s", flush=True)
    rows = []
    started = time.perf_counter()
    ours = allocate(cohort, seats).assignment
    rows.append(measure("ours", cohort, seats, ours, time.perf_counter() - started))
    started = time.perf_counter()
    theirs = solve_library(cohort, seats)
    rows.append(measure("matching HR", cohort, seats, theirs, time.perf_counter() - started))
    for row in rows:
        assert all(b in {s.batch_id for s in seats} for b in (ours if row["solver"] == "ours"
                                                              else theirs).values())
    return rows


def table(rows: list[dict]) -> str:
    head = ("| instance | solver | time | seats filled | blocking pairs (policy) | "
            "(urgency+waiting bands) | (score-ranked batches) | mean score | "
            "high urgency placed |\n|---|---|---|---|---|---|---|---|---|")
    lines = [head]
    for row in rows:
        lines.append(
            f"| {row['instance']} | {row['solver']} | {row['ms']:,.0f} ms | {row['filled']:,} | "
            f"{row['bp_policy']:,} | {row['bp_bands']:,} | {row['bp_score']:,} | "
            f"{row['mean_score']:.1f} | {row['high_placed']:,} / {row['high_total']:,} |")
    return "\n".join(lines)


def preferences(sizes, seeds: int) -> None:
    """Preferences built both ways on the same instances, side by side: the whole query per
    survivor (`batch_fits`) and the fast path (`wanted_batch_fits`); the allocation included."""
    print("| instance | whole query | fast path | speed-up | same choices | same allocation |"
          "\n|---|---|---|---|---|---|")
    by_size: dict[tuple[int, int], list[dict]] = {}
    for survivors, batches in sizes:
        for seed in range(1, seeds + 1):
            timings: dict = {}
            cohort, seats = instance(survivors, batches, seed, timings)
            started = time.perf_counter()
            allocate(cohort, seats)
            timings["allocate_s"] = time.perf_counter() - started
            by_size.setdefault((survivors, batches), []).append(timings)
            print(f"| {survivors:,} x {batches:,} #{seed} | {timings['whole_s']:.1f} s | "
                  f"{timings['fast_s']:.1f} s (+{timings['allocate_s']:.1f} s allocating) | "
                  f"{timings['whole_s'] / timings['fast_s']:.1f}x | {timings['same_choices']} | "
                  f"{timings['same_allocation']} |", flush=True)
    for (survivors, batches), runs in by_size.items():
        whole = statistics.median(t["whole_s"] for t in runs)
        fast = statistics.median(t["fast_s"] + t["allocate_s"] for t in runs)
        print(f"median {survivors:,} x {batches:,}: whole query {whole:.1f} s, fast path with "
              f"the allocation {fast:.1f} s ({whole / fast:.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small instances only")
    parser.add_argument("--seeds", type=int, default=3, help="instances of each size")
    parser.add_argument("--preferences", action="store_true",
                        help="time the preferences both ways (whole query, fast path) instead")
    args = parser.parse_args()
    print(f"Python {platform.python_version()} on {platform.machine()}, one core")
    if args.preferences:
        preferences(SIZES[:1] if args.quick else SIZES, args.seeds)
        return
    rows = []
    sizes = SIZES[:1] if args.quick else SIZES
    for survivors, batches in sizes:
        for seed in range(1, args.seeds + 1):
            for row in run(survivors, batches, seed):
                row["instance"] = f"{survivors:,} x {batches:,} #{seed}"
                rows.append(row)
    print()
    print(table(rows))
    ours = [r for r in rows if r["solver"] == "ours"]
    theirs = [r for r in rows if r["solver"] != "ours"]
    print(f"\nours stable under its policy in every instance: "
          f"{all(r['bp_policy'] == 0 and r['bp_bands'] == 0 for r in ours)}")
    print("ours fills at least as many seats in every instance: "
          f"{all(a['filled'] >= b['filled'] for a, b in zip(ours, theirs, strict=True))}")
    print("ours places more high-urgency survivors in every instance: "
          f"{all(a['high_placed'] > b['high_placed'] for a, b in zip(ours, theirs, strict=True))}")


if __name__ == "__main__":
    main()
