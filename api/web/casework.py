"""Casework after a referral, in the pages: the counselor's profile list (live referrals,
follow-ups due, search by case reference), a profile's page, a referral's page for every role
(its history and the actions that fit its state and the viewer's role) and closing a profile.

Every object is loaded through `catalog.access`, so another organisation's is a 404 page; every
read of survivor data is audited as the API audits it. The actions themselves are in
`referral_actions`, on the same blueprint.
"""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog import access, audit
from catalog.errors import DomainError
from catalog.jobs import follow_ups as follow_up_jobs
from catalog.models import Batch, FollowUpOutcome, Profile, Referral
from catalog.queries import profiles as profile_list
from catalog.roles import Role
from catalog.services import casework as service
from catalog.services import follow_ups as follow_up_service
from catalog.services import profiles as profile_service
from catalog.services import referrals as referral_service
from catalog.services.candidates import candidate_summary
from catalog.services.profiles import CLOSE_REASONS
from catalog.services.referrals import NOT_SELECTED_REASONS, WITHDRAW_REASONS
from matcher.vocabulary import ProfileStatus, ReferralStatus

from .. import clock
from ..i18n import gettext as _
from ..i18n import wording
from ..schemas.profiles import ProfileClose
from . import errors, forms
from .sessions import load_signed_in, role_required

bp = errors.install(Blueprint("casework", __name__))

VIEWERS = (Role.COUNSELOR, Role.ITI_LIAISON, Role.CSR_PARTNER)
LIST_LIMIT = 200
# A Refer button gives way to the referral's state unless the offer may be referred afresh.
REFERABLE_AGAIN = (ReferralStatus.WITHDRAWN, ReferralStatus.EXPIRED)


def profile_listing(db, user, raw_query: str) -> tuple[dict, dict]:
    """What the counselor's home shows: her active profiles (or those a search by case reference
    finds), each with its live referrals and its follow-ups due; every read is audited. Returns
    (the template's values, errors by field)."""
    errs: dict = {}
    try:
        query = service.check_case_ref_query(raw_query)
    except DomainError as error:
        query, errs = "", forms.domain_errors(error)
    profiles = profile_list.find_profiles(db, user, query, limit=LIST_LIMIT)
    active = [p for p in profiles if p.status is ProfileStatus.ACTIVE]
    pending = follow_up_service.pending_by_profile(db, user, [p.id for p in active],
                                                   clock.now())
    live = service.live_by_profile(db, user, active)
    values = {"profiles": profiles, "pending": pending, "live": live,
              "q": raw_query.strip()[:200], "searched": bool(query)}
    return values, errs


def options(kind: str, codes) -> list[tuple[str, str]]:
    """(code, its name in the page's language) for a select."""
    words = wording()
    return [(code, words.label(kind, code)) for code in codes]


def by_offer(referrals) -> dict[tuple[str, int], Referral]:
    """The newest referral to each offer that may not be referred afresh, for the matches
    page: ("batch", id) or ("opening", id) -> referral."""
    found: dict[tuple[str, int], Referral] = {}
    for referral in sorted(referrals, key=lambda r: r.id):
        key = ("batch", referral.batch_id) if referral.batch_id else ("opening",
                                                                     referral.opening_id)
        if referral.status in REFERABLE_AGAIN:
            found.pop(key, None)
        else:
            found[key] = referral
    return found


def referrals_of(db, user, profile: Profile) -> list[Referral]:
    """Her referrals, newest first, their offers loaded with them; each read is audited."""
    referrals = list(db.scalars(
        select(Referral).where(Referral.profile_id == profile.id, access.scope(user, Referral))
        .options(selectinload(Referral.batch).selectinload(Batch.course),
                 selectinload(Referral.opening))
        .order_by(Referral.id.desc())))
    for referral in referrals:
        audit.record(db, user, "list", "referral", referral.id, profile_id=profile.id)
    return referrals


