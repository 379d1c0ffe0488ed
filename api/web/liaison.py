"""ITI liaison pages: my courses and batches, seats edited in place, batches uploaded and
downloaded as CSV, and the referrals to my batches (anonymised) with enrolment to confirm."""
from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for

from catalog import access
from catalog.errors import DomainError
from catalog.models import Batch, Referral
from catalog.services import courses as service
from catalog.services import referrals as referral_service
from catalog.taxonomy import trade_infos
from matcher.vocabulary import Role

from .. import clock
from ..database import get_session
from ..schemas.courses import BatchPatch
from . import batch_csv, errors, forms
from ..i18n import gettext as _
from ..i18n import ngettext, wording
from .sessions import role_required, signed_in
from ..labels import N_

bp = errors.install(Blueprint("liaison", __name__))


@bp.get("/liaison")
@role_required(Role.ITI_LIAISON)
def home():
    db, user = get_session(), signed_in()
    courses = list(db.scalars(service.courses_query(provider_id=user.organisation_id)))
    candidates = referral_service.referred_candidates(db, user)
    db.commit()
    return render_template("liaison/home.html", courses=courses, candidates=candidates,
                           trades=trade_infos(db))


@bp.post("/batches/<int:batch_id>/seats")
@role_required(Role.ITI_LIAISON)
def set_seats(batch_id: int):
    db, user = get_session(), signed_in()
    batch = access.load(db, user, Batch, batch_id, write=True)
    data, problems = forms.read(request.form, {"seats_total": forms.INT})
    changes = forms.load(BatchPatch(partial=True), data, problems) if not problems else {}
    if "seats_total" not in changes and not problems:
        problems = {"seats_total": [N_("Missing value.")]}
    if problems:
        flash(_("Seats not changed: %(reason)s", reason="; ".join(problems["seats_total"])),
              "error")
        return redirect(url_for("liaison.home") + f"#batch-{batch_id}")
    try:
        service.update_batch(db, batch, changes, user)
        db.commit()
        flash(_("Seats saved: %(total)s in all, %(available)s free.", total=batch.seats_total,
                available=batch.seats_available), "success")
    except DomainError as error:
        db.rollback()
        flash(_("Seats not changed: %(reason)s",
                reason=wording().error(error.reason, error.details, error.message)), "error")
    return redirect(url_for("liaison.home") + f"#batch-{batch_id}")


@bp.route("/liaison/batches/upload", methods=["GET", "POST"])
@role_required(Role.ITI_LIAISON)
def upload():
    if request.method == "GET":
        return render_template("liaison/upload.html", result=None, columns=batch_csv.COLUMNS)
    db, user = get_session(), signed_in()
    file = request.files.get("file")
    if file is None or not file.filename:
        result = batch_csv.ImportResult([], [batch_csv.RowError(0, "", N_("Choose a CSV file."))])
    else:
        result = batch_csv.import_batches(db, user, file.read())
    if result.errors:
        return render_template("liaison/upload.html", result=result,
                               columns=batch_csv.COLUMNS), 422
    db.commit()
    flash(ngettext("%(num)d batch added.", "%(num)d batches added.", len(result.created)),
          "success")
    return redirect(url_for("liaison.home"))


@bp.get("/liaison/batches.csv")
@role_required(Role.ITI_LIAISON)
def download():
    db, user = get_session(), signed_in()
    body = batch_csv.export_batches(db, user)
    db.commit()
    return Response(body, mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=batches.csv", "Cache-Control": "no-store"})


@bp.post("/liaison/referrals/<int:referral_id>/enrol")
@role_required(Role.ITI_LIAISON)
def enrol(referral_id: int):
    db, user = get_session(), signed_in()
    referral = access.load(db, user, Referral, referral_id)
    try:
        referral_service.change_status(db, user, referral, "enrolled", now=clock.now())
        db.commit()
        flash(_("Enrolment confirmed."), "success")
    except DomainError as error:
        db.rollback()
        flash(error.message, "error")
    return redirect(url_for("liaison.home") + "#referrals")
