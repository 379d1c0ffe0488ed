"""Survivor profiles (counselors, own organisation only). Every read and change is audited."""
from __future__ import annotations

from flask.views import MethodView

from catalog import access
from catalog.models import Profile
from catalog.queries import profiles as profile_list
from catalog.roles import Role
from catalog.services import profiles as service

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import Page, page_schema
from .schemas.profiles import ProfileClose, ProfileIn, ProfileListArgs, ProfileOut, ProfilePatch

blp = ApiBlueprint("profiles", __name__, description="Survivor profiles")

ProfilePage = page_schema(ProfileOut, "ProfilePage")



@blp.route("/profiles")
class Profiles(MethodView):
    @blp.operation(Role.COUNSELOR, query=ProfileListArgs, paged=True, answer=ProfilePage,
                   commit=True)
    def get(self, args, page, per_page):
        """List my organisation's profiles (newest first)."""
        session, user = get_session(), current_user()
        items, total = profile_list.read_page(session, user, status=args.get("status") or None,
                                              page=page, per_page=per_page)
        return Page(items=items, total=total, page=page, per_page=per_page)

    @blp.operation(Role.COUNSELOR, body=ProfileIn, status=201, answer=ProfileOut, errors=(409,),
                   commit=True)
    def post(self, data):
        """Create a profile: no names, phone numbers or ID numbers, only what matching needs."""
        session, user = get_session(), current_user()
        return service.create_profile(session, user.organisation, data, user, now=clock.now())


@blp.route("/profiles/<int:profile_id>")
class ProfileById(MethodView):
    @blp.operation(Role.COUNSELOR, answer=ProfileOut, errors=(404,), commit=True)
    def get(self, profile_id):
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id)
        service.record_read(session, profile, user)
        return profile

    @blp.operation(Role.COUNSELOR, body=ProfilePatch(partial=True), answer=ProfileOut,
                   errors=(404, 409), commit=True)
    def patch(self, changes, profile_id):
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id, write=True)
        service.update_profile(session, profile, changes, user, now=clock.now())
        return profile

    @blp.operation(Role.COUNSELOR, body=ProfileClose, body_required=False, status=204,
                   errors=(404,), commit=True)
    def delete(self, data, profile_id):
        """Close the profile: it stops matching, every live referral is withdrawn (held seats
        are released) and consent ends; retention anonymises it later. An optional body gives
        the `reason` (a code) and a `note`."""
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id, write=True)
        service.close_profile(session, profile, user, now=clock.now(), reason=data.get("reason"),
                              note=data.get("note"))
