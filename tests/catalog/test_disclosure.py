"""Small-count suppression as pure arithmetic (no database): small counts are withheld, and so
is whatever would let a reader work one back from totals."""
from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.disclosure import Relation, recoverable, suppress


def test_a_count_below_the_threshold_is_withheld_a_zero_too():
    result = suppress({"a": 1, "b": 4, "c": 5, "z": 0}, [], 5)
    assert result.withheld == {"a", "b", "z"} == result.primary


def test_a_row_total_cannot_give_back_its_one_small_part():
    cells = {"total": 13, "a": 1, "b": 5, "c": 7}
    result = suppress(cells, [Relation.of("total", ["a", "b", "c"])], 5)
    assert result.primary == {"a"}
    assert result.withheld == {"a", "b"}  # the smallest other part, not the total
    assert recoverable(cells, [Relation.of("total", ["a", "b", "c"])], set(result.withheld)) \
        == set()


def test_a_total_is_withheld_when_no_other_part_is_shown():
    cells = {"total": 9, "a": 2}
    assert suppress(cells, [Relation.of("total", ["a"])], 5).withheld == {"a", "total"}


def test_two_tables_of_the_same_total_are_protected_together():
    """Hires by trade and by district add up to the same number of hires: withholding a small
    trade beside another trade is not enough if the districts give the total away."""
    cells = {"hired": 12, ("trade", "x"): 1, ("trade", "y"): 11,
             ("district", "p"): 6, ("district", "q"): 6}
    relations = [Relation.of("hired", [("trade", "x"), ("trade", "y")]),
                 Relation.of("hired", [("district", "p"), ("district", "q")])]
    result = suppress(cells, relations, 5)
    assert ("trade", "x") in result.withheld
    assert recoverable(cells, relations, set(result.withheld)) == set()
    assert "hired" in result.withheld or ("trade", "y") in result.withheld


def test_a_hidden_quantity_is_an_unknown_to_the_reader():
    """An employer's decided referrals are its hires plus those not selected, never shown."""
    cells = {"n": 9, "hired": 2}
    relations = [Relation.of("n", ["hired", "not_selected"])]
    assert suppress(cells, relations, 5).withheld == {"hired"}


def test_a_chain_of_totals_is_followed():
    """Course placed -> provider placed: a provider with one course gives it away."""
    cells = {"course_1": 1, "course_2": 6, "provider": 7, "course_3": 8, "other": 8}
    relations = [Relation.of("provider", ["course_1", "course_2"]),
                 Relation.of("other", ["course_3"])]
    result = suppress(cells, relations, 5)
    assert result.withheld == {"course_1", "course_2"}


# --- a property: on small two-way tables, each withheld cell can take two values -----------

def table(interior: list[list[int]]):
    rows, cols = len(interior), len(interior[0])
    cells = {("cell", r, c): interior[r][c] for r in range(rows) for c in range(cols)}
    cells |= {("row", r): sum(interior[r]) for r in range(rows)}
    cells |= {("col", c): sum(interior[r][c] for r in range(rows)) for c in range(cols)}
    cells["total"] = sum(map(sum, interior))
    relations = [Relation.of(("row", r), [("cell", r, c) for c in range(cols)])
                 for r in range(rows)]
    relations += [Relation.of(("col", c), [("cell", r, c) for r in range(rows)])
                  for c in range(cols)]
    relations += [Relation.of("total", [("row", r) for r in range(rows)]),
                  Relation.of("total", [("col", c) for c in range(cols)])]
    return cells, relations


def values_each_withheld_cell_can_take(interior, withheld, bound):
    """The values each withheld cell takes over every non-negative 2 x 2 table (cells up to
    `bound`) that agrees with every cell shown."""
    cells, _ = table(interior)
    shown = [(key, value) for key, value in cells.items() if key not in withheld]
    seen: dict = {key: set() for key in withheld}
    for a, b, c, d in itertools.product(range(bound + 1), repeat=4):
        candidate = {("cell", 0, 0): a, ("cell", 0, 1): b, ("cell", 1, 0): c, ("cell", 1, 1): d,
                     ("row", 0): a + b, ("row", 1): c + d, ("col", 0): a + c, ("col", 1): b + d,
                     "total": a + b + c + d}
        if all(candidate[key] == value for key, value in shown):
            for key in withheld:
                seen[key].add(candidate[key])
    return seen


@settings(max_examples=30, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), min_size=2, max_size=2), min_size=2, max_size=2))
def test_no_withheld_cell_of_a_two_way_table_can_be_worked_back(interior):
    cells, relations = table(interior)
    result = suppress(cells, relations, 5)
    assert {k for k, v in cells.items() if v < 5} <= result.withheld
    possible = values_each_withheld_cell_can_take(interior, result.withheld, 10)
    for key in result.withheld:
        assert len(possible[key]) >= 2, (interior, key, sorted(result.withheld, key=repr))
