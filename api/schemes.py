"""Government schemes: the catalogue (any signed-in user reads it; admins add and update
schemes as policy changes, audited) and what a survivor could claim (counselors, own
organisation's profiles, audited)."""
from __future__ import annotations

from flask.views import MethodView
from sqlalchemy import select

from catalog import access
from catalog.models import Profile, Scheme
from catalog.roles import Role
from catalog.services import schemes as service

from .auth import SIGNED_IN, current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.schemes import (
    EntitlementArgs,
    EntitlementsOut,
    SchemeIn,
    SchemeListArgs,
    SchemeOut,
    SchemePatch,
)

blp = ApiBlueprint("schemes", __name__, description="Government schemes and entitlements")


@blp.route("/schemes")
class Schemes(MethodView):
    @blp.operation(*SIGNED_IN, query=SchemeListArgs, paged=SchemeOut)
    def get(self, args):
        """The schemes catalogue by code, with each scheme's rules, documents and sources."""
        query = select(Scheme).where(access.scope(current_user(), Scheme)).order_by(Scheme.code)
        for name in ("kind", "level"):
            if args.get(name):
                query = query.where(getattr(Scheme, name) == args[name])
        if args.get("active") is not None:
            query = query.where(Scheme.active.is_(args["active"]))
        return query

    @blp.operation(Role.ADMIN, body=SchemeIn, status=201, answer=SchemeOut, errors=(409,),
                   commit=True)
    def post(self, data):
        """Add a scheme (409 `duplicate_scheme` if the code exists). Unknown states and
        prerequisites are refused, naming the field; nothing is written on any error."""
        session, user = get_session(), current_user()
        return service.create_scheme(session, data, user)


@blp.route("/schemes/<string:code>")
class SchemeByCode(MethodView):
    @blp.operation(Role.ADMIN, body=SchemePatch, answer=SchemeOut, errors=(404,), commit=True)
    def patch(self, changes, code):
        """Update a scheme when policy changes (`eligibility` fields given replace those
        stored; the others stay). `active: false` takes it out of every evaluation."""
        session, user = get_session(), current_user()
        scheme = access.load_scheme(session, user, code, write=True)
        service.update_scheme(session, scheme, changes, user)
        return scheme


@blp.route("/profiles/<int:profile_id>/schemes")
class ProfileSchemes(MethodView):
    @blp.operation(Role.COUNSELOR, query=EntitlementArgs, answer=EntitlementsOut, errors=(404,),
                   commit=True)
    def get(self, args, profile_id):
        """What the survivor could claim: each active scheme with its status (`eligible`,
        `eligible_after_documents`, `not_eligible`), the reasons, and for the schemes she can
        reach the pathway in order (documents, prerequisite schemes, the scheme)."""
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id)
        results = service.schemes_for_profile(session, user, profile, args.get("status"))
        return {"profile_id": profile.id, "schemes": [
            {**result.to_dict(), "level": result.scheme.level, "state": result.scheme.state,
             "kind": result.scheme.kind.value if result.scheme.kind else None,
             "benefit": result.scheme.benefit,
             "benefit_amount_inr": result.scheme.benefit_amount_inr}
            for result in results]}
