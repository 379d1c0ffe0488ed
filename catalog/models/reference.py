"""Reference data: the trades taxonomy with its aliases, and districts with coordinates."""
from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.vocabulary import Literacy

from .base import Base, code_type


class Trade(Base):
    __tablename__ = "trades"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(24), default="trade")
    remote_teachable: Mapped[bool] = mapped_column(Boolean, default=False)
    min_literacy: Mapped[Literacy | None] = mapped_column(code_type(Literacy, "min_literacy"))
    duration_months: Mapped[float | None] = mapped_column(Float)
    training_hours: Mapped[int | None] = mapped_column(Integer)
    nsqf_level: Mapped[float | None] = mapped_column(Float)
    dgt_trade_code: Mapped[str | None] = mapped_column(String(16))

    aliases: Mapped[list[TradeAlias]] = relationship(
        back_populates="trade", cascade="all, delete-orphan", order_by="TradeAlias.id"
    )


class TradeAlias(Base):
    __tablename__ = "trade_aliases"
    __table_args__ = (UniqueConstraint("trade_code", "language", "alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trade_code: Mapped[str] = mapped_column(ForeignKey("trades.code", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    alias: Mapped[str] = mapped_column(String(120))

    trade: Mapped[Trade] = relationship(back_populates="aliases")


class District(Base):
    __tablename__ = "districts"
    __table_args__ = (UniqueConstraint("country", "state", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2: IN, BD
    state: Mapped[str] = mapped_column(String(80))  # Indian state or Bangladeshi division
    name: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(80), index=True)  # normalised name, for lookups
    local_name: Mapped[str | None] = mapped_column(String(80))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    census_code: Mapped[str | None] = mapped_column(String(8))
