"""When follow-ups are due: created in the transaction that places a survivor, so that no path
(the API, the web pages, a cohort applied, the command line) can skip them.

A referral is *placed* when it becomes `enrolled` (a course) or `hired` (a job). At that moment
it gets its follow-ups on days FOLLOW_UP_DAYS, counted from the Indian calendar day of the
placement. A completion (or a drop-out) keeps the schedule of the enrolment it ends: the
follow-ups exist already and are never moved. The daily job only reminds (catalog/jobs).

A follow-up without an outcome is *due* from its day and *overdue* OVERDUE_AFTER_DAYS later:
the job raises an overdue one to the counselor once, and her profile list shows it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import access
from ..clock import local_date
from ..inserts import insert_new
from ..models import FOLLOW_UP_DAYS, FollowUp, Referral, User

PLACED = (ReferralStatus.ENROLLED, ReferralStatus.HIRED)
"""The statuses that place a survivor and so start her follow-ups."""

OVERDUE_AFTER_DAYS = 14
"""Days after its due day at which a follow-up without an outcome is overdue: raised again to
the counselor (once) and marked on her profile list. Two weeks leaves room for a visit that
needs travel, and is short enough that a drop-out is still recent."""


def due_dates(placed_at: datetime) -> dict[int, date]:
    """Each follow-up day and the Indian calendar day it falls due, from the moment of placing."""
    placed_on = local_date(placed_at)
    return {day: placed_on + timedelta(days=day) for day in FOLLOW_UP_DAYS}


def schedule(session: Session, referrals: Iterable[tuple[int, datetime]]) -> int:
    """Give each (referral id, moment of enrolment or hiring) its follow-ups; existing ones are
    kept (a second call, or a concurrent one, creates nothing). Returns how many were created."""
    rows = [{"referral_id": referral_id, "day": day, "due_on": due_on}
            for referral_id, placed_at in referrals
            for day, due_on in due_dates(placed_at).items()]
    return len(insert_new(session, FollowUp, rows, [FollowUp.id]))


@dataclass(frozen=True)
class PendingFollowUp:
    """A follow-up that is due and has no outcome yet, as her profile list shows it."""

    referral_id: int
    day: int
    due_on: date
    days_late: int

    @property
    def overdue(self) -> bool:
        return self.days_late >= OVERDUE_AFTER_DAYS


def pending_by_profile(session: Session, actor: User, profile_ids: Sequence[int],
                       now: datetime) -> dict[int, list[PendingFollowUp]]:
    """The follow-ups due on India's day of `now` without an outcome, of the actor's profiles
    `profile_ids`, oldest first, by profile id (the caller audits the read of the profiles it
    lists)."""
    if not profile_ids:
        return {}
    today = local_date(now)
    rows = session.execute(
        select(Referral.profile_id, FollowUp.referral_id, FollowUp.day, FollowUp.due_on)
        .join(Referral, FollowUp.referral_id == Referral.id)
        .where(Referral.profile_id.in_(list(profile_ids)), access.scope(actor, Referral),
               FollowUp.outcome.is_(None), FollowUp.due_on <= today)
        .order_by(FollowUp.due_on, FollowUp.referral_id, FollowUp.day)
    )
    pending: dict[int, list[PendingFollowUp]] = {}
    for profile_id, referral_id, day, due_on in rows:
        pending.setdefault(profile_id, []).append(
            PendingFollowUp(referral_id, day, due_on, (today - due_on).days))
    return pending
