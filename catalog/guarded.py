"""A row changed in one statement only while a condition holds in the database."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import Session


def update_if(session: Session, row: Any, condition: ColumnElement[bool], **values: Any) -> bool:
    """Set `values` on the mapped `row` (by its `id`) in one UPDATE that also requires
    `condition`, then reload the row; True when it changed. The one statement decides a race: a
    concurrent change is either seen by the condition or refused by it."""
    model = type(row)
    changed = session.execute(
        update(model).where(model.id == row.id, condition).values(**values)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.refresh(row)
    return changed == 1
