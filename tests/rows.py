"""Course and batch rows written directly (no HTTP), for tests that need something to refer a
survivor to. Each helper adds its row and flushes; the caller commits. And the rows of every
table counted (`row_counts`), to show that something wrote nothing."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.models import Base, Batch, Course

KOLKATA = dict(district="Kolkata", state="West Bengal", district_key="kolkata",
               latitude=22.5626, longitude=88.363)


def add(session: Session, row):
    session.add(row)
    session.flush()
    return row


def course_row(session: Session, provider_id: int, **fields) -> Course:
    """A 24-week sewing course in Kolkata, in person, for class 5 readers of Bengali or Hindi;
    `fields` override any of that."""
    values = dict(title="Sewing", trade="sewing_dress_making", min_literacy="class5",
                  languages=["bn", "hi"], mode="in_person", duration_weeks=24, **KOLKATA)
    values.update(fields)
    return add(session, Course(provider_id=provider_id, **values))


def batch_row(session: Session, course_id: int, start: date, deadline: date, seats_total: int,
              seats_taken: int = 0) -> Batch:
    return add(session, Batch(course_id=course_id, start_date=start,
                              application_deadline=deadline, seats_total=seats_total,
                              seats_taken=seats_taken))


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table, every table of the schema."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }
