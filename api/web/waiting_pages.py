"""The waiting list in the counselor's pages (blueprint `casework`): a near miss that fails only
for want of a seat can be put on its batch's waiting list; her places on lists show on her
matches page, and a first claim offered to her is taken (a referral, with the refer path's
checks) or declined there. The same services as the API (catalog.services.waiting_list)."""
from __future__ import annotations

from flask import current_app, flash, redirect, request, url_for
from sqlalchemy.orm import selectinload

from catalog import access
from catalog.errors import DomainError
from catalog.models import Batch, Profile, WaitingListEntry
from catalog.roles import Role
from catalog.services import referrals as referral_service
from catalog.services import waiting_list
from matcher.vocabulary import Blocker

from .. import clock
from ..database import get_session
from ..i18n import gettext as _
from . import forms
from .casework import bp
from .sessions import load_signed_in, role_required, signed_in

ONLY_FOR_A_SEAT = frozenset({Blocker.NO_CAPACITY.value})


def waits_for_a_seat(miss) -> bool:
    """A near miss she may wait for: a course batch she misses only for want of a seat."""
    return (miss.kind == "course" and miss.batch_id is not None
            and {str(blocker.code) for blocker in miss.blockers} == ONLY_FOR_A_SEAT)


def places_of(db, user, profile_id: int) -> list[WaitingListEntry]:
    """Her open places on waiting lists (read audited, as every read of survivor data)."""
    found = list(db.scalars(waiting_list.entries_query(user).where(
        WaitingListEntry.profile_id == profile_id).options(
            selectinload(WaitingListEntry.batch).selectinload(Batch.course))))
    waiting_list.audit_reads(db, user, found)
    return found


def _back(profile_id: int):
    return redirect(url_for("counselor.matches", profile_id=profile_id) + "#waiting")


@bp.post("/profiles/<int:profile_id>/waiting-list")
@role_required(Role.COUNSELOR)
def join_waiting_list(profile_id: int):
    db, user, profile = load_signed_in(Profile, profile_id)
    batch_id = request.form.get("batch_id", "")
    if not batch_id.isascii() or not batch_id.isdigit() or len(batch_id) > 12:
        flash(_("Not done: choose a batch from the list."), "error")
        return _back(profile.id), 303
    try:
        waiting_list.join(db, user, int(batch_id), profile.id, now=clock.now())
        db.commit()
        flash(_("She is on the waiting list: when a seat frees, she has the first claim and "
                "you are told."), "success")
    except DomainError as error:
        db.rollback()
        forms.flash_refusal(error)
    return _back(profile.id), 303


def _entry_action(entry_id: int, act):
    """`act(db, user)` on her waiting-list entry `entry_id` loads it (once) and answers it with
    what to flash; a refusal is flashed instead. Back to her matches page either way; an entry
    she may not change is a 404 page."""
    db, user = get_session(), signed_in()
    try:
        entry, message = act(db, user)
    except DomainError as error:
        db.rollback()
        # Which page to go back to: read on a refusal alone (NotFound for another's entry).
        entry = access.load(db, user, WaitingListEntry, entry_id, write=True)
        forms.flash_refusal(error)
    else:
        db.commit()
        flash(message, "success")
    return _back(entry.profile_id), 303


def _entry_step(entry_id: int, step, message: str):
    """A waiting-list service `step` (decline, leave), which loads her entry; `message` once
    done."""
    return _entry_action(entry_id, lambda db, user: (step(db, user, entry_id, now=clock.now()),
                                                     message))


@bp.post("/waiting-list/<int:entry_id>/claim")
@role_required(Role.COUNSELOR)
def claim_seat(entry_id: int):
    def act(db, user):
        entry = access.load(db, user, WaitingListEntry, entry_id, write=True)
        referral_service.refer(db, user, entry.profile_id, batch_id=entry.batch_id,
                               now=clock.now(),
                               hold_days=current_app.config["HOLD_DAYS"])
        return entry, _("Referred: the seat of her claim is held for her.")
    return _entry_action(entry_id, act)


@bp.post("/waiting-list/<int:entry_id>/decline")
@role_required(Role.COUNSELOR)
def decline_seat(entry_id: int):
    return _entry_step(entry_id, waiting_list.decline,
                       _("Claim declined: the seat passes to the next on the list."))


@bp.post("/waiting-list/<int:entry_id>/leave")
@role_required(Role.COUNSELOR)
def leave_waiting_list(entry_id: int):
    return _entry_step(entry_id, waiting_list.leave, _("Taken off the waiting list."))
