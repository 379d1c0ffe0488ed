"""Who hears about a survivor's case, read once per job run (`catalog.services.notify` holds the
same rule for one case, and writes the notifications).

The counselor of a case is the user who made the referral (or created the profile) while that
user is still an active counselor of the profile's organisation; otherwise every active
counselor of the organisation, so no case goes unheard when a counselor leaves. Notifications
carry ids and offer titles, never the case reference, so anonymisation has nothing to chase.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import User
from ..roles import Role
from ..services.notify import notify

__all__ = ["Recipients", "notify"]


class Recipients:
    """The active counselors, read once per job run."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(User.id, User.organisation_id)
            .where(User.role == Role.COUNSELOR, User.active.is_(True))
            .order_by(User.id)
        )
        self._organisation_of: dict[int, int] = {}
        self._by_organisation: dict[int, list[int]] = defaultdict(list)
        for user_id, organisation_id in rows:
            self._organisation_of[user_id] = organisation_id
            self._by_organisation[organisation_id].append(user_id)

    def for_case(self, organisation_id: int, preferred_user_id: int | None) -> list[int]:
        if (preferred_user_id is not None
                and self._organisation_of.get(preferred_user_id) == organisation_id):
            return [preferred_user_id]
        return list(self._by_organisation.get(organisation_id, ()))

