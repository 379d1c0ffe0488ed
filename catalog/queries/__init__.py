"""List reads, scoped and audited, used by the API and the web pages alike."""
from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


def total_of(session: Session, query: Select) -> int:
    """How many rows `query` finds (its order aside), for a page's total: one COUNT."""
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
