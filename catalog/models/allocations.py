"""Cohort allocations: a proposed assignment of survivors to batch seats, and its application
as seat holds. Each survivor of the cohort has one item: her placement or why she has none."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, code_type, utcnow


class AllocationStatus(StrEnum):
    PROPOSED = "proposed"
    APPLIED = "applied"


class Allocation(Base):
    __tablename__ = "allocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    status: Mapped[AllocationStatus] = mapped_column(
        code_type(AllocationStatus, "status"), default=AllocationStatus.PROPOSED
    )
    min_score: Mapped[float] = mapped_column(Float)
    # Survivors holding a live seat elsewhere were included on purpose (else left out).
    include_placed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The batches offered and their free seats when proposed: [{"batch_id", "seats"}].
    batches: Mapped[list[dict]] = mapped_column(JSON, default=list)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    applied_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    applied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    items: Mapped[list[AllocationItem]] = relationship(
        back_populates="allocation", order_by="AllocationItem.profile_id",
        cascade="all, delete-orphan",
    )


class AllocationItem(Base):
    __tablename__ = "allocation_items"
    __table_args__ = (
        UniqueConstraint("allocation_id", "profile_id",
                         name="uq_allocation_items_allocation_profile"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    allocation_id: Mapped[int] = mapped_column(ForeignKey("allocations.id", ondelete="CASCADE"))
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"))
    score: Mapped[float | None] = mapped_column(Float)
    choice: Mapped[int | None] = mapped_column(Integer)
    # Placed: null; unplaced: no_eligible_batch or outranked.
    unplaced_reason: Mapped[str | None] = mapped_column(String(24))
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"))
    # What the counselor reads: reasons, the batches passed over, the nearest alternative.
    explanation: Mapped[dict] = mapped_column(JSON, default=dict)

    allocation: Mapped[Allocation] = relationship(back_populates="items")
