"""ITI liaison pages: my courses (created and edited with every field the matcher reads) and
batches, seats edited in place, batches closed, uploaded and downloaded as CSV, and the
referrals to my batches (anonymised) with enrolment to confirm. A course or batch of another
provider is a 404 (`catalog.access`)."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for

from catalog.errors import DomainError
from catalog.models import Batch, Course, Referral
from catalog.roles import Role
from catalog.services import courses as service
from catalog.services import referrals as referral_service
from catalog.services.candidates import referred_candidates
from catalog.taxonomy import trade_infos

from .. import clock
from ..database import get_session
from ..schemas.courses import BatchPatch, CourseIn, CoursePatch
from . import batch_csv, errors, forms
from .forms import BOOL, CHOICES, FLOAT, INT, TEXT
from .vocabulary import choices
from ..i18n import gettext as _
from ..i18n import ngettext
from .sessions import load_signed_in, role_required, signed_in
from ..labels import N_

bp = errors.install(Blueprint("liaison", __name__))


@bp.get("/liaison")
@role_required(Role.ITI_LIAISON)
def home():
    db, user = get_session(), signed_in()
    courses = list(db.scalars(service.courses_query(provider_id=user.organisation_id)))
    candidates = referred_candidates(db, user)
    db.commit()
    return render_template("liaison/home.html", courses=courses, candidates=candidates,
                           trades=trade_infos(db))


COURSE_FORM = {
    "title": TEXT, "trade": TEXT, "min_literacy": TEXT, "languages": CHOICES, "mode": TEXT,
    "district": TEXT, "state": TEXT, "duration_weeks": INT, "fee_inr": INT,
    "stipend_inr_month": INT, "residential": BOOL, "women_only": BOOL, "min_age": INT,
    "max_age": INT, "documents_required": CHOICES, "raises_literacy_to": TEXT,
    "placement_percent": FLOAT, "active": BOOL,
}
# Left empty, these are cleared (the schema takes None); the others are left out.
CLEARABLE = ("district", "state", "max_age", "raises_literacy_to", "placement_rate")


def _course_values(course: Course | None) -> dict:
    if course is None:
        return {"languages": [], "documents_required": [], "min_age": 14, "mode": "in_person",
                "fee_inr": 0, "stipend_inr_month": 0, "active": True}
    values = {name: getattr(course, name) for name in COURSE_FORM if hasattr(course, name)}
    if course.placement_rate is not None:
        values["placement_percent"] = round(course.placement_rate * 100, 1)
    return values


def _read_course(form) -> tuple[dict, dict, forms.Errors]:
    """The form as the schema's data (the placement share typed as a percentage)."""
    data, errs = forms.read(form, COURSE_FORM)
    percent = data.pop("placement_percent", None)
    if percent is not None:
        if 0 <= percent <= 100:
            data["placement_rate"] = round(percent / 100, 4)
        else:
            errs["placement_percent"] = [_("Enter a number from %(min)s to %(max)s.",
                                           min=0, max=100)]
    for name in CLEARABLE:
        if name not in data and name not in errs:
            data[name] = None
    shown = dict(data, placement_percent=percent)
    return data, shown, errs


def _render_course_form(course, values, errs, status=200):
    trades = sorted(trade_infos(get_session()).values(), key=lambda t: t.name.casefold())
    return render_template("liaison/course_form.html", course=course, values=values,
                           errors=errs, choices=choices, trades=trades), status


def _save_course(course: Course | None):
    """Create (course None) or change a course from the posted form; on any error nothing is
    written and the form comes back with each message beside its field."""
    db, user = get_session(), signed_in()
    data, shown, errs = _read_course(request.form)
    schema = CourseIn() if course is None else CoursePatch(partial=True)
    loaded = forms.load(schema, data, errs) if not errs else {}
    if "placement_rate" in errs:
        errs["placement_percent"] = errs.pop("placement_rate")
    if not errs:
        saved, errs = forms.save(db, lambda: (
            service.create_course(db, user.organisation, loaded, user) if course is None
            else service.update_course(db, course, loaded, user)))
    if not errs:
        flash(_("Course saved."), "success")
        return redirect(url_for("liaison.home") + f"#course-{(course or saved).id}")
    return _render_course_form(course, shown, errs, 422)


