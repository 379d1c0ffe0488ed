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
from .pagination import Page, PageArgs, page_schema
from .schemas.profiles import ProfileClose, ProfileIn, ProfileListArgs, ProfileOut, ProfilePatch

blp = ApiBlueprint("profiles", __name__, url_prefix="/api/v1", description="Survivor profiles")

ProfilePage = page_schema(ProfileOut, "ProfilePage")



@blp.route("/profiles")
class Profiles(MethodView):
    @blp.auth(Role.COUNSELOR)
    @blp.arguments(ProfileListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, ProfilePage)
    def get(self, args, page, per_page):
        """List my organisation's profiles (newest first)."""
        session, user = get_session(), current_user()
        items, total = profile_list.read_page(session, user, status=args.get("status") or None,
                                              page=page, per_page=per_page)
        session.commit()
        return Page(items=items, total=total, page=page, per_page=per_page)

    @blp.auth(Role.COUNSELOR)
    @blp.arguments(ProfileIn)
    @blp.response(201, ProfileOut)
    @blp.alt_response(409, response="CONFLICT")
    def post(self, data):
        """Create a profile: no names, phone numbers or ID numbers, only what matching needs."""
        session, user = get_session(), current_user()
        profile = service.create_profile(session, user.organisation, data, user,
                                         now=clock.now())
        session.commit()
        return profile


@blp.route("/profiles/<int:profile_id>")
class ProfileById(MethodView):
    @blp.auth(Role.COUNSELOR)
    @blp.response(200, ProfileOut)
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, profile_id):
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id)
        service.record_read(session, profile, user)
        session.commit()
        return profile

    @blp.auth(Role.COUNSELOR)
    @blp.arguments(ProfilePatch(partial=True))
    @blp.response(200, ProfileOut)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def patch(self, changes, profile_id):
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id, write=True)
        service.update_profile(session, profile, changes, user, now=clock.now())
        session.commit()
        return profile

    @blp.auth(Role.COUNSELOR)
    @blp.arguments(ProfileClose, required=False)
    @blp.response(204)
    @blp.alt_response(404, response="NOT_FOUND")
    def delete(self, data, profile_id):
        """Close the profile: it stops matching, every live referral is withdrawn (held seats
        are released) and consent ends; retention anonymises it later. An optional body gives
        the `reason` (a code) and a `note`."""
        session, user = get_session(), current_user()
        profile = access.load(session, user, Profile, profile_id, write=True)
        service.close_profile(session, profile, user, now=clock.now(), reason=data.get("reason"),
                              note=data.get("note"))
        session.commit()