@bp.get("/profiles/<int:profile_id>")
@role_required(Role.COUNSELOR)
def profile(profile_id: int):
    db, user, found = load_signed_in(Profile, profile_id)
    profile_service.record_read(db, found, user)
    referrals = referrals_of(db, user, found)
    pending = follow_up_service.pending_by_profile(db, user, [found.id], clock.now())
    db.commit()
    return render_template("casework/profile.html", profile=found, referrals=referrals,
                           pending=pending.get(found.id, []))


def render_referral(db, user, referral: Referral, errs: dict | None = None,
                    values: dict | None = None, status: int = 200, failed: str = ""):
    """The referral page: its history and the actions that fit; the reads are audited (a
    counselor's as a read of the referral and of its follow-ups, a partner's with the
    anonymised summary, as the API's)."""
    follow_ups, candidate = [], None
    if user.role is Role.COUNSELOR:
        audit.record(db, user, "read", "referral", referral.id, profile_id=referral.profile_id)
        follow_ups = follow_up_jobs.follow_ups_of(db, user, referral.id)
    else:
        candidate = candidate_summary(db, user, referral)
    today = clock.today()
    due = [(str(f.day), _("Day %(day)s, due %(date)s", day=f.day,
                          date=wording().date(f.due_on)))
           for f in follow_ups if f.outcome is None and (f.due_on <= today or f.reason)]
    page = render_template(
        "casework/referral.html", referral=referral, candidate=candidate,
        history=service.referral_history(db, referral), follow_ups=follow_ups, due=due,
        moves=service.possible_moves(user, referral), errors=errs or {}, values=values or {},
        withdraw_reasons=options("withdraw_reason", WITHDRAW_REASONS),
        not_selected_reasons=options("not_selected_reason", NOT_SELECTED_REASONS),
        outcomes=options("follow_up_outcome", [o.value for o in FollowUpOutcome]),
        failed=failed)
    db.commit()
    return page, status


@bp.get("/referrals/<int:referral_id>")
@role_required(*VIEWERS)
def referral(referral_id: int):
    return render_referral(*load_signed_in(Referral, referral_id))


@bp.route("/profiles/<int:profile_id>/close", methods=["GET", "POST"])
@role_required(Role.COUNSELOR)
def close_profile(profile_id: int):
    """Closing says first what it will do (which referrals are withdrawn, which seats go back),
    then does it when the counselor confirms with a reason."""
    db, user, found = load_signed_in(Profile, profile_id, write=request.method == "POST")
    errs: dict = {}
    values = {"reason": request.form.get("reason", ""), "note": request.form.get("note", "")}
    if request.method == "POST":
        data, errs = forms.read(request.form, {"reason": forms.TEXT, "note": forms.TEXT})
        loaded = forms.load(ProfileClose(), data, errs) if not errs else {}
        if not errs and not loaded.get("reason"):
            errs = {"reason": ["Choose a reason."]}
        if not errs:
            errs = forms.save(db, lambda: profile_service.close_profile(
                db, found, user, now=clock.now(), reason=loaded["reason"],
                note=loaded.get("note")))[1]
        if not errs:
            flash(_("Profile %(case_ref)s closed.", case_ref=found.case_ref), "success")
            return redirect(url_for("casework.profile", profile_id=found.id))
    profile_service.record_read(db, found, user)
    live = live_referrals(db, user, found)
    page = render_template("casework/close.html", profile=found, live=live, errors=errs,
                           values=values, reasons=options("close_reason", CLOSE_REASONS))
    db.commit()
    return page, 422 if errs else 200


def live_referrals(db, user, profile: Profile) -> list[Referral]:
    """Her live referrals, each read audited."""
    live = referral_service.live_referrals(db, profile)
    for referral in live:
        audit.record(db, user, "list", "referral", referral.id, profile_id=profile.id)
    return live


def consent_withdrawal(db, user, profile: Profile) -> list[Referral]:
    """What withdrawing her consent will withdraw: her live applications (the edit form shows
    them and asks to confirm before it saves); each read audited."""
    return [r for r in live_referrals(db, user, profile)
            if r.opening_id is not None and r.status in referral_service.LIVE_APPLICATIONS]

