"""The publishing gate: what stands between a screened opening and a survivor.

- Screening (catalog.screening, plus the employer's record: `wage_underpaid`) gives the flags;
  `catalog.screening.severity` classes them (hard, soft, employer).
- A review never publishes an opening with a hard flag that is not cleared (409 `hard_flags`).
  A hard flag is cleared by two different admins dismissing it, each with a written reason;
  a dismissal holds for the text it was made against (the opening's `content_digest`), so when
  the employer rewords the opening and the new text raises the flag again, the old dismissals
  do not carry over: two admins must read the new text.
- Publishing over any flag (soft, or hard and cleared) needs the admin's written note
  (422 `note_required`); the flags published over are kept (`approved_flags`), and counselors
  see them, with the notes, on every card of the opening.
- Every screening stores the version it was screened with. A re-screen that finds a hard flag
  not cleared, or a flag the admin did not publish over, sends a published opening back to
  review at once (`review_reason`).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from matcher.vocabulary import OpeningStatus

from .. import audit
from ..errors import Conflict, Invalid
from ..guarded import update_if
from ..models import FlagDismissal, Opening, Organisation, User
from ..screening import screen_opening
from ..screening.severity import (
    DISMISSALS_TO_CLEAR,
    SCREENING_VERSION,
    WAGE_UNDERPAID,
    Severity,
    is_hard,
    severity,
)
from .employer_record import UNDERPAID_SHARE, underpaid_wages

S = OpeningStatus
LIVE = (S.PENDING_REVIEW, S.PUBLISHED)

# Why an opening went back to review (`Opening.review_reason`, a stable code).
HARD_FLAG_RAISED = "hard_flag_raised"
NEW_FLAGS = "new_flags"
REWORDED = "reworded"
SAFETY_REPORT = "safety_report"


def content_digest(opening: Opening) -> str:
    """A digest of everything screening reads of the opening itself."""
    facts = [opening.title or "", opening.description or "", opening.trade or "",
             opening.wage_inr_month or 0, str(getattr(opening.work_mode, "value",
                                                       opening.work_mode) or ""),
             opening.district or ""]
    return hashlib.sha256(json.dumps(facts, ensure_ascii=False).encode()).hexdigest()


def screen(session: Session, opening: Opening, employer: Organisation, now: datetime,
           wages: dict | None = None) -> list[dict]:
    """Every flag of the opening: its content, its employer, and the wages the employer's
    placed survivors reported (`wages`: a cache by employer, for a run over many openings)."""
    flags = screen_opening(opening, employer)
    if wages is not None and employer.id in wages:
        underpaid = wages[employer.id]
    else:
        underpaid = underpaid_wages(session, employer.id, now) if employer.id else None
        if wages is not None:
            wages[employer.id] = underpaid
    if underpaid is not None:
        record = {"reports": underpaid.reports, "paid_inr_month": underpaid.paid_inr_month,
                  "promised_inr_month": underpaid.promised_inr_month,
                  "threshold_share": UNDERPAID_SHARE}
        # one flag of the code: the opening's own words (wages withheld) and the record together
        read = next((flag for flag in flags if flag["code"] == WAGE_UNDERPAID), None)
        if read is not None:
            read["params"] = {**read["params"], **record}
        else:
            flags.append({"code": WAGE_UNDERPAID, "params": record})
    return flags


def _codes(flags: Iterable[dict]) -> set[str]:
    return {flag["code"] for flag in flags}


def dismissals(opening: Opening) -> dict[str, list[FlagDismissal]]:
    """The dismissals that hold for the opening's current text, by flag code."""
    found: dict[str, list[FlagDismissal]] = {}
    for dismissal in opening.dismissals:
        if dismissal.content_digest == opening.content_digest:
            found.setdefault(dismissal.code, []).append(dismissal)
    return found


def _cleared(held: list[FlagDismissal]) -> bool:
    return len({d.admin_id for d in held}) >= DISMISSALS_TO_CLEAR


def open_hard_flags(opening: Opening) -> list[dict]:
    """The hard flags of the opening not cleared by two admins."""
    held = dismissals(opening)
    return [flag for flag in opening.flags or []
            if is_hard(flag["code"]) and not _cleared(held.get(flag["code"], []))]


def flag_views(opening: Opening, *, with_admins: bool = True) -> list[dict]:
    """Each flag with its class and the dismissals that hold for the current text."""
    held = dismissals(opening)
    views = []
    for flag in opening.flags or []:
        mine = held.get(flag["code"], [])
        views.append({
            "code": flag["code"], "params": flag.get("params") or {},
            **({"evidence": flag["evidence"]} if flag.get("evidence") else {}), "severity": severity(flag["code"]).value,
            "dismissals": [
                {**({"admin_id": d.admin_id} if with_admins else {}), "note": d.note,
                 "at": d.created_at}
                for d in mine
            ],
            "cleared": is_hard(flag["code"]) and _cleared(mine),
        })
    return views


