"""A row of the catalogue index: one offer and the constants the engine needs of it, made when
an offer is looked at (`matcher.index.CatalogIndex.row`: the index keeps only its columns and the
offers), and the grid cells offers are filed in."""

from __future__ import annotations

import math

from .factors import offer_bounds
from .models import Offer, OpeningOffer, TradeInfo

CELL_DEGREES = 0.25


class Row:
    """One offer and what the engine needs of it; `position` its place in the index's columns
    (None when made outside an index)."""

    __slots__ = (
        "__weakref__",
        "position",
        "_offer_bounds",
        "offer",
        "kind",
        "kind_order",
        "id",
        "trade",
        "trade_info",
        "signature",
        "district",
        "phi",
        "lam",
        "cos_phi",
        "lat",
        "lon",
        "needs_presence",
        "lodging",
        "lit_rank",
        "is_bridge",
        "raises_rank",
        "positions_available",
        "closes_ordinal",
    )

    def __init__(self, offer: Offer, trade: TradeInfo, signature: int,
                 position: int | None = None):
        self.position = position
        self._offer_bounds = None
        self.offer = offer
        self.kind = offer.kind
        self.kind_order = 0 if offer.kind == "course" else 1
        self.id = offer.id
        self.trade = offer.trade
        self.trade_info = trade
        self.signature = signature
        self.district = offer.district  # already a key (normalised when the offer was built)
        self.lat = offer.latitude
        self.lon = offer.longitude
        self.phi = math.radians(offer.latitude)
        self.lam = math.radians(offer.longitude)
        self.cos_phi = math.cos(self.phi)
        self.needs_presence = offer.needs_presence
        self.lodging = offer.lodging
        self.lit_rank = offer.min_literacy.rank
        raises = getattr(offer, "raises_literacy_to", None)
        self.is_bridge = raises is not None
        self.raises_rank = raises.rank if raises is not None else -1
        if isinstance(offer, OpeningOffer):
            self.positions_available = offer.positions_available
            self.closes_ordinal = offer.closes_on.toordinal() if offer.closes_on else None
        else:
            self.positions_available = 0
            self.closes_ordinal = None

    @property
    def offer_bounds(self) -> tuple[float, ...]:
        """The bound parts fixed by the offer, by income urgency (`matcher.factors`; once)."""
        if self._offer_bounds is None:
            self._offer_bounds = offer_bounds(self.offer)
        return self._offer_bounds

    def is_open_opening(self, today_ordinal: int) -> bool:
        """An opening with a position left and not past its closing date."""
        return self.positions_available > 0 and (
            self.closes_ordinal is None or today_ordinal <= self.closes_ordinal
        )


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    return (math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES))


def cell_distance_order(
    cells: list[tuple[int, int]], lat: float, lon: float
) -> list[tuple[int, int]]:
    """Cells nearest first (by their centres, in degrees scaled for latitude), ties by cell."""
    squeeze = math.cos(math.radians(lat))

    def centre_distance(cell: tuple[int, int]) -> tuple[float, tuple[int, int]]:
        dlat = (cell[0] + 0.5) * CELL_DEGREES - lat
        dlon = ((cell[1] + 0.5) * CELL_DEGREES - lon) * squeeze
        return (dlat * dlat + dlon * dlon, cell)

    return sorted(cells, key=centre_distance)


def unknown_trade(code: str) -> TradeInfo:
    """A trade missing from the taxonomy is treated as hands-on (the cautious reading)."""
    return TradeInfo(code=code, name=code.replace("_", " ").capitalize())
