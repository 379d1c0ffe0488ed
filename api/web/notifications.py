"""The notifications page of every signed-in user, the unread count in the page header, and the
link of each notification (`links.notification_link`).

The list is `catalog.queries.notifications`, as the API's: scoped to the reader, audited, each
notification with the case reference and the referral or profile she may open, so a link goes
only to what the reader may see.
"""
from __future__ import annotations

from flask import Blueprint, g, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError

from catalog.queries import notifications as query

from .. import clock
from ..auth import SIGNED_IN  # every role has notifications, each named
from ..database import get_session
from . import errors, forms
from .links import notification_link
from .sessions import role_required, signed_in

bp = errors.install(Blueprint("notifications", __name__))


def unread_count() -> int:
    """The header's count of unread notifications (one COUNT, once per request)."""
    if not current_user.is_authenticated:
        return 0
    if "unread_notifications" not in g:
        try:
            g.unread_notifications = query.unread_count(get_session(), signed_in())
        except SQLAlchemyError:  # an error page after a failed statement still renders
            g.unread_notifications = 0
    return g.unread_notifications


@bp.get("/notifications")
@role_required(*SIGNED_IN)
def notifications():
    db, user = get_session(), signed_in()
    page = forms.page_number(request.args, below=10**6)  # up to six digits
    found = query.list_notifications(db, user, page=page)
    db.commit()
    return render_template("notifications.html", page=found,
                           links={item.id: notification_link(item, user.role) for item in found.items})


@bp.post("/notifications/<int:notification_id>/read")
@role_required(*SIGNED_IN)
def read_notification(notification_id: int):
    db, user = get_session(), signed_in()
    query.mark_read(db, user, notification_id, clock.now())
    db.commit()
    return redirect(url_for("notifications.notifications"))


@bp.post("/notifications/read")
@role_required(*SIGNED_IN)
def read_all():
    db, user = get_session(), signed_in()
    query.mark_all_read(db, user, clock.now())
    db.commit()
    return redirect(url_for("notifications.notifications"))


def init_app(app) -> None:
    app.jinja_env.globals["unread_notifications"] = unread_count
