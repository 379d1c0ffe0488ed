"""Outcomes that act: a follow-up that reports the work unsafe changes things at once, in the
transaction that records it.

A follow-up *reports* the employer when its outcome is `unsafe`, or it records fees taken from
her, her documents not with her, or her wages unpaid. Then, before the counselor's request ends:
- every open opening of that employer (published or pending) goes back to review
  (`pending_review`, `review_reason` `safety_report`, the flags it was published over forgotten);
- every active admin is notified, and the counselor of every survivor placed there (hired, or
  applied or interviewed to that employer) is notified, with a follow-up of that survivor due
  within SAFETY_CHECK_WITHIN_DAYS days (`reason` `safety_check`);
- each step is audited.
A wage paid below 80% of the wage promised (`employer_record.UNDERPAID_SHARE`) is itself a hard
flag, `wage_underpaid`, on the employer's openings: they are screened again at once.

A follow-up of a course (a training provider) that reports it unsafe notifies the admins.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import audit
from ..clock import local_date
from ..jobs import follow_ups
from ..jobs.notify import Recipients, notify
from ..models import (
    Batch,
    Course,
    FollowUp,
    FollowUpOutcome,
    NotificationKind,
    Opening,
    Organisation,
    Profile,
    Referral,
    User,
)
from ..roles import Role
from . import publishing

SAFETY_CHECK = "safety_check"
SAFETY_CHECK_WITHIN_DAYS = 2
EMPLOYER_REPORTED = NotificationKind.EMPLOYER_SAFETY_REPORT.value
PROVIDER_REPORTED = NotificationKind.PROVIDER_SAFETY_REPORT.value
PLACED_THERE = (ReferralStatus.HIRED, ReferralStatus.APPLIED, ReferralStatus.INTERVIEWED)

# What a follow-up can report, as stable codes (worded at the edge).
UNSAFE = "unsafe"
FEES_TAKEN = "fees_taken"
DOCUMENTS_KEPT = "documents_kept"
WAGES_UNPAID = "wages_unpaid"


def concerns(follow_up: FollowUp) -> list[str]:
    """What the follow-up reports against the employer, in a stable order."""
    found = []
    if follow_up.outcome is FollowUpOutcome.UNSAFE:
        found.append(UNSAFE)
    if follow_up.fees_taken:
        found.append(FEES_TAKEN)
    if follow_up.documents_with_her is False:
        found.append(DOCUMENTS_KEPT)
    if follow_up.wages_unpaid:
        found.append(WAGES_UNPAID)
    return found


def record_follow_up(
    session: Session, actor: User, referral_id: int, day: int, outcome: FollowUpOutcome | str,
    *, note: str | None, now: datetime, wage_paid_inr_month: int | None = None,
    documents_with_her: bool | None = None, fees_taken: bool | None = None,
    wages_unpaid: bool | None = None,
) -> tuple[FollowUp, dict]:
    """Record a follow-up with what it found about the work, and act on it (see the module).
    Returns the follow-up and what was done."""
    follow_up = follow_ups.record_outcome(session, actor, referral_id, day, outcome, note=note,
                                          now=now)
    follow_up.wage_paid_inr_month = wage_paid_inr_month
    follow_up.documents_with_her = documents_with_her
    follow_up.fees_taken = fees_taken
    follow_up.wages_unpaid = wages_unpaid
    session.flush()
    referral = session.get(Referral, follow_up.referral_id)
    return follow_up, react(session, actor, referral, follow_up, now)


def react(session: Session, actor: User | None, referral: Referral, follow_up: FollowUp,
          now: datetime) -> dict:
    found = concerns(follow_up)
    done = {"concerns": found, "openings_sent_to_review": [], "openings_rescreened": 0,
            "safety_checks": 0, "notifications": 0}
    if referral.opening_id is None:
        if found:
            provider_id = session.scalar(
                select(Course.provider_id).join(Batch, Batch.course_id == Course.id)
                .where(Batch.id == referral.batch_id))
            done["notifications"] = _notify_admins(
                session, PROVIDER_REPORTED, now, referral, found, provider_id=provider_id)
        return done
    employer = session.get(Organisation, session.get(Opening, referral.opening_id).employer_id)
    if found:
        done["openings_sent_to_review"] = publishing.send_employer_back(
            session, employer.id, publishing.SAFETY_REPORT, actor, now)
        checks = _safety_checks(session, employer.id, now)
        done["safety_checks"] = len(checks)
        done["notifications"] = (
            _notify_admins(session, EMPLOYER_REPORTED, now, referral, found,
                           employer_id=employer.id,
                           openings=len(done["openings_sent_to_review"]))
            + _notify_counselors(session, now, employer.id, found, checks))
        audit.record(session, actor, "safety_report", "referral", referral.id,
                     profile_id=referral.profile_id, fields=found,
                     detail=f"employer {employer.id}: {len(done['openings_sent_to_review'])} "
                            f"openings to review, {len(checks)} safety checks")
    if follow_up.wage_paid_inr_month is not None:
        # An underpaid wage is a flag on the employer's openings: screen them again now.
        done["openings_rescreened"] = publishing.rescreen_employer(
            session, employer, now, actor=actor, cause="wage_report")
    return done


def _safety_checks(session: Session, employer_id: int, now: datetime) -> list[tuple[Referral, FollowUp]]:
    """A follow-up due within SAFETY_CHECK_WITHIN_DAYS days for every survivor placed with the
    employer: a new one, or her next open one brought forward."""
    today = local_date(now)
    due = today + timedelta(days=SAFETY_CHECK_WITHIN_DAYS)
    placed = list(session.scalars(
        select(Referral).join(Opening, Referral.opening_id == Opening.id)
        .join(Profile, Referral.profile_id == Profile.id)
        .where(Opening.employer_id == employer_id, Referral.status.in_(PLACED_THERE),
               Profile.anonymised_at.is_(None))
        .order_by(Referral.id)
    ))
    existing = {(row.referral_id, row.day): row for row in session.scalars(
        select(FollowUp).where(FollowUp.referral_id.in_([r.id for r in placed])))
    } if placed else {}
    checks = []
    for referral in placed:
        day = max(1, (today - local_date(referral.status_changed_at)).days)
        while True:
            row = existing.get((referral.id, day))
            if row is None:
                row = FollowUp(referral_id=referral.id, day=day, due_on=due, reason=SAFETY_CHECK)
                session.add(row)
                break
            if row.outcome is None:
                row.due_on, row.reason = min(row.due_on, due), row.reason or SAFETY_CHECK
                break
            day += 1
        checks.append((referral, row))
    session.flush()
    return checks


def _admins(session: Session) -> list[int]:
    return list(session.scalars(select(User.id).where(User.role == Role.ADMIN,
                                                      User.active.is_(True)).order_by(User.id)))


def _notify_admins(session: Session, kind: str, now: datetime, referral: Referral,
                   found: list[str], **data) -> int:
    # A code and its parameters (the concerns, the employer or provider, the openings sent back
    # to review): `api.messages` words it for each reader.
    return notify(session, [
        {"user_id": user_id, "kind": kind,
         "data": {"referral_id": referral.id, "concerns": found, **data}}
        for user_id in _admins(session)
    ], now)


def _notify_counselors(session: Session, now: datetime, employer_id: int, found: list[str],
                       checks: list[tuple[Referral, FollowUp]]) -> int:
    if not checks:
        return 0
    recipients = Recipients(session)
    organisation_of = dict(session.execute(
        select(Profile.id, Profile.organisation_id)
        .where(Profile.id.in_({referral.profile_id for referral, _ in checks}))).all())
    rows = []
    for referral, check in checks:
        for user_id in recipients.for_case(organisation_of[referral.profile_id],
                                           referral.created_by_id):
            rows.append({
                "user_id": user_id, "kind": EMPLOYER_REPORTED,
                "data": {"employer_id": employer_id, "concerns": found,
                         "referral_id": referral.id, "profile_id": referral.profile_id,
                         "day": check.day, "due_on": check.due_on.isoformat()},
            })
    return notify(session, rows, now)
