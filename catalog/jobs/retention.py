"""Retention: a profile closed for longer than the retention period is anonymised. Its case
reference and every piece of free text (interests, experience, districts to avoid, referral and
follow-up notes) are dropped; the row stays, with what statistics need, and so does the audit
trail, which never held values. The job's own run records are pruned on the same schedule."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from matcher.vocabulary import ProfileStatus

from .. import audit
from ..models import FollowUp, JobRun, Profile, Referral

ANONYMISED_FIELDS = ("case_ref", "interests", "experience", "resolved_interests",
                     "resolved_experience", "avoid_districts", "avoid_district_keys",
                     "closed_note")
JOB_RUNS_KEPT_DAYS = 90


def anonymise_closed_profiles(session: Session, now: datetime, *,
                              retention_days: int) -> dict[str, int]:
    cutoff = now - timedelta(days=retention_days)
    anonymised = session.scalars(
        update(Profile)
        .where(Profile.status == ProfileStatus.CLOSED, Profile.closed_at <= cutoff,
               Profile.anonymised_at.is_(None))
        .values(case_ref=None, interests=[], experience=[], resolved_interests=[],
                resolved_experience=[], avoid_districts=[], avoid_district_keys=[],
                return_to_sector_reason=None,  # a counselor's free text
                closed_note=None,
                anonymised_at=now, updated_at=now)
        .returning(Profile.id)
        .execution_options(synchronize_session=False)
    ).all()
    if anonymised:
        referrals = select(Referral.id).where(Referral.profile_id.in_(anonymised))
        session.execute(update(Referral)
                        .where(Referral.id.in_(referrals),
                               or_(Referral.note.is_not(None),
                                   Referral.note_for_partner.is_not(None)))
                        .values(note=None, note_for_partner=None)
                        .execution_options(synchronize_session=False))
        session.execute(update(FollowUp)
                        .where(FollowUp.referral_id.in_(referrals), FollowUp.note.is_not(None))
                        .values(note=None).execution_options(synchronize_session=False))
    for profile_id in anonymised:
        event = audit.record(session, None, "anonymise", "profile", profile_id,
                             profile_id=profile_id, fields=ANONYMISED_FIELDS,
                             detail=f"closed more than {retention_days} days")
        event.at = now
    pruned = session.execute(
        delete(JobRun).where(JobRun.started_at < now - timedelta(days=JOB_RUNS_KEPT_DAYS))
        .execution_options(synchronize_session=False)
    ).rowcount
    session.flush()
    return {"profiles_anonymised": len(anonymised), "job_runs_pruned": pruned}
