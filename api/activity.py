"""What happened: each user's own notifications, and the audit trail (admins only).

Reading the audit trail is itself audited: one `audit_read` event per request, naming the filter.
"""
from __future__ import annotations

from flask.views import MethodView
from sqlalchemy import select

from catalog import access, audit
from catalog.models import AuditEvent
from catalog.queries import notifications as notification_list
from matcher.vocabulary import Role

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import PageArgs, page_schema, paginate
from .schemas.activity import AuditEventOut, AuditListArgs, NotificationListArgs, NotificationOut

blp = ApiBlueprint("activity", __name__, url_prefix="/api/v1",
                   description="Notifications and audit")

NotificationPage = page_schema(NotificationOut, "NotificationPage")
AuditEventPage = page_schema(AuditEventOut, "AuditEventPage")
AUDIT_FILTERS = ("profile_id", "actor_user_id", "action", "object_type")


@blp.route("/notifications")
class Notifications(MethodView):
    @blp.auth()
    @blp.arguments(NotificationListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, NotificationPage)
    def get(self, args, page, per_page):
        """My notifications, newest first: every event of my cases (new matches, holds ending
        and expired, enrolled, completed, interviewed, hired, not selected, follow-ups due), or
        new referrals to my batches or openings; each with the case reference and the page it
        links to, when I may see them."""
        session, user = get_session(), current_user()
        result = notification_list.list_notifications(
            session, user, unread=bool(args.get("unread")), page=page, per_page=per_page)
        session.commit()
        return result


@blp.route("/notifications/<int:notification_id>/read")
class ReadNotification(MethodView):
    @blp.auth()
    @blp.response(200, NotificationOut)
    @blp.alt_response(404, response="NOT_FOUND")
    def post(self, notification_id):
        """Mark one of my notifications read; marking it again keeps the first time."""
        session, user = get_session(), current_user()
        item = notification_list.mark_read(session, user, notification_id, clock.now())
        session.commit()
        return item


@blp.route("/audit")
class AuditTrail(MethodView):
    @blp.auth(Role.ADMIN)
    @blp.arguments(AuditListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, AuditEventPage)
    def get(self, args, page, per_page):
        """Who read or changed what, and when, newest first; filter by profile, actor or action."""
        session, user = get_session(), current_user()
        query = (select(AuditEvent).where(access.scope(user, AuditEvent))
                 .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()))
        for name in AUDIT_FILTERS:
            if args.get(name) is not None:
                query = query.where(getattr(AuditEvent, name) == args[name])
        result = paginate(session, query, page, per_page)
        # Recorded after the query, so this read is not among its own results.
        audit.record(session, user, "audit_read", "audit", None,
                     profile_id=args.get("profile_id"), fields=args.keys(),
                     detail=filter_detail(args))
        session.commit()
        return result


def filter_detail(args: dict) -> str:
    """The filter of an audit read, as `name=value` pairs (ids and codes, never survivor data)."""
    pairs = [f"{name}={args[name]}" for name in AUDIT_FILTERS if args.get(name) is not None]
    return (" ".join(pairs) or "no filter")[:200]
