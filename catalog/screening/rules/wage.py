"""The wage against the trade's and the floor: `wage_outlier`, `no_experience_high_pay`; and the
wage withheld to the end of a term: `wage_underpaid`."""
from __future__ import annotations

import re

from ..text import Hit
from .abroad import lawful_abroad
from .codes import NO_EXPERIENCE_HIGH_PAY, WAGE_OUTLIER, WAGE_UNDERPAID, flag
from .reading import Reading


def wage_outlier(reading: Reading) -> dict | None:
    facts, wages = reading.facts, reading.wages
    typical = wages.typical(facts.trade)
    if reading.pay > _far_above(reading) and not lawful_abroad(reading):
        # (a wage abroad, by a lawful route, is not measured against the trade's wage at home)
        return flag(WAGE_OUTLIER, str(reading.pay), wage_inr_month=reading.pay,
                    typical_inr_month=typical)
    if 0 < facts.wage_inr_month < wages.statutory_floor_inr_month and _full_time(reading):
        return flag(WAGE_OUTLIER, str(facts.wage_inr_month),
                    wage_inr_month=facts.wage_inr_month,
                    floor_inr_month=wages.statutory_floor_inr_month)
    return None


# A skilled grade's going rate, as a multiple of the trade's entry wage.
SKILLED_GRADE_FACTOR = 1.5


def _far_above(reading: Reading) -> int:
    """Far above the trade's wage; for a skilled grade's day rate named beside it in the text
    ("mistri 800 taka roj"), and above the declared wage, far above a skilled worker's."""
    far = reading.wages.far_above(reading.facts.trade)
    best, at = reading.promised
    if at >= 0 and best > reading.facts.wage_inr_month and reading.near(
            Hit("number", at, at + 1), "skilled_grade", 4):
        return round(far * SKILLED_GRADE_FACTOR)
    return far


def _full_time(reading: Reading) -> bool:
    """The wage is a monthly full-time one, the only wage the floor is for: not home-based work
    (by its work mode or its words), part-time, by the piece or the unit, seasonal, a support
    sum beside a commission on her own work (a BC Sakhi's), nor what a training pays its
    learners (named a stipend or not); a wage not given (0) is not a low one.
    Work said to be full-time is held to the floor whatever else it is called."""
    if reading.hits.get("stipend") or reading.is_training:
        return False
    if reading.live("full_time", warnings=False) or _a_full_day(reading.text):
        return True  # said to be full-time: "Live-in maid, full time, Rs 2,000 a month"
    return reading.facts.work_mode != "remote" and not any(
        reading.hits.get(concept) for concept in ("part_time", "seasonal", "own_commission"))


# Hours of a working day, morning to evening: "9 am-7 pm", "8 am to 6 pm", "10 to 7".
_DAY_HOURS = re.compile(r"\b(\d{1,2})(?:[:.]\d{2})?\s*(?:a\.?m\.?)?\s*(?:to|-|–|se|theke)\s*"
                        r"(\d{1,2})(?:[:.]\d{2})?\s*p\.?m\b", re.IGNORECASE)
FULL_DAY_HOURS = 8


def _a_full_day(text: str) -> bool:
    """Hours of eight or more, from the morning to the evening ("9 am-7 pm"): a full day's work."""
    return any(6 <= int(start) <= 11 and (int(end) % 12 + 12) - int(start) >= FULL_DAY_HOURS
               for start, end in _DAY_HOURS.findall(text))


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


WITHHELD_REACH = 8


def wage_underpaid(reading: Reading) -> dict | None:
    """Her wage withheld to the end of a term or a season: the wage, all of it in one lump or
    the rest of it, paid later ("Salary 6 mahine baad ek saath milegi", "बाकी वेतन बॉन्ड पूरा
    होने पर एक साथ", "বাকি বেতন বছর শেষে একসাথে"). The wage promised is not the wage paid each
    month: the same deception the employer's record shows (`catalog.services.employer_record`),
    read in the opening's own words, and as hard a flag."""
    for wage in reading.live("salary_word"):
        lumps = reading.near(wage, "wage_lump", WITHHELD_REACH)
        later = [hit for hit in reading.near(wage, "wage_later", WITHHELD_REACH)
                 if not reading.negated(hit)]
        lumps = [hit for hit in lumps if not reading.negated(hit)]
        if lumps and later:
            return flag(WAGE_UNDERPAID, reading.quote(wage, lumps[0], later[0]), withheld=True)
    return None
