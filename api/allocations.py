"""Cohort allocations: assign a team's survivors to the seats of an intake as a whole, fairly and
stably, then hold the seats all at once (counselors, own organisation)."""
from __future__ import annotations

from flask import current_app
from flask.views import MethodView
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog import access
from catalog.models import Allocation
from catalog.roles import Role
from catalog.services import allocations as service

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import page_schema, paginate
from .schemas.allocations import AllocationIn, AllocationListed, AllocationOut

blp = ApiBlueprint("allocations", __name__, description="Cohort allocation of scarce seats")

AllocationPage = page_schema(AllocationListed, "AllocationPage")


@blp.route("/allocations")
class Allocations(MethodView):
    @blp.operation(Role.COUNSELOR, paged=True, answer=AllocationPage, commit=True)
    def get(self, page, per_page):
        """The organisation's allocations, newest first, with their counts (no survivor is
        named: read one allocation for its placements)."""
        session, user = get_session(), current_user()
        query = (select(Allocation).where(access.scope(user, Allocation))
                 .options(selectinload(Allocation.items)).order_by(Allocation.id.desc()))
        result = paginate(session, query, page, per_page)
        result.items = [service.listed(allocation) for allocation in result.items]
        return result

    @blp.operation(Role.COUNSELOR, body=AllocationIn, status=201, answer=AllocationOut,
                   errors=(422,), commit=True)
    def post(self, data):
        """Propose an assignment of survivors to batches: within capacity, every hard rule
        held, priority to urgent need of income and then to longer waiting, and stable (no
        survivor and batch would both rather have each other). Each placement and each survivor
        left unplaced is explained. Nothing is held until the proposal is applied."""
        session, user = get_session(), current_user()
        allocation = service.propose(
            session, user, profile_ids=data["profile_ids"], batch_ids=data.get("batch_ids"),
            filters=data.get("filters"), min_score=data["min_score"],
            include_placed=data["include_placed"], now=clock.now(),
        )
        return service.present(session, allocation)


@blp.route("/allocations/<int:allocation_id>")
class AllocationView(MethodView):
    @blp.operation(Role.COUNSELOR, answer=AllocationOut, errors=(404,), commit=True)
    def get(self, allocation_id):
        """A proposed or applied allocation."""
        session = get_session()
        allocation = service.read(session, current_user(), allocation_id)
        return service.present(session, allocation)


@blp.route("/allocations/<int:allocation_id>/apply")
class ApplyAllocation(MethodView):
    @blp.operation(Role.COUNSELOR, answer=AllocationOut, errors=(404, 409), commit=True)
    def post(self, allocation_id):
        """Hold a seat for every placed survivor, all or nothing: if a seat was taken meanwhile
        or a survivor no longer qualifies, nothing is held (409 `allocation_stale`, naming the
        survivor and the batch); a second apply is 409 `already_applied`."""
        session = get_session()
        allocation = service.apply(session, current_user(), allocation_id, now=clock.now(),
                                   hold_days=current_app.config["HOLD_DAYS"])
        return service.present(session, allocation)
