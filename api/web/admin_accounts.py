"""Admin pages for organisations and users: create them, and give a person a one-time
set-password link (a new user at once; an existing one who forgot hers on request).

The forms go through the API's own schemas (OrganisationIn, UserIn) and the same services, which
audit what they do; an error is shown beside its field and nothing is written. A link is shown
once, on the answer to the POST that made it (never cached), for the admin to copy and send.
"""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select

from catalog import access
from catalog.errors import DomainError, NotFound
from catalog.models import Organisation, PasswordLink, User
from catalog.roles import Role
from catalog.services import accounts, password_links

from .. import clock
from ..database import get_session
from ..i18n import LANGUAGES
from ..i18n import gettext as _
from ..pagination import paginate
from ..schemas.admin import OrganisationIn, UserIn
from . import errors, forms
from .sessions import role_required, signed_in
from .vocabulary import choices

bp = errors.install(Blueprint("admin_accounts", __name__))
USERS_PER_PAGE = 50
ORGANISATION_FORM = {"name": forms.TEXT, "kind": forms.TEXT}
USER_FORM = {"email": forms.TEXT, "organisation_id": forms.INT, "role": forms.TEXT}
NO_STORE = {"Cache-Control": "no-store"}  # the page carries a set-password link


def _service_errors(error: DomainError) -> forms.Errors:
    """A refusal of the account services, beside the field it concerns."""
    if error.reason == "duplicate_name":
        return {"name": [_("An organisation of this name exists already.")]}
    if error.reason == "duplicate_email":
        return {"email": [_("A user with this email exists already.")]}
    return forms.domain_errors(error)


def _organisations(db, user) -> list[Organisation]:
    return list(db.scalars(select(Organisation).where(access.scope(user, Organisation))
                           .order_by(Organisation.kind, Organisation.name).limit(1000)))


@bp.get("/admin/organisations")
@role_required(Role.ADMIN)
def organisations():
    return _organisations_page({}, {})


def _organisations_page(values: dict, problems: forms.Errors, status: int = 200):
    db, user = get_session(), signed_in()
    people = dict(db.execute(select(User.organisation_id, func.count(User.id))
                             .where(access.scope(user, User))
                             .group_by(User.organisation_id)).all())
    page = render_template("admin/organisations.html", organisations=_organisations(db, user),
                           people=people, values=values, errors=problems,
                           kinds=choices.options("organisation_kind"))
    db.commit()
    return page, status


@bp.post("/admin/organisations")
@role_required(Role.ADMIN)
def create_organisation():
    db, user = get_session(), signed_in()
    data, problems = forms.read(request.form, ORGANISATION_FORM)
    values = {name: request.form.get(name, "") for name in ORGANISATION_FORM}
    data = forms.load(OrganisationIn(), data, problems)
    if problems:
        return _organisations_page(values, problems, 422)
    try:
        organisation = accounts.create_organisation(db, data["name"], data["kind"], actor=user)
        db.commit()
    except DomainError as error:
        db.rollback()
        return _organisations_page(values, _service_errors(error), 422)
    flash(_("%(name)s is created. Now add its people.", name=organisation.name), "success")
    return redirect(url_for("admin_accounts.users", organisation_id=organisation.id))


@bp.get("/admin/users")
@role_required(Role.ADMIN)
def users():
    wanted = request.args.get("organisation_id", "")
    number = forms.whole_number(wanted)
    values = {"organisation_id": number} if number is not None else {}
    return _users_page(values, {})


def _users_page(values: dict, problems: forms.Errors, status: int = 200):
    db, user = get_session(), signed_in()
    page = forms.page_number(request.args)
    listed = paginate(db, select(User).where(access.scope(user, User))
                      .order_by(User.organisation_id, User.email), page, USERS_PER_PAGE)
    pending = set(db.scalars(select(PasswordLink.user_id).where(
        PasswordLink.user_id.in_([person.id for person in listed.items]),
        PasswordLink.used_at.is_(None), PasswordLink.revoked_at.is_(None),
        PasswordLink.expires_at > clock.now())))
    organisations = _organisations(db, user)
    html = render_template("admin/users.html", listed=listed, pending=pending,
                           organisation_options=[(o.id, _option(o)) for o in organisations],
                           names={o.id: o.name for o in organisations},
                           values=values, errors=problems, roles=choices.options("role"),
                           languages=[(code, spec["name"]) for code, spec in LANGUAGES.items()])
    db.commit()
    return html, status


def _option(organisation: Organisation) -> str:
    kind = choices.label("organisation_kind", organisation.kind)
    return f"{organisation.name} ({kind})"


def _read_user_form(db, user) -> tuple[dict, Organisation | None, forms.Errors]:
    data, problems = forms.read(request.form, USER_FORM)
    data = forms.load(UserIn(), data, problems)
    language = request.form.get("language", "")
    if language and language not in LANGUAGES:
        problems["language"] = [_("Choose one of the options.")]
    organisation = None
    if "organisation_id" in data:
        try:
            organisation = access.load(db, user, Organisation, data["organisation_id"])
        except NotFound:
            problems["organisation_id"] = [_("Choose one of the options.")]
    return {**data, "language": language or None}, organisation, problems


@bp.post("/admin/users")
@role_required(Role.ADMIN)
def create_user():
    """A new user and her first set-password link, in one transaction."""
    db, user = get_session(), signed_in()
    values = {name: request.form.get(name, "") for name in (*USER_FORM, "language")}
    if (number := forms.whole_number(values["organisation_id"])) is not None:
        values["organisation_id"] = number
    data, organisation, problems = _read_user_form(db, user)
    if problems:
        db.rollback()
        return _users_page(values, problems, 422)
    try:
        created, _token = accounts.create_user(db, data["email"], organisation, data["role"],
                                               language=data["language"], actor=user)
        link = password_links.issue_link(db, created, user, clock.now())
        db.commit()
    except DomainError as error:
        db.rollback()
        return _users_page(values, _service_errors(error), 422)
    return _link_page(created, link, new=True)


@bp.post("/admin/users/<int:user_id>/password-link")
@role_required(Role.ADMIN)
def issue_link(user_id: int):
    """A new set-password link for a person who has none or forgot hers; her earlier links stop
    working, her open sessions stay until she sets the new password."""
    db, admin = get_session(), signed_in()
    person = access.load(db, admin, User, user_id, write=True)
    try:
        link = password_links.issue_link(db, person, admin, clock.now())
        db.commit()
    except DomainError:
        db.rollback()
        flash(_("A deactivated person gets no link."), "error")
        return redirect(url_for("admin_accounts.users"))
    return _link_page(person, link, new=False)


def _link_page(person: User, token: str, *, new: bool):
    url = url_for("account.set_password", token=token, _external=True)
    hours = int(password_links.LIFETIME.total_seconds() // 3600)
    return render_template("admin/password_link.html", person=person, url=url, new=new,
                           hours=hours), 200, NO_STORE
