"""First claims on freed seats past their 48 hours: the claim lapses, the seat passes to the next
eligible survivor on the batch's waiting list, and any seat left free in a batch with survivors
waiting is offered (catalog/services/waiting_list.py). Conditional updates throughout: running
it twice, or next to a counselor referring on her claim, decides each claim once."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..services.waiting_list import lapse_claims


def pass_on_claims(session: Session, now: datetime) -> dict[str, int]:
    report = lapse_claims(session, now)
    return {"claims_lapsed": report["lapsed"], "claims_offered": report["offered"]}
