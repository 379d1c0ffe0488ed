"""The geometry of a horizontal SVG bar chart for the admin's charts (referrals by stage,
placements by trade and by district, from the outcomes report). Counts only: no survivor
appears in them; a count withheld from the reader is a bar of no length marked withheld."""
from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT = 26
GAP = 8
LABEL_WIDTH = 190
CHART_WIDTH = 560


@dataclass(frozen=True)
class Bar:
    label: str
    count: int | None  # None: withheld
    y: int
    width: float

    @property
    def withheld(self) -> bool:
        return self.count is None


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    height: int
    label_width: int = LABEL_WIDTH
    width: int = CHART_WIDTH


def bar_chart(title: str, counts: list[tuple[str, int | None]]) -> Chart:
    most = max((count for _label, count in counts if count is not None), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 80
    bars = [Bar(label, count, index * (BAR_HEIGHT + GAP),
                0.0 if count is None else round(room * count / most, 1))
            for index, (label, count) in enumerate(counts)]
    return Chart(title, bars, max(len(bars), 1) * (BAR_HEIGHT + GAP))
