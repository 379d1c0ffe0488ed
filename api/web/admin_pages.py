"""Admin pages: the screening review queue, employer verification, the audit log and charts."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select

from datetime import date

from catalog import access
from catalog.errors import DomainError
from catalog.models import Opening, Organisation
from catalog.queries.audit import AuditFilter, actors, read_trail
from catalog.roles import Role
from catalog.services import openings as opening_service
from catalog.services import outcomes as outcome_service
from catalog.services import passwords, publishing, verification
from catalog.services.employer_record import employer_records
from catalog.taxonomy import trade_infos
from matcher.vocabulary import OpeningStatus, OrganisationKind

from .. import clock
from ..database import get_session
from ..labels import LABELS
from ..pagination import Page
from ..schemas.admin import MAX_ID
from ..schemas.admin import VerificationIn
from ..schemas.openings import DismissIn, ReviewIn
from . import charts, errors, forms
from ..i18n import gettext as _
from ..i18n import wording
from .sessions import load_signed_in, role_required, signed_in
from .vocabulary import choices

bp = errors.install(Blueprint("operator", __name__))
AUDIT_PER_PAGE = 50
AUDIT_FIELDS = ("actor", "action", "from", "to", "profile_id")
AUDIT_DATES = (date(2000, 1, 1), date(2100, 12, 31))  # the day after `to` stays in the calendar


def _home(errors: dict | None = None, status: int = 200):
    """The review queue; `errors` maps a form's key (`review-ID`, `dismiss-ID-CODE`,
    `verify-ID`) to its field errors, shown next to the field."""
    db, user = get_session(), signed_in()
    queue = list(db.scalars(opening_service.openings_query(
        user, status=OpeningStatus.PENDING_REVIEW.value).limit(200)))
    employers = {org.id: org for org in db.scalars(
        select(Organisation).where(access.scope(user, Organisation),
                                   Organisation.kind == OrganisationKind.EMPLOYER)
        .order_by(Organisation.verified, Organisation.name))}
    records = employer_records(db, {opening.employer_id for opening in queue})
    gates = {opening.id: {"flags": publishing.flag_views(opening),
                          "open": {f["code"] for f in publishing.open_hard_flags(opening)}}
             for opening in queue}
    page = render_template("admin/home.html", queue=queue, employers=employers,
                           trades=trade_infos(db), choices=choices, records=records,
                           gates=gates, errors=errors or {}, me=user.id)
    db.commit()
    return page, status


@bp.get("/admin")
@role_required(Role.ADMIN)
def home():
    return _home()


@bp.post("/admin/openings/<int:opening_id>/review")
@role_required(Role.ADMIN)
def review(opening_id: int):
    db, user, opening = load_signed_in(Opening, opening_id, write=True)
    problems: forms.Errors = {}
    data = forms.load(ReviewIn(), {"decision": request.form.get("decision", ""),
                                   "note": request.form.get("note") or None}, problems)
    if problems:
        return _home({f"review-{opening_id}": problems}, 422)
    try:
        opening_service.review_opening(db, opening, data["decision"], data.get("note"), user,
                                       now=clock.now())
        db.commit()
        flash(_("%(title)s: %(status)s.", title=opening.title,
                status=wording().label("opening_status", opening.status)), "success")
    except DomainError as error:
        db.rollback()
        if error.reason == "hard_flags":
            return _home({f"review-{opening_id}": {"_form": [
                forms.refusal(error)]}}, 409)
        return _home({f"review-{opening_id}": forms.domain_errors(error)},
                     409 if error.reason != "note_required" else 422)
    return redirect(url_for("operator.home"))


@bp.post("/admin/openings/<int:opening_id>/flags/<code>/dismiss")
@role_required(Role.ADMIN)
def dismiss(opening_id: int, code: str):
    db, user, opening = load_signed_in(Opening, opening_id, write=True, for_update=True)
    key = f"dismiss-{opening_id}-{code[:64]}"
    problems: forms.Errors = {}
    data = forms.load(DismissIn(), {"note": request.form.get("note") or ""}, problems)
    if problems:
        return _home({key: problems}, 422)
    try:
        flag = publishing.dismiss_flag(db, opening, code[:64], data["note"], user, clock.now())
        db.commit()
    except DomainError as error:
        db.rollback()
        return _home({key: forms.domain_errors(error)}, 422 if error.reason in (
            "note_required", "flag_not_raised", "not_a_hard_flag") else 409)
    label = wording().label("flag", code)
    flash(_("%(flag)s: cleared by two admins.", flag=label) if flag["cleared"]
          else _("%(flag)s: dismissal recorded; a second admin must agree.", flag=label),
          "success")
    return redirect(url_for("operator.home") + f"#review-{opening_id}")


@bp.post("/admin/organisations/<int:organisation_id>/verify")
@role_required(Role.ADMIN)
def verify(organisation_id: int):
    return _decide(organisation_id, True)


@bp.get("/admin/organisations/<int:organisation_id>/unverify")
@role_required(Role.ADMIN)
def unverify_form(organisation_id: int):
    """Withdrawing an employer's verification: what it does, and the note it needs."""
    return _unverify_page(organisation_id, {}, "")


