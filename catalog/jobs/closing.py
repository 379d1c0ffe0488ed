"""Offers past their dates close themselves: openings after their closing date, batches after
their application deadline. Both dates are Indian calendar days, read in India's time zone, and
an offer is still open on the day itself (as matching and referrals read it)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from matcher.vocabulary import OpeningStatus

from ..clock import local_date
from ..models import Batch, Opening

# A pending opening past its closing date can no longer be published usefully; a rejected one
# stays rejected, so the reviewer's decision is kept.
CLOSABLE = (OpeningStatus.PUBLISHED, OpeningStatus.PENDING_REVIEW)


def close_past_offers(session: Session, now: datetime) -> dict[str, int]:
    today = local_date(now)
    openings = session.execute(
        update(Opening)
        .where(Opening.status.in_(CLOSABLE), Opening.closes_on < today)
        .values(status=OpeningStatus.CLOSED, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    batches = session.execute(
        update(Batch)
        .where(Batch.closed.is_(False), Batch.application_deadline < today)
        .values(closed=True, updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    return {"openings_closed": openings, "batches_closed": batches}
