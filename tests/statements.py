"""Counting the SQL statements an engine runs (SQLAlchemy's `before_cursor_execute` event), for
tests that a page or a service reads a list in a fixed number of queries, not one per row."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine

TRANSACTION = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The statements `engine` runs inside the block, in order (not SQLite's BEGIN IMMEDIATE
    and the like: they come with the first query of a transaction, not with each one)."""
    seen: list[str] = []

    def note(connection, cursor, statement, parameters, context, executemany) -> None:
        if not statement.lstrip().upper().startswith(TRANSACTION):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def reads(seen: list[str]) -> list[str]:
    """The SELECTs of `seen` (a list that writes one audit event per row it shows still reads
    in a fixed number of queries)."""
    return [statement for statement in seen if statement.lstrip().upper().startswith("SELECT")]
