"""Survivor profiles: only what matching needs, never a direct identifier (no name, phone, ID)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from matcher.vocabulary import (
    ConsentBy,
    Device,
    Gender,
    IncomeUrgency,
    LearningMode,
    Literacy,
    Nationality,
    ProfileStatus,
)

from .base import Base, UTCDateTime, code_type, utcnow


class Profile(Base):
    __tablename__ = "profiles"
    __table_args__ = (
        # case_ref is NULL once a closed profile is anonymised; NULLs never collide.
        UniqueConstraint("organisation_id", "case_ref", name="uq_profiles_organisation_case_ref"),
        CheckConstraint("age >= 10 AND age <= 80", name="age_range"),
        CheckConstraint("max_travel_km >= 0", name="travel_not_negative"),
        Index("ix_profiles_organisation_status", "organisation_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    case_ref: Mapped[str | None] = mapped_column(String(64))
    age: Mapped[int] = mapped_column(Integer)
    gender: Mapped[Gender] = mapped_column(code_type(Gender, "gender"))
    literacy: Mapped[Literacy] = mapped_column(code_type(Literacy, "literacy"))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    district: Mapped[str] = mapped_column(String(80))
    state: Mapped[str | None] = mapped_column(String(80))
    district_key: Mapped[str] = mapped_column(String(80))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    max_travel_km: Mapped[float] = mapped_column(Float, default=10)
    can_relocate: Mapped[bool] = mapped_column(Boolean, default=False)
    learning_mode: Mapped[LearningMode] = mapped_column(
        code_type(LearningMode, "learning_mode"), default=LearningMode.ANY
    )
    device: Mapped[Device] = mapped_column(code_type(Device, "device"), default=Device.NONE)
    connectivity: Mapped[bool] = mapped_column(Boolean, default=False)
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)
    experience: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Interests and experience resolved to trade codes once, when written: [{"text","trade","score"}].
    resolved_interests: Mapped[list[dict]] = mapped_column(JSON, default=list)
    resolved_experience: Mapped[list[dict]] = mapped_column(JSON, default=list)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    income_urgency: Mapped[IncomeUrgency] = mapped_column(
        code_type(IncomeUrgency, "income_urgency"), default=IncomeUrgency.MEDIUM
    )
    avoid_districts: Mapped[list[str]] = mapped_column(JSON, default=list)
    avoid_district_keys: Mapped[list[str]] = mapped_column(JSON, default=list)
    prefers_women_only: Mapped[bool] = mapped_column(Boolean, default=False)
    prefers_day_shift_only: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_residential: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_to_share: Mapped[bool] = mapped_column(Boolean, default=False)
    # What scheme eligibility needs (matcher.schemes.SchemeFacts): never an ID number, only
    # whether something is held or known.
    nationality: Mapped[Nationality] = mapped_column(
        code_type(Nationality, "nationality"), default=Nationality.INDIA
    )
    awaiting_repatriation: Mapped[bool] = mapped_column(Boolean, default=False)
    bpl: Mapped[bool | None] = mapped_column(Boolean)  # below-poverty-line household; None: unknown
    schemes_held: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The sector she was exploited in (matcher.sectors); offers in its trades are never proposed
    # unless her counselor writes why she chooses to return (a counselor's note: never shown to
    # a liaison or an employer).
    exploited_sector: Mapped[str | None] = mapped_column(String(40))
    return_to_sector_reason: Mapped[str | None] = mapped_column(Text)
    consent_by: Mapped[ConsentBy | None] = mapped_column(code_type(ConsentBy, "consent_by"))
    consent_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[ProfileStatus] = mapped_column(
        code_type(ProfileStatus, "status"), default=ProfileStatus.ACTIVE
    )
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_reason: Mapped[str | None] = mapped_column(String(40))  # a code: CLOSE_REASONS
    closed_note: Mapped[str | None] = mapped_column(Text)  # cleared when anonymised
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    @property
    def preferences(self) -> dict[str, bool]:
        return {
            "women_only": self.prefers_women_only,
            "day_shift_only": self.prefers_day_shift_only,
            "needs_residential": self.needs_residential,
        }
