"""Referrals: a seat hold on a batch or an application to an opening, and their life after.

Taking a seat is one conditional UPDATE (`seats_taken < seats_total`), checked for the one row it
must change, inside the caller's transaction; the CHECK constraint on batches backs it. That is
safe on PostgreSQL (the WHERE is re-evaluated after a concurrent update) and on SQLite (writers
are serialised by BEGIN IMMEDIATE). Status changes are conditional updates too, so a hold that
expires while a liaison confirms it is decided exactly once.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import case, select, update
from sqlalchemy.orm import Session, selectinload

from matcher.checks import batch_blockers, opening_blockers
from matcher.models import TradeInfo
from matcher.vocabulary import Blocker, OpeningStatus, ProfileStatus, ReferralStatus, Role

from .. import access, audit
from . import publishing
from ..errors import Conflict, Forbidden, Invalid
from ..matching import batch_offer, course_offer, opening_offer, profile_facts
from ..queries.courses_completed import courses_completed
from ..models import (
    LIVE_STATUSES,
    Batch,
    NotSelectedReason,
    Course,
    Opening,
    Organisation,
    Profile,
    Referral,
    User,
)
from ..taxonomy import trade_infos
from . import follow_ups, notify, waiting_list

S = ReferralStatus

# Who may move a referral to which status, and from which statuses.
TRANSITIONS: dict[Role, dict[ReferralStatus, frozenset[ReferralStatus]]] = {
    Role.COUNSELOR: {
        S.WITHDRAWN: frozenset({S.HELD, S.APPLIED, S.ENROLLED, S.INTERVIEWED}),
        S.ENROLLED: frozenset({S.HELD}),
        S.COMPLETED: frozenset({S.ENROLLED}),
        S.DROPPED: frozenset({S.ENROLLED}),
    },
    # The training centre knows first whether she finished the course or left it.
    Role.ITI_LIAISON: {
        S.ENROLLED: frozenset({S.HELD}),
        S.COMPLETED: frozenset({S.ENROLLED}),
        S.DROPPED: frozenset({S.ENROLLED}),
    },
    Role.CSR_PARTNER: {
        S.INTERVIEWED: frozenset({S.APPLIED}),
        S.HIRED: frozenset({S.APPLIED, S.INTERVIEWED}),
        S.NOT_SELECTED: frozenset({S.APPLIED, S.INTERVIEWED}),
    },
}
BATCH_ONLY = {S.HELD, S.ENROLLED, S.COMPLETED, S.DROPPED}
OPENING_ONLY = {S.APPLIED, S.INTERVIEWED, S.HIRED, S.NOT_SELECTED}
# Applications still in an employer's pipeline: withdrawn when the survivor's consent is.
LIVE_APPLICATIONS = (S.APPLIED, S.INTERVIEWED)
CONSENT_WITHDRAWN = "consent withdrawn"
# Why a referral was withdrawn (the counselor) or not selected (the employer): codes, worded at
# the edge. PROFILE_CLOSED and CONSENT_REASON are written by the closing of a profile and the
# withdrawal of consent, never chosen.
WITHDRAW_REASONS = ("survivor_declined", "found_other_work", "moved_away", "health",
                    "safety_concern", "other")
NOT_SELECTED_REASONS = tuple(code.value for code in NotSelectedReason)
REASONS = {S.WITHDRAWN: WITHDRAW_REASONS, S.NOT_SELECTED: NOT_SELECTED_REASONS}
PROFILE_CLOSED = "profile_closed"
CONSENT_REASON = "consent_withdrawn"


def not_eligible(hits) -> Invalid:
    """The error of an offer whose hard rules she breaks (`hits`): shared with waiting lists."""
    return Invalid(
        "the survivor does not meet this offer's rules",
        reason="not_eligible",
        blockers=[hit.to_dict() for hit in hits],
    )


def refer(
    session: Session,
    actor: User,
    profile_id: int,
    *,
    batch_id: int | None = None,
    opening_id: int | None = None,
    now: datetime,
    today: date,
    hold_days: int,
    confirm_flags: bool = False,
) -> Referral:
    """Refer a survivor to a batch (a seat is held at once) or to an opening (an application).
    An opening published over screening flags needs `confirm_flags` (409 `flags_unconfirmed`,
    with the flags and the admin's notes): the counselor has read them."""
    profile = access.load(session, actor, Profile, profile_id, write=True)
    if profile.status is not ProfileStatus.ACTIVE:
        raise Conflict("a closed profile cannot be referred", reason="profile_closed")
    if (batch_id is None) == (opening_id is None):
        raise Invalid("name either batch_id or opening_id",
                      field_errors={"batch_id": ["Give batch_id or opening_id, not both."]})
    if batch_id is not None:
        referral = _hold_seat(session, actor, profile, batch_id, now, today, hold_days)
    else:
        referral = _apply(session, actor, profile, opening_id, now, today, confirm_flags)
    detail = f"batch={batch_id}" if batch_id else f"opening={opening_id}"
    if opening_id is not None and referral.opening.flags:
        detail += " flags confirmed"
    audit.record(session, actor, "refer", "referral", referral.id, profile_id=profile.id,
                 detail=detail).at = now  # the referral's history reads these moments
    notify.referral_made(session, referral, now)
    return referral


def live_referral(session: Session, profile_id: int, column, offer_id: int) -> int | None:
    """Her live referral to the offer (`column` is Referral.batch_id or .opening_id), or None."""
    return session.scalar(
        select(Referral.id).where(Referral.profile_id == profile_id, column == offer_id,
                                  Referral.status.in_(LIVE_STATUSES))
    )


def ensure_not_live(session: Session, profile: Profile, column, offer_id: int) -> None:
    live = live_referral(session, profile.id, column, offer_id)
    if live is not None:
        raise Conflict(f"this survivor already has referral {live} to it",
                       reason="already_referred", referral_id=live)


def _hold_seat(session, actor, profile, batch_id, now, today, hold_days) -> Referral:
    batch = access.load(session, actor, Batch, batch_id)
    course = session.get(Course, batch.course_id)
    trade = trade_infos(session).get(course.trade)
    hits = batch_blockers(profile_facts(profile), course_offer(course, [batch]),
                          batch_offer(batch), trade, today)
    claim = waiting_list.open_claim(session, profile.id, batch.id, now)  # her seat, if any
    if claim is not None:
        hits = tuple(hit for hit in hits if hit.code != Blocker.NO_CAPACITY)
    if hits and all(hit.code == Blocker.NO_CAPACITY for hit in hits):
        raise Conflict("no seat is left in this batch", reason="no_capacity")
    if hits:
        raise not_eligible(hits)
    ensure_not_live(session, profile, Referral.batch_id, batch.id)
    if claim is None or not waiting_list.take_claim(session, claim, now):
        claim = None
        if not take_seat(session, batch.id, today):
            raise Conflict("no seat is left in this batch", reason="no_capacity")
    referral = Referral(profile_id=profile.id, batch_id=batch.id, status=S.HELD,
                        hold_expires_at=now + timedelta(days=hold_days),
                        created_by_id=actor.id, created_at=now, status_changed_at=now)
    session.add(referral)
    session.flush()
    if claim is not None:
        waiting_list.record_referral(session, claim, referral.id)
    session.expire(batch)
    return referral


def _apply(session, actor, profile, opening_id, now, today, confirm_flags=False) -> Referral:
    opening = access.load(session, actor, Opening, opening_id)
    employer = session.get(Organisation, opening.employer_id)
    if (opening.status is not OpeningStatus.PUBLISHED or not employer.verified
            or not publishing.is_safely_published(opening)):
        raise Conflict("this opening is not open for referrals", reason="closed")
    if not profile.consent_to_share:
        raise Invalid(
            "an application shares an anonymised summary with the employer: record the "
            "survivor's consent first",
            reason="consent_required",
            field_errors={"profile_id": ["The survivor has not consented to share a summary."]},
        )
    trade = trade_infos(session).get(opening.trade)
    hits = opening_blockers(profile_facts(profile), opening_offer(opening, True), trade, today)
    if hits and all(hit.code == Blocker.NO_CAPACITY for hit in hits):
        raise Conflict("every position of this opening is filled", reason="no_capacity")
    if hits:
        raise not_eligible(hits)
    if opening.flags and not confirm_flags:
        raise Conflict(
            "this opening was published over screening flags: read them and confirm",
            reason="flags_unconfirmed",
            screening=publishing.card_screening(session, [opening.id])[opening.id],
        )
    ensure_not_live(session, profile, Referral.opening_id, opening.id)
    referral = Referral(profile_id=profile.id, opening_id=opening.id, status=S.APPLIED,
                        created_by_id=actor.id, created_at=now, status_changed_at=now)
    session.add(referral)
    session.flush()
    return referral


def change_status(
    session: Session, actor: User, referral: Referral, new_status: ReferralStatus | str, *,
    now: datetime, note: str | None = None, note_for_partner: str | None = None,
    reason: str | None = None,
) -> Referral:
    """Move a referral on, as the actor's role allows; seats and positions follow in the same
    transaction. A referral that changed meanwhile (say, its hold expired) is a 409.

    `note` is the counselor's organisation's alone (a liaison or a CSR partner neither reads nor
    writes it); `note_for_partner` is written deliberately for the partner's eyes. `reason` is
    a code of REASONS for a withdrawal or a rejection (a not-selected reason is told to her
    counselor)."""
    new_status = ReferralStatus(new_status)
    _check_reason(new_status, reason)
    if note is not None and actor.role is not Role.COUNSELOR:
        raise Invalid("only the survivor's counselor writes the referral's note",
                      field_errors={"note": ["Only the survivor's counselor writes this note; "
                                             "write note_for_partner."]},
                      reason="note_not_yours")
    allowed = TRANSITIONS.get(actor.role, {})
    if new_status not in allowed:
        raise Forbidden(f"a {actor.role.value} may not set a referral to {new_status.value}")
    kind_only = BATCH_ONLY if referral.batch_id is not None else OPENING_ONLY
    if new_status is not S.WITHDRAWN and new_status not in kind_only:
        raise Invalid(f"{new_status.value} does not apply to this kind of referral",
                      field_errors={"status": ["Not a status of this kind of referral."]},
                      reason="invalid_transition")
    previous = referral.status
    changed = session.execute(
        update(Referral)
        .where(Referral.id == referral.id, Referral.status.in_(allowed[new_status]))
        .values(status=new_status, status_changed_at=now, updated_at=now,
                note=note if note is not None else Referral.note,
                note_for_partner=(note_for_partner if note_for_partner is not None
                                  else Referral.note_for_partner),
                hold_expires_at=None if new_status is not S.HELD else Referral.hold_expires_at,
                reason=reason)
        .execution_options(synchronize_session=False)
    ).rowcount
    if changed != 1:
        session.refresh(referral)
        raise Conflict(
            f"a referral that is {referral.status.value} cannot become {new_status.value}",
            reason="invalid_transition",
        )
    if new_status is S.WITHDRAWN and previous is S.HELD:
        waiting_list.release_seat(session, referral.batch_id, now)  # first claim: next
    if new_status is S.HIRED:
        _fill_position(session, referral.opening_id)
    if new_status in follow_ups.PLACED:  # in this transaction: no path can skip them
        follow_ups.schedule(session, [(referral.id, now)])
    session.flush()
    session.refresh(referral)
    audit.record(session, actor, "status", "referral", referral.id,
                 profile_id=referral.profile_id,
                 fields=["status"] + [name for name, value in (("note", note), (
                     "note_for_partner", note_for_partner)) if value is not None]
                 + (["reason"] if reason else []),
                 detail=f"{previous.value}->{new_status.value}"
                 + (f" reason={reason}" if reason else "")).at = now
    notify.status_changed(session, actor, referral, now)
    return referral


def _check_reason(new_status: ReferralStatus, reason: str | None) -> None:
    if reason is not None and reason not in REASONS.get(new_status, ()):
        raise Invalid(f"not a reason for {new_status.value}", reason="invalid_reason",
                      field_errors={"reason": ["Choose a reason from the list."]})


def withdraw_applications(
    session: Session, profile: Profile, actor: User | None, *, now: datetime
) -> list[int]:
    """Withdraw every live application (applied or interviewed) of a survivor whose consent to
    share has been withdrawn: an employer must not keep her in its pipeline. Seat holds and
    enrolments in courses are not applications and stay as they are. Each referral is moved by
    a conditional UPDATE (one that changed meanwhile, say to hired, is left alone) and audited.
    Returns the ids of the referrals withdrawn."""
    return _withdraw_each(session, profile, actor, now, LIVE_APPLICATIONS,
                          Referral.opening_id.is_not(None), CONSENT_REASON)


def withdraw_live(session: Session, profile: Profile, actor: User | None, *,
                  now: datetime) -> list[int]:
    """Withdraw every live referral of a survivor whose profile is closed: held seats go back to
    their batches, applications leave the employers' pipelines, enrolments end. Returns the ids
    of the referrals withdrawn (reason PROFILE_CLOSED)."""
    return _withdraw_each(session, profile, actor, now, tuple(S(s) for s in LIVE_STATUSES),
                          None, PROFILE_CLOSED)


def live_referrals(session: Session, profile: Profile) -> list[Referral]:
    """The survivor's live referrals (what closing her profile withdraws), oldest first."""
    return list(session.scalars(
        select(Referral).where(Referral.profile_id == profile.id,
                               Referral.status.in_(LIVE_STATUSES)).order_by(Referral.id)))


def _withdraw_each(session, profile, actor, now, statuses, only, reason) -> list[int]:
    session.flush()
    query = select(Referral.id, Referral.status, Referral.batch_id).where(
        Referral.profile_id == profile.id, Referral.status.in_(statuses))
    if only is not None:
        query = query.where(only)
    withdrawn = []
    for referral_id, status, batch_id in session.execute(query.order_by(Referral.id)).all():
        changed = session.execute(
            update(Referral)
            .where(Referral.id == referral_id, Referral.status == status)
            .values(status=S.WITHDRAWN, status_changed_at=now, updated_at=now,
                    hold_expires_at=None, reason=reason)
            .execution_options(synchronize_session=False)
        ).rowcount
        if changed != 1:
            continue
        withdrawn.append(referral_id)
        if status is S.HELD:
            waiting_list.release_seat(session, batch_id, now)  # first claim: next
        detail = (CONSENT_WITHDRAWN if reason == CONSENT_REASON
                  else f"{status.value}->withdrawn reason={reason}")
        audit.record(session, actor, "status", "referral", referral_id,
                     profile_id=profile.id, fields=["status"], detail=detail).at = now
    if withdrawn:  # copies already loaded in this session show the change
        session.scalars(select(Referral).where(Referral.id.in_(withdrawn))
                        .execution_options(populate_existing=True)).all()
    return withdrawn


def take_seat(session: Session, batch_id: int, today: date) -> bool:
    """Take one seat of an open batch, if one is left: one conditional UPDATE."""
    return session.execute(
        update(Batch)
        .where(Batch.id == batch_id, Batch.seats_taken < Batch.seats_total,
               Batch.closed.is_(False), Batch.application_deadline >= today)
        .values(seats_taken=Batch.seats_taken + 1)
        .execution_options(synchronize_session=False)
    ).rowcount == 1


def return_seat(session: Session, batch_id: int, seats: int = 1) -> None:
    """Give `seats` seats back to the batch in one UPDATE, never below none taken."""
    session.execute(
        update(Batch).where(Batch.id == batch_id, Batch.seats_taken > 0)
        .values(seats_taken=case((Batch.seats_taken > seats, Batch.seats_taken - seats),
                                 else_=0))
        .execution_options(synchronize_session=False)
    )


def _fill_position(session: Session, opening_id: int) -> None:
    filled = session.execute(
        update(Opening).where(Opening.id == opening_id,
                              Opening.positions_filled < Opening.positions)
        .values(positions_filled=Opening.positions_filled + 1)
        .execution_options(synchronize_session=False)
    ).rowcount
    if filled != 1:
        raise Conflict("every position of this opening is already filled", reason="no_capacity")


AGE_BANDS = ((18, "under 18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54"))


def age_band(age: int) -> str:
    for upper, label in AGE_BANDS:
        if age < upper:
            return label
    return "55+"


def anonymised_summary(
    session: Session, profile: Profile, infos: Mapping[str, TradeInfo] | None = None,
    completed: Sequence[str] | None = None,
) -> dict:
    """What a liaison or an employer may see: an age band, literacy, languages, the trades the
    survivor wants to work in (`trades`, from her interests) and has worked in (`skills`, from
    her experience), resolved to the taxonomy's names, and the courses she completed. Never the
    case reference, the exact age, the district or any free text she or her counselor wrote."""
    infos = trade_infos(session) if infos is None else infos

    def trade_names(resolved: list[dict] | None) -> list[str]:
        return sorted({infos[item["trade"]].name for item in resolved or ()
                       if item.get("trade") in infos})

    if completed is None:  # a list of summaries reads them for all its profiles at once
        completed = courses_completed(session, [profile.id]).get(profile.id, [])
    return {
        "age_band": age_band(profile.age),
        "literacy": profile.literacy.value,
        "languages": list(profile.languages),
        "trades": trade_names(profile.resolved_interests),
        "skills": trade_names(profile.resolved_experience),
        "courses_completed": list(completed),
    }


def candidate_summary(
    session: Session, partner: User, referral: Referral,
    infos: Mapping[str, TradeInfo] | None = None, completed: Sequence[str] | None = None,
) -> dict:
    """The anonymised summary of a referred survivor, as a liaison or an employer reads it; the
    read is audited."""
    summary = anonymised_summary(session, referral.profile, infos, completed)
    audit.record(session, partner, "read_summary", "referral", referral.id,
                 profile_id=referral.profile_id)
    return summary


def referred_candidates(session: Session, partner: User, limit: int = 100) -> list[tuple]:
    """The newest referrals a liaison or an employer may see, each with its anonymised summary;
    every summary read is audited."""
    referrals = session.scalars(
        select(Referral).where(access.scope(partner, Referral))
        .options(selectinload(Referral.profile))
        .order_by(Referral.id.desc()).limit(limit)
    ).all()
    infos = trade_infos(session)
    completed = courses_completed(session, [referral.profile_id for referral in referrals])
    return [(referral, candidate_summary(session, partner, referral, infos,
                                         completed.get(referral.profile_id, [])))
            for referral in referrals]
