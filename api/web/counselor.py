"""Counselor pages: my profiles, the profile form, the matches page (scores, reasons, near
misses, the pathway, a refer button, a summary to read aloud); notifications are
`api.web.notifications`.

Views go through `catalog.access` and the services exactly as the API's do, so every read of
survivor data is audited the same way.
"""
from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select

from catalog import access
from catalog.errors import DomainError
from catalog.geography import suggest_districts
from catalog.matching import active_schemes, match_profile
from catalog.models import Batch, Course, Opening, Profile, Scheme
from catalog.roles import Role
from catalog.services import profiles as profile_service
from catalog.services import publishing
from catalog.services import referrals as referral_service
from catalog.taxonomy import interest_resolver, trade_infos
from matcher.results import MatchResult
from matcher.vocabulary import Nationality

from .. import clock
from ..auth import SIGNED_IN
from ..database import get_session
from ..schemas.profiles import ProfileIn, ProfilePatch
from . import casework, errors, forms
from .forms import BOOL, CHOICES, FLOAT, INT, LIST, TEXT
from ..i18n import gettext as _
from ..i18n import wording
from . import read_aloud, waiting_pages
from .sessions import load_signed_in, role_required, signed_in
from .vocabulary import choices

bp = errors.install(Blueprint("counselor", __name__))

PROFILE_FORM = {
    "case_ref": TEXT, "age": INT, "gender": TEXT, "literacy": TEXT, "languages": CHOICES,
    "district": TEXT, "state": TEXT, "max_travel_km": FLOAT, "can_relocate": BOOL,
    "learning_mode": TEXT, "device": TEXT, "connectivity": BOOL, "interests": LIST,
    "experience": LIST, "documents": CHOICES, "income_urgency": TEXT, "avoid_districts": LIST,
    "consent_to_share": BOOL, "consent_by": TEXT,
}
PREFERENCES = ("women_only", "day_shift_only", "needs_residential")
# What scheme eligibility needs. A form sends unticked boxes as nothing, so these are read only
# when the form says it showed them (a hidden `shown` field per group): an edit through a form
# that does not show them keeps what is stored.
SCHEME_FACTS_FORM = {"nationality": TEXT, "awaiting_repatriation": BOOL}
SCHEMES_HELD_FORM = {"schemes_held": CHOICES}
BPL_CHOICES = {"yes": True, "no": False, "": None}
SUGGESTION_LIMIT = 8
MIN_TRADE_SCORE = 60.0  # as the API's /trades


@bp.get("/counselor")
@role_required(Role.COUNSELOR)
def home():
    db, user = get_session(), signed_in()
    listing, errs = casework.profile_listing(db, user, request.args.get("q", ""))
    db.commit()
    return render_template("counselor/home.html", errors=errs, **listing), 422 if errs else 200


def _form_values(profile: Profile | None) -> dict:
    if profile is None:
        return {"languages": [], "documents": [], "learning_mode": "any", "device": "none",
                "income_urgency": "medium", "max_travel_km": 10, "preferences": {},
                "nationality": Nationality.INDIA.value, "bpl": "", "schemes_held": []}
    values = {name: getattr(profile, name) for name in PROFILE_FORM}
    values["consent_by"] = profile.consent_by.value if profile.consent_by else ""
    values["preferences"] = {"women_only": profile.prefers_women_only,
                             "day_shift_only": profile.prefers_day_shift_only,
                             "needs_residential": profile.needs_residential}
    values["nationality"] = getattr(profile.nationality, "value", profile.nationality)
    values["awaiting_repatriation"] = bool(profile.awaiting_repatriation)
    values["bpl"] = next(code for code, bpl in BPL_CHOICES.items() if bpl is profile.bpl)
    values["schemes_held"] = list(profile.schemes_held or ())
    values["exploited_sector"] = profile.exploited_sector or ""
    values["return_to_sector_reason"] = profile.return_to_sector_reason or ""
    return values


