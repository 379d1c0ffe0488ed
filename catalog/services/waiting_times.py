"""How long each survivor has waited for a placement, as cohort allocations and waiting lists
both count it (their priority among survivors of the same income urgency): from the end of her
last placement or closed referral, else from her registration (`matcher.allocation.waiting_since`).
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from matcher.allocation import PastReferral, Waiting, waiting_since
from matcher.vocabulary import ReferralStatus

from ..clock import local_date
from ..models import FollowUp, FollowUpOutcome, Profile, Referral

PLACEMENTS_ENDED = (ReferralStatus.COMPLETED, ReferralStatus.DROPPED)
CLOSED = (ReferralStatus.WITHDRAWN, ReferralStatus.EXPIRED, ReferralStatus.NOT_SELECTED)
LEFT_THE_JOB = (FollowUpOutcome.DROPPED_OUT, FollowUpOutcome.UNREACHABLE, FollowUpOutcome.UNSAFE)


def waiting_times(session: Session, profiles: Sequence[Profile]) -> dict[int, Waiting]:
    """Since when each survivor has waited (matcher.allocation.waiting_since): from the end of
    her last placement (a course completed or dropped; a job from the day a follow-up found she
    left it, else from the hire) or closed referral (withdrawn, expired, not selected), else
    from her registration. Days are India's."""
    ids = [profile.id for profile in profiles]
    left_job = dict(session.execute(
        select(FollowUp.referral_id, func.max(FollowUp.recorded_at))
        .join(Referral, FollowUp.referral_id == Referral.id)
        .where(Referral.profile_id.in_(ids), Referral.status == ReferralStatus.HIRED,
               FollowUp.outcome.in_(LEFT_THE_JOB))
        .group_by(FollowUp.referral_id)).all())
    past: dict[int, list[PastReferral]] = {}
    for profile_id, referral_id, status, changed_at in session.execute(
        select(Referral.profile_id, Referral.id, Referral.status, Referral.status_changed_at)
        .where(Referral.profile_id.in_(ids),
               Referral.status.in_((*PLACEMENTS_ENDED, *CLOSED, ReferralStatus.HIRED)))
    ):
        ended_at = max(changed_at, left_job.get(referral_id) or changed_at)
        past.setdefault(profile_id, []).append(PastReferral(
            referral_id, local_date(ended_at), status not in CLOSED))
    return {profile.id: waiting_since(local_date(profile.created_at), past.get(profile.id, ()))
            for profile in profiles}
