"""`Keyed`: the (kind, id) -> row map of a catalogue index, a view of its columns' sorted keys
(`matcher.columns.Columns.key_pos`): no map of every offer is kept, a row is made when asked
for (`matcher.index.CatalogIndex.row`)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .columns import KIND_SPAN
from .rows import Row

KIND_ORDER = {"course": 0, "opening": 1}
KINDS = ("course", "opening")


class Keyed(Mapping):
    """(kind, id) -> row of the listed offers of one index, courses by id then openings by id."""

    __slots__ = ("_index",)

    def __init__(self, index):
        self._index = index  # a matcher.index.CatalogIndex (which imports this module)

    def position(self, key) -> int | None:
        """The position of the offer keyed (kind, id) in the columns, or None."""
        try:
            kind, offer_id = key
        except (TypeError, ValueError):
            return None
        order = KIND_ORDER.get(kind)
        if order is None or not isinstance(offer_id, int) or not 0 <= offer_id < KIND_SPAN:
            return None
        return self._index.columns.position(order, offer_id)

    def __getitem__(self, key) -> Row:
        position = self.position(key)
        if position is None:
            raise KeyError(key)
        return self._index.row(position)

    def get(self, key, default=None):
        position = self.position(key)
        return default if position is None else self._index.row(position)

    def __contains__(self, key) -> bool:
        return self.position(key) is not None

    def __iter__(self) -> Iterator[tuple[str, int]]:
        c = self._index.columns
        for kind, offer_id in zip(c.kind[c.key_pos].tolist(), c.ident[c.key_pos].tolist()):
            yield (KINDS[kind], offer_id)

    def __len__(self) -> int:
        return len(self._index.columns.key_pos)
