"""CSR partner pages: post and edit openings (screening flags shown with what to change), my
openings, the candidates referred to them (anonymised), and interview and hiring outcomes."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for

from catalog.errors import Conflict, DomainError
from catalog.models import Opening, Referral
from catalog.roles import Role
from catalog.services import openings as service
from catalog.services import referrals as referral_service
from catalog.services.candidates import referred_candidates
from catalog.taxonomy import trade_infos

from .. import clock
from ..database import get_session
from ..schemas.openings import OpeningIn, OpeningPatch
from . import errors, flag_advice, forms
from .forms import BOOL, CHOICES, DATE, INT, TEXT
from ..i18n import gettext as _
from ..i18n import wording
from .sessions import load_signed_in, role_required, signed_in
from .vocabulary import choices

bp = errors.install(Blueprint("partner", __name__))

OPENING_FORM = {
    "title": TEXT, "trade": TEXT, "description": TEXT, "min_literacy": TEXT,
    "languages": CHOICES, "work_mode": TEXT, "district": TEXT, "state": TEXT,
    "wage_inr_month": INT, "shift": TEXT, "positions": INT, "women_only": BOOL,
    "accommodation": BOOL, "min_age": INT, "documents_required": CHOICES, "closes_on": DATE,
}
OUTCOMES = ("interviewed", "hired", "not_selected")


@bp.get("/partner")
@role_required(Role.CSR_PARTNER)
def home():
    db, user = get_session(), signed_in()
    openings = list(db.scalars(service.openings_query(user).limit(200)))
    candidates = referred_candidates(db, user)
    db.commit()
    return render_template("partner/home.html", openings=openings, candidates=candidates,
                           trades=trade_infos(db))


def _values(opening: Opening | None) -> dict:
    if opening is None:
        return {"languages": [], "documents_required": [], "min_age": 18, "shift": "day",
                "work_mode": "on_site", "positions": 1}
    return {name: getattr(opening, name) for name in OPENING_FORM}


def _render_form(opening, values, errs, status=200):
    db = get_session()
    trades = sorted(trade_infos(db).values(), key=lambda t: t.name.casefold())
    advice = flag_advice.advice(opening) if opening is not None else []
    return render_template("partner/opening_form.html", opening=opening, values=values,
                           errors=errs, choices=choices, trades=trades, advice=advice), status


def _save_opening(opening: Opening | None):
    """Post (opening None) or edit an opening from the posted form (screened as it is saved);
    on any error nothing is written and the form comes back with each message beside its
    field."""
    db, user = get_session(), signed_in()
    data, errs = forms.read(request.form, OPENING_FORM)
    schema = OpeningIn() if opening is None else OpeningPatch(partial=True)
    loaded = forms.load(schema, data, errs) if not errs else {}
    if not errs:
        saved, errs = forms.save(db, lambda: (
            service.create_opening(db, user.organisation, loaded, user, now=clock.now())
            if opening is None
            else service.update_opening(db, opening, loaded, user, now=clock.now())))
    if not errs:
        return redirect(url_for("partner.opening", opening_id=(opening or saved).id))
    return _render_form(opening, data, errs, 422)


@bp.route("/openings/new", methods=["GET", "POST"])
@role_required(Role.CSR_PARTNER)
def new_opening():
    return forms.form_page(None, _values, _render_form, _save_opening)


@bp.get("/openings/<int:opening_id>")
@role_required(Role.CSR_PARTNER)
def opening(opening_id: int):
    db, user, found = load_signed_in(Opening, opening_id)
    return render_template("partner/opening.html", opening=found, trades=trade_infos(db),
                           choices=choices, advice=flag_advice.advice(found))


@bp.route("/openings/<int:opening_id>/edit", methods=["GET", "POST"])
@role_required(Role.CSR_PARTNER)
def edit_opening(opening_id: int):
    found = load_signed_in(Opening, opening_id, write=True,
                           for_update=request.method == "POST")[2]
    if found.status not in service.LIVE:  # closed or rejected: frozen, not a form (409 page)
        raise Conflict(f"a {found.status.value} opening cannot be changed",
                       reason=f"opening_{found.status.value}")
    return forms.form_page(found, _values, _render_form, _save_opening)


@bp.post("/openings/<int:opening_id>/close")
@role_required(Role.CSR_PARTNER)
def close_opening(opening_id: int):
    db, user, found = load_signed_in(Opening, opening_id, write=True)
    try:
        service.close_opening(db, found, user, now=clock.now())
        db.commit()
        flash(_("Opening closed: it takes no new applications."), "success")
    except DomainError as error:
        db.rollback()
        flash(forms.refusal(error), "error")
    return redirect(url_for("partner.opening", opening_id=opening_id))


@bp.post("/partner/referrals/<int:referral_id>/outcome")
@role_required(Role.CSR_PARTNER)
def record_outcome(referral_id: int):
    db, user, referral = load_signed_in(Referral, referral_id)
    outcome = request.form.get("status", "")
    if outcome not in OUTCOMES:
        flash(_("Choose an outcome."), "error")
        return redirect(url_for("partner.home") + "#candidates")
    try:
        referral_service.change_status(
            db, user, referral, outcome, now=clock.now(),
            reason=request.form.get("reason") if outcome == "not_selected" else None)
        db.commit()
        flash(_("Outcome recorded: %(outcome)s.", outcome=wording().label("referral_status",
                                                                       outcome)), "success")
    except DomainError as error:
        db.rollback()
        forms.flash_refusal(error)
    return redirect(url_for("partner.home") + "#candidates")
