"""Follow-ups 30, 90 and 180 days after a survivor is enrolled or hired (counselors, own
organisation): the schedule, and the outcome the counselor records."""
from __future__ import annotations

from flask.views import MethodView

from catalog.jobs import follow_ups as service
from catalog.roles import Role
from catalog.services import safety_reports

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.followups import FollowUpIn, FollowUpOut, FollowUpRecorded

blp = ApiBlueprint("followups", __name__, description="Follow-ups after enrolment or hiring")


@blp.route("/referrals/<int:referral_id>/follow-ups")
class FollowUps(MethodView):
    @blp.operation(Role.COUNSELOR, answer=FollowUpOut(many=True), errors=(404,), commit=True)
    def get(self, referral_id):
        """The referral's follow-ups, by day (none before the survivor is enrolled or hired)."""
        session = get_session()
        return service.follow_ups_of(session, current_user(), referral_id)

    @blp.operation(Role.COUNSELOR, body=FollowUpIn, answer=FollowUpRecorded, errors=(404, 409),
                   commit=True)
    def post(self, data, referral_id):
        """Record what a follow-up found: in_training, working, dropped_out, unreachable or
        unsafe, and the wage paid, whether her documents are with her, fees taken, wages
        unpaid. Recording a day again corrects it. 409 `not_placed` before enrolment or hiring.
        An unsafe outcome, fees taken, documents not with her or wages unpaid act at once: the
        employer's open openings go back to review, the admins and the counselors of every
        survivor placed there are notified, each such survivor gets a follow-up due within 2
        days (`safety` says what was done)."""
        session = get_session()
        follow_up, done = safety_reports.record_follow_up(
            session, current_user(), referral_id, data["day"], data["outcome"],
            note=data.get("note"), now=clock.now(),
            wage_paid_inr_month=data.get("wage_paid_inr_month"),
            documents_with_her=data.get("documents_with_her"),
            fees_taken=data.get("fees_taken"), wages_unpaid=data.get("wages_unpaid"))
        view = {name: getattr(follow_up, name) for name in FollowUpOut().fields}
        return {**view, "safety": done}
