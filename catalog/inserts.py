"""INSERT ... ON CONFLICT DO NOTHING on either engine: rows that already exist are skipped, and
only the rows this statement inserted come back, so a concurrent run can never make one twice."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_new(session: Session, model: type, rows: Sequence[dict],
               returning: Sequence) -> list[tuple]:
    """Insert `rows` of `model`, skipping any that collide with a unique key; return the
    `returning` columns of the rows actually inserted."""
    if not rows:
        return []
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(model).on_conflict_do_nothing().returning(*returning)
    return [tuple(row) for row in session.execute(statement, list(rows))]