def _unverify_page(organisation_id: int, problems: forms.Errors, note: str, status: int = 200):
    db, user, organisation = load_signed_in(Organisation, organisation_id)
    live = db.scalar(select(func.count()).select_from(opening_service.openings_query(
        user, status=OpeningStatus.PUBLISHED.value)
        .where(Opening.employer_id == organisation.id).subquery()))
    page = render_template("admin/unverify.html", organisation=organisation, errors=problems,
                           note=note, published=live)
    db.commit()
    return page, status


@bp.post("/admin/organisations/<int:organisation_id>/unverify")
@role_required(Role.ADMIN)
def unverify(organisation_id: int):
    return _decide(organisation_id, False)


def _decide(organisation_id: int, verified: bool):
    db, user, organisation = load_signed_in(Organisation, organisation_id, write=True)
    note = (request.form.get("note") or "")[:2000]

    def refused(problems: forms.Errors):
        if verified:
            return _home({f"verify-{organisation_id}": problems}, 422)
        return _unverify_page(organisation_id, problems, note, 422)

    problems: forms.Errors = {}
    data = forms.load(VerificationIn(), {"note": note}, problems)
    if problems:
        return refused(problems)
    try:
        verification.set_verification(db, organisation, verified, data["note"], user,
                                      clock.now())
        db.commit()
    except DomainError as error:
        db.rollback()
        return refused(forms.domain_errors(error))
    flash(_("%(name)s is verified.", name=organisation.name) if verified
          else _("%(name)s is no longer verified; its openings are back in review.",
                 name=organisation.name), "success")
    return redirect(url_for("operator.home") + "#employers")


@bp.get("/admin/audit")
@role_required(Role.ADMIN)
def audit_log():
    """The audit trail (catalog.queries.audit, as the API reads it), filtered by actor, action,
    India dates and profile; a bad filter is shown beside its field and nothing is read."""
    db, user = get_session(), signed_in()
    values = {name: request.args.get(name, "").strip()[:254] for name in AUDIT_FIELDS}
    wanted, problems = audit_filter(db, values)
    page = forms.page_number(request.args)
    result, people = None, {}
    if not problems:
        items, total = read_trail(db, user, wanted, page, AUDIT_PER_PAGE)
        result = Page(items=items, total=total, page=page, per_page=AUDIT_PER_PAGE)
        people = actors(db, user, items)
    db.commit()
    query = {name: value for name, value in values.items() if value}
    return render_template("admin/audit.html", page=result, actors=people, values=values,
                           query=query, errors=problems,
                           actions=choices.options("audit_action")), 422 if problems else 200


def audit_filter(db, values: dict[str, str]) -> tuple[AuditFilter, forms.Errors]:
    """The page's filter fields read into an AuditFilter, and the fields that are wrong."""
    problems: forms.Errors = {}
    found: dict = {}
    if values["actor"]:
        actor = passwords.find_user(db, values["actor"])
        if actor is None:
            problems["actor"] = [_("No user has this email.")]
        else:
            found["actor_user_id"] = actor.id
    if values["action"]:
        if values["action"] in LABELS["audit_action"]:
            found["action"] = values["action"]
        else:
            problems["action"] = [_("Choose one of the options.")]
    for name, field in (("from", "since"), ("to", "until")):
        if values[name]:
            try:
                found[field] = date.fromisoformat(values[name])
            except ValueError:
                problems[name] = [_("Enter a date as year-month-day, such as 2026-12-01.")]
            else:
                if not AUDIT_DATES[0] <= found[field] <= AUDIT_DATES[1]:
                    del found[field]
                    problems[name] = [_("Enter a date from %(first)s to %(last)s.",
                                        first=AUDIT_DATES[0].isoformat(),
                                        last=AUDIT_DATES[1].isoformat())]
    if found.get("since") and found.get("until") and found["until"] < found["since"]:
        problems["to"] = [_("Must not be before the first day.")]
    profile_id = values["profile_id"]
    if profile_id:
        number = forms.whole_number(profile_id, digits=100)
        if number is not None and 0 < number <= MAX_ID:
            found["profile_id"] = number
        else:
            problems["profile_id"] = [_("Enter a profile number.")]
    return AuditFilter(**found), problems


@bp.get("/admin/charts")
@role_required(Role.ADMIN)
def charts_page():
    """The outcomes report's referrals by stage and placements as bar charts: the admin is
    outside every organisation that owns survivors, so small counts are withheld as in the
    report (audited as a report read)."""
    db = get_session()
    report = outcome_service.outcomes_report(
        db, signed_in(), suppress_below=current_app.config["REPORT_SUPPRESS_BELOW"])
    db.commit()
    trades = trade_infos(db)
    stage = [(wording().label("referral_status", status),
              report.shown(count, "referrals_by_stage", status))
             for status, count in report.referrals_by_stage.items()]
    by_trade = [(wording().trade(code, trades[code].name if code in trades else None),
                 report.shown(count, "placements_by_trade", code))
                for code, count in report.placements_by_trade.items()]
    by_district = [(_("Remote") if name == outcome_service.UNKNOWN else name,
                    report.shown(count, "placements_by_district", name))
                   for name, count in report.placements_by_district.items()]
    threshold = report.suppression.threshold if report.suppression else None
    return render_template("admin/charts.html", threshold=threshold, charts=[
        charts.bar_chart(_("Referrals by stage"), stage),
        charts.bar_chart(_("Placements by trade"), by_trade),
        charts.bar_chart(_("Placements by district"), by_district),
    ])
