"""The courses each survivor completed, as her anonymised summary names them: for a list of
summaries (a partner's candidates, a page of referrals) one query for every profile of it."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from ..models import Batch, Course, Referral


def courses_completed(session: Session, profile_ids: Iterable[int]) -> dict[int, list[str]]:
    """The titles of the courses each profile completed, in order, each once; a profile that
    completed none is left out."""
    ids = sorted(set(profile_ids))
    if not ids:
        return {}
    found: dict[int, list[str]] = {}
    for profile_id, title in session.execute(
            select(Referral.profile_id, Course.title).join(Batch, Batch.course_id == Course.id)
            .join(Referral, Referral.batch_id == Batch.id)
            .where(Referral.profile_id.in_(ids), Referral.status == ReferralStatus.COMPLETED)
            .order_by(Referral.profile_id, Course.title)):
        titles = found.setdefault(profile_id, [])
        if title not in titles:
            titles.append(title)
    return found
