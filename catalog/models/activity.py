"""What happened: notifications to users and the append-only audit trail of survivor data."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matcher.vocabulary import StrEnum

from .base import Base, UTCDateTime, utcnow


class NotificationKind(StrEnum):
    """What a notification says; its `data` holds the parameters (`api.messages` words it)."""

    # Every kind naming a case carries profile_id (and referral_id when it is about one): the
    # page words the case by its reference, read when shown, and links to what the reader may see.
    NEW_MATCHES = "new_matches"  # profile_id, count, offers [{kind, title, ...}]
    HOLD_EXPIRING = "hold_expiring"  # referral_id, profile_id, batch_id, title, expires_at
    HOLD_EXPIRED = "hold_expired"  # referral_id, profile_id, batch_id, title
    # a referral moved on by someone else: referral_id, profile_id, title, batch_id or opening_id
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    INTERVIEWED = "interviewed"
    HIRED = "hired"
    NOT_SELECTED = "not_selected"  # ... and reason (a NotSelectedReason or None)
    # to the liaisons of the batch's provider or the CSR partners of the opening's employer:
    # referral_id, title, batch_id or opening_id; nothing of the survivor
    NEW_REFERRAL = "new_referral"
    FOLLOW_UP_DUE = "follow_up_due"  # referral_id, profile_id, day, due_on
    FOLLOW_UP_OVERDUE = "follow_up_overdue"  # referral_id, profile_id, day, due_on, days_late
    # a follow-up reported an unsafe place: to admins (referral_id, concerns, employer_id or
    # provider_id, openings) and to counselors of survivors there (also profile_id, due_on)
    EMPLOYER_SAFETY_REPORT = "employer_safety_report"
    PROVIDER_SAFETY_REPORT = "provider_safety_report"
    # a freed seat held for her first claim: referral or decline before expires_at
    # (entry_id, profile_id, batch_id, title, expires_at)
    SEAT_CLAIM_OFFERED = "seat_claim_offered"


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_read", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))  # a NotificationKind; `data` its parameters
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEvent(Base):
    """Who read or changed what, and when. Field names only, never values. No update path."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_profile_at", "profile_id", "at"),
        Index("ix_audit_events_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    action: Mapped[str] = mapped_column(String(40))  # read, create, update, delete, deny, ...
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[int | None] = mapped_column(Integer)
    profile_id: Mapped[int | None] = mapped_column(Integer)  # kept after anonymisation
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    detail: Mapped[str | None] = mapped_column(String(200))
