"""Job openings: posted and edited by the employer's CSR partner, screened, reviewed by an admin.

An opening is `published` (visible to counselors and the matcher) on its own only when its
employer is verified and screening raised no flag; otherwise it waits in `pending_review` for an
admin, who publishes through the gate of `publishing` (no hard flag left open; a note for any
flag). Every edit screens again. Status changes are conditional UPDATEs, so a close and a review that
cross each other are decided exactly once.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from matcher.vocabulary import OpeningStatus, WorkMode

from .. import access, audit
from ..clock import local_date
from ..errors import Conflict, Invalid
from ..geography import place
from ..guarded import update_if
from ..models import Opening, Organisation, Trade, User
from . import publishing
from .offers import LOCATION_FIELDS, copy_fields

S = OpeningStatus

# Fields copied as they are; district, state and coordinates are resolved by `place`.
PLAIN_FIELDS = (
    "title", "trade", "description", "min_literacy", "work_mode", "wage_inr_month", "shift",
    "women_only", "accommodation", "min_age", "closes_on",
)
# What an admin's decision may turn into what; a closed opening is past reviewing.
DECISIONS: dict[str, tuple[OpeningStatus, frozenset[OpeningStatus]]] = {
    "publish": (S.PUBLISHED, frozenset({S.PENDING_REVIEW, S.REJECTED, S.PUBLISHED})),
    "reject": (S.REJECTED, frozenset({S.PENDING_REVIEW, S.PUBLISHED, S.REJECTED})),
}
LIVE = frozenset({S.PENDING_REVIEW, S.PUBLISHED})

_DEFAULTS: dict[str, Any] = {
    "description": "",
    "shift": "day",
    "women_only": False,
    "accommodation": False,
    "min_age": 18,
    "documents_required": [],
}


def openings_query(
    user: User, *, status: str | None = None, trade: str | None = None
) -> Select:
    """The openings `user` may see (CSR partners their own, admins all, others the published
    ones), narrowed by the filters given, newest first."""
    query = select(Opening).where(access.scope(user, Opening)).order_by(Opening.id.desc())
    if status:
        query = query.where(Opening.status == OpeningStatus(status))
    if trade:
        query = query.where(Opening.trade == trade)
    return query


def create_opening(
    session: Session, employer: Organisation, data: Mapping[str, Any], actor: User | None, *,
    now: datetime,
) -> Opening:
    """Post an opening, screened at `now`; a closing date before India's today is refused."""
    opening = Opening(employer_id=employer.id, positions=data["positions"], positions_filled=0)
    _apply(session, opening, {**_DEFAULTS, **data}, now=now, creating=True)
    publishing.screen_new(session, opening, employer, now)
    return audit.created(session, actor, "opening", opening, fields=data.keys(),
                         detail=f"status {opening.status.value}")


def update_opening(
    session: Session, opening: Opening, changes: Mapping[str, Any], actor: User | None, *,
    now: datetime,
) -> Opening:
    """Edit an opening that is pending review or published; it is screened again, so an edit can
    send a published opening back to review. Closed and rejected openings are frozen (409).
    Load the opening `for_update`, so that a close or a review cannot cross the edit."""
    _ensure_editable(opening)
    _apply(session, opening, changes, now=now, creating=False)
    publishing.screen_edit(session, opening, session.get(Organisation, opening.employer_id), now)
    session.flush()
    if "positions" in changes:
        _set_positions(session, opening, changes["positions"], now)
    audit.record(session, actor, "update", "opening", opening.id, fields=changes.keys(),
                 detail=f"status {opening.status.value}")
    return opening


def close_opening(session: Session, opening: Opening, actor: User | None, *,
                  now: datetime) -> Opening:
    """Stop taking applications. Closing twice is harmless; a rejected opening stays rejected."""
    previous = opening.status
    _transition(session, opening, S.CLOSED, LIVE | {S.CLOSED}, now)
    audit.record(session, actor, "close", "opening", opening.id, fields=["status"],
                 detail=f"{previous.value}->{opening.status.value}")
    return opening


def review_opening(
    session: Session, opening: Opening, decision: str, note: str | None, actor: User, *,
    now: datetime,
) -> Opening:
    """An admin publishes or rejects an opening, having read its flags (screened again here).
    Publishing needs a verified employer (the matcher never offers any other's openings), no
    hard flag left open (409 `hard_flags`) and a note when it has any flag (422
    `note_required`): see `publishing`."""
    target, allowed = DECISIONS[decision]
    employer = session.get(Organisation, opening.employer_id)
    previous = opening.status
    if target is S.PUBLISHED:
        publishing.check_publishable(session, opening, employer, note, now)
        publishing.approve(opening)
    else:
        publishing.rescreen(session, opening, employer, now, actor=actor, cause="review")
    note = note.strip() if note else note
    _transition(session, opening, target, allowed, now,
                review_note=note, reviewed_by_id=actor.id, reviewed_at=now)
    audit.record(session, actor, "review", "opening", opening.id, fields=["status"],
                 detail=f"{decision}: {previous.value}->{opening.status.value}")
    return opening


def _transition(
    session: Session, opening: Opening, target: OpeningStatus,
    allowed: Iterable[OpeningStatus], now: datetime, **values: Any,
) -> None:
    session.flush()
    if not update_if(session, opening, Opening.status.in_(list(allowed)),
                     status=target, updated_at=now, **values):
        raise Conflict(
            f"an opening that is {opening.status.value} cannot become {target.value}",
            reason=f"opening_{opening.status.value}",
        )


def _ensure_editable(opening: Opening) -> None:
    if opening.status not in LIVE:
        raise Conflict(f"a {opening.status.value} opening cannot be changed",
                       reason=f"opening_{opening.status.value}")


def _set_positions(session: Session, opening: Opening, positions: int, now: datetime) -> None:
    # One statement decides it, as for seats: a hire at the same moment is counted or refused.
    if not update_if(session, opening, Opening.positions_filled <= positions,
                     positions=positions, updated_at=now):
        raise Conflict(
            f"{opening.positions_filled} positions are already filled; positions cannot be lower",
            reason="positions_below_filled",
            positions_filled=opening.positions_filled,
        )


def _apply(session: Session, opening: Opening, data: Mapping[str, Any], *, now: datetime,
           creating: bool) -> None:
    """Validate the opening as it will be (its current values under `data`), then write `data`."""
    if "trade" in data and session.get(Trade, data["trade"]) is None:
        raise Invalid(
            f"unknown trade {data['trade']!r}",
            field_errors={"trade": ["Unknown trade code; GET /api/v1/trades?q= lists them."]},
            reason="unknown_trade",
        )
    if "closes_on" in data and data["closes_on"] < local_date(now):
        raise Invalid("the closing date has passed",
                      field_errors={"closes_on": ["Must be today or later."]})
    if creating or LOCATION_FIELDS & data.keys() or "work_mode" in data:
        work_mode = WorkMode(data.get("work_mode", opening.work_mode))
        # Remote work needs no place; on-site and hybrid work happen somewhere.
        place(session, opening, data, required=work_mode is not WorkMode.REMOTE)
    copy_fields(opening, data, PLAIN_FIELDS)
