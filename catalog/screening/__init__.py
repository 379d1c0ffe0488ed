"""Screening of job openings before they can reach survivors: each concern is a flag for review.

Traffickers have posed as employers and relief organisations, so an opening is published on its
own only when its employer is verified and screening raised no flag; anything else waits for an
admin's review. Screening reads the title and description once per write (create or update), in
English, Hindi and Bengali, in script or Latin transliteration and with the usual misspellings,
and checks the wage against the trade's typical wage and the statutory floor. Each flag is
`{"code", "params"}`: `api.messages` words it, with what the CSR partner should change.
"""
from __future__ import annotations

from ..models import Opening, Organisation
from .rules import CONTENT_CODES, CONTENT_RULES, OpeningFacts, Reading
from .wages import WageTable, typical_wages

UNVERIFIED_EMPLOYER = "unverified_employer"
FLAG_CODES = (*CONTENT_CODES, UNVERIFIED_EMPLOYER)

__all__ = ["CONTENT_CODES", "FLAG_CODES", "UNVERIFIED_EMPLOYER", "OpeningFacts", "WageTable",
           "screen_content", "screen_opening", "typical_wages"]


def screen_content(facts: OpeningFacts, wages: WageTable | None = None) -> list[dict]:
    """The flags the opening's own content raises (text, wage, place), in the order of
    `CONTENT_CODES`; an empty list when it raises none."""
    reading = Reading(facts, wages or typical_wages())
    return [flag for rule in CONTENT_RULES if (flag := reading.flag_of(rule)) is not None]


def screen_opening(opening: Opening, employer: Organisation) -> list[dict]:
    """The flags `{"code", "params"}` this opening raises; an empty list when it raises none."""
    work_mode = getattr(opening.work_mode, "value", opening.work_mode)
    flags = screen_content(OpeningFacts(
        title=opening.title or "",
        description=opening.description or "",
        trade=opening.trade,
        wage_inr_month=opening.wage_inr_month or 0,
        work_mode=str(work_mode or "on_site"),
        district=opening.district,
    ))
    if not employer.verified:
        flags.append({"code": UNVERIFIED_EMPLOYER, "params": {}})
    return flags
