"""A counselor's casework after a referral, as the pages and the API read it: a referral's
history, her profiles' live referrals, and the search of her profiles by case reference.

The history is read from the audit trail, which every path that moves a referral writes in the
same transaction (a referral, a status change, a hold expired, consent withdrawn, a profile
closed): nothing can move a referral without leaving its line here.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from matcher.vocabulary import ReferralStatus

from .. import access, audit
from ..errors import Invalid
from ..models import LIVE_STATUSES, AuditEvent, Batch, Profile, Referral, User
from .referrals import BATCH_ONLY, CONSENT_REASON, CONSENT_WITHDRAWN, OPENING_ONLY, TRANSITIONS

MAX_CASE_REF = 64
MOVES = ("refer", "status", "expire")


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a referral: the status it reached, when, and the reason code if any."""

    at: datetime
    status: ReferralStatus
    reason: str | None = None


def referral_history(session: Session, referral: Referral) -> list[HistoryEntry]:
    """The statuses a referral went through, oldest first (the caller has scoped and audited
    the read of the referral itself)."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.action, AuditEvent.detail)
        .where(AuditEvent.object_type == "referral", AuditEvent.object_id == referral.id,
               AuditEvent.action.in_(MOVES))
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    first = ReferralStatus.HELD if referral.batch_id is not None else ReferralStatus.APPLIED
    entries = [] if any(action == "refer" for _at, action, _d in rows) else [
        HistoryEntry(referral.created_at, first)]
    for at, action, detail in rows:
        entry = _entry(at, action, detail or "", first)
        if entry is not None:
            entries.append(entry)
    if not entries or entries[-1].status is not referral.status:
        entries.append(HistoryEntry(referral.status_changed_at, referral.status, referral.reason))
    return entries


def _entry(at: datetime, action: str, detail: str, first: ReferralStatus) -> HistoryEntry | None:
    if action == "refer":
        return HistoryEntry(at, first)
    if detail == CONSENT_WITHDRAWN:
        return HistoryEntry(at, ReferralStatus.WITHDRAWN, CONSENT_REASON)
    move, _sep, reason = detail.partition(" reason=")
    new = move.partition("->")[2]
    if new not in {status.value for status in ReferralStatus}:
        return None
    return HistoryEntry(at, ReferralStatus(new), reason or None)


def possible_moves(actor: User, referral: Referral) -> list[ReferralStatus]:
    """The statuses the actor may move this referral to now, as `change_status` allows."""
    kind_only = BATCH_ONLY if referral.batch_id is not None else OPENING_ONLY
    return [status for status, sources in TRANSITIONS.get(actor.role, {}).items()
            if referral.status in sources
            and (status is ReferralStatus.WITHDRAWN or status in kind_only)]


def check_case_ref_query(raw: str) -> str:
    """A search by case reference as typed (exact or its beginning); Invalid naming `q`."""
    text = raw.strip()
    if len(text) > MAX_CASE_REF:
        raise Invalid("a case reference has at most 64 characters", reason="invalid_search",
                      field_errors={"q": ["A case reference has at most 64 characters."]})
    if any(ord(char) < 32 or 0xD800 <= ord(char) <= 0xDFFF for char in text):
        raise Invalid("the search has characters no case reference has",
                      reason="invalid_search",
                      field_errors={"q": ["Must not contain control characters."]})
    return text


def live_by_profile(session: Session, actor: User,
                    profiles: Sequence[Profile]) -> dict[int, list[Referral]]:
    """The live referrals of the actor's `profiles`, by profile id, each with its batch and
    course or its opening (the list shows them); each read is audited as a list read, as the
    API's list of referrals does."""
    if not profiles:
        return {}
    rows = session.scalars(
        select(Referral).where(Referral.profile_id.in_([p.id for p in profiles]),
                               access.scope(actor, Referral),
                               Referral.status.in_(LIVE_STATUSES))
        .options(selectinload(Referral.batch).selectinload(Batch.course),
                 selectinload(Referral.opening))
        .order_by(Referral.id)
    )
    found: dict[int, list[Referral]] = {}
    for referral in rows:
        audit.record(session, actor, "list", "referral", referral.id,
                     profile_id=referral.profile_id)
        found.setdefault(referral.profile_id, []).append(referral)
    return found