def screening_state(opening: Opening, *, with_admins: bool = True) -> dict:
    """What the API shows of the gate for one opening (admins and the employer; which admin
    dismissed a flag only `with_admins`)."""
    return {
        "version": opening.screening_version,
        "current": opening.screening_version == SCREENING_VERSION,
        "flags": flag_views(opening, with_admins=with_admins),
        "hard_flags_open": [flag["code"] for flag in open_hard_flags(opening)],
        "approved_flags": sorted(opening.approved_flags or []),
        "review_reason": opening.review_reason,
    }


def is_safely_published(opening: Opening) -> bool:
    """Published, with no hard flag left open and no flag the admin did not publish over."""
    if opening.status is not S.PUBLISHED or open_hard_flags(opening):
        return False
    return _codes(opening.flags or []) <= set(opening.approved_flags or [])


def _send_back(session: Session, opening: Opening, reason: str, now: datetime) -> bool:
    return update_if(session, opening, Opening.status == S.PUBLISHED,
                     status=S.PENDING_REVIEW, review_reason=reason, updated_at=now)


def rescreen(session: Session, opening: Opening, employer: Organisation, now: datetime, *,
             actor: User | None = None, cause: str = "rescreen", wages: dict | None = None
             ) -> bool:
    """Screen a live opening again and store the flags and version; a published opening that is
    no longer safely published goes back to review at once. Returns whether anything changed.
    Audited when something did. A closed opening is past screening."""
    if opening.status is S.CLOSED:
        return False
    flags = screen(session, opening, employer, now, wages)
    digest = content_digest(opening)
    changed = (flags != (opening.flags or []) or opening.screening_version != SCREENING_VERSION
               or opening.content_digest != digest)
    opening.flags, opening.screening_version, opening.content_digest = flags, SCREENING_VERSION, digest
    session.flush()
    sent_back = False
    if opening.status is S.PUBLISHED and not is_safely_published(opening):
        reason = HARD_FLAG_RAISED if open_hard_flags(opening) else NEW_FLAGS
        sent_back = _send_back(session, opening, reason, now)
    if changed or sent_back:
        audit.record(session, actor, "screen", "opening", opening.id, fields=["flags"],
                     detail=f"{cause}: {','.join(sorted(_codes(flags))) or 'no flags'}"
                            + (f"; back to review ({opening.review_reason})" if sent_back else ""))
    return changed or sent_back


def screen_new(session: Session, opening: Opening, employer: Organisation, now: datetime) -> None:
    """A new opening: published at once only when its employer is verified and nothing was
    flagged; otherwise it waits for review."""
    opening.flags = screen(session, opening, employer, now)
    opening.screening_version, opening.content_digest = SCREENING_VERSION, content_digest(opening)
    opening.status = S.PUBLISHED if employer.verified and not opening.flags else S.PENDING_REVIEW


def screen_edit(session: Session, opening: Opening, employer: Organisation, now: datetime) -> None:
    """An edit by the employer. A published opening stays published only if it raises nothing,
    or its text is unchanged and it raises nothing the admin did not publish over; a reworded
    opening with any flag is new text for an admin to read. An opening waiting for review stays
    there even once an edit clears its flags (a lure reworded until the screening is quiet is
    exactly what a person should look at)."""
    previous_digest = opening.content_digest
    opening.flags = screen(session, opening, employer, now)
    opening.screening_version, opening.content_digest = SCREENING_VERSION, content_digest(opening)
    if opening.status is not S.PUBLISHED or not opening.flags:
        return
    if previous_digest != opening.content_digest:
        opening.status, opening.review_reason = S.PENDING_REVIEW, REWORDED
    elif not is_safely_published(opening):
        opening.status = S.PENDING_REVIEW
        opening.review_reason = HARD_FLAG_RAISED if open_hard_flags(opening) else NEW_FLAGS


def check_publishable(session: Session, opening: Opening, employer: Organisation,
                      note: str | None, now: datetime) -> None:
    """Raise unless an admin may publish the opening now with this note (screened again here,
    so the decision is taken on today's flags)."""
    if not employer.verified:
        raise Conflict("verify the employer before publishing its openings",
                       reason="employer_not_verified")
    rescreen(session, opening, employer, now, cause="review")
    hard = open_hard_flags(opening)
    if hard:
        raise Conflict(
            "this opening has hard flags: the employer rewords it, or two admins dismiss each "
            "flag as a false alarm", reason="hard_flags",
            flags=[view for view in flag_views(opening) if view["code"] in _codes(hard)],
        )
    if opening.flags and not (note or "").strip():
        raise Invalid(
            "publishing over flags needs a note", reason="note_required",
            field_errors={"note": ["Write why the opening may be published over its flags."]},
            flags=flag_views(opening),
        )


def approve(opening: Opening) -> None:
    """Record the flags the admin published over; the opening is back from review."""
    opening.approved_flags = sorted(_codes(opening.flags or []))
    opening.review_reason = None


