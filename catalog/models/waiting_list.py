"""A batch's waiting list: survivors outranked for its seats, or who missed it only for want of
a seat, waiting for one to free. The first on the list (by the allocation's priority) gets a
time-limited first claim on a freed seat: the seat is counted taken for her claim
(`batches.seats_taken`), so no one else can hold it, until she is referred, declines or lets it
lapse (catalog/services/waiting_list.py)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.vocabulary import StrEnum

from .base import Base, UTCDateTime, code_type, utcnow
from .offers import Batch
from .profiles import Profile


class WaitingStatus(StrEnum):
    WAITING = "waiting"  # on the list
    OFFERED = "offered"  # a first claim on a seat, until claim_expires_at (the seat is hers)
    CLAIMED = "claimed"  # the claim became a referral (referral_id): the seat went with it
    DECLINED = "declined"  # her counselor declined the claim: the seat passed on
    LAPSED = "lapsed"  # the claim was not taken up in time: the seat passed on
    LEFT = "left"  # taken off the list by her counselor
    SKIPPED = "skipped"  # no longer eligible when a seat came to her (skip_reason)


# One live entry (waiting or holding a claim) per survivor and batch.
OPEN_STATUSES = ("waiting", "offered")
_OPEN_SQL = "status IN ('waiting', 'offered')"


class WaitingListEntry(Base):
    __tablename__ = "waiting_list_entries"
    __table_args__ = (
        Index("uq_waiting_list_open_profile_batch", "profile_id", "batch_id", unique=True,
              sqlite_where=text(_OPEN_SQL), postgresql_where=text(_OPEN_SQL)),
        Index("ix_waiting_list_batch_status", "batch_id", "status"),
        Index("ix_waiting_list_status_claim_expires_at", "status", "claim_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id"), index=True)
    status: Mapped[WaitingStatus] = mapped_column(code_type(WaitingStatus, "status"),
                                                  default=WaitingStatus.WAITING)
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"))
    skip_reason: Mapped[str | None] = mapped_column(String(40))  # a code: profile_closed, ...
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    profile: Mapped[Profile] = relationship()
    batch: Mapped[Batch] = relationship()
