"""What the scheduled jobs keep: which run of a job happened, who holds the scheduler lease,
which offers a digest already sent, and the follow-ups after a survivor is enrolled or hired."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from matcher.vocabulary import StrEnum

from .base import Base, UTCDateTime, code_type

FOLLOW_UP_DAYS = (30, 90, 180)
"""Days after enrolment or hiring at which the counselor checks in (drop-out is the risk)."""


class FollowUpOutcome(StrEnum):
    IN_TRAINING = "in_training"
    WORKING = "working"
    DROPPED_OUT = "dropped_out"
    UNREACHABLE = "unreachable"
    UNSAFE = "unsafe"


class JobRun(Base):
    """One run of a scheduled job for one slot of its schedule. The unique key is what makes a
    job run once per slot however many schedulers fire it: the row is inserted first, in the
    job's own transaction, so a second run of the same slot waits and then fails to insert."""

    __tablename__ = "job_runs"
    __table_args__ = (UniqueConstraint("job_name", "period_key", name="uq_job_runs_job_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_name: Mapped[str] = mapped_column(String(64))
    period_key: Mapped[str] = mapped_column(String(64))
    holder: Mapped[str | None] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    report: Mapped[dict] = mapped_column(JSON, default=dict)


class SchedulerLease(Base):
    """The right to run scheduled jobs, held by one scheduler process at a time and renewed by it;
    a lease that is not renewed expires and another scheduler takes it over."""

    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DigestEntry(Base):
    """An offer a match digest has told a profile's counselors about: never the same one twice."""

    __tablename__ = "digest_entries"
    __table_args__ = (
        UniqueConstraint("profile_id", "offer_kind", "offer_id",
                         name="uq_digest_entries_profile_offer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    offer_kind: Mapped[str] = mapped_column(String(16))  # course or opening
    offer_id: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FollowUp(Base):
    """A check-in 30, 90 or 180 days after a survivor was enrolled or hired, and its outcome."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        UniqueConstraint("referral_id", "day", name="uq_follow_ups_referral_day"),
        Index("ix_follow_ups_due_on_reminded_at", "due_on", "reminded_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"))
    day: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When it was raised again as overdue (catalog.services.follow_ups.OVERDUE_AFTER_DAYS): once.
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[FollowUpOutcome | None] = mapped_column(code_type(FollowUpOutcome, "outcome"))
    note: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # What the counselor found about the work itself (catalog/services/safety_reports.py).
    wage_paid_inr_month: Mapped[int | None] = mapped_column(Integer)
    documents_with_her: Mapped[bool | None] = mapped_column(Boolean)
    fees_taken: Mapped[bool | None] = mapped_column(Boolean)
    wages_unpaid: Mapped[bool | None] = mapped_column(Boolean)
    # Null for the scheduled check-ins; `safety_check` for one asked by a report on the employer.
    reason: Mapped[str | None] = mapped_column(String(40))
