"""The catalogue's version: one row bumped in the same transaction as any change to what matching
reads, and a log of what changed at each version (catalog/catalogue_version.py writes both)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime


class CatalogueVersion(Base):
    """The one row (id 1). `epoch` is drawn when the row is made: a process that cached version
    7 of another epoch (the table was emptied, the database restored) rebuilds. `log_from` is
    the oldest version whose changes are all still in `catalogue_changes`."""

    __tablename__ = "catalogue_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    log_from: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CatalogueChange(Base):
    """What one version changed: `kind` (course, batch, seats, opening, employer, outcomes, all)
    and the id of the row (a batch id for seats; none when every row of the kind may have)."""

    __tablename__ = "catalogue_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    ref_id: Mapped[int | None] = mapped_column(Integer)
