"""Screening of job openings before they can reach survivors: each concern is a flag for review.

Traffickers have posed as employers and relief organisations, so an opening is published on its
own only when its employer is verified and screening raised no flag; anything else waits for an
admin's review. For now the one check is the employer's verification (`unverified_employer`).
Content screening (`fee_charged`, `overseas_travel`, wages far above the trade's going rate, and
the like) comes with the safety issue; it will add its flags here, through the same function.
"""
from __future__ import annotations

from .models import Opening, Organisation

UNVERIFIED_EMPLOYER = "unverified_employer"


def screen_opening(opening: Opening, employer: Organisation) -> list[dict]:
    """The flags `{"code", "message"}` this opening raises; an empty list when it raises none."""
    flags: list[dict] = []
    if not employer.verified:
        flags.append({
            "code": UNVERIFIED_EMPLOYER,
            "message": "The employer has not been verified yet; an admin reviews this opening "
                       "before survivors can see it.",
        })
    return flags
