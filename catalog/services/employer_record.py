"""An employer's record, from the outcomes of the survivors placed with it: placements, 90-day
retention, reports that the work was unsafe, and the wage paid against the wage promised.

The review page shows it beside every opening waiting for review, and screening reads the wages
in it: a wage paid well under the wage promised is itself a flag (`wage_underpaid`).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from ..models import FollowUp, FollowUpOutcome, Opening, Referral

UNDERPAID_SHARE = 0.8
"""A wage paid below 80% of the wage the opening promised is `wage_underpaid`. Why 80%: a month
with a few days of leave or a late start can pay 10-15% less than promised in good faith; a
fifth or more missing is the deception the ILO counts among the forced-labour indicators, and
the floor sits above the statutory-minimum gap most such cases show."""
UNDERPAID_WINDOW_DAYS = 365
"""How far back a follow-up's wage counts: a year of an employer's record."""


def reported_unsafe():
    """A follow-up that reports the work unsafe: the outcome, or fees taken, her documents
    kept, or her wages unpaid."""
    return or_(FollowUp.outcome == FollowUpOutcome.UNSAFE, FollowUp.fees_taken.is_(True),
               FollowUp.documents_with_her.is_(False), FollowUp.wages_unpaid.is_(True))


@dataclass(frozen=True)
class WageRecord:
    reports: int
    paid_inr_month: int
    promised_inr_month: int

    @property
    def share(self) -> float:
        return self.paid_inr_month / self.promised_inr_month if self.promised_inr_month else 1.0


@dataclass(frozen=True)
class EmployerRecord:
    employer_id: int
    placements: int
    retention_90_recorded: int
    retention_90_working: int
    unsafe_reports: int
    wage_reports: int
    wage_paid_inr_month: int | None  # the mean of the wages reported
    wage_promised_inr_month: int | None  # the mean of the wages those openings promised
    underpaid_reports: int

    @property
    def retention_90(self) -> float | None:
        if not self.retention_90_recorded:
            return None
        return self.retention_90_working / self.retention_90_recorded

    def to_dict(self) -> dict:
        return {
            "employer_id": self.employer_id, "placements": self.placements,
            "retention_90_recorded": self.retention_90_recorded,
            "retention_90": self.retention_90, "unsafe_reports": self.unsafe_reports,
            "wage_reports": self.wage_reports, "wage_paid_inr_month": self.wage_paid_inr_month,
            "wage_promised_inr_month": self.wage_promised_inr_month,
            "underpaid_reports": self.underpaid_reports,
        }


def employer_record(session: Session, employer_id: int) -> EmployerRecord:
    """The employer's record over all its openings (counts, never a survivor)."""
    return employer_records(session, [employer_id])[employer_id]


def employer_records(session: Session, employer_ids: Iterable[int]) -> dict[int, EmployerRecord]:
    """The record of each employer, in four queries however many employers (the review queue
    shows one beside each opening); an employer with nothing recorded has a record of zeros."""
    ids = sorted(set(employer_ids))
    if not ids:
        return {}
    placed = dict(session.execute(
        select(Opening.employer_id, func.count(Referral.id))
        .join(Opening, Referral.opening_id == Opening.id)
        .where(Opening.employer_id.in_(ids), Referral.status == ReferralStatus.HIRED)
        .group_by(Opening.employer_id)).all())
    day90 = {row[0]: row[1:] for row in session.execute(
        _followed(ids, func.count(FollowUp.id),
                  func.sum(case((FollowUp.outcome == FollowUpOutcome.WORKING, 1), else_=0)))
        .where(FollowUp.day == 90, FollowUp.outcome.is_not(None), FollowUp.reason.is_(None)))}
    unsafe = dict(session.execute(
        _followed(ids, func.count(FollowUp.id)).where(reported_unsafe())).all())
    wages = {row[0]: row[1:] for row in session.execute(
        _followed(ids, func.count(FollowUp.id), func.avg(FollowUp.wage_paid_inr_month),
                  func.avg(Opening.wage_inr_month),
                  func.sum(case((FollowUp.wage_paid_inr_month
                                 < Opening.wage_inr_month * UNDERPAID_SHARE, 1), else_=0)))
        .where(FollowUp.wage_paid_inr_month.is_not(None)))}
    return {employer_id: _record(employer_id, placed.get(employer_id),
                                 day90.get(employer_id, (0, 0)), unsafe.get(employer_id),
                                 wages.get(employer_id, (0, None, None, 0)))
            for employer_id in ids}


def _followed(employer_ids: list[int], *columns):
    """`columns` of the follow-ups of the employers' openings, by employer."""
    return (select(Opening.employer_id, *columns)
            .select_from(FollowUp)
            .join(Referral, FollowUp.referral_id == Referral.id)
            .join(Opening, Referral.opening_id == Opening.id)
            .where(Opening.employer_id.in_(employer_ids))
            .group_by(Opening.employer_id))


def _record(employer_id: int, placements, day90, unsafe, wages) -> EmployerRecord:
    return EmployerRecord(
        employer_id=employer_id, placements=placements or 0,
        retention_90_recorded=day90[0] or 0, retention_90_working=int(day90[1] or 0),
        unsafe_reports=unsafe or 0, wage_reports=wages[0] or 0,
        wage_paid_inr_month=round(wages[1]) if wages[1] is not None else None,
        wage_promised_inr_month=round(wages[2]) if wages[2] is not None else None,
        underpaid_reports=int(wages[3] or 0),
    )


def underpaid_wages(session: Session, employer_id: int, now: datetime) -> WageRecord | None:
    """The follow-ups of the last UNDERPAID_WINDOW_DAYS that found a survivor paid below
    UNDERPAID_SHARE of the wage her opening promised (the lowest share first), or None."""
    since = now - timedelta(days=UNDERPAID_WINDOW_DAYS)
    rows = session.execute(
        select(FollowUp.wage_paid_inr_month, Opening.wage_inr_month)
        .join(Referral, FollowUp.referral_id == Referral.id)
        .join(Opening, Referral.opening_id == Opening.id)
        .where(Opening.employer_id == employer_id, FollowUp.wage_paid_inr_month.is_not(None),
               FollowUp.recorded_at >= since,
               FollowUp.wage_paid_inr_month < Opening.wage_inr_month * UNDERPAID_SHARE)
    ).all()
    if not rows:
        return None
    paid, promised = min(rows, key=lambda row: row[0] / row[1] if row[1] else 1.0)
    return WageRecord(reports=len(rows), paid_inr_month=paid, promised_inr_month=promised)