def _read_profile_form(profile: Profile | None) -> tuple[dict, dict, dict]:
    """(what the schema accepted, the raw values to show again, errors by field). A new
    profile (`profile` None) is checked as the API's create, an edit as its patch."""
    data, errs = forms.read(request.form, PROFILE_FORM)
    data["preferences"] = {name: request.form.get(f"pref_{name}") == "on" for name in PREFERENCES}
    groups = set(request.form.getlist("shown"))
    if "scheme_facts" in groups:
        facts, facts_errs = forms.read(request.form, SCHEME_FACTS_FORM)
        data.update(facts)
        errs.update(facts_errs)
        bpl = request.form.get("bpl", "")
        if bpl in BPL_CHOICES:
            data["bpl"] = BPL_CHOICES[bpl]
        else:
            errs["bpl"] = ["Choose yes, no or not known."]
    if "sector" in groups:  # a blank select or reason is none
        for name in ("exploited_sector", "return_to_sector_reason"):
            data[name] = request.form.get(name, "").strip() or None
    if "schemes_held" in groups:
        held = forms.read(request.form, SCHEMES_HELD_FORM)[0]["schemes_held"]
        data["schemes_held"] = held + _held_but_not_offered(profile)
    shown = dict(data)
    shown.update({name: request.form.get(name, "") for name in ("interests", "experience",
                                                                  "avoid_districts", "bpl")})
    if not data["consent_to_share"]:
        data.pop("consent_by", None)
    schema = ProfileIn() if profile is None else ProfilePatch(partial=True)
    loaded = forms.load(schema, data, errs) if not errs else {}
    return loaded, shown, errs


def _held_but_not_offered(profile: Profile | None) -> list[str]:
    """Schemes she holds that the form has no box for (taken out of the catalogue since): an
    edit keeps them."""
    if profile is None:
        return []
    offered = {scheme.code for scheme in active_schemes(get_session())}
    return [code for code in profile.schemes_held or () if code not in offered]


def _render_form(profile: Profile | None, values: dict, errs: dict, status: int = 200,
                 **extra):
    """The form, with the active schemes to tick as already held."""
    words = wording()
    schemes = [(scheme.code, words.scheme(scheme.code, scheme.name))
               for scheme in active_schemes(get_session())]
    return render_template("counselor/profile_form.html", profile=profile, values=values,
                           errors=errs, choices=choices, schemes=schemes, **extra), status


def _saved(profile: Profile):
    flash(_("Profile %(case_ref)s saved.", case_ref=profile.case_ref), "success")
    return redirect(url_for("counselor.matches", profile_id=profile.id))


@bp.route("/profiles/new", methods=["GET", "POST"])
@role_required(Role.COUNSELOR)
def new_profile():
    if request.method == "GET":
        return _render_form(None, _form_values(None), {})
    db, user = get_session(), signed_in()
    data, shown, errs = _read_profile_form(None)
    if not errs:
        profile, errs = forms.save(db, lambda: profile_service.create_profile(
            db, user.organisation, data, user, now=clock.now()))
    if not errs:
        return _saved(profile)
    return _render_form(None, shown, errs, 422)


@bp.route("/profiles/<int:profile_id>/edit", methods=["GET", "POST"])
@role_required(Role.COUNSELOR)
def edit_profile(profile_id: int):
    db, user, profile = load_signed_in(Profile, profile_id, write=request.method == "POST")
    if request.method == "GET":
        profile_service.record_read(db, profile, user)
        page = _render_form(profile, _form_values(profile), {})
        db.commit()
        return page
    data, shown, errs = _read_profile_form(profile)
    if (not errs and profile.consent_to_share and data.get("consent_to_share") is False
            and request.form.get("confirm_consent") != "yes"):
        # Withdrawing consent says what it does first: the form again, to confirm.
        withdrawn = casework.consent_withdrawal(db, user, profile)
        profile_service.record_read(db, profile, user)
        db.commit()
        return _render_form(profile, shown, {}, consent_withdrawal=withdrawn)
    if not errs:
        errs = forms.save(db, lambda: profile_service.update_profile(
            db, profile, data, user, now=clock.now()))[1]
    if not errs:
        return _saved(profile)
    return _render_form(profile, shown, errs, 422)


@bp.get("/profiles/<int:profile_id>/matches")
@role_required(Role.COUNSELOR)
def matches(profile_id: int):
    db, user, profile = load_signed_in(Profile, profile_id)
    result = match_profile(db, user, profile, clock.now(), kind="all", limit=20,
                           near_misses=True)
    offers = _offers_named_in(db, user, result)
    referrals = casework.referrals_of(db, user, profile)
    trades = trade_infos(db)
    scheme_names = _scheme_names(db, result)
    screening = publishing.card_screening(db, offers["opening"].keys())
    waiting = waiting_pages.places_of(db, user, profile.id)
    db.commit()
    speak = read_aloud.choose_language(profile.languages or (), request.args.get("speak"))
    return render_template(
        "counselor/matches.html", profile=profile, result=result, offers=offers, trades=trades,
        referrals=referrals, summary=read_aloud.summary(result, offers, speak, scheme_names),
        speak=speak, speak_options=read_aloud.languages_for(profile.languages or ()),
        refer_target=refer_target, scheme_names=scheme_names, screening=screening,
        referred=casework.by_offer(referrals), waiting=waiting,
        waiting_batches={entry.batch_id for entry in waiting},
        waits_for_a_seat=waiting_pages.waits_for_a_seat,
        confirm=request.args.get("confirm", type=int),
    )


