"""What happened: each user's own notifications, and the audit trail (admins only).

Reading the audit trail is itself audited: one `audit_read` event per request, naming the filter
(catalog.queries.audit, the same read as the admin's audit page).
"""
from __future__ import annotations

from flask.views import MethodView

from catalog.queries import notifications as notification_list
from catalog.queries.audit import AuditFilter, read_trail
from catalog.roles import Role

from . import clock
from .auth import SIGNED_IN, current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .pagination import Page, page_schema
from .schemas.activity import AuditEventOut, AuditListArgs, NotificationListArgs, NotificationOut

blp = ApiBlueprint("activity", __name__, description="Notifications and audit")

NotificationPage = page_schema(NotificationOut, "NotificationPage")
AuditEventPage = page_schema(AuditEventOut, "AuditEventPage")


@blp.route("/notifications")
class Notifications(MethodView):
    @blp.operation(*SIGNED_IN, query=NotificationListArgs, paged=True, answer=NotificationPage,
                   commit=True)
    def get(self, args, page, per_page):
        """My notifications, newest first: every event of my cases (new matches, holds ending
        and expired, enrolled, completed, interviewed, hired, not selected, follow-ups due), or
        new referrals to my batches or openings; each with the case reference and the page it
        links to, when I may see them."""
        session, user = get_session(), current_user()
        return notification_list.list_notifications(
            session, user, unread=bool(args.get("unread")), page=page, per_page=per_page)


@blp.route("/notifications/<int:notification_id>/read")
class ReadNotification(MethodView):
    @blp.operation(*SIGNED_IN, answer=NotificationOut, errors=(404,), commit=True)
    def post(self, notification_id):
        """Mark one of my notifications read; marking it again keeps the first time."""
        session, user = get_session(), current_user()
        return notification_list.mark_read(session, user, notification_id, clock.now())


@blp.route("/audit")
class AuditTrail(MethodView):
    @blp.operation(Role.ADMIN, query=AuditListArgs, paged=True, answer=AuditEventPage, commit=True)
    def get(self, args, page, per_page):
        """Who read or changed what, and when, newest first; filter by profile, actor or action."""
        session, user = get_session(), current_user()
        wanted = AuditFilter(**{name: args.get(name) for name in args})
        items, total = read_trail(session, user, wanted, page, per_page)
        return Page(items=items, total=total, page=page, per_page=per_page)