def dismiss_flag(session: Session, opening: Opening, code: str, note: str | None, actor: User,
                 now: datetime) -> dict:
    """An admin's dismissal of a hard flag as a false alarm, with her written reason. The first
    records it; a second by another admin clears the flag; the same admin twice is 409
    `second_admin_required`."""
    if not (note or "").strip():
        raise Invalid("a dismissal needs a note", reason="note_required",
                      field_errors={"note": ["Write why this flag is a false alarm."]})
    employer = session.get(Organisation, opening.employer_id)
    if opening.status not in LIVE:
        raise Conflict(f"a {opening.status.value} opening is past review",
                       reason=f"opening_{opening.status.value}")
    rescreen(session, opening, employer, now, actor=actor, cause="dismissal")
    if code not in _codes(opening.flags or []):
        raise Invalid(f"this opening does not carry the flag {code!r}", reason="flag_not_raised",
                      field_errors={"code": ["The opening does not carry this flag."]})
    if severity(code) is not Severity.HARD:
        raise Invalid(f"{code} is not a hard flag", reason="not_a_hard_flag",
                      field_errors={"code": [
                          "Only hard flags are dismissed; publish over a soft flag with a note, "
                          "and verify the employer for unverified_employer."]})
    held = dismissals(opening).get(code, [])
    if _cleared(held):
        raise Conflict("this flag is already cleared by two admins", reason="already_cleared")
    if any(d.admin_id == actor.id for d in held):
        raise Conflict("another admin must make the second dismissal",
                       reason="second_admin_required")
    session.add(FlagDismissal(opening_id=opening.id, code=code,
                              content_digest=opening.content_digest, admin_id=actor.id,
                              note=note.strip(), created_at=now))
    session.flush()
    session.refresh(opening, ["dismissals"])
    cleared = _cleared(dismissals(opening).get(code, []))
    audit.record(session, actor, "dismiss_flag", "opening", opening.id, fields=["note"],
                 detail=f"{code}: {'cleared' if cleared else 'first dismissal'}")
    return next(view for view in flag_views(opening) if view["code"] == code)


def rescreen_employer(session: Session, employer: Organisation, now: datetime, *,
                      actor: User | None = None, cause: str) -> int:
    """Screen every live opening of the employer again; how many changed."""
    openings = session.scalars(
        select(Opening).where(Opening.employer_id == employer.id, Opening.status.in_(LIVE))
        .order_by(Opening.id)
    )
    return sum(rescreen(session, opening, employer, now, actor=actor, cause=cause)
               for opening in list(openings))


def send_employer_back(session: Session, employer_id: int, reason: str, actor: User | None,
                       now: datetime) -> list[int]:
    """Every open opening (published or pending) of the employer is `pending_review` with
    `reason`; the ids of those it touched."""
    ids = list(session.scalars(
        update(Opening).where(Opening.employer_id == employer_id, Opening.status.in_(LIVE))
        .values(status=S.PENDING_REVIEW, review_reason=reason, approved_flags=[],
                updated_at=now)
        .returning(Opening.id).execution_options(synchronize_session=False)
    ))
    session.expire_all()
    for opening_id in sorted(ids):
        audit.record(session, actor, "send_back", "opening", opening_id, fields=["status"],
                     detail=f"pending_review ({reason})")
    return sorted(ids)


def card_screening(session: Session, opening_ids: Iterable[int]) -> dict[int, dict]:
    """For the openings of a counselor's match cards that were published over flags: the flags
    (code, class, params, the admins' reasons for dismissing) and the publishing admin's note."""
    ids = sorted(set(opening_ids))
    if not ids:
        return {}
    # Most cards' openings have no flag: their ids and flags alone first (a whole opening and
    # its dismissals, read for each of a match's openings, cost a match request ~4 ms).
    flagged = [opening_id for opening_id, flags in session.execute(
        select(Opening.id, Opening.flags).where(Opening.id.in_(ids))) if flags]
    if not flagged:
        return {}
    cards = {}
    for opening in session.scalars(select(Opening).where(Opening.id.in_(flagged))):
        cards[opening.id] = {
            "flags": [
                {"code": view["code"], "severity": view["severity"], "params": view["params"],
                 "dismissal_notes": [d["note"] for d in view["dismissals"]]}
                for view in flag_views(opening, with_admins=False)
            ],
            "note": opening.review_note,
        }
    return cards


def annotate_cards(session: Session, result: dict) -> dict:
    """A match result (`MatchResult.to_dict()`) with `screening` on every opening card and on
    every opening step of a pathway that was published over flags (null otherwise)."""
    ids = [m["opening_id"] for m in result["matches"] if m.get("opening_id")]
    ids += [step["opening_id"] for m in result["matches"] for step in m["pathway"]
            if step.get("step") == "opening"]
    cards = card_screening(session, ids)
    for match in result["matches"]:
        match["screening"] = cards.get(match.get("opening_id")) if match.get("opening_id") else None
        for step in match["pathway"]:
            if step.get("step") == "opening":
                step["screening"] = cards.get(step["opening_id"])
    return result
