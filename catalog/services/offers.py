"""What writing a course and writing an opening share: the fields that say where an offer is
(resolved by `catalog.geography.place`), and how its checked fields are copied onto the row."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

LOCATION_FIELDS = frozenset({"district", "state", "latitude", "longitude"})
LIST_FIELDS = ("languages", "documents_required")  # kept sorted, each code once


def copy_fields(offer: Any, data: Mapping[str, Any], plain_fields: Iterable[str]) -> None:
    """Write the `plain_fields` of `data` onto `offer` as they are, and its lists sorted."""
    for field in plain_fields:
        if field in data:
            setattr(offer, field, data[field])
    for field in LIST_FIELDS:
        if field in data:
            setattr(offer, field, sorted(dict.fromkeys(data[field])))
