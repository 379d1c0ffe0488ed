"""The wage against the trade's and the floor: `wage_outlier`, `no_experience_high_pay`."""
from __future__ import annotations

from .abroad import lawful_abroad
from .codes import NO_EXPERIENCE_HIGH_PAY, WAGE_OUTLIER, flag
from .reading import Reading


def wage_outlier(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    typical = wages.typical(facts.trade)
    if reading.pay > wages.far_above(facts.trade) and not lawful_abroad(reading):
        # (a wage abroad, by a lawful route, is not measured against the trade's wage at home)
        return flag(WAGE_OUTLIER, str(reading.pay), wage_inr_month=reading.pay,
                    typical_inr_month=typical)
    if facts.wage_inr_month < wages.statutory_floor_inr_month and not reading.hits.get(
            "part_time") and not reading.hits.get("stipend") and not reading.is_training:
        # the floor is for full-time work; part-time work says so, and what a training pays its
        # learners (named a stipend or not) is no wage
        return flag(WAGE_OUTLIER, str(facts.wage_inr_month),
                    wage_inr_month=facts.wage_inr_month,
                    floor_inr_month=wages.statutory_floor_inr_month)
    return None


def no_experience_high_pay(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    said = reading.hits.get("no_experience", [])[:1] or [
        hit for pair in reading.pairs(reading.hits.get("experience", []),
                                      reading.hits.get("not_needed", []), 3)[:1]
        for hit in pair]
    if said and reading.pay > wages.high_for_no_experience(facts.trade):
        return flag(NO_EXPERIENCE_HIGH_PAY, f"{reading.quote(*said)} … {reading.pay}",
                    wage_inr_month=reading.pay, typical_inr_month=wages.typical(facts.trade))
    return None
