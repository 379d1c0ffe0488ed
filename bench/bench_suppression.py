"""Small-count suppression (catalog.disclosure) on outcome reports of growing size: our sparse
elimination modulo a prime against the same algorithm checking recoverability by dense
elimination over fractions (the textbook way), side by side on the same instances, medians.

Instances are shaped like an admin's outcomes report: courses (completions and placements)
grouped by provider and trade, employers (decided, hired, not selected hidden), hires by trade,
district and month, all tied to the stage totals. Both variants withhold the same cells (checked).

    .venv/bin/python bench/bench_suppression.py [--quick]

Last figures (2 shared cores, medians of 3):

    courses employers  cells withheld   ours (s)  fractions (s)  speed-up
         20         5     81       48      0.004           0.06       16x
        100        20    341      232      0.065          14.04      215x
        200        50    694      420      1.026         109.08      106x
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from catalog import disclosure  # noqa: E402
from catalog.disclosure import Relation, suppress  # noqa: E402

SIZES = [(20, 5, 5, 5), (100, 20, 20, 20), (200, 50, 30, 40)]


def instance(courses: int, employers: int, trades: int, districts: int, seed: int = 1):
    rng = random.Random(seed)
    cells: dict = {}
    relations: list[Relation] = []
    trade_of = {c: rng.randrange(trades) for c in range(courses)}
    provider_of = {c: rng.randrange(max(1, courses // 5)) for c in range(courses)}
    for c in range(courses):
        n = rng.choice([1, 2, 3, 5, 8, 13, 30])
        cells[("course", c, "n")], cells[("course", c, "placed")] = n, rng.randint(0, n)
    cells["completed"] = sum(cells[("course", c, "n")] for c in range(courses))
    for t in range(trades):
        members = [("course", c, "n") for c in range(courses) if trade_of[c] == t]
        cells[("completions_by_trade", t)] = sum(cells[m] for m in members)
        relations.append(Relation.of(("completions_by_trade", t), members))
    relations.append(Relation.of("completed", [("completions_by_trade", t)
                                               for t in range(trades)]))
    relations.append(Relation.of("completed", [("course", c, "n") for c in range(courses)]))
    for p in set(provider_of.values()):
        for field in ("n", "placed"):
            members = [("course", c, field) for c in range(courses) if provider_of[c] == p]
            cells[("provider", p, field)] = sum(cells[m] for m in members)
            relations.append(Relation.of(("provider", p, field), members))
    hires = 0
    for e in range(employers):
        hired, not_selected = rng.choice([0, 1, 2, 6, 10]), rng.choice([0, 1, 3, 9])
        cells[("employer", e, "n")], cells[("employer", e, "placed")] = hired + not_selected, hired
        hires += hired
        relations.append(Relation.of(("employer", e, "n"), [("employer", e, "placed"),
                                                            ("employer", e, "not_selected")]))
    cells["hired"] = hires
    relations.append(Relation.of("hired", [("employer", e, "placed") for e in range(employers)]))
    for table, size in (("by_trade", trades), ("by_district", districts), ("by_month", 12)):
        parts = [0] * size
        for _ in range(hires):
            parts[rng.randrange(size)] += 1
        cells |= {(table, i): v for i, v in enumerate(parts) if v}
        relations.append(Relation.of("hired", [(table, i) for i in range(size) if parts[i]]))
    return cells, relations


def recoverable_by_fractions(cells, relations, withheld) -> set:
    """The same question answered by dense reduced row echelon form over fractions."""
    unknown = disclosure._unknowns(cells, relations, withheld)
    position = {key: index for index, key in enumerate(unknown)}
    rows = []
    for relation in relations:
        row = [Fraction(0)] * len(unknown)
        for key, coefficient in relation.coefficients().items():
            if key in position:
                row[position[key]] += coefficient
        if any(row):
            rows.append(row)
    pivots, top = [], 0
    for column in range(len(unknown)):
        found = next((r for r in range(top, len(rows)) if rows[r][column] != 0), None)
        if found is None:
            continue
        rows[top], rows[found] = rows[found], rows[top]
        pivot = rows[top][column]
        rows[top] = [value / pivot for value in rows[top]]
        for r in range(len(rows)):
            if r != top and rows[r][column] != 0:
                factor = rows[r][column]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[top], strict=True)]
        pivots.append((top, column))
        top += 1
        if top == len(rows):
            break
    exposed = set()
    for row_index, column in pivots:
        if all(rows[row_index][c] == 0 for c in range(len(unknown)) if c != column):
            if unknown[column] in withheld:
                exposed.add(unknown[column])
    return exposed


def timed(run, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    quick = "--quick" in sys.argv
    repeat = 1 if quick else 3
    sizes = SIZES[:2] if quick else SIZES
    print("courses employers  cells withheld   ours (s)  fractions (s)  speed-up")
    ours_check = disclosure.recoverable
    for size in sizes:
        cells, relations = instance(*size)
        ours, result = timed(lambda: suppress(cells, relations, 5), repeat)
        disclosure.recoverable = recoverable_by_fractions
        try:
            theirs, baseline = timed(lambda: suppress(cells, relations, 5), repeat)
        finally:
            disclosure.recoverable = ours_check
        assert result.withheld == baseline.withheld, "the two checks disagree"
        print(f"{size[0]:>7} {size[1]:>9} {len(cells):>6} {len(result.withheld):>8} "
              f"{ours:>10.3f} {theirs:>14.2f} {theirs / ours:>8.0f}x")


if __name__ == "__main__":
    main()
