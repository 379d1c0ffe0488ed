"""What a wage should look like: the statutory floor and each trade's typical entry wage.

The figures are a policy estimate kept in `seeds/typical_wages.json` (its `about` and
`statutory_floor_basis` say on what they rest); they are read once, on first use.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# India's National Floor Level Minimum Wage (Rs 176 a day since June 2017) times 26 working days;
# the seed file may override it. A wage below it for full-time work is below any state's minimum.
STATUTORY_FLOOR_INR_MONTH = 4_576
# A wage more than this many times the trade's typical wage is "far above" it.
FAR_ABOVE_FACTOR = 2.0
# "No experience needed" with a wage more than this many times the typical one is a lure's offer.
NO_EXPERIENCE_FACTOR = 1.5
DEFAULT_TYPICAL_INR_MONTH = 11_000


@dataclass(frozen=True)
class WageTable:
    typical_inr_month: dict[str, int] = field(default_factory=dict)
    statutory_floor_inr_month: int = STATUTORY_FLOOR_INR_MONTH
    far_above_factor: float = FAR_ABOVE_FACTOR
    no_experience_factor: float = NO_EXPERIENCE_FACTOR
    default_typical_inr_month: int = DEFAULT_TYPICAL_INR_MONTH

    def typical(self, trade: str) -> int:
        return self.typical_inr_month.get(trade, self.default_typical_inr_month)

    def far_above(self, trade: str) -> int:
        """The wage above which an opening's pay is far above the trade's going rate."""
        return round(self.typical(trade) * self.far_above_factor)

    def high_for_no_experience(self, trade: str) -> int:
        return round(self.typical(trade) * self.no_experience_factor)


@cache
def typical_wages() -> WageTable:
    """The table in `seeds/typical_wages.json`."""
    text = resources.files("seeds").joinpath("typical_wages.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return WageTable(
        typical_inr_month={code: int(wage) for code, wage in data["trades"].items()},
        statutory_floor_inr_month=int(data.get("statutory_floor_inr_month",
                                               STATUTORY_FLOOR_INR_MONTH)),
        far_above_factor=float(data.get("far_above_factor", FAR_ABOVE_FACTOR)),
        no_experience_factor=float(data.get("no_experience_factor", NO_EXPERIENCE_FACTOR)),
        default_typical_inr_month=int(data.get("default_typical_inr_month",
                                               DEFAULT_TYPICAL_INR_MONTH)),
    )
