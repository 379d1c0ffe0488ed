"""Counts for the admin's charts (referrals by stage, placements by trade and by district) and
the geometry of a horizontal SVG bar chart. Counts only: no survivor appears in them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.models import Opening, Referral
from matcher.vocabulary import ReferralStatus

BAR_HEIGHT = 26
GAP = 8
LABEL_WIDTH = 190
CHART_WIDTH = 560


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    y: int
    width: float


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    height: int
    label_width: int = LABEL_WIDTH
    width: int = CHART_WIDTH


def bar_chart(title: str, counts: list[tuple[str, int]]) -> Chart:
    most = max((count for _label, count in counts), default=0) or 1
    room = CHART_WIDTH - LABEL_WIDTH - 50
    bars = [Bar(label, count, index * (BAR_HEIGHT + GAP), round(room * count / most, 1))
            for index, (label, count) in enumerate(counts)]
    return Chart(title, bars, max(len(bars), 1) * (BAR_HEIGHT + GAP))


def referrals_by_stage(session: Session) -> list[tuple[str, int]]:
    counts = dict(session.execute(
        select(Referral.status, func.count(Referral.id)).group_by(Referral.status)).all())
    return [(status.value, counts.get(status, 0)) for status in ReferralStatus]


def _placements(session: Session, column) -> list[tuple[str | None, int]]:
    query = (select(column, func.count(Referral.id))
             .join(Opening, Referral.opening_id == Opening.id)
             .where(Referral.status == ReferralStatus.HIRED)
             .group_by(column).order_by(func.count(Referral.id).desc(), column))
    return [(label, count) for label, count in session.execute(query).all()]


def placements_by_trade(session: Session) -> list[tuple[str | None, int]]:
    return _placements(session, Opening.trade)


def placements_by_district(session: Session) -> list[tuple[str | None, int]]:
    return _placements(session, Opening.district)
