"""The counters of places: a batch's seats taken and an opening's positions filled.

Each change is one conditional UPDATE checked for the one row it must change, inside the
caller's transaction (the CHECK constraints on batches and openings back it). That is safe on
PostgreSQL (the WHERE is re-evaluated after a concurrent update) and on SQLite (writers are
serialised by BEGIN IMMEDIATE): a seat is never taken twice nor a batch overbooked. Referrals,
waiting lists and the jobs that lapse holds and claims all move seats through here.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, update
from sqlalchemy.orm import Session

from ..errors import Conflict
from ..models import Batch, Opening


def take_seat(session: Session, batch_id: int, today: date) -> bool:
    """Take one seat of an open batch, if one is left: one conditional UPDATE."""
    return session.execute(
        update(Batch)
        .where(Batch.id == batch_id, Batch.seats_taken < Batch.seats_total,
               Batch.closed.is_(False), Batch.application_deadline >= today)
        .values(seats_taken=Batch.seats_taken + 1)
        .execution_options(synchronize_session=False)
    ).rowcount == 1


def return_seat(session: Session, batch_id: int, seats: int = 1) -> None:
    """Give `seats` seats back to the batch in one UPDATE, never below none taken."""
    session.execute(
        update(Batch).where(Batch.id == batch_id, Batch.seats_taken > 0)
        .values(seats_taken=case((Batch.seats_taken > seats, Batch.seats_taken - seats),
                                 else_=0))
        .execution_options(synchronize_session=False)
    )


def fill_position(session: Session, opening_id: int) -> None:
    """Fill one position of an opening (a hire), or 409 when every one is filled."""
    filled = session.execute(
        update(Opening).where(Opening.id == opening_id,
                              Opening.positions_filled < Opening.positions)
        .values(positions_filled=Opening.positions_filled + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if filled != 1:
        raise Conflict("every position of this opening is already filled", reason="no_capacity")
