"""Referrals (seat holds and applications) and the matches they come from."""
from __future__ import annotations

from flask import current_app
from flask_smorest import abort
from flask.views import MethodView
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog import access, audit
from catalog.matching import match_profile
from catalog.models import Profile, Referral
from catalog.queries.courses_completed import courses_completed
from catalog.roles import Role
from catalog.services import publishing
from catalog.services import referrals as service
from catalog.services.candidates import candidate_summary
from catalog.taxonomy import trade_infos

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .i18n import wording
from .match_json import match_json
from .pagination import page_schema, paginate
from .schemas.referrals import (
    MatchArgs,
    MatchesOut,
    ReferralCreated,
    ReferralIn,
    ReferralListArgs,
    ReferralOut,
    ReferralPatch,
)

blp = ApiBlueprint("referrals", __name__, description="Matches and referrals")

ReferralPage = page_schema(ReferralOut, "ReferralPage")
PARTNERS = (Role.ITI_LIAISON, Role.CSR_PARTNER)


def present(session, user, referral: Referral, infos=None, completed=None) -> dict:
    """A counselor sees her own survivor's referral; a partner sees an anonymised summary
    (`infos`: the trades' names, and `completed`: the courses each profile completed, read once
    for a page of referrals)."""
    view = {
        "id": referral.id,
        "batch_id": referral.batch_id,
        "opening_id": referral.opening_id,
        "status": referral.status.value,
        "hold_expires_at": referral.hold_expires_at,
        "created_at": referral.created_at,
        "status_changed_at": referral.status_changed_at,
        "note_for_partner": referral.note_for_partner,
        "reason": referral.reason,
    }
    if user.role is Role.COUNSELOR:
        view.update(profile_id=referral.profile_id, case_ref=referral.profile.case_ref,
                    note=referral.note)
    else:
        view["candidate"] = candidate_summary(
            session, user, referral, infos,
            None if completed is None else completed.get(referral.profile_id, []))
    return view


@blp.route("/profiles/<int:profile_id>/matches")
class Matches(MethodView):
    @blp.auth(Role.COUNSELOR)
    @blp.arguments(MatchArgs, location="query")
    @blp.response(200, MatchesOut)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, args, profile_id):
        """Eligible offers, best first, with reasons and pathways; near misses on request."""
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id)
        result = match_profile(session, user, profile, clock.now(), kind=args["kind"],
                               limit=args["limit"], near_misses=args["near_misses"])
        view = publishing.annotate_cards(session, result.to_dict())
        session.commit()
        # MatchesOut's dump, written by hand (api/match_json.py): the schema stays the contract
        return current_app.json.response(match_json(view, wording()))


@blp.route("/referrals")
class Referrals(MethodView):
    @blp.operation(Role.COUNSELOR, *PARTNERS, query=ReferralListArgs, paged=True,
                   answer=ReferralPage, commit=True)
    def get(self, args, page, per_page):
        """Counselors: their organisation's referrals; liaisons: those to their batches; CSR
        partners: those to their openings, of survivors who consented, as anonymised summaries."""
        session, user = get_session(), current_user()
        if user.role is not Role.COUNSELOR and args.get("profile_id") is not None:
            # A filter naming a survivor is for her counselor's organisation alone: answering it
            # would tell a partner which internal profile ids are its candidates.
            abort(422, message="profile_id is a filter for counselors only.",
                  errors={"query": {"profile_id": ["A filter for the survivor's counselor "
                                                   "only."]}})
        query = (select(Referral).where(access.scope(user, Referral))
                 .options(selectinload(Referral.profile)).order_by(Referral.id.desc()))
        for name in ("status", "batch_id", "opening_id", "profile_id"):
            if args.get(name) is not None:
                query = query.where(getattr(Referral, name) == args[name])
        result = paginate(session, query, page, per_page)
        if user.role is Role.COUNSELOR:  # partners' reads are audited with each summary
            for referral in result.items:
                audit.record(session, user, "list", "referral", referral.id,
                             profile_id=referral.profile_id)
        infos = completed = None
        if user.role is not Role.COUNSELOR:
            infos = trade_infos(session)
            completed = courses_completed(session, [r.profile_id for r in result.items])
        result.items = [present(session, user, referral, infos, completed)
                        for referral in result.items]
        return result

    @blp.operation(Role.COUNSELOR, body=ReferralIn, status=201, answer=ReferralCreated,
                   errors=(404, 409), commit=True)
    def post(self, data):
        """Refer a survivor: a seat is held at once on a batch; an opening needs consent."""
        session, user = get_session(), current_user()
        referral = service.refer(
            session, user, data["profile_id"], batch_id=data.get("batch_id"),
            opening_id=data.get("opening_id"), now=clock.now(),
            hold_days=current_app.config["HOLD_DAYS"],
            confirm_flags=data.get("confirm_flags", False),
        )
        return referral


@blp.route("/referrals/<int:referral_id>")
class ReferralById(MethodView):
    @blp.operation(Role.COUNSELOR, *PARTNERS, answer=ReferralOut, errors=(404,), commit=True)
    def get(self, referral_id):
        session, user = get_session(), current_user()
        referral = access.load(session, user, Referral, referral_id)
        if user.role is Role.COUNSELOR:
            audit.record(session, user, "read", "referral", referral.id,
                         profile_id=referral.profile_id)
        return present(session, user, referral)

    @blp.operation(Role.COUNSELOR, *PARTNERS, body=ReferralPatch, answer=ReferralOut,
                   errors=(404, 409), commit=True)
    def patch(self, data, referral_id):
        """Counselor: withdrawn, enrolled, completed, dropped; liaison: enrolled, completed,
        dropped; CSR partner: interviewed, hired, not_selected. `reason` says why a referral is
        withdrawn or not selected (a code)."""
        session, user = get_session(), current_user()
        referral = access.load(session, user, Referral, referral_id)
        service.change_status(session, user, referral, data["status"], now=clock.now(),
                              note=data.get("note"),
                              note_for_partner=data.get("note_for_partner"),
                              reason=data.get("reason"))
        return present(session, user, referral)

