"""Side by side: one profile against 100,000 offers in two checkouts, in one run, medians.

    python bench/bench_matcher_before_after.py --before /path/to/old/checkout [--after .]

Each checkout runs in its own worker process with its own code on `sys.path`: it builds the
synthetic catalogue of `bench/bench_matcher_synthetic.py` over ITS OWN seeded taxonomy
(`seeds/trades.json`, so new trades count), indexes it, and resolves the synthetic profiles'
free text with ITS OWN resolver (as a profile is resolved when written); with `--taxonomy FILE`
both use that one trades file instead. The driver then asks the two workers for rounds of timed
`match` calls in turn (before, after, after, before, ...), so both see the same machine noise
and neither always goes first, and prints the median time per match of each and their ratio.
Both do the same work with the same shortcuts (same catalogue size and seed, same profiles'
texts, garbage collector frozen after indexing, near misses on).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()

WORKER = r"""
import gc, json, sys, time
from pathlib import Path
root = Path(sys.argv[1]); offers = int(sys.argv[2]); count = int(sys.argv[3])
taxonomy_file = Path(sys.argv[4]) if sys.argv[4] else root / "seeds" / "trades.json"
sys.path.insert(0, str(root))
from bench.bench_matcher_synthetic import TODAY, catalogue, profiles
from matcher import CatalogIndex, InterestResolver, TradeInfo, match
rows = json.loads(taxonomy_file.read_text(encoding="utf-8"))
taxonomy = [TradeInfo.from_seed(row) for row in rows]
trades = {trade.code: trade for trade in taxonomy}
courses, openings = catalogue(trades, offers, seed=7)
index = CatalogIndex(taxonomy, courses, openings)
survivors = [p for p, _ in profiles(InterestResolver(taxonomy), count, seed=11)]
gc.collect(); gc.freeze()
print(json.dumps({"ready": len(index), "trades": len(trades)}), flush=True)
position = 0
for line in sys.stdin:
    size = int(line)
    times = []
    for _ in range(size):
        survivor = survivors[position % len(survivors)]
        position += 1
        start = time.perf_counter()
        match(survivor, index, TODAY)
        times.append(time.perf_counter() - start)
    print(json.dumps(times), flush=True)
"""


def start(
    root: Path, offers: int, count: int, taxonomy: Path | None
) -> tuple[subprocess.Popen, dict]:
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(root), str(offers), str(count),
         str(taxonomy.resolve()) if taxonomy else ""],
        cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    ready = json.loads(process.stdout.readline())
    return process, ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the checkout before the change")
    parser.add_argument("--after", type=Path, default=HERE.parent.parent,
                        help="the checkout after the change (this one by default)")
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--profiles", type=int, default=200, help="distinct profiles per side")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--round-size", type=int, default=40)
    parser.add_argument("--taxonomy", type=Path, default=None,
                        help="one trades file for both sides (isolates the code from the taxonomy)")
    args = parser.parse_args()

    sides = {}
    for name, root in (("before", args.before.resolve()), ("after", args.after.resolve())):
        process, ready = start(root, args.offers, args.profiles, args.taxonomy)
        sides[name] = {"process": process, "times": [], "root": root, **ready}
        print(f"{name}: {root} - {ready['ready']:,} offers indexed, {ready['trades']} trades")
    for number in range(args.rounds):
        order = list(sides.values())
        for side in order if number % 2 == 0 else reversed(order):  # neither always goes first
            side["process"].stdin.write(f"{args.round_size}\n")
            side["process"].stdin.flush()
            side["times"].extend(json.loads(side["process"].stdout.readline()))
    for side in sides.values():
        side["process"].stdin.close()
        side["process"].wait()
    medians = {name: statistics.median(side["times"]) for name, side in sides.items()}
    for name, side in sides.items():
        times = sorted(side["times"])
        p90 = times[int(0.9 * (len(times) - 1))]
        print(f"{name:>6}: median {medians[name] * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms "
              f"over {len(times)} matches")
    ratio = medians["after"] / medians["before"]
    verdict = "OK" if ratio <= 1.10 else "OVER TARGET"
    print(f"after / before = {ratio:.3f} (target: at most 1.10) -> {verdict}")


if __name__ == "__main__":
    main()
