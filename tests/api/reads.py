"""Reading what the API wrote, from a test's own session, in transactions that end at once.

On SQLite every transaction is BEGIN IMMEDIATE (it holds the write lock), so a read left open
would block the next request for the busy timeout.
"""
from __future__ import annotations

from sqlalchemy import func, select


def count(session, model, *where) -> int:
    """Rows of `model` (that meet every condition of `where`)."""
    session.expire_all()
    total = session.scalar(select(func.count()).select_from(model).where(*where))
    session.commit()
    return total


def fresh(session, model, object_id):
    """The row as the database has it now, read in a transaction already ended."""
    session.expire_all()
    found = session.get(model, object_id)
    session.commit()
    return found
