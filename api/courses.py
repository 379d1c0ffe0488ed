"""Courses and their batches: anyone signed in reads them; a provider's liaison writes its own."""
from __future__ import annotations

from flask.views import MethodView

from catalog import access
from catalog.models import Batch, Course
from catalog.roles import Role
from catalog.services import courses as service

from . import clock
from .auth import SIGNED_IN, current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .schemas.courses import (
    BatchIn,
    BatchOut,
    BatchPatch,
    CourseIn,
    CourseListArgs,
    CourseOut,
    CoursePatch,
)

blp = ApiBlueprint("courses", __name__, description="Courses and batches")


@blp.route("/courses")
class Courses(MethodView):
    @blp.operation(*SIGNED_IN, query=CourseListArgs, paged=CourseOut)
    def get(self, args):
        """List courses with their batches (newest first), by trade, district, mode or provider."""
        return service.courses_query(**args)

    @blp.operation(Role.ITI_LIAISON, body=CourseIn, status=201, answer=CourseOut, commit=True)
    def post(self, data):
        """Create a course of my provider. Its district is resolved to coordinates (422 with
        suggestions if unknown); a remote course may have none."""
        session, user = get_session(), current_user()
        return service.create_course(session, user.organisation, data, user)


@blp.route("/courses/<int:course_id>")
class CourseById(MethodView):
    get = blp.read_one(Course, CourseOut)

    @blp.operation(Role.ITI_LIAISON, body=CoursePatch(partial=True), answer=CourseOut,
                   errors=(404,), commit=True)
    def patch(self, changes, course_id):
        """Change my provider's course; another provider's is not found."""
        session, user = get_session(), current_user()
        course = access.load(session, user, Course, course_id, write=True)
        service.update_course(session, course, changes, user)
        return course


@blp.route("/courses/<int:course_id>/batches")
class CourseBatches(MethodView):
    @blp.operation(Role.ITI_LIAISON, body=BatchIn, status=201, answer=BatchOut, errors=(404,),
                   commit=True)
    def post(self, data, course_id):
        """Open an intake of my provider's course; no seat is taken until a referral holds one."""
        session, user = get_session(), current_user()
        course = access.load(session, user, Course, course_id, write=True)
        return service.add_batch(session, course, data, user, now=clock.now())


@blp.route("/batches/<int:batch_id>")
class BatchById(MethodView):
    get = blp.read_one(Batch, BatchOut)

    @blp.operation(Role.ITI_LIAISON, body=BatchPatch(partial=True), answer=BatchOut,
                   errors=(404, 409), commit=True)
    def patch(self, changes, batch_id):
        """Change dates, seats or `closed` of my provider's batch. `seats_taken` is counted by
        referrals alone; `seats_total` below it is a 409 `seats_below_taken`."""
        session, user = get_session(), current_user()
        batch = access.load(session, user, Batch, batch_id, write=True)
        service.update_batch(session, batch, changes, user, now=clock.now())
        return batch
