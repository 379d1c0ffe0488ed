"""Organisations and users (admin only): create them, verify employers, issue a user's token once.

Every change here is audited by the service that makes it (catalog.services.accounts and
verification), as it is from the pages and the command line; a new user's token is answered once
and never stored in the clear.
"""
from __future__ import annotations

from flask.views import MethodView
from sqlalchemy import select

from catalog import access
from catalog.errors import Invalid, NotFound
from catalog.models import Organisation
from catalog.roles import Role
from catalog.services import accounts, verification
from catalog.services.employer_record import employer_record
from matcher.vocabulary import OrganisationKind

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.admin import (
    EmployerRecordOut,
    OrganisationIn,
    OrganisationListArgs,
    OrganisationOut,
    UserCreated,
    UserIn,
    VerificationIn,
    VerificationOut,
)

blp = ApiBlueprint("admin", __name__, description="Organisations and users (admin)")
NO_STORE = {"Cache-Control": "no-store"}  # the answer carries a bearer token


@blp.route("/organisations")
class Organisations(MethodView):
    @blp.operation(Role.ADMIN, query=OrganisationListArgs, paged=OrganisationOut)
    def get(self, args):
        """List organisations by name."""
        query = (select(Organisation).where(access.scope(current_user(), Organisation))
                 .order_by(Organisation.name, Organisation.id))
        if args.get("kind"):
            query = query.where(Organisation.kind == args["kind"])
        if args.get("verified") is not None:
            query = query.where(Organisation.verified.is_(args["verified"]))
        return query

    @blp.operation(Role.ADMIN, body=OrganisationIn, status=201, answer=OrganisationOut,
                   errors=(409,), commit=True)
    def post(self, data):
        """Create an organisation: an NGO, a training provider, an employer or the operator.
        Employers start unverified; their openings wait for review until they are verified."""
        session, user = get_session(), current_user()
        return accounts.create_organisation(session, data["name"], data["kind"], actor=user)


def _decide(organisation_id: int, note: str, verified: bool) -> dict:
    session, user = get_session(), current_user()
    organisation = access.load(session, user, Organisation, organisation_id, write=True)
    changed = verification.set_verification(session, organisation, verified, note, user,
                                             clock.now())
    session.commit()
    view = {name: getattr(organisation, name) for name in OrganisationOut().fields}
    return {**view, "openings_changed": changed}


@blp.route("/organisations/<int:organisation_id>/verify")
class VerifyOrganisation(MethodView):
    @blp.operation(Role.ADMIN, body=VerificationIn, answer=VerificationOut, errors=(404,))
    def post(self, data, organisation_id):
        """Verify an employer, with a note of what was checked (422 `not_an_employer` for any
        other kind; 422 naming `note` without one). Its live openings are screened again at
        once (`unverified_employer` goes); verifying twice is harmless."""
        return _decide(organisation_id, data["note"], True)


@blp.route("/organisations/<int:organisation_id>/unverify")
class UnverifyOrganisation(MethodView):
    @blp.operation(Role.ADMIN, body=VerificationIn, answer=VerificationOut, errors=(404,))
    def post(self, data, organisation_id):
        """Take back an employer's verification, with a note why. Its live openings are
        screened again at once: the published ones go back to review."""
        return _decide(organisation_id, data["note"], False)


@blp.route("/organisations/<int:organisation_id>/record")
class EmployerRecordView(MethodView):
    @blp.operation(Role.ADMIN, answer=EmployerRecordOut, errors=(404,))
    def get(self, organisation_id):
        """The employer's record: placements, 90-day retention, unsafe reports, wage paid
        against wage promised (counts only, never a survivor)."""
        session, user = get_session(), current_user()
        organisation = access.load(session, user, Organisation, organisation_id)
        if organisation.kind is not OrganisationKind.EMPLOYER:
            raise Invalid("only employers have a record", reason="not_an_employer")
        return employer_record(session, organisation.id).to_dict()


@blp.route("/users")
class Users(MethodView):
    @blp.operation(Role.ADMIN, body=UserIn, status=201, answer=UserCreated, errors=(409,),
                   commit=True)
    def post(self, data):
        """Create a user of an organisation whose kind fits the role (counselor: ngo,
        iti_liaison: provider, csr_partner: employer, admin: operator). The bearer token is in
        this answer only: it is stored as a digest and cannot be shown again."""
        session, user = get_session(), current_user()
        try:
            organisation = access.load(session, user, Organisation, data["organisation_id"])
        except NotFound:
            raise Invalid(
                f"organisation {data['organisation_id']} does not exist",
                field_errors={"organisation_id": ["No organisation has this id."]},
                reason="unknown_organisation",
            ) from None
        created, token = accounts.create_user(session, data["email"], organisation, data["role"],
                                              actor=user)
        return {"id": created.id, "token": token}, NO_STORE
