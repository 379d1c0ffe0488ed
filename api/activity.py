"""What happened: each user's own notifications, and the audit trail (admins only).

Reading the audit trail is itself audited: one `audit_read` event per request, naming the filter
(catalog.queries.audit, the same read as the admin's audit page).
"""
from __future__ import annotations

from flask.views import MethodView
from sqlalchemy import select

from catalog import access, audit
from catalog.models import Notification
from catalog.queries.audit import AuditFilter, read_trail
from matcher.vocabulary import Role

from . import clock
from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import Page, PageArgs, page_schema, paginate
from .schemas.activity import AuditEventOut, AuditListArgs, NotificationListArgs, NotificationOut

blp = ApiBlueprint("activity", __name__, url_prefix="/api/v1",
                   description="Notifications and audit")

NotificationPage = page_schema(NotificationOut, "NotificationPage")
AuditEventPage = page_schema(AuditEventOut, "AuditEventPage")


@blp.route("/notifications")
class Notifications(MethodView):
    @blp.auth()
    @blp.arguments(NotificationListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, NotificationPage)
    def get(self, args, page, per_page):
        """My notifications, newest first: new matches, expiring holds, follow-ups due."""
        session, user = get_session(), current_user()
        query = (select(Notification).where(access.scope(user, Notification))
                 .order_by(Notification.created_at.desc(), Notification.id.desc()))
        if args.get("unread"):
            query = query.where(Notification.read_at.is_(None))
        result = paginate(session, query, page, per_page)
        audit.notification_reads(session, user, result.items)
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
        notification = access.load(session, user, Notification, notification_id, write=True)
        if notification.read_at is None:
            notification.read_at = clock.now()
        session.commit()
        return notification


@blp.route("/audit")
class AuditTrail(MethodView):
    @blp.auth(Role.ADMIN)
    @blp.arguments(AuditListArgs, location="query")
    @blp.arguments(PageArgs, location="query", as_kwargs=True)
    @blp.response(200, AuditEventPage)
    def get(self, args, page, per_page):
        """Who read or changed what, and when, newest first; filter by profile, actor or action."""
        session, user = get_session(), current_user()
        wanted = AuditFilter(**{name: args.get(name) for name in args})
        items, total = read_trail(session, user, wanted, page, per_page)
        session.commit()
        return Page(items=items, total=total, page=page, per_page=per_page)
