"""Follow-ups 30, 90 and 180 days after a survivor is enrolled or hired (counselors, own
organisation): the schedule, and the outcome the counselor records."""
from __future__ import annotations

from flask.views import MethodView

from catalog.jobs import follow_ups as service
from matcher.vocabulary import Role

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.followups import FollowUpIn, FollowUpOut

blp = ApiBlueprint("followups", __name__, url_prefix="/api/v1",
                   description="Follow-ups after enrolment or hiring")


@blp.route("/referrals/<int:referral_id>/follow-ups")
class FollowUps(MethodView):
    @blp.auth(Role.COUNSELOR)
    @blp.response(200, FollowUpOut(many=True))
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, referral_id):
        """The referral's follow-ups, by day (none before the survivor is enrolled or hired)."""
        session = get_session()
        follow_ups = service.follow_ups_of(session, current_user(), referral_id)
        session.commit()
        return follow_ups

    @blp.auth(Role.COUNSELOR)
    @blp.arguments(FollowUpIn)
    @blp.response(200, FollowUpOut)
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.alt_response(409, response="CONFLICT")
    def post(self, data, referral_id):
        """Record what a follow-up found: in_training, working, dropped_out, unreachable or
        unsafe. Recording a day again corrects it. 409 `not_placed` before enrolment or hiring."""
        session = get_session()
        follow_up = service.record_outcome(session, current_user(), referral_id, data["day"],
                                           data["outcome"], note=data.get("note"),
                                           now=clock.now())
        session.commit()
        return follow_up
