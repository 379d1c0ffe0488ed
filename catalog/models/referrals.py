"""Referrals connect a profile to a batch (a seat hold) or to an opening (an application)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.vocabulary import ReferralStatus, StrEnum

from .base import Base, UTCDateTime, code_type, utcnow
from .offers import Batch, Opening
from .profiles import Profile

# Statuses in which a referral is live: it holds a seat or a place in an employer's pipeline.
LIVE_STATUSES = ("held", "applied", "enrolled", "interviewed")
_LIVE_SQL = "status IN ('held', 'applied', 'enrolled', 'interviewed')"


def _one_live_referral_per(name: str, offer_column: str) -> Index:
    """One live referral per survivor and offer; a withdrawn one may be followed by a new one."""
    return Index(name, "profile_id", offer_column, unique=True,
                 sqlite_where=text(_LIVE_SQL), postgresql_where=text(_LIVE_SQL))


class NotSelectedReason(StrEnum):
    """Why an employer did not take a candidate (kept in `Referral.reason`; her counselor is
    told)."""

    ANOTHER_CANDIDATE = "another_candidate"  # another candidate was chosen
    SKILLS_MISMATCH = "skills_mismatch"  # her skills or experience did not fit the work yet
    DID_NOT_ATTEND = "did_not_attend"  # she did not come to the interview
    DECLINED = "declined"  # she turned the job down
    POSITION_FILLED = "position_filled"  # the positions were filled or withdrawn
    DOCUMENTS_MISSING = "documents_missing"  # documents the job needs are missing
    OTHER = "other"


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        CheckConstraint(
            "(batch_id IS NULL) <> (opening_id IS NULL)", name="exactly_one_offer"
        ),
        _one_live_referral_per("uq_referrals_live_profile_batch", "batch_id"),
        _one_live_referral_per("uq_referrals_live_profile_opening", "opening_id"),
        Index("ix_referrals_status_hold_expires_at", "status", "hold_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"), index=True)
    opening_id: Mapped[int | None] = mapped_column(ForeignKey("openings.id"), index=True)
    status: Mapped[ReferralStatus] = mapped_column(code_type(ReferralStatus, "status"))
    hold_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the counselor was told the hold ends soon (once: the job's conditional UPDATE).
    hold_warned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The counselor's note is for her organisation alone; what a liaison or a CSR partner may
    # read is written for them, deliberately, in note_for_partner.
    note: Mapped[str | None] = mapped_column(Text)
    note_for_partner: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(64))
    # Why it was withdrawn or not selected: a code (catalog.services.referrals), never prose.
    reason: Mapped[str | None] = mapped_column(String(40))

    profile: Mapped[Profile] = relationship()
    batch: Mapped[Batch | None] = relationship()
    opening: Mapped[Opening | None] = relationship()
