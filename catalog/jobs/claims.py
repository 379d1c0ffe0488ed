"""First claims on freed seats past their 48 hours: the claim lapses, the seat passes to the next
eligible survivor on the batch's waiting list, and any seat left free in a batch with survivors
waiting is offered (catalog/services/waiting_list.py). Conditional updates throughout, the batch
row locked first: running it twice, or next to a counselor referring on her claim, decides each
claim once."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Batch, WaitingListEntry, WaitingStatus
from ..services import waiting_list
from ..services.seats import return_seat

W = WaitingStatus


def pass_on_claims(session: Session, now: datetime) -> dict[str, int]:
    """Claims past their expiry lapse and their seats pass on; then any seat free in a batch
    with survivors waiting is offered (a sweep)."""
    due = session.execute(
        select(WaitingListEntry.id, WaitingListEntry.batch_id)
        .where(WaitingListEntry.status == W.OFFERED, WaitingListEntry.claim_expires_at <= now)
    ).all()
    lapsed = 0
    for batch_id in sorted({row.batch_id for row in due}):
        waiting_list.lock_batch(session, batch_id)
        ids = waiting_list.move(session, [row.id for row in due if row.batch_id == batch_id],
                                W.OFFERED, W.LAPSED, now, None,
                                WaitingListEntry.claim_expires_at <= now)
        for entry in session.scalars(select(WaitingListEntry)
                                     .where(WaitingListEntry.id.in_(ids))):
            waiting_list.note(session, entry, "lapse", f"batch={batch_id}", now)
        if ids:  # one UPDATE for every seat of the batch's lapsed claims
            return_seat(session, batch_id, len(ids))
        lapsed += len(ids)
    waiting = session.scalars(
        select(Batch.id).join(WaitingListEntry, WaitingListEntry.batch_id == Batch.id)
        .where(WaitingListEntry.status == W.WAITING, Batch.seats_taken < Batch.seats_total)
        .distinct()).all()
    session.flush()
    offered = waiting_list.offer_free_seats(session, waiting, now)
    return {"claims_lapsed": lapsed, "claims_offered": offered}
