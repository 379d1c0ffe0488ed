"""Job openings: a CSR partner posts, edits and closes her employer's; an admin reviews them.

Counselors and liaisons see published openings only; CSR partners their own; admins all.
"""
from __future__ import annotations

from flask.views import MethodView

from catalog import access
from catalog.models import Opening
from catalog.roles import Role
from catalog.services import openings as service
from catalog.services import publishing

from . import clock
from .auth import SIGNED_IN, current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.openings import (
    DismissIn,
    DismissOut,
    OpeningIn,
    OpeningListArgs,
    OpeningOut,
    OpeningPatch,
    ReviewIn,
)

blp = ApiBlueprint("openings", __name__, description="Job openings")


@blp.route("/openings")
class Openings(MethodView):
    @blp.operation(*SIGNED_IN, query=OpeningListArgs, paged=OpeningOut)
    def get(self, args):
        """List openings (newest first): CSR partners their own, admins all (`?status=
        pending_review` for the review queue), everyone else the published ones."""
        return service.openings_query(current_user(), **args)

    @blp.operation(Role.CSR_PARTNER, body=OpeningIn, status=201, answer=OpeningOut, commit=True)
    def post(self, data):
        """Post an opening of my employer. It is published at once only if the employer is
        verified and screening raised no flag; otherwise it waits for an admin's review."""
        session, user = get_session(), current_user()
        return service.create_opening(session, user.organisation, data, user, now=clock.now())


@blp.route("/openings/<int:opening_id>")
class OpeningById(MethodView):
    get = blp.read_one(Opening, OpeningOut)

    @blp.operation(Role.CSR_PARTNER, body=OpeningPatch(partial=True), answer=OpeningOut,
                   errors=(404, 409), commit=True)
    def patch(self, changes, opening_id):
        """Edit my employer's opening; it is screened again, so a published opening can go back
        to review. A closed or rejected opening cannot be edited (409)."""
        session, user = get_session(), current_user()
        opening = access.load(session, user, Opening, opening_id, write=True, for_update=True)
        service.update_opening(session, opening, changes, user, now=clock.now())
        return opening


@blp.route("/openings/<int:opening_id>/close")
class CloseOpening(MethodView):
    @blp.operation(Role.CSR_PARTNER, answer=OpeningOut, errors=(404, 409), commit=True)
    def post(self, opening_id):
        """Stop taking applications; closing twice is harmless, a rejected opening stays so."""
        session, user = get_session(), current_user()
        opening = access.load(session, user, Opening, opening_id, write=True)
        service.close_opening(session, opening, user, now=clock.now())
        return opening


@blp.route("/openings/<int:opening_id>/review")
class ReviewOpening(MethodView):
    @blp.operation(Role.ADMIN, body=ReviewIn, answer=OpeningOut, errors=(404, 409), commit=True)
    def post(self, data, opening_id):
        """Publish or reject an opening after reading its flags (screened again first).
        Publishing needs a verified employer (409 `employer_not_verified`), no hard flag left
        open (409 `hard_flags`, with `flags`), and a `note` when the opening has any flag (422
        `note_required`); a closed opening is past review (409)."""
        session, user = get_session(), current_user()
        opening = access.load(session, user, Opening, opening_id, write=True)
        service.review_opening(session, opening, data["decision"], data.get("note"), user,
                               now=clock.now())
        return opening


@blp.route("/openings/<int:opening_id>/flags/<string:code>/dismiss")
class DismissFlag(MethodView):
    @blp.operation(Role.ADMIN, body=DismissIn, answer=DismissOut, errors=(404, 409), commit=True)
    def post(self, data, opening_id, code):
        """Dismiss a hard flag as a false alarm, with a written reason. The first dismissal
        records; a second by another admin clears the flag (409 `second_admin_required` for the
        same admin twice). A dismissal holds for the text it was made on: when the employer
        rewords the opening and the flag is raised again, two admins dismiss it again. 422
        naming `code` for a flag the opening does not carry or a soft flag."""
        session, user = get_session(), current_user()
        opening = access.load(session, user, Opening, opening_id, write=True, for_update=True)
        flag = publishing.dismiss_flag(session, opening, code[:64], data["note"], user,
                                       clock.now())
        return {"opening_id": opening.id, "flag": flag,
                "hard_flags_open": [f["code"] for f in publishing.open_hard_flags(opening)]}
