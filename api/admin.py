"""Organisations and users (admin only): create them, verify employers, issue a user's token once.

Every change here is audited; a new user's token is answered once and never stored in the clear.
"""
from __future__ import annotations

from flask.views import MethodView
from sqlalchemy import select

from catalog import access, audit
from catalog.errors import Invalid, NotFound
from catalog.models import Organisation
from catalog.services import accounts
from matcher.vocabulary import Role

from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import PageArgs, page_schema, paginate
from .schemas.admin import (
    OrganisationIn,
    OrganisationListArgs,
    OrganisationOut,
    UserCreated,
    UserIn,
)

blp = ApiBlueprint("admin", __name__, url_prefix="/api/v1",
                   description="Organisations and users (admin)")

OrganisationPage = page_schema(OrganisationOut, "OrganisationPage")
NO_STORE = {"Cache-Control": "no-store"}  # the answer carries a bearer token


@blp.route("/organisations")
class Organisations(MethodView):
    @blp.auth(Role.ADMIN)
    @blp.arguments(OrganisationListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, OrganisationPage)
    def get(self, args, page, per_page):
        """List organisations by name."""
        session, user = get_session(), current_user()
        query = (select(Organisation).where(access.scope(user, Organisation))
                 .order_by(Organisation.name, Organisation.id))
        if args.get("kind"):
            query = query.where(Organisation.kind == args["kind"])
        if args.get("verified") is not None:
            query = query.where(Organisation.verified.is_(args["verified"]))
        return paginate(session, query, page, per_page)

    @blp.auth(Role.ADMIN)
    @blp.arguments(OrganisationIn)
    @blp.response(201, OrganisationOut)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, data):
        """Create an organisation: an NGO, a training provider, an employer or the operator.
        Employers start unverified; their openings wait for review until they are verified."""
        session, user = get_session(), current_user()
        organisation = accounts.create_organisation(session, data["name"], data["kind"])
        audit.record(session, user, "create", "organisation", organisation.id,
                     fields=data.keys(), detail=f"kind {organisation.kind.value}")
        session.commit()
        return organisation


@blp.route("/organisations/<int:organisation_id>/verify")
class VerifyOrganisation(MethodView):
    @blp.auth(Role.ADMIN)
    @blp.response(200, OrganisationOut)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, organisation_id):
        """Verify an employer (422 `not_an_employer` for any other kind); verifying twice is
        harmless."""
        session, user = get_session(), current_user()
        organisation = access.load(session, user, Organisation, organisation_id, write=True)
        accounts.verify_employer(session, organisation)
        audit.record(session, user, "verify", "organisation", organisation.id,
                     fields=["verified"])
        session.commit()
        return organisation


@blp.route("/users")
class Users(MethodView):
    @blp.auth(Role.ADMIN)
    @blp.arguments(UserIn)
    @blp.response(201, UserCreated)
    @blp.alt_response(409, response="CONFLICT")
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
        created, token = accounts.create_user(session, data["email"], organisation, data["role"])
        audit.record(session, user, "create", "user", created.id, fields=data.keys(),
                     detail=f"role {created.role.value} in organisation {organisation.id}")
        session.commit()
        return {"id": created.id, "token": token}, NO_STORE
