"""Benchmark of the screening of one opening: milliseconds per opening, median and 95th percentile.

Screens every opening of the labelled files (the development set and the frozen splits) one at
a time with `catalog.screening.screen_content`, as the service does on each create or update,
and prints the median and 95th percentile per opening over several
passes. Two conditions, side by side in one run:

- cold words: the cache of word frequencies (`text.is_common`) is emptied before each opening,
  so every word of it is looked up afresh, as for an opening whose words the process has never
  seen;
- warm words: the cache is kept across openings, as in a long-running server.

The one-off cost of the first call in a process (loading the word-frequency lists) is printed
apart. Target: well under 50 ms an opening.

    .venv/bin/python bench/bench_screening.py [--passes 5] [FILE ...]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from catalog.screening import screen_content, typical_wages
from catalog.screening.evaluate import facts_of, load
from catalog.screening.text import is_common

TARGET_MS = 50.0
DEFAULT_FILES = sorted((ROOT / "tests" / "data").glob("opening_screening*.jsonl"))


def timed(openings: list, passes: int, cold: bool) -> list[float]:
    wages = typical_wages()
    times = []
    for _ in range(passes):
        for facts in openings:
            if cold:
                is_common.cache_clear()
            start = time.perf_counter()
            screen_content(facts, wages)
            times.append((time.perf_counter() - start) * 1_000)
    return times


def describe(label: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return (f"  {label:<12} median {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms   "
            f"max {ordered[-1]:6.2f} ms   ({len(times)} screenings)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=5)
    arguments = parser.parse_args()
    files = arguments.files or [path for path in DEFAULT_FILES if path.exists()]
    rows = [row for path in files for row in load(path)]
    openings = [facts_of(row) for row in rows]

    start = time.perf_counter()  # one opening of each language loads each word list
    for language in ("en", "hi", "bn"):
        screen_content(next((facts_of(row) for row in rows if row.get("language") == language),
                            openings[0]), typical_wages())
    first = (time.perf_counter() - start) * 1_000

    print(f"screening {len(openings)} openings from {', '.join(p.name for p in files)}, "
          f"{arguments.passes} passes")
    print(f"  first three calls in the process (load the en, hi and bn word lists): {first:.0f} ms")
    cold = timed(openings, arguments.passes, cold=True)
    warm = timed(openings, arguments.passes, cold=False)
    print(describe("cold words", cold))
    print(describe("warm words", warm))
    worst = statistics.median(cold)
    print(f"  target: median under {TARGET_MS:.0f} ms an opening: "
          f"{'met' if worst < TARGET_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
