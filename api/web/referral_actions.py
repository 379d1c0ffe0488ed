"""The actions of the referral page (blueprint `casework`): a status change as the viewer's
role allows (a counselor withdraws with a reason, or marks a course enrolled, completed or
dropped out; a liaison marks enrolled, completed or dropped out; a CSR partner marks interview,
hired, or not selected with a reason) and a follow-up recorded by the counselor.

They read the form through the API's own schemas and call the API's services. Bad input shows
the referral page again with the message next to the field, and writes nothing.
"""
from __future__ import annotations

from flask import flash, redirect, request, url_for

from catalog import access
from catalog.errors import DomainError
from catalog.models import Referral
from catalog.roles import Role
from catalog.services import referrals as referral_service
from catalog.services import safety_reports
from matcher.vocabulary import ReferralStatus

from .. import clock
from ..i18n import gettext as _
from ..i18n import wording
from ..schemas.followups import FollowUpIn
from ..schemas.referrals import ReferralPatch
from . import errors, forms
from .casework import VIEWERS, bp, render_referral
from .sessions import load_signed_in, role_required

STATUS_FORM = {"status": forms.TEXT, "reason": forms.TEXT, "note": forms.TEXT}
NEEDS_REASON = (ReferralStatus.WITHDRAWN, ReferralStatus.NOT_SELECTED)
FOLLOW_UP_FORM = {"day": forms.INT, "outcome": forms.TEXT, "follow_up_note": forms.TEXT,
                  "wage_paid_inr_month": forms.INT}
ANSWERS = {"": None, "yes": True, "no": False}  # a question of the follow-up left unasked: ""
QUESTIONS = ("documents_with_her", "fees_taken", "wages_unpaid")


def _failed(db, user, referral_id: int, errs: dict, failed: str, status: int = 422):
    """The referral page again, the form's values kept, the message by its field of the form
    that `failed` ("status" or "follow_up")."""
    db.rollback()
    referral = access.load(db, user, Referral, referral_id)
    return render_referral(db, user, referral, errs, request.form.to_dict(), status, failed)


def _status_of(error: DomainError) -> int:
    """The HTTP status of a service's refusal, as the error pages give it (409, 422...)."""
    return next((code for kind, code in errors.STATUS_OF.items() if isinstance(error, kind)),
                400)


@bp.post("/referrals/<int:referral_id>/status")
@role_required(*VIEWERS)
def change_status(referral_id: int):
    db, user, referral = load_signed_in(Referral, referral_id)
    spec = STATUS_FORM if user.role is Role.COUNSELOR else {"status": forms.TEXT,
                                                            "reason": forms.TEXT}
    data, errs = forms.read(request.form, spec)
    if "status" not in data and not errs:
        errs = {"status": ["Missing value."]}
    loaded = forms.load(ReferralPatch(), data, errs) if not errs else {}
    if not errs and ReferralStatus(loaded["status"]) in NEEDS_REASON and not loaded.get("reason"):
        errs = {"reason": ["Choose a reason."]}
    if errs:
        return _failed(db, user, referral_id, errs, "status")
    try:
        referral_service.change_status(db, user, referral, loaded["status"], now=clock.now(),
                                       note=loaded.get("note"), reason=loaded.get("reason"))
        db.commit()
    except DomainError as error:
        return _failed(db, user, referral_id, forms.domain_errors(error), "status",
                       _status_of(error))
    flash(_("Referral %(id)s is now: %(status)s.", id=referral_id,
            status=wording().label("referral_status", loaded["status"])), "success")
    return redirect(url_for("casework.referral", referral_id=referral_id))


def _read_follow_up() -> tuple[dict, dict]:
    data, errs = forms.read(request.form, FOLLOW_UP_FORM)
    if "follow_up_note" in data:  # the page's name: the withdrawal form has its own note
        data["note"] = data.pop("follow_up_note")
    for name in QUESTIONS:
        raw = request.form.get(name, "")
        if raw not in ANSWERS:
            errs[name] = ["Choose yes, no or not known."]
        elif ANSWERS[raw] is not None:
            data[name] = ANSWERS[raw]
    if "day" not in data and "day" not in errs:
        errs["day"] = ["Choose a follow-up."]
    if "outcome" not in data:
        errs["outcome"] = ["Choose an outcome."]
    loaded = forms.load(FollowUpIn(), data, errs) if not errs else {}
    if "note" in errs:
        errs["follow_up_note"] = errs.pop("note")
    return loaded, errs


@bp.post("/referrals/<int:referral_id>/follow-ups")
@role_required(Role.COUNSELOR)
def record_follow_up(referral_id: int):
    db, user, _referral = load_signed_in(Referral, referral_id, write=True)
    loaded, errs = _read_follow_up()
    if errs:
        return _failed(db, user, referral_id, errs, "follow_up")
    try:
        follow_up, done = safety_reports.record_follow_up(
            db, user, referral_id, loaded["day"], loaded["outcome"], note=loaded.get("note"),
            now=clock.now(), **{name: loaded.get(name) for name in (
                "wage_paid_inr_month", *QUESTIONS)})
        db.commit()
    except DomainError as error:
        return _failed(db, user, referral_id, forms.domain_errors(error), "follow_up",
                       _status_of(error))
    flash(_("Day-%(day)s follow-up recorded: %(outcome)s.", day=follow_up.day,
            outcome=wording().label("follow_up_outcome", follow_up.outcome)), "success")
    if done.get("concerns"):
        flash(_("What she reported was passed on at once: the admins are told."), "info")
    return redirect(url_for("casework.referral", referral_id=referral_id) + "#follow-ups")