@bp.route("/liaison/courses/new", methods=["GET", "POST"])
@role_required(Role.ITI_LIAISON)
def new_course():
    return forms.form_page(None, _course_values, _render_course_form, _save_course)


@bp.route("/liaison/courses/<int:course_id>/edit", methods=["GET", "POST"])
@role_required(Role.ITI_LIAISON)
def edit_course(course_id: int):
    course = load_signed_in(Course, course_id, write=True)[2]
    return forms.form_page(course, _course_values, _render_course_form, _save_course)


@bp.post("/batches/<int:batch_id>/close")
@role_required(Role.ITI_LIAISON)
def close_batch(batch_id: int):
    db, user, batch = load_signed_in(Batch, batch_id, write=True)
    held = service.close_batch(db, batch, user)
    db.commit()
    flash(_("Batch closed: it takes no new referrals.") + " " + ngettext(
        "%(num)d seat held already stays held until enrolment is confirmed or the hold ends.",
        "%(num)d seats held already stay held until enrolment is confirmed or the hold ends.",
        held), "success")
    return redirect(url_for("liaison.home") + f"#batch-{batch_id}")


@bp.post("/batches/<int:batch_id>/seats")
@role_required(Role.ITI_LIAISON)
def set_seats(batch_id: int):
    db, user, batch = load_signed_in(Batch, batch_id, write=True)
    data, problems = forms.read(request.form, {"seats_total": forms.INT})
    changes = forms.load(BatchPatch(partial=True), data, problems) if not problems else {}
    if "seats_total" not in changes and not problems:
        problems = {"seats_total": [N_("Missing value.")]}
    if problems:
        flash(_("Seats not changed: %(reason)s", reason="; ".join(problems["seats_total"])),
              "error")
        return redirect(url_for("liaison.home") + f"#batch-{batch_id}")
    try:
        service.update_batch(db, batch, changes, user, now=clock.now())
        db.commit()
        flash(_("Seats saved: %(total)s in all, %(available)s free.", total=batch.seats_total,
                available=batch.seats_available), "success")
    except DomainError as error:
        db.rollback()
        flash(_("Seats not changed: %(reason)s",
                reason=forms.refusal(error)), "error")
    return redirect(url_for("liaison.home") + f"#batch-{batch_id}")


def _render_upload(result, status=200):
    db, user = get_session(), signed_in()
    course = db.scalar(service.courses_query(provider_id=user.organisation_id).limit(1))
    example = (course.id, course.title) if course is not None else None
    today = clock.today()
    db.rollback()
    return render_template("liaison/upload.html", result=result, columns=batch_csv.COLUMNS,
                           example=example, start=today + timedelta(days=45),
                           deadline=today + timedelta(days=30)), status


@bp.route("/liaison/batches/upload", methods=["GET", "POST"])
@role_required(Role.ITI_LIAISON)
def upload():
    if request.method == "GET":
        return _render_upload(None)
    db, user = get_session(), signed_in()
    file = request.files.get("file")
    if file is None or not file.filename:
        result = batch_csv.ImportResult([], [batch_csv.RowError(0, "", N_("Choose a CSV file."))])
    else:
        result = batch_csv.import_batches(db, user, file.read(), now=clock.now())
    if result.errors:
        return _render_upload(result, 422)
    db.commit()
    flash(ngettext("%(num)d batch added.", "%(num)d batches added.", len(result.created))
          + " " + ngettext("%(num)d batch updated.", "%(num)d batches updated.",
                           len(result.updated or [])), "success")
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
    db, user, referral = load_signed_in(Referral, referral_id)
    try:
        referral_service.change_status(db, user, referral, "enrolled", now=clock.now())
        db.commit()
        flash(_("Enrolment confirmed."), "success")
    except DomainError as error:
        db.rollback()
        forms.flash_refusal(error)
    return redirect(url_for("liaison.home") + "#referrals")
