"""Small-count suppression: counts that could single a survivor out are withheld, and so are
enough other counts that none of the withheld ones can be worked back from what is shown.

A report is a set of *cells* (counts, each under a key) and the *relations* a reader knows hold
between them: a total is the sum of its parts (placements by trade add up to the hires of the
stage table; a provider's completions are the sum of its courses'). Some terms of a relation
may be *hidden*: quantities the report never shows, which the reader must also treat as
unknown (an employer's referrals not selected are its decided ones less its hires).

`suppress` withholds:

1. every cell whose count is at least 1 and below `threshold` (primary suppression; a zero
   names no one and is shown);
2. then, while any withheld cell can still be computed exactly from the cells shown through the
   relations (solving them as linear equations: that covers a total less its other parts, a
   difference of two totals, and any longer chain), one more cell of a relation it is in: the
   smallest positive count shown there, else the total, else a zero (complementary suppression).

The check is exact linear algebra over fractions (Gaussian elimination): a withheld cell is
recoverable exactly when it is a pivot of the reduced system whose row has no unknown left.
It does not protect against intervals narrowed by the counts being non-negative, nor against a
reader who differences two reports of different periods: see README.md, "Outcomes".
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

Key = Hashable


@dataclass(frozen=True)
class Relation:
    """`total` is the sum of `parts` (each a cell shown, or a hidden quantity)."""

    total: Key
    parts: tuple[Key, ...]

    @classmethod
    def of(cls, total: Key, parts: Iterable[Key]) -> Relation:
        return cls(total, tuple(parts))

    @property
    def members(self) -> tuple[Key, ...]:
        return (self.total, *self.parts)

    def coefficients(self) -> dict[Key, int]:
        """The relation as `sum(coefficient * value) == 0`."""
        found: dict[Key, int] = {self.total: 1}
        for part in self.parts:
            found[part] = found.get(part, 0) - 1
        return {key: c for key, c in found.items() if c}


@dataclass(frozen=True)
class Suppression:
    threshold: int
    withheld: frozenset = field(default_factory=frozenset)
    primary: frozenset = field(default_factory=frozenset)

    def __contains__(self, key: Key) -> bool:
        return key in self.withheld


def suppress(cells: Mapping[Key, int], relations: Sequence[Relation], threshold: int
             ) -> Suppression:
    """The cells to withhold from a reader outside the organisation that owns the survivors."""
    primary = {key for key, value in cells.items() if 0 < value < threshold}
    withheld = set(primary)
    relations = [r for r in relations if len(r.coefficients()) > 1]
    relations_of: dict[Key, list[Relation]] = {}
    for relation in relations:
        for key in relation.members:
            relations_of.setdefault(key, []).append(relation)
    while True:
        exposed = recoverable(cells, relations, withheld)
        if not exposed:
            return Suppression(threshold, frozenset(withheld), frozenset(primary))
        touched: set[Relation] = set()
        added = False
        for key in sorted(exposed, key=repr):
            if touched.intersection(relations_of.get(key, ())):
                continue  # a partner withheld this round may cover it: checked again next round
            partner, near = _partner(key, cells, relations_of, withheld)
            if partner is not None:
                withheld.add(partner)
                touched.update(near)
                added = True
        if not added:  # cannot happen: a cell is recoverable only through some cell shown
            raise AssertionError(f"no cell left to withhold beside {sorted(exposed, key=repr)}")


def _partner(key: Key, cells: Mapping[Key, int], relations_of: Mapping[Key, list[Relation]],
             withheld: set) -> tuple[Key | None, set[Relation]]:
    """The cell to withhold beside `key`: in the relations of `key` (failing that, of the
    unknowns they lead to, and so on), the smallest positive part shown, else the smallest
    positive total, else a zero. Returns it and the relations searched."""
    frontier, seen_keys, searched = {key}, {key}, set()
    while frontier:
        layer = {r for k in frontier for r in relations_of.get(k, ())} - searched
        searched |= layer
        best = None
        for relation in layer:
            for member in relation.members:
                if member in seen_keys or member in withheld or member not in cells:
                    continue
                value = cells[member]
                rank = ((0 if member != relation.total else 1) if value > 0 else 2,
                        value, repr(member))
                if best is None or rank < best[0]:
                    best = (rank, member)
        if best is not None:
            return best[1], searched
        frontier = {m for r in layer for m in r.members} - seen_keys
        seen_keys |= frontier
    return None, searched


def recoverable(cells: Mapping[Key, int], relations: Sequence[Relation], withheld: set
                ) -> set:
    """The withheld cells a reader can compute exactly from the cells shown."""
    unknown = _unknowns(cells, relations, withheld)
    position = {key: index for index, key in enumerate(unknown)}
    rows: list[list[Fraction]] = []
    for relation in relations:
        coefficients = relation.coefficients()
        row = [Fraction(0)] * (len(unknown) + 1)
        touches = False
        for key, coefficient in coefficients.items():
            if key in position:
                row[position[key]] += coefficient
                touches = True
            else:  # shown: moves to the right-hand side
                row[-1] -= coefficient * cells[key]
        if touches:
            rows.append(row)
    pivots = _reduce(rows, len(unknown))
    exposed = set()
    for row_index, column in pivots:
        row = rows[row_index]
        if all(row[c] == 0 for c in range(len(unknown)) if c != column):
            key = unknown[column]
            if key in withheld:
                exposed.add(key)
    return exposed


def _unknowns(cells, relations, withheld) -> list:
    seen: dict = {}
    for relation in relations:
        for key in relation.members:
            if key not in cells or key in withheld:
                seen.setdefault(key, None)
    return list(seen)


def _reduce(rows: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduced row echelon form in place; returns (row, column) of each pivot."""
    pivots = []
    top = 0
    for column in range(width):
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
    return pivots
