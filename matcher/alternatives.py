"""Where `matcher.unblock` looks for the alternatives of a near miss: the rows of a survivor's
grid cells and those with lodging that she may be shown, from the index's columns, grouped by
trade once per query (`Nearby`)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from .columns import cell_keys
from .rows import cell_distance_order

if TYPE_CHECKING:  # pragma: no cover
    from .index import CatalogIndex
    from .models import ProfileFacts


class Nearby:
    """The rows one survivor may be shown near her and with lodging, by trade (see the module
    docstring)."""

    def __init__(self, index: CatalogIndex, profile: ProfileFacts, enough: int = 12):
        self.index, self.profile, self.enough = index, profile, enough
        phi = math.radians(profile.latitude)
        self.point = (phi, math.radians(profile.longitude), math.cos(phi))
        self._cells: tuple[list, np.ndarray] | None = None
        self._groups: dict[str, dict] = {}

    def gathered(self, trade: str, kind: str, lodging_only: bool) -> list[tuple]:
        """(flat distance, kind order, id, row) of the 4 x ALTERNATIVES_EXAMINED nearest shown
        rows of the trade and kind: of her grid cells nearest first until 2 x enough are found,
        and with lodging (anywhere) when that is the purpose or she would relocate; a lodging
        row within her cells comes twice. From the index's columns, grouped by trade once."""
        c, profile, enough = self.index.columns, self.profile, self.enough
        number = c.codes.trades.get(trade)
        if number is None:
            return []
        kind_order, parts = (0 if kind == "course" else 1), []
        if not lodging_only:
            pos, by_cell = self._grouped("cells").get(number, (_NONE, _NONE))
            of_kind = c.kind[pos] == kind_order
            pos, by_cell = pos[of_kind], by_cell[of_kind]
            if len(pos) > 2 * enough:  # the cells nearest first until enough are found
                filled = np.cumsum(np.bincount(by_cell))
                pos = pos[by_cell <= int(np.searchsorted(filled, 2 * enough))]
            parts.append(pos)
        if lodging_only or profile.can_relocate:  # else lodging far away is too far
            pos, _ = self._grouped("lodging").get(number, (_NONE, _NONE))
            parts.append(pos[c.kind[pos] == kind_order])
        pos = np.concatenate(parts) if parts else _NONE
        phi, lam, cos_phi = self.point
        flat = (c.phi[pos] - phi) ** 2 + ((c.lam[pos] - lam) * cos_phi) ** 2
        pos, flat = nearest_first(pos, flat, 4 * enough)
        order = np.lexsort((c.ident[pos], c.kind[pos], flat))[:4 * enough]
        rows = [self.index.row(p) for p in pos[order].tolist()]
        return [(f, kind_order, row.id, row) for f, row in zip(flat[order].tolist(), rows)]

    def remote(self, trade: str, kind: str):
        """The remote rows of the trade and kind, in catalogue order (kind, id), one by one."""
        c = self.index.columns
        number = c.codes.trades.get(trade)
        if number is None:
            return
        pos = c.of_trades("remote_pos", np.array([number]))
        pos = pos[c.kind[pos] == (0 if kind == "course" else 1)]
        for p in pos[np.argsort(c.ident[pos], kind="stable")].tolist():
            yield self.index.row(p)

    def _grouped(self, where: str) -> dict[int, tuple]:
        """The rows she may be shown (`_shown`, kinds aside) of her grid cells ("cells", with
        the rank of nearness of each one's cell) or with lodging ("lodging"), by trade id:
        trade id -> (positions, cell ranks), each trade's runs taken once per query."""
        found = self._groups.get(where)
        if found is None:
            found = self._groups[where] = _ByTrade(self, where)
        return found

    def cells(self) -> tuple[list, np.ndarray]:
        """Her grid cells nearest first, and their keys sorted (once)."""
        if self._cells is None:
            profile = self.profile
            cells = cell_distance_order(self.index.cells_near(
                profile.latitude, profile.longitude, profile.max_travel_km),
                profile.latitude, profile.longitude)
            self._cells = (cells, cell_keys(cells))
        return self._cells

    def shown_of_trade(self, where: str, number: int) -> tuple[np.ndarray, np.ndarray]:
        c, profile = self.index.columns, self.profile
        trades = np.array([number])
        if where == "cells":
            cells, keys = self.cells()
            pos = c.of_trades("by_cell", trades, keys)
        else:
            pos = c.of_trades("lodging_pos", trades)
        raises = c.raises[pos]
        pos = pos[(raises < 0) | (raises > profile.literacy.rank)]
        if profile.avoid_districts:
            hidden = {c.codes.districts.get(d) for d in profile.avoid_districts} - {None}
            pos = pos[~np.isin(c.district[pos], list(hidden))]
        if where != "cells":
            return pos, pos
        return pos, np.argsort(cell_keys(cells, ordered=False))[np.searchsorted(keys, c.cell[pos])]


class _ByTrade(dict):
    """trade id -> (positions, cell ranks) of the rows she may be shown, on demand."""

    def __init__(self, nearby: Nearby, where: str):
        super().__init__()
        self.nearby, self.where = nearby, where

    def get(self, number, default=None):
        if number not in self:
            self[number] = self.nearby.shown_of_trade(self.where, number)
        return self[number]


_NONE = np.zeros(0, np.int64)


def nearest_first(pos: np.ndarray, distance: np.ndarray, count: int):
    """Of `pos`, those as near as the `count`-th nearest or nearer (ties all kept, so that a
    sort by distance then kind and id takes the same first `count` as a sort of them all)."""
    if len(pos) <= count:
        return pos, distance
    near = distance <= np.partition(distance, count - 1)[count - 1]
    return pos[near], distance[near]


