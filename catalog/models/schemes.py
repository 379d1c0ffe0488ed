"""Government schemes and entitlements a survivor could claim: the catalogue admins keep up to
date as policy changes. Eligibility rules are data (`eligibility`), read by `matcher.schemes`."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from matcher.vocabulary import SchemeKind, SchemeLevel

from .base import Base, UTCDateTime, code_type, utcnow


class Scheme(Base):
    """One scheme, shaped as an object of `seeds/schemes.json` (`to_seed` gives it back), so that
    `matcher.schemes.Scheme.from_seed` reads a row and a seed alike."""

    __tablename__ = "schemes"
    __table_args__ = (
        CheckConstraint("benefit_amount_inr IS NULL OR benefit_amount_inr >= 0",
                        name="amount_not_negative"),
        CheckConstraint("level = 'central' OR state IS NOT NULL", name="state_scheme_has_state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[SchemeLevel] = mapped_column(code_type(SchemeLevel, "level"))
    state: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[SchemeKind] = mapped_column(code_type(SchemeKind, "kind"))
    ministry: Mapped[str | None] = mapped_column(String(200))
    benefit: Mapped[str] = mapped_column(Text, default="")
    benefit_amount_inr: Mapped[int | None] = mapped_column(Integer)
    # {"min_age", "max_age", "gender", "residence", "bpl_or_income", "occupation", "other"}
    eligibility: Mapped[dict] = mapped_column(JSON, default=dict)
    documents_required: Mapped[list[str]] = mapped_column(JSON, default=list)
    documents_other: Mapped[list[str]] = mapped_column(JSON, default=list)
    prerequisites: Mapped[list[str]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    checked_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    def to_seed(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "level": self.level.value,
            "state": self.state,
            "kind": self.kind.value,
            "benefit": self.benefit,
            "benefit_amount_inr": self.benefit_amount_inr,
            "eligibility": dict(self.eligibility or {}),
            "documents_required": list(self.documents_required or ()),
            "prerequisites": list(self.prerequisites or ()),
        }
