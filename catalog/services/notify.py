"""Who hears of an event on a survivor's case, and the notification written for it, in the
caller's transaction: whoever moves a referral on (the API, a page, the command line, a job)
goes through `catalog.services.referrals`, which calls here, so no path skips a notification.

A notification is a code (`NotificationKind`) with its parameters: ids and the offer's title,
never the case reference or anything else of the survivor (the page reads the reference when it
shows the notification, so anonymisation has nothing to chase). Who hears:
- of a case, its counselor: the user who made the referral (or created the profile) while she is
  still an active counselor of the profile's organisation, otherwise every active counselor of
  it, so no case goes unheard when a counselor leaves; never the one who did it herself;
- of a new referral, the active liaisons of the batch's provider or the active CSR partners of
  the opening's employer, told the offer and nothing of the survivor.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from ..models import (
    Batch,
    Course,
    Notification,
    NotificationKind,
    Opening,
    Profile,
    Referral,
    User,
)
from ..roles import Role

S = ReferralStatus

# The status a referral moved to -> what its counselor is told.
STATUS_KINDS = {
    S.ENROLLED: NotificationKind.ENROLLED,
    S.COMPLETED: NotificationKind.COMPLETED,
    S.INTERVIEWED: NotificationKind.INTERVIEWED,
    S.HIRED: NotificationKind.HIRED,
    S.NOT_SELECTED: NotificationKind.NOT_SELECTED,
}


def notify(session: Session, rows: list[dict], now: datetime) -> int:
    """Write notifications `{"user_id", "kind", "data"}` in one statement; how many."""
    if not rows:
        return 0
    session.execute(insert(Notification), [{**row, "created_at": now} for row in rows])
    return len(rows)


def active_users(session: Session, organisation_id: int, role: Role) -> list[int]:
    return list(session.scalars(
        select(User.id).where(User.organisation_id == organisation_id, User.role == role,
                              User.active.is_(True)).order_by(User.id)))


def case_counselors(session: Session, organisation_id: int, preferred_user_id: int | None,
                    actor: User | None = None) -> list[int]:
    """The counselor of a case (see the module's docstring), never the `actor` herself."""
    counselors = active_users(session, organisation_id, Role.COUNSELOR)
    chosen = [preferred_user_id] if preferred_user_id in counselors else counselors
    return [user_id for user_id in chosen if actor is None or user_id != actor.id]


def offer_of(session: Session, referral: Referral) -> dict:
    """The offer a referral is to, as notifications name it: its id and title."""
    if referral.batch_id is not None:
        title = session.scalar(select(Course.title).join(Batch, Batch.course_id == Course.id)
                               .where(Batch.id == referral.batch_id))
        return {"batch_id": referral.batch_id, "title": title}
    title = session.scalar(select(Opening.title).where(Opening.id == referral.opening_id))
    return {"opening_id": referral.opening_id, "title": title}



def referral_made(session: Session, referral: Referral, now: datetime) -> int:
    """Tell the liaisons of the batch's provider, or the CSR partners of the opening's employer,
    that a survivor was referred to them."""
    offer = offer_of(session, referral)
    if referral.batch_id is not None:
        organisation_id = session.scalar(
            select(Course.provider_id).join(Batch, Batch.course_id == Course.id)
            .where(Batch.id == referral.batch_id))
        users = active_users(session, organisation_id, Role.ITI_LIAISON)
    else:
        organisation_id = session.scalar(
            select(Opening.employer_id).where(Opening.id == referral.opening_id))
        users = active_users(session, organisation_id, Role.CSR_PARTNER)
    data = {"referral_id": referral.id, **offer}
    return notify(session, [{"user_id": user_id, "kind": NotificationKind.NEW_REFERRAL,
                             "data": data} for user_id in users], now)


def status_changed(session: Session, actor: User | None, referral: Referral,
                   now: datetime) -> int:
    """Tell the counselor of the case that its referral moved on (enrolled, completed,
    interviewed, hired, not selected with the reason), unless she moved it herself."""
    kind = STATUS_KINDS.get(referral.status)
    if kind is None:
        return 0
    organisation_id = session.scalar(
        select(Profile.organisation_id).where(Profile.id == referral.profile_id))
    users = case_counselors(session, organisation_id, referral.created_by_id, actor)
    data = {"referral_id": referral.id, "profile_id": referral.profile_id,
            **offer_of(session, referral)}
    if kind is NotificationKind.NOT_SELECTED:
        data["reason"] = referral.reason
    return notify(session, [{"user_id": user_id, "kind": kind, "data": data}
                            for user_id in users], now)
