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
from .models import BatchOffer, CourseOffer, Offer, OpeningOffer

_SHARED = {  # the fields whose values are shared, each with the table it is shared in
    CourseOffer: {"trade": "code", "languages": "languages", "district": "code",
                  "documents_required": "documents", "placement_source": "code"},
    OpeningOffer: {"trade": "code", "languages": "languages", "district": "code",
                   "documents_required": "documents", "closes_on": "date"},
    BatchOffer: {"start_date": "date", "application_deadline": "date"},
}
_NAMES = {cls: tuple(f.name for f in fields(cls)) for cls in _SHARED}


class Interned:
    """The shared values of one index and those patched from it (it only grows: equal values
    added by a patch are harmless to a query reading an older index). A table per kind of value
    (a set of documents may equal a set of language codes, never stands for one)."""

    def __init__(self):
        self._tables: dict[str, dict] = {"code": {}, "languages": {}, "documents": {}, "date": {}}

    def offer(self, offer: Offer) -> Offer:
        """A copy of the offer with its repeated values shared (its batches copied alike); an
        offer of another type is kept as given."""
        cls = type(offer)
        if cls not in _SHARED:
            return offer
        copy = self._copy(offer, cls)
        if cls is CourseOffer:
            object.__setattr__(copy, "batches",
                               tuple(self._copy(batch, BatchOffer) for batch in offer.batches))
        return copy

    def _copy(self, item, cls):
        copy = object.__new__(cls)
        for name in _NAMES[cls]:
            object.__setattr__(copy, name, getattr(item, name))
        tables = self._tables
        for name, table in _SHARED[cls].items():
            value = getattr(item, name)
            if value is not None:
                object.__setattr__(copy, name, tables[table].setdefault(value, value))
        return copy
