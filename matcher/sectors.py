"""The sectors survivors are trafficked into for labour or sexual exploitation in South Asia, as
codes, and the trades of seeds/trades.json each covers.

The list follows the sectors named for South Asia by the ILO, Walk Free and IOM's *Global
Estimates of Modern Slavery: Forced Labour and Forced Marriage* (2022: domestic work,
construction, agriculture, manufacturing, begging, commercial sexual exploitation) and UNODC's
*Global Report on Trafficking in Persons* (2022, the South Asia chapter: brick kilns, agriculture,
domestic servitude, begging, sexual exploitation, garment and textile work); bidi rolling and
brick kilns are the bonded-labour trades India's Bonded Labour System (Abolition) Act, 1976
cases name most. A sector covers the trades of our taxonomy that are the same work, often under
the same contractors: an offer in one of them is never proposed to a survivor exploited in that
sector unless her counselor records why she chooses to return (`return_to_sector_reason`;
some survivors do choose their old trade, on their own terms).

Deliberate choices a reviewer may revisit: commercial sexual exploitation covers bar and
food-and-beverage service (dance bars and "orchestra" work are its common fronts), not beauty
therapy, which many such survivors choose; forced begging covers street vending (the same
streets and the same controllers); `other` records a sector without blocking any trade.
"""

from __future__ import annotations

from .vocabulary import StrEnum


class ExploitedSector(StrEnum):
    BRICK_KILN_WORK = "brick_kiln_work"
    CONSTRUCTION_LABOUR = "construction_labour"
    FARM_LABOUR = "farm_labour"
    BIDI_ROLLING = "bidi_rolling"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    BEGGING = "begging"
    GARMENT_TEXTILE = "garment_textile"
    OTHER = "other"


SECTOR_TRADES: dict[ExploitedSector, frozenset[str]] = {
    ExploitedSector.BRICK_KILN_WORK: frozenset({"brick_kiln_work"}),
    ExploitedSector.CONSTRUCTION_LABOUR: frozenset({"construction_labour"}),
    ExploitedSector.FARM_LABOUR: frozenset({"farm_labour"}),
    ExploitedSector.BIDI_ROLLING: frozenset({"bidi_rolling"}),
    ExploitedSector.DOMESTIC_SERVITUDE: frozenset(
        {"domestic_care", "domestic_cook", "child_care_worker"}),
    ExploitedSector.SEXUAL_EXPLOITATION: frozenset({"food_beverage_service"}),
    ExploitedSector.BEGGING: frozenset({"street_vending"}),
    ExploitedSector.GARMENT_TEXTILE: frozenset({"sewing_dress_making", "embroidery"}),
    ExploitedSector.OTHER: frozenset(),
}
"""The trades (codes of seeds/trades.json) each sector covers."""


def sector_trades(sector: str | None) -> frozenset[str]:
    """The trades of the sector `sector` (a code; none for an unknown or empty one). A code
    finds its member directly: the members are their string codes (`vocabulary.StrEnum`)."""
    return SECTOR_TRADES.get(sector, frozenset())
