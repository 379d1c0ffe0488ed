"""Re-screening: every live opening (published or pending review) is screened again with today's
rules, word lists and employer records, so flags never go stale. An opening screened with an
older `SCREENING_VERSION`, or whose employer was verified or un-verified, or whose employer's
survivors reported an underpaid wage, gets today's flags; a published one that gains a hard flag
(or any flag the admin did not publish over) goes back to review at once.

Safe to run twice: a second run finds nothing to change and reports 0.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.vocabulary import OpeningStatus

from ..models import Opening, Organisation
from ..screening.severity import SCREENING_VERSION
from ..services import publishing


def rescreen_openings(session: Session, now: datetime) -> dict[str, int]:
    live = (OpeningStatus.PENDING_REVIEW, OpeningStatus.PUBLISHED)
    rows = session.execute(
        select(Opening, Organisation).join(Organisation, Opening.employer_id == Organisation.id)
        .where(Opening.status.in_(live)).order_by(Opening.id)
    ).all()
    changed = sent_back = stale = 0
    wages: dict = {}  # each employer's wage record, read once per run
    for opening, employer in rows:
        was_published = opening.status is OpeningStatus.PUBLISHED
        stale += opening.screening_version != SCREENING_VERSION
        if publishing.rescreen(session, opening, employer, now, cause="rescreen_job",
                                wages=wages):
            changed += 1
            sent_back += was_published and opening.status is OpeningStatus.PENDING_REVIEW
    return {"screened": len(rows), "stale_version": stale, "changed": changed,
            "sent_to_review": sent_back}
