"""`Keyed`: the (kind, id) -> row map of a catalogue index, shared between an index and the
indexes patched from it (`matcher.index.CatalogIndex.patched`)."""

from __future__ import annotations

from collections.abc import Mapping

_ABSENT = object()


class Keyed(Mapping):
    """(kind, id) -> row: a base map shared between an index and those patched from it, under a
    small layer of the keys patches changed (a removed key maps to None there), so a patch does
    not copy a map of every offer. The layer is folded into a new base once it grows past
    LAYER_SHARE of it (amortised: each fold pays for many patches)."""

    LAYER_SHARE = 0.02
    __slots__ = ("_base", "_layer", "_size")

    def __init__(self, base: dict, layer: dict | None = None, size: int | None = None):
        self._base = base
        self._layer = layer or {}
        self._size = len(base) if size is None else size

    def __getitem__(self, key):
        if key in self._layer:
            row = self._layer[key]
            if row is None:
                raise KeyError(key)
            return row
        return self._base[key]

    def get(self, key, default=None):
        row = self._layer.get(key, _ABSENT)
        if row is _ABSENT:
            return self._base.get(key, default)
        return default if row is None else row

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def __iter__(self):
        for key in self._base:
            if key not in self._layer:
                yield key
        for key, row in self._layer.items():
            if row is not None:
                yield key

    def __len__(self) -> int:
        return self._size

    def layered(self) -> Keyed:
        """A copy to patch: the base shared, the layer copied."""
        return Keyed(self._base, dict(self._layer), self._size)

    def pop(self, key, default=None):
        row = self.get(key)
        if row is None:
            return default
        self._layer[key] = None
        self._size -= 1
        return row

    def __setitem__(self, key, row) -> None:
        if self.get(key) is None:
            self._size += 1
        self._layer[key] = row

    def settle(self) -> None:
        if len(self._layer) > max(64, self.LAYER_SHARE * len(self._base)):
            self._base = {key: self[key] for key in self}
            self._layer = {}
