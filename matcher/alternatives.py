"""Where `matcher.unblock` looks for the alternatives of a near miss: the offers of a survivor's
grid cells, those with lodging and the remote ones that she may be shown, from the index's
columns, grouped by trade once per query (`Nearby`); only the few chosen become rows."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .columns import cell_keys
from .geo import EARTH_RADIUS_KM
from .keyed import KIND_ORDER
from .rows import cell_distance_order
from .vocabulary import LearningMode

if TYPE_CHECKING:  # pragma: no cover
    from .index import CatalogIndex
    from .models import ProfileFacts


class Nearby:
    """The offers one survivor may be shown near her, with lodging and remote, by trade (see
    the module docstring): positions of the index's columns."""

    def __init__(self, index: CatalogIndex, profile: ProfileFacts,
                 hidden_at: Callable[[np.ndarray], np.ndarray], enough: int = 12):
        self.index, self.profile, self.enough = index, profile, enough
        self.hidden_at = hidden_at  # the engine's `Judge.hidden_at`: in a district she avoids
        phi = math.radians(profile.latitude)
        self.point = (phi, math.radians(profile.longitude), math.cos(phi))
        self._cells: tuple[list, np.ndarray, np.ndarray] | None = None
        self._groups: dict[str, dict] = {}
        self._gathered: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def nearest(self, trade: str, kind: str, purpose: str,
                lifts: Callable[[np.ndarray], np.ndarray]) -> list[int]:
        """The positions of about `enough` nearest offers of a trade and kind she may be shown
        that do not fail `purpose` on their face (`lifts`, over positions): with lodging
        anywhere (for "lodging"); else within her daily travel (grid cells nearest first, until
        enough are found) or with lodging if she would relocate, nearest first, then remote ones
        in catalogue order. Nearest by a flat-earth distance (no trigonometry), then by kind and
        id; the engine measures the exact distance of those it evaluates."""
        c, profile, enough = self.index.columns, self.profile, self.enough
        lodging_only = purpose == "lodging"
        pos, flat = self.gathered(trade, kind, lodging_only)
        if len(pos):
            first = np.r_[True, pos[1:] != pos[:-1]]  # a lodging offer within reach comes twice
            flat_reach = (profile.max_travel_km * 1.001 / EARTH_RADIUS_KM) ** 2
            keep = first & lifts(pos) & (lodging_only | c.lodging[pos] | (flat <= flat_reach))
            pos = pos[keep][:enough]
        found = pos.tolist()
        remote_ok = profile.learning_mode is not LearningMode.IN_PERSON
        if not lodging_only and remote_ok and len(found) < enough:
            remote = self._shown(self.remote_positions(trade, kind))
            found += remote[lifts(remote)][:enough - len(found)].tolist()
        return found

    def gathered(self, trade: str, kind: str, lodging_only: bool) -> tuple[np.ndarray, np.ndarray]:
        """(positions, flat distances) of the 4 x enough nearest shown offers of the trade and
        kind (by flat distance, kind, id): of her grid cells nearest first until 2 x enough are
        found, and with lodging (anywhere) when that is the purpose or she would relocate; a
        lodging offer within her cells comes twice. From the columns, grouped by trade once;
        cached per query (the purposes of one trade and kind share them)."""
        key = (trade, kind, lodging_only)
        found = self._gathered.get(key)
        if found is None:
            found = self._gathered[key] = self._gather(trade, kind, lodging_only)
        return found

    def _gather(self, trade: str, kind: str, lodging_only: bool) -> tuple[np.ndarray, np.ndarray]:
        c, profile, enough = self.index.columns, self.profile, self.enough
        number = c.codes.trades.get(trade)
        if number is None:
            return _NONE, np.zeros(0)
        kind_order, parts = KIND_ORDER[kind], []
        if not lodging_only:
            pos, by_cell = self._grouped("cells").get(number, (_NONE, _NONE))
            of_kind = c.kind[pos] == kind_order
            pos, by_cell = pos[of_kind], by_cell[of_kind]
            if len(pos) > 2 * enough:  # the cells nearest first until enough are found
                pos = pos[nearest_cells(by_cell, 2 * enough)]
            parts.append(pos)
        if lodging_only or profile.can_relocate:  # else lodging far away is too far
            pos, _ = self._grouped("lodging").get(number, (_NONE, _NONE))
            parts.append(pos[c.kind[pos] == kind_order])
        pos = np.concatenate(parts) if parts else _NONE
        phi, lam, cos_phi = self.point
        flat = (c.phi[pos] - phi) ** 2 + ((c.lam[pos] - lam) * cos_phi) ** 2
        pos, flat = nearest_first(pos, flat, 4 * enough)
        order = np.lexsort((c.ident[pos], c.kind[pos], flat))[:4 * enough]
        return pos[order], flat[order]

    def remote_positions(self, trade: str, kind: str) -> np.ndarray:
        """The positions of the remote offers of the trade and kind, in catalogue order (id)."""
        c = self.index.columns
        number = c.codes.trades.get(trade)
        if number is None:
            return _NONE
        pos = c.of_trades("remote_pos", np.array([number]))
        pos = pos[c.kind[pos] == KIND_ORDER[kind]]
        return pos[np.argsort(c.ident[pos], kind="stable")]

    def _shown(self, pos: np.ndarray) -> np.ndarray:
        """Of `pos`, those she may be shown: no bridge below her level, not in a district she
        avoids."""
        raises = self.index.columns.raises[pos]
        pos = pos[(raises < 0) | (raises > self.profile.literacy.rank)]
        return pos[~self.hidden_at(pos)]

    def _grouped(self, where: str) -> dict[int, tuple]:
        """The rows she may be shown (`_shown`, kinds aside) of her grid cells ("cells", with
        the rank of nearness of each one's cell) or with lodging ("lodging"), by trade id:
        trade id -> (positions, cell ranks), each trade's runs taken once per query."""
        found = self._groups.get(where)
        if found is None:
            found = self._groups[where] = _ByTrade(self, where)
        return found

    def cells(self) -> tuple[list, np.ndarray, np.ndarray]:
        """Her grid cells nearest first, their keys sorted, and the rank of nearness of each
        sorted key (once)."""
        if self._cells is None:
            profile = self.profile
            cells = cell_distance_order(self.index.cells_near(
                profile.latitude, profile.longitude, profile.max_travel_km),
                profile.latitude, profile.longitude)
            keys = cell_keys(cells, ordered=False)
            self._cells = (cells, np.sort(keys), np.argsort(keys))
        return self._cells

    def shown_of_trade(self, where: str, number: int) -> tuple[np.ndarray, np.ndarray]:
        c = self.index.columns
        trades = np.array([number])
        if where == "cells":
            _cells, keys, ranks = self.cells()
            pos = c.of_trades("by_cell", trades, keys)
        else:
            pos = c.of_trades("lodging_pos", trades)
        pos = self._shown(pos)
        if where != "cells":
            return pos, pos
        return pos, ranks[np.searchsorted(keys, c.cell[pos])]


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


def nearest_cells(by_cell: np.ndarray, count: int) -> np.ndarray:
    """Whether each offer (`by_cell`: the rank of nearness of its cell) is in the nearest cells
    that together hold `count` offers (the last of them whole)."""
    filled = np.cumsum(np.bincount(by_cell))
    return by_cell <= int(np.searchsorted(filled, count))


def nearest_first(pos: np.ndarray, distance: np.ndarray, count: int):
    """Of `pos`, those as near as the `count`-th nearest or nearer (ties all kept, so that a
    sort by distance then kind and id takes the same first `count` as a sort of them all)."""
    if len(pos) <= count:
        return pos, distance
    near = distance <= np.partition(distance, count - 1)[count - 1]
    return pos[near], distance[near]


