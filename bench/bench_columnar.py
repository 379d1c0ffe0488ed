"""The columnar engine against its floor and the fair naive baseline (issue 19), side by side in
one run: python bench/bench_columnar.py [--quick] [--million] [--million-memory] [--patch]
[--no-100k]

1. 100,000 offers: medians per profile of
   - the vectorised floor: one plain numpy pass over every listed offer (no grid, no pruning)
     computing the distance, every hard rule and the score, and the top 20 (`floor`, below);
   - the engine, `match()` with and without near misses (full results: reasons, pathways);
   - the fair naive baseline (bench_matcher_baseline.py, cheap filters first);
   each profile's runs one after the other, so a change of load moves them alike.
2. Index memory per offer, the offers it holds counted: tracemalloc from before the catalogue
   is made to after the index is built and the catalogue given dropped (what the index keeps:
   its numpy columns and its compact copies of the offers); as details the numpy arrays alone
   and what the build alone allocates (the figure before issue 19's memory target).
3. `--patch`: a catalogue edit at 200,000 offers, `index.add(offer)` and the first match
   after it, against a warm match.
4. `--million`: one profile against 1,000,000 offers, with near misses (target under 30 ms);
   its memory with `--million-memory` (tracemalloc makes that build several times slower).

Catalogues and profiles are synthetic, from fixed seeds (bench_matcher_synthetic.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_matcher import milliseconds as ms, timed  # noqa: E402
from bench.bench_matcher_baseline import naive_match  # noqa: E402
from bench.bench_matcher_synthetic import TODAY, catalogue, profiles  # noqa: E402
from matcher import CatalogIndex, match  # noqa: E402
from matcher.factors import BY_TRADE, COLUMNS, Many, score_trade, vector_score  # noqa: E402
from matcher.rules import Seeker, reaches  # noqa: E402
from matcher.vector_rules import Judge, verdicts  # noqa: E402
from tests.matcher import field  # noqa: E402


def floor(profile, index: CatalogIndex, today, limit: int = 20) -> np.ndarray:
    """Every listed offer in one numpy pass: distance, every hard rule, the market of each
    trade, the score; the positions of the top `limit` eligible offers."""
    c = index.columns
    seeker = Seeker(profile, max(profile.literacy.rank, index.max_raise_rank),
                    index.language_mask(profile.languages))
    judge = Judge(c, seeker, index.accesses, today.toordinal())
    access_ok = np.array([reaches(seeker, a) for a in index.accesses] + [False])
    every = slice(None) if c.live.all() else np.flatnonzero(c.live)  # whole columns, no copy
    km = c.distance(every, *_point(profile))
    count, ok, _ = verdicts(judge.failures(every, km))
    within = ~c.presence[every] | (km <= profile.max_travel_km)
    counted = (judge.day.open_opening[every] & access_ok[c.access[every]]
               & ~judge.hidden_at(every, len(km)) & within)
    counted = np.flatnonzero(counted) if isinstance(every, slice) else every[counted]
    pos = np.flatnonzero(ok) if isinstance(every, slice) else every[ok]
    market = np.bincount(c.trade[counted], weights=c.positions[counted],
                         minlength=len(c.codes.trades) + 1)
    km = km[ok]
    names = {number: code for code, number in c.codes.trades.items()}
    table = np.array([[score_trade(profile, index.trade(names[t]), today)[f.name].value
                       for f in BY_TRADE] for t in range(len(names))]).reshape(-1, len(BY_TRADE))
    trade = c.trade[pos]
    many = Many(profile, today.toordinal(), km, c.presence[pos], c.kind[pos] == 0,
                judge.day.best_start[pos], market[trade],
                {name: c.factor[pos, n] for n, (name, _f) in enumerate(COLUMNS)})
    scores = vector_score(many, {f.name: table[trade, n] for n, f in enumerate(BY_TRADE)},
                          np.zeros(len(pos), np.bool_))
    top = np.argpartition(-scores, min(limit, len(scores) - 1))[:limit] if len(pos) else pos
    return pos[top]


def _point(profile):
    phi = np.radians(profile.latitude)
    return phi, np.radians(profile.longitude), np.cos(phi)


def spread(times: list[float]) -> str:
    times = sorted(times)
    p90 = times[min(len(times) - 1, int(0.9 * len(times)))]
    return f"median {ms(statistics.median(times))}, p90 {ms(p90)} over {len(times)}"


def built(offers: int, seed: int = 7, keep_offers: bool = True, memory: bool = True):
    """The index of a synthetic catalogue, and its offers (made again when `keep_offers`: the
    memory it holds is measured with the catalogue it was given dropped); without `memory`,
    not measured (tracemalloc slows the build of a million offers several times)."""
    if not memory:
        courses, openings = catalogue(field.TRADES, offers, seed=seed)
        start = time.perf_counter()
        index = CatalogIndex(field.TAXONOMY, courses, openings)
        print(f"index of {len(index):,} listed offers built in "
              f"{time.perf_counter() - start:.1f} s (memory not measured: --million-memory)")
        del courses, openings
        gc.collect()
        gc.freeze()
        return index, None, None
    gc.collect()
    tracemalloc.start()
    before, _peak = tracemalloc.get_traced_memory()
    start = time.perf_counter()
    courses, openings = catalogue(field.TRADES, offers, seed=seed)
    made = time.perf_counter() - start
    given, _peak = tracemalloc.get_traced_memory()
    start = time.perf_counter()
    index = CatalogIndex(field.TAXONOMY, courses, openings)
    took = time.perf_counter() - start
    during, _peak = tracemalloc.get_traced_memory()
    del courses, openings
    gc.collect()
    held, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n, c = len(index), index.columns
    arrays = sum(v.nbytes for v in vars(c).values() if isinstance(v, np.ndarray))
    arrays += getattr(index, "offer_at", getattr(index, "row_at", None)).nbytes  # (before: rows)
    print(f"{offers:,} offers generated in {made:.1f} s; index of {n:,} listed offers "
          f"built in {took:.1f} s (both under tracemalloc)")
    print(f"index memory, the offers it holds counted (tracemalloc, the catalogue given "
          f"dropped): {(held - before) / n:,.0f} bytes per offer")
    print(f"  of which numpy arrays {arrays / n:,.0f}, the offers and the rest "
          f"{(held - before - arrays) / n:,.0f}; allocated by the build alone (the offers "
          f"given not counted, as before issue 19's memory target) {(during - given) / n:,.0f}; "
          f"the catalogue as given {(given - before) / n:,.0f}")
    if keep_offers:
        courses, openings = catalogue(field.TRADES, offers, seed=seed)
    else:
        courses = openings = None
    gc.collect()
    gc.freeze()
    return index, courses, openings


def side_by_side(sample: int, baseline_sample: int) -> None:
    print("\n== 100,000 offers: floor, engine, fair baseline ==")
    index, courses, openings = built(100_000)
    survivors = profiles(field.RESOLVER, sample, seed=11)
    for survivor, _ in survivors[:5]:  # warm the per-day arrays and caches
        match(survivor, index, TODAY)
    runs = {"floor": [], "engine": [], "engine, no near misses": [], "baseline": []}
    for number, (survivor, texts) in enumerate(survivors):
        runs["floor"].append(timed(floor, survivor, index, TODAY))
        runs["engine"].append(timed(match, survivor, index, TODAY))
        runs["engine, no near misses"].append(
            timed(match, survivor, index, TODAY, near_misses=False))
        if number < baseline_sample:
            runs["baseline"].append(timed(naive_match, survivor, texts, courses, openings,
                                          field.TRADES, TODAY))
    for label, times in runs.items():
        print(f"{label:28} {spread(times)}")
    medians = {label: statistics.median(times) for label, times in runs.items()}
    print(f"engine with near misses / floor: {medians['engine'] / medians['floor']:.2f}x; "
          f"without: {medians['engine, no near misses'] / medians['floor']:.2f}x "
          f"(target within 1.5x)")
    same = statistics.median(runs["engine"][:baseline_sample])
    print(f"baseline / engine on the same {baseline_sample} profiles: "
          f"{medians['baseline'] / same:.1f}x (engine median {ms(same)} on them; "
          f"target at least 15x)")
    gc.unfreeze()


def patch_cost(sample: int) -> None:
    print("\n== A catalogue edit at 200,000 offers ==")
    index, courses, _openings = built(200_000, seed=13)
    survivors = [p for p, _ in profiles(field.RESOLVER, sample, seed=17)]
    edits, firsts, warms = [], [], []
    for number, survivor in enumerate(survivors):
        course = courses[(number * 7919) % len(courses)]
        changed = dataclasses.replace(course, title=f"{course.title} (edit {number})")
        start = time.perf_counter()
        index = index.add(changed)
        edits.append(time.perf_counter() - start)
        firsts.append(timed(match, survivor, index, TODAY))
        warms.append(timed(match, survivor, index, TODAY))
    print(f"index.add(course):           {spread(edits)}")
    print(f"first match after the edit:  {spread(firsts)}")
    print(f"warm match:                  {spread(warms)}")
    gc.unfreeze()


def million(sample: int, memory: bool) -> None:
    print("\n== 1,000,000 offers ==")
    index, _courses, _openings = built(1_000_000, seed=7, keep_offers=False, memory=memory)
    survivors = [p for p, _ in profiles(field.RESOLVER, sample, seed=11)]
    for survivor in survivors[:3]:
        match(survivor, index, TODAY)
    with_near = [timed(match, p, index, TODAY) for p in survivors]
    without = [timed(match, p, index, TODAY, near_misses=False) for p in survivors]
    print(f"engine, limit 20 with near misses: {spread(with_near)} (target median under 30 ms)")
    print(f"engine, no near misses:            {spread(without)}")
    gc.unfreeze()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 offers")
    parser.add_argument("--patch", action="store_true", help="also a catalogue edit at 200,000")
    parser.add_argument("--no-100k", action="store_true", help="leave out part 1")
    parser.add_argument("--million-memory", action="store_true",
                        help="also measure the memory of the 1,000,000-offer index (slow)")
    args = parser.parse_args(argv)
    print(f"Python {platform.python_version()}, numpy {np.__version__}, one process")
    if not args.no_100k:
        side_by_side(40 if args.quick else 200, 5 if args.quick else 50)
    if args.patch:
        patch_cost(20 if args.quick else 100)
    if args.million:
        million(20 if args.quick else 100, args.million_memory)


if __name__ == "__main__":
    main()
