"""Counselor pages for cohort allocation: choose survivors and an intake's batches, read the
proposed assignment with its reasons, and apply it as seat holds.

The views call `catalog.services.allocations` exactly as the API's `/allocations` do (same
scoping, same audit, same errors); the form is read with the API's own input schemas.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from catalog import access
from catalog.errors import Conflict, DomainError, NotFound
from catalog.models import Profile
from catalog.queries import profiles as profile_list
from catalog.roles import Role
from catalog.services import allocations as service
from catalog.services.allocation_cohort import MAX_COHORT
from catalog.taxonomy import trade_infos

from .. import clock
from ..database import get_session
from ..schemas.allocations import AllocationIn
from . import errors, forms
from .forms import BOOL, CHOICES, DATE, FLOAT, LIST
from ..i18n import gettext as _
from ..i18n import ngettext
from .sessions import role_required, signed_in
from ..labels import N_

bp = errors.install(Blueprint("cohort", __name__))

# The batch filters, named as the API's `filters`, and the least score of a choice.
FILTER_FORM = {"trades": CHOICES, "districts": LIST, "starts_from": DATE, "starts_until": DATE}


@bp.route("/counselor/allocations/new", methods=["GET", "POST"])
@role_required(Role.COUNSELOR)
def new_allocation():
    """The form (GET); select all or none without JavaScript, or propose (POST)."""
    if request.method == "GET":
        return _form({"profile_ids": set(), "min_score": f"{service.MIN_SCORE:g}"}, {})
    action = request.form.get("action", "propose")
    if action in ("select_all", "select_none"):
        return _form(_shown_values(), {}, select_all=action == "select_all")
    db, user = get_session(), signed_in()
    body, errs = _read_form()
    if not errs:
        try:
            allocation = service.propose(
                db, user, profile_ids=body["profile_ids"], filters=body["filters"],
                min_score=body["min_score"], include_placed=body["include_placed"],
                now=clock.now())
            db.commit()
            return redirect(url_for("cohort.allocation", allocation_id=allocation.id))
        except DomainError as error:  # Invalid and NotFound name the field they refuse
            db.rollback()
            errs = _refusal(error)
    return _form(_shown_values(), errs, status=422)


def _form(values: dict[str, Any], errs: forms.Errors, status: int = 200,
          select_all: bool | None = None):
    """The form over the organisation's active profiles (each read audited, as on the home
    page); `select_all` checks every one (True) or none (False)."""
    db, user = get_session(), signed_in()
    profiles = profile_list.active_profiles(db, user, limit=MAX_COHORT,
                                            order=profile_list.BY_CASE_REF)
    if select_all is not None:
        values["profile_ids"] = {profile.id for profile in profiles} if select_all else set()
    trades = sorted(trade_infos(db).values(), key=lambda trade: trade.name.casefold())
    db.commit()
    return render_template("counselor/allocation_form.html", profiles=profiles, trades=trades,
                           values=values, errors=errs), status


def _shown_values() -> dict[str, Any]:
    """The form as sent, to show again."""
    shown: dict[str, Any] = {name: request.form.get(name, "")
                             for name in ("districts", "starts_from", "starts_until", "min_score")}
    shown["trades"] = request.form.getlist("trades")
    shown["include_placed"] = request.form.get("include_placed") == "on"
    shown["profile_ids"] = {number for raw in request.form.getlist("profile_ids")
                            if (number := forms.whole_number(raw)) is not None}
    return shown


def _read_form() -> tuple[dict[str, Any], forms.Errors]:
    """The API's body (`profile_ids`, `filters`, `min_score`, `include_placed`) from the form,
    through the API's schema, and the errors by field."""
    filters, errs = forms.read(request.form, FILTER_FORM)
    body: dict[str, Any] = {"filters": {name: value for name, value in filters.items() if value}}
    score, score_errs = forms.read(request.form, {"min_score": FLOAT, "include_placed": BOOL})
    body.update(score)
    errs.update(score_errs)
    raw_ids = request.form.getlist("profile_ids")
    profile_ids = [number for raw in raw_ids if (number := forms.whole_number(raw)) is not None]
    if len(profile_ids) < len(raw_ids):
        errs["profile_ids"] = [N_("Choose survivors from the list.")]
    if profile_ids:
        body["profile_ids"] = profile_ids
    # None chosen: the service says so and names the field, as it does to the API.
    loaded = forms.load(AllocationIn(partial=("profile_ids",)), body, errs, unnest=("filters",))
    loaded.setdefault("profile_ids", [])
    return loaded, errs


def _refusal(error: DomainError) -> forms.Errors:
    """The service's refusal by field. A profile not found (another organisation's, or gone)
    is named in `details` as the API shows it."""
    if isinstance(error, NotFound) and error.details.get("errors"):
        return forms.flatten(error.details["errors"].get("json", {}))
    return forms.domain_errors(error)


@bp.get("/counselor/allocations/<int:allocation_id>")
@role_required(Role.COUNSELOR)
def allocation(allocation_id: int):
    db, user = get_session(), signed_in()
    found = service.read(db, user, allocation_id)
    return _page(found)


@bp.post("/counselor/allocations/<int:allocation_id>/apply")
@role_required(Role.COUNSELOR)
def apply(allocation_id: int):
    db, user = get_session(), signed_in()
    try:
        applied = service.apply(db, user, allocation_id, now=clock.now(),
                                hold_days=current_app.config["HOLD_DAYS"])
        db.commit()
    except Conflict as error:  # stale or applied already: nothing was held
        db.rollback()
        message = _("Nothing was held: %(reason)s",
                    reason=forms.refusal(error))
        return _page(service.read(db, user, allocation_id), error=message, status=409)
    held = sum(1 for item in applied.items if item.referral_id is not None)
    flash(ngettext("Seat held for %(num)d survivor. Confirm it with the training centre.",
                   "Seats held for %(num)d survivors. Confirm them with the training centres.",
                   held), "success")
    return redirect(url_for("cohort.allocation", allocation_id=allocation_id))


def _page(allocation, error: str | None = None, status: int = 200):
    """The proposal as the API presents it, with each survivor's case reference."""
    db = get_session()
    shown = service.present(db, allocation)
    case_refs = _case_refs([item.profile_id for item in allocation.items])
    db.commit()
    return render_template("counselor/allocation.html", allocation=shown, case_refs=case_refs,
                           error=error), status


def _case_refs(profile_ids: list[int]) -> dict[int, str]:
    db, user = get_session(), signed_in()
    if not profile_ids:
        return {}
    return dict(db.execute(
        select(Profile.id, Profile.case_ref)
        .where(Profile.id.in_(profile_ids), access.scope(user, Profile))
    ).all())
