"""Waiting lists of batches: a survivor who missed a batch only for want of a seat waits on its
list; a seat that frees is held for the first in line as a claim for 48 hours (counselors, own
organisation's survivors; every read audited)."""
from __future__ import annotations

from flask import current_app
from flask.views import MethodView
from sqlalchemy.orm import selectinload

from catalog import access
from catalog.models import WaitingListEntry
from catalog.roles import Role
from catalog.services import referrals
from catalog.services import waiting_list as service

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import page_schema, paginate
from .schemas.referrals import ReferralCreated
from .schemas.waiting_list import WaitingEntryOut, WaitingListArgs, WaitingListIn

blp = ApiBlueprint("waiting_list", __name__,
                   description="Waiting lists of batches and first claims on freed seats")

WaitingPage = page_schema(WaitingEntryOut, "WaitingListPage")


def present(entry: WaitingListEntry) -> dict:
    return {"id": entry.id, "batch_id": entry.batch_id, "profile_id": entry.profile_id,
            "case_ref": entry.profile.case_ref if entry.profile else None,
            "status": entry.status.value, "claim_expires_at": entry.claim_expires_at,
            "offered_at": entry.offered_at, "referral_id": entry.referral_id,
            "skip_reason": entry.skip_reason, "created_at": entry.created_at,
            "status_changed_at": entry.status_changed_at}


@blp.route("/batches/<int:batch_id>/waiting-list")
class BatchWaitingList(MethodView):
    @blp.operation(Role.COUNSELOR, body=WaitingListIn, status=201, answer=WaitingEntryOut,
                   errors=(404, 409), commit=True)
    def post(self, data, batch_id):
        """Put a survivor on the batch's waiting list: every hard rule but the want of a seat
        must hold (422 `not_eligible` with blockers); a batch with a seat free is 409
        `seats_available` (refer her); twice is 409 `already_waiting`."""
        session, user = get_session(), current_user()
        entry = service.join(session, user, batch_id, data["profile_id"], now=clock.now())
        return present(entry)


@blp.route("/waiting-list")
class WaitingList(MethodView):
    @blp.operation(Role.COUNSELOR, query=WaitingListArgs, paged=True, answer=WaitingPage,
                   commit=True)
    def get(self, args, page, per_page):
        """The organisation's survivors on waiting lists (open entries unless `all`), each
        read audited; an `offered` entry holds a seat for her until `claim_expires_at`."""
        session, user = get_session(), current_user()
        query = service.entries_query(user, batch_id=args.get("batch_id"),
                                      open_only=not args.get("all", False))
        result = paginate(session, query.options(selectinload(WaitingListEntry.profile)),
                          page, per_page)
        service.audit_reads(session, user, result.items)
        result.items = [present(entry) for entry in result.items]
        return result


@blp.route("/waiting-list/<int:entry_id>")
class WaitingEntry(MethodView):
    @blp.operation(Role.COUNSELOR, answer=WaitingEntryOut, errors=(404, 409), commit=True)
    def delete(self, entry_id):
        """Take her off the list (status `left`); a seat held for her claim passes on. An
        entry that ended already is 409 `invalid_transition`."""
        session, user = get_session(), current_user()
        entry = service.leave(session, user, entry_id, now=clock.now())
        return present(entry)


@blp.route("/waiting-list/<int:entry_id>/claim")
class Claim(MethodView):
    @blp.operation(Role.COUNSELOR, status=201, answer=ReferralCreated, errors=(404, 409),
                   commit=True)
    def post(self, entry_id):
        """Turn her claim into a referral (POST /referrals with its checks; the seat held for
        her claim becomes the referral's hold). A lapsed claim is 409 `no_capacity` if no
        other seat is free."""
        session, user = get_session(), current_user()
        entry = access.load(session, user, WaitingListEntry, entry_id, write=True)
        return referrals.refer(session, user, entry.profile_id, batch_id=entry.batch_id,
                               now=clock.now(), hold_days=current_app.config["HOLD_DAYS"])


@blp.route("/waiting-list/<int:entry_id>/decline")
class Decline(MethodView):
    @blp.operation(Role.COUNSELOR, answer=WaitingEntryOut, errors=(404, 409), commit=True)
    def post(self, entry_id):
        """Decline the seat held for her claim: it passes to the next on the list."""
        session, user = get_session(), current_user()
        entry = service.decline(session, user, entry_id, now=clock.now())
        return present(entry)
