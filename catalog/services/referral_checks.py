"""What referring a survivor and putting her on a waiting list both check: the hard rules of
the offer she breaks (the error `not_eligible`) and her live referral to it (one at a time)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Conflict, Invalid
from ..models import LIVE_STATUSES, Profile, Referral


def not_eligible(hits) -> Invalid:
    """The error of an offer whose hard rules she breaks (`hits`)."""
    return Invalid(
        "the survivor does not meet this offer's rules",
        reason="not_eligible",
        blockers=[hit.to_dict() for hit in hits],
    )


def live_referral(session: Session, profile_id: int, column, offer_id: int) -> int | None:
    """Her live referral to the offer (`column` is Referral.batch_id or .opening_id), or None."""
    return session.scalar(
        select(Referral.id).where(Referral.profile_id == profile_id, column == offer_id,
                                  Referral.status.in_(LIVE_STATUSES))
    )


def live_referrals_to(session: Session, profile_ids: list[int], column, offer_id: int
                      ) -> set[int]:
    """Those of the survivors with a live referral to the offer (`column` as for
    `live_referral`), in one query."""
    if not profile_ids:
        return set()
    return set(session.scalars(
        select(Referral.profile_id).where(Referral.profile_id.in_(profile_ids),
                                          column == offer_id,
                                          Referral.status.in_(LIVE_STATUSES))))


def ensure_not_live(session: Session, profile: Profile, column, offer_id: int) -> None:
    live = live_referral(session, profile.id, column, offer_id)
    if live is not None:
        raise Conflict(f"this survivor already has referral {live} to it",
                       reason="already_referred", referral_id=live)
