"""Small-count suppression: counts that could single a survivor out are withheld, and so are
enough other counts that none of the withheld ones can be worked back from what is shown.

A report is a set of *cells* (counts, each under a key) and the *relations* a reader knows hold
between them: a total is the sum of its parts (placements by trade add up to the hires of the
stage table; a provider's completions are the sum of its courses'). Some terms of a relation
may be *hidden*: quantities the report never shows, which the reader must also treat as
unknown (an employer's referrals not selected are its decided ones less its hires).

`suppress` withholds:

1. every cell whose count is below `threshold`, zero included (primary suppression). A zero is
   withheld too: a liaison knows which survivors completed her course, so "0 placed" beside
   "withheld" would tell her that her one graduate of the month was hired;
2. then, while any withheld cell can still be computed exactly from the cells shown through the
   relations (solving them as linear equations: that covers a total less its other parts, a
   difference of two totals, and any longer chain), one more cell of a relation it is in: the
   smallest positive count shown there, else the total, else a zero (complementary suppression).

The check is exact linear algebra (sparse Gaussian elimination, modulo a large prime): a withheld
cell is recoverable exactly when its unit vector lies in the row space of the relations over the
unknowns.
It does not protect against intervals narrowed by the counts being non-negative, nor against a
reader who differences two reports of different periods: see docs/outcomes.md.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

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
    primary = {key for key, value in cells.items() if value < threshold}
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
    """The withheld cells a reader can compute exactly from the cells shown: those whose unit
    vector lies in the row space of the relations restricted to the unknowns (the values shown
    only move to the right-hand side, so they do not matter)."""
    unknown = _unknowns(cells, relations, withheld)
    position = {key: index for index, key in enumerate(unknown)}
    echelon = _Echelon()
    for relation in relations:
        row: dict[int, int] = {}
        for key, coefficient in relation.coefficients().items():
            if key in position:
                row[position[key]] = coefficient % PRIME
        if row:
            echelon.add(row)
    return {key for key in unknown if key in withheld and echelon.spans({position[key]: 1})}


PRIME = 2**61 - 1
"""Elimination runs modulo this prime: exact, fast integers instead of fractions. A rank over
the integers mod p differs from the rank over the rationals only if p divides a minor of the
relations, whose entries are -1, 0 and 1: never for the sizes of a report."""


class _Echelon:
    """Sparse rows in echelon form: each row's lowest column is its pivot, with coefficient 1."""

    def __init__(self) -> None:
        self.pivots: dict[int, dict[int, int]] = {}

    def _reduce(self, row: dict[int, int]) -> dict[int, int]:
        row = {c: v for c, v in row.items() if v}
        done: dict[int, int] = {}
        while row:
            column = min(row)
            value = row.pop(column)
            pivot = self.pivots.get(column)
            if pivot is None:
                done[column] = value
                continue
            for c, v in pivot.items():
                if c == column:
                    continue
                updated = (row.get(c, 0) - value * v) % PRIME
                if updated:
                    row[c] = updated
                else:
                    row.pop(c, None)
        return done

    def add(self, row: dict[int, int]) -> None:
        """Add a row: reduced by the pivots, its lowest column left becomes a new pivot."""
        reduced = self._reduce(row)
        if reduced:
            column = min(reduced)
            inverse = pow(reduced[column], PRIME - 2, PRIME)
            self.pivots[column] = {c: v * inverse % PRIME for c, v in reduced.items()}

    def spans(self, row: dict[int, int]) -> bool:
        return not self._reduce(row)


def _unknowns(cells, relations, withheld) -> list:
    seen: dict = {}
    for relation in relations:
        for key in relation.members:
            if key not in cells or key in withheld:
                seen.setdefault(key, None)
    return list(seen)