def _scheme_names(db, result: MatchResult) -> dict[str, str]:
    """The names of the schemes the pathways name, by code: read by code, and only when a
    pathway names one (match_profile has read the schemes' version already)."""
    codes = {step.scheme for match in result.matches for step in match.pathway
             if step.step == "scheme" and step.scheme}
    if not codes:
        return {}
    return dict(db.execute(select(Scheme.code, Scheme.name).where(Scheme.code.in_(codes))).all())


def _offers_named_in(db, user, result: MatchResult) -> dict:
    """The courses, batches and openings that the matches and their pathways name, each read
    through the user's scope (a counselor sees published openings only)."""
    course_ids, batch_ids, opening_ids = set(), set(), set()
    for item in (*result.matches, *result.near_misses):
        course_ids.add(item.course_id)
        batch_ids.add(item.batch_id)
        opening_ids.add(item.opening_id)
    for item in result.matches:
        for step in item.pathway:
            course_ids.add(step.course_id)
            batch_ids.add(step.batch_id)
            opening_ids.add(step.opening_id)

    def load(model, ids):
        ids = {i for i in ids if i is not None}
        if not ids:
            return {}
        rows = db.scalars(select(model).where(model.id.in_(ids), access.scope(user, model)))
        return {row.id: row for row in rows}

    return {"course": load(Course, course_ids), "batch": load(Batch, batch_ids),
            "opening": load(Opening, opening_ids)}


def refer_target(match) -> dict:
    """What the refer button asks for: the first course of the pathway (the bridge, when one is
    needed), else the opening itself."""
    for step in match.pathway:
        if step.step == "course" and step.batch_id is not None:
            return {"batch_id": step.batch_id, "course_id": step.course_id}
    if match.kind == "opening":
        return {"opening_id": match.opening_id}
    return {"batch_id": match.batch_id, "course_id": match.course_id}


@bp.post("/profiles/<int:profile_id>/refer")
@role_required(Role.COUNSELOR)
def refer(profile_id: int):
    db, user = get_session(), signed_in()
    batch_id = forms.whole_number(request.form.get("batch_id"))
    opening_id = forms.whole_number(request.form.get("opening_id"))
    try:
        referral = referral_service.refer(
            db, user, profile_id, batch_id=batch_id, opening_id=opening_id, now=clock.now(),
            hold_days=current_app.config["HOLD_DAYS"],
            confirm_flags=request.form.get("confirm_flags") == "yes")
        db.commit()
    except DomainError as error:
        db.rollback()
        if error.reason == "flags_unconfirmed":
            # The confirmation step: back to the card, its flags and the box to tick.
            flash(_("Not referred: read this job's flags and confirm."), "error")
            return redirect(url_for("counselor.matches", profile_id=profile_id,
                                    confirm=opening_id) + f"#match-opening-{opening_id}")
        flash(_("Not referred: %(reason)s",
                reason=forms.refusal(error)), "error")
        return redirect(url_for("counselor.matches", profile_id=profile_id))
    if referral.hold_expires_at is not None:
        flash(_("Referred: a seat is held until %(date)s. Confirm it with the training centre.",
                date=wording().datetime(referral.hold_expires_at)), "success")
    else:
        flash(_("Referred: the application was sent to the employer."), "success")
    return redirect(url_for("counselor.matches", profile_id=profile_id) + "#referrals")



@bp.get("/suggest/trades")
@role_required(*SIGNED_IN)  # every role's forms, as the API's reference data
def suggest_trades():
    """Trade suggestions as the person types (the API's /trades ranking, for the session)."""
    db = get_session()
    query = request.args.get("q", "").strip()[:80]
    trades = trade_infos(db)
    ranked = interest_resolver(db).search(query, limit=SUGGESTION_LIMIT,
                                          min_score=MIN_TRADE_SCORE) if query else []
    return jsonify([{"code": code, "name": trades[code].name} for code, _score in ranked
                    if code in trades])


@bp.get("/suggest/districts")
@role_required(*SIGNED_IN)  # every role's forms, as the API's reference data
def suggest_district_names():
    db = get_session()
    query = request.args.get("q", "").strip()[:80]
    found = suggest_districts(db, query, limit=SUGGESTION_LIMIT) if query else []
    return jsonify([{"name": s.name, "state": s.state} for s in found])
