"""The offers a catalogue index keeps, stored compactly (issue 19: under 1 KB an offer, the
offers counted): each a copy of the offer given, whose repeated values (trade codes, district
keys, language and document sets, dates) are one object shared by every offer that has them.

A copy equals the offer it was made from (dataclass equality, field by field; `tests/matcher/
test_index_patch.py` checks it), so the rules and factors read it as they would the original;
the caller's offers may then be dropped. Numbers are not shared (a table of every distinct
amount or rate would cost more than it saves), nor titles, places and ids (each offer's own).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from .models import BatchOffer, CourseOffer, Offer, OpeningOffer

_SHARED_TYPES = (str, frozenset, date)
_OWN = frozenset({"id", "title", "latitude", "longitude", "batches"})
_NAMES = {cls: tuple(f.name for f in fields(cls))
          for cls in (CourseOffer, OpeningOffer, BatchOffer)}


class Interned:
    """The shared values of one index and those patched from it (it only grows: equal values
    added by a patch are harmless to a query reading an older index)."""

    def __init__(self):
        self._values: dict[tuple[type, object], object] = {}

    def value(self, value):
        """`value`, or the equal one met before (keyed by type too: True == 1 == 1.0)."""
        if not isinstance(value, _SHARED_TYPES):
            return value
        key = (type(value), value)
        found = self._values.get(key)
        if found is None:
            self._values[key] = found = value
        return found

    def offer(self, offer: Offer) -> Offer:
        """A copy of the offer with its repeated values shared (its batches copied alike)."""
        return self._copy(offer, _OWN)

    def _copy(self, item, own: frozenset[str]):
        cls = type(item)
        names = _NAMES.get(cls)
        if names is None:  # a subclass or another type: kept as given
            return item
        copy = object.__new__(cls)
        for name in names:
            value = getattr(item, name)
            if name == "batches":
                value = tuple(self._copy(batch, frozenset({"id"})) for batch in value)
            elif name not in own:
                value = self.value(value)
            object.__setattr__(copy, name, value)
        return copy
