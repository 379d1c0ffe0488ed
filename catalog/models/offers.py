"""What a survivor can be matched to: courses with their batches (intakes), and job openings."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.vocabulary import CourseMode, Literacy, OpeningStatus, Shift, WorkMode

from .base import Base, UTCDateTime, code_type, utcnow


class _Offer:
    """The columns a course and an opening share: what it is, where it is and whom it takes
    (`catalog.matching` reads them alike for the engine). Each keeps its own `min_age` default."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)  # first, as in migrations
    title: Mapped[str] = mapped_column(String(200))
    trade: Mapped[str] = mapped_column(ForeignKey("trades.code"))
    min_literacy: Mapped[Literacy] = mapped_column(code_type(Literacy, "min_literacy"))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    district: Mapped[str | None] = mapped_column(String(80))
    state: Mapped[str | None] = mapped_column(String(80))
    district_key: Mapped[str | None] = mapped_column(String(80), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    women_only: Mapped[bool] = mapped_column(Boolean, default=False)
    documents_required: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Course(_Offer, Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("min_age >= 10", name="min_age_plausible"),
        CheckConstraint("max_age IS NULL OR max_age >= min_age", name="age_range"),
        CheckConstraint("fee_inr >= 0 AND stipend_inr_month >= 0", name="money_not_negative"),
        CheckConstraint(
            "placement_rate IS NULL OR (placement_rate >= 0 AND placement_rate <= 1)",
            name="placement_rate_fraction",
        ),
        Index("ix_courses_trade_mode", "trade", "mode"),
    )

    provider_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    mode: Mapped[CourseMode] = mapped_column(code_type(CourseMode, "mode"))
    duration_weeks: Mapped[int] = mapped_column(Integer)
    fee_inr: Mapped[int] = mapped_column(Integer, default=0)
    stipend_inr_month: Mapped[int] = mapped_column(Integer, default=0)
    residential: Mapped[bool] = mapped_column(Boolean, default=False)
    min_age: Mapped[int] = mapped_column(Integer, default=14)
    max_age: Mapped[int | None] = mapped_column(Integer)
    raises_literacy_to: Mapped[Literacy | None] = mapped_column(
        code_type(Literacy, "raises_literacy_to")
    )
    placement_rate: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    batches: Mapped[list[Batch]] = relationship(
        back_populates="course", order_by="Batch.start_date, Batch.id"
    )


class Batch(Base):
    """An intake of a course. The database itself refuses an over-full batch."""

    __tablename__ = "batches"
    __table_args__ = (
        CheckConstraint("seats_total >= 0", name="seats_total_not_negative"),
        CheckConstraint("seats_taken >= 0", name="seats_taken_not_negative"),
        CheckConstraint("seats_taken <= seats_total", name="seats_within_total"),
        CheckConstraint("application_deadline <= start_date", name="deadline_before_start"),
        Index("ix_batches_course_deadline", "course_id", "application_deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    start_date: Mapped[date] = mapped_column(Date)
    application_deadline: Mapped[date] = mapped_column(Date)
    seats_total: Mapped[int] = mapped_column(Integer)
    seats_taken: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    course: Mapped[Course] = relationship(back_populates="batches")

    @property
    def seats_available(self) -> int:
        return self.seats_total - self.seats_taken

    @staticmethod
    def offered_taken(seats_total: int, seats_taken: int, closed: bool) -> int:
        """The seats taken as matching offers the batch: a batch closed by its provider has no
        seats to offer (catalog/matching.py's `batch_offer`, catalog/index_cache.py's seat
        patches)."""
        return seats_total if closed else seats_taken


class Opening(_Offer, Base):
    """A job opening of an employer. Only `published` openings of verified employers match."""

    __tablename__ = "openings"
    __table_args__ = (
        CheckConstraint("positions >= 0", name="positions_not_negative"),
        CheckConstraint("positions_filled >= 0", name="positions_filled_not_negative"),
        CheckConstraint("positions_filled <= positions", name="positions_within_total"),
        CheckConstraint("min_age >= 18", name="adults_only"),
        CheckConstraint("wage_inr_month >= 0", name="wage_not_negative"),
        Index("ix_openings_status_closes_on", "status", "closes_on"),
        Index("ix_openings_trade_status", "trade", "status"),
    )

    employer_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    work_mode: Mapped[WorkMode] = mapped_column(code_type(WorkMode, "work_mode"))
    wage_inr_month: Mapped[int] = mapped_column(Integer)
    shift: Mapped[Shift] = mapped_column(code_type(Shift, "shift"), default=Shift.DAY)
    positions: Mapped[int] = mapped_column(Integer)
    positions_filled: Mapped[int] = mapped_column(Integer, default=0)
    accommodation: Mapped[bool] = mapped_column(Boolean, default=False)
    min_age: Mapped[int] = mapped_column(Integer, default=18)
    closes_on: Mapped[date] = mapped_column(Date)
    status: Mapped[OpeningStatus] = mapped_column(
        code_type(OpeningStatus, "status"), default=OpeningStatus.PENDING_REVIEW
    )
    flags: Mapped[list[dict]] = mapped_column(JSON, default=list)
    review_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The safety gate (catalog/services/publishing.py): which screening read the opening, a
    # digest of what it read (dismissals hold for that text only), the flags an admin published
    # over, and why the opening went back to review.
    screening_version: Mapped[str | None] = mapped_column(String(40))
    content_digest: Mapped[str | None] = mapped_column(String(64))
    approved_flags: Mapped[list[str] | None] = mapped_column(JSON)
    review_reason: Mapped[str | None] = mapped_column(String(64))

    dismissals: Mapped[list[FlagDismissal]] = relationship(
        order_by="FlagDismissal.id", lazy="selectin", passive_deletes=True
    )

    @property
    def positions_open(self) -> int:
        return self.positions - self.positions_filled


class FlagDismissal(Base):
    """An admin's written judgement that a hard screening flag of an opening is a false alarm.
    It holds for the text it was made against (`content_digest`): a reworded opening that raises
    the flag again needs new dismissals. Two admins clear a flag; one only records."""

    __tablename__ = "flag_dismissals"
    __table_args__ = (
        UniqueConstraint("opening_id", "code", "content_digest", "admin_id",
                         name="uq_flag_dismissals_opening_code_digest_admin"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    opening_id: Mapped[int] = mapped_column(
        ForeignKey("openings.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    content_digest: Mapped[str] = mapped_column(String(64))
    admin_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
