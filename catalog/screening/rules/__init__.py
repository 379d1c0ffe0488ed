"""One small function per screening flag: each reads an opening (its words, the phrases found in
them, its wage and place) and returns the flag with what the CSR partner should change, or None.

The rules are written in concepts, not lists of lures: who keeps the worker's papers (a holder
other than herself, or for how long), who pays whom (money from the worker, money to someone
other than her), whom the work serves and when (patrons kept company, a club or spa at night),
and where the work is (abroad as a workplace, not as a market). Each flag carries as `evidence`
the words of the opening that raised it, so that a reviewer sees why.

The flags and their codes are part of the API (docs/http-api.md, "Openings"):
`fee_charged`, `documents_retained`, `overseas_travel`, `entertainment_lure`, `advance_to_family`,
`wage_outlier`, `no_experience_high_pay`, `minor_targeted`, `vague_employer`, `wage_underpaid`
(content: wages withheld to the end of a term; the employer's record raises it too) and
`unverified_employer` (the employer, see `__init__`).
"""
from __future__ import annotations

from collections.abc import Callable

from .abroad import overseas_travel
from .children import minor_targeted
from .codes import (
    ADVANCE_TO_FAMILY,
    DOCUMENTS_RETAINED,
    ENTERTAINMENT_LURE,
    FEE_CHARGED,
    MINOR_TARGETED,
    NO_EXPERIENCE_HIGH_PAY,
    OVERSEAS_TRAVEL,
    VAGUE_EMPLOYER,
    WAGE_OUTLIER,
    WAGE_UNDERPAID,
)
from .employer import vague_employer
from .entertainment import entertainment_lure
from .family import advance_to_family
from .fees import fee_charged
from .papers import documents_retained
from .reading import OpeningFacts, Reading
from .wage import no_experience_high_pay, wage_outlier, wage_underpaid

__all__ = ["CONTENT_CODES", "CONTENT_RULES", "OpeningFacts", "Reading"]

CONTENT_RULES: tuple[Callable[[Reading], dict | None], ...] = (
    fee_charged, documents_retained, overseas_travel, entertainment_lure, advance_to_family,
    wage_outlier, no_experience_high_pay, minor_targeted, vague_employer, wage_underpaid,
)
CONTENT_CODES = (
    FEE_CHARGED, DOCUMENTS_RETAINED, OVERSEAS_TRAVEL, ENTERTAINMENT_LURE, ADVANCE_TO_FAMILY,
    WAGE_OUTLIER, NO_EXPERIENCE_HIGH_PAY, MINOR_TARGETED, VAGUE_EMPLOYER, WAGE_UNDERPAID,
)
