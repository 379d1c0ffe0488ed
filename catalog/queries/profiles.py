"""Survivor profiles as a list, for the API (`GET /api/v1/profiles`) and the counselor's pages
(her home, the cohort form) alike: scoped to the reader's organisation (`catalog.access`), and
each profile read audited as a `list` read, after the query.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from matcher.vocabulary import ProfileStatus

from .. import access, audit
from ..models import Profile, User
from . import total_of

# The orders a list is read in: newest first, or by case reference (a form to tick).
NEWEST, BY_CASE_REF = "newest", "case_ref"


def profiles_query(actor: User, *, status: ProfileStatus | str | None = None,
                   order: str = NEWEST) -> Select:
    """The profiles `actor` may read, of `status` if given."""
    query = select(Profile).where(access.scope(actor, Profile))
    if status is not None:
        query = query.where(Profile.status == ProfileStatus(status))
    if order == BY_CASE_REF:
        return query.order_by(Profile.case_ref, Profile.id)
    return query.order_by(Profile.id.desc())


def case_ref_query(actor: User, case_ref: str) -> Select:
    """The actor's profiles whose case reference is `case_ref` or begins with it (closed ones
    too, to find a case again), the exact one first."""
    pattern = case_ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (select(Profile).where(access.scope(actor, Profile))
            .where(func.lower(Profile.case_ref).like(pattern.lower(), escape="\\"))
            .order_by((func.lower(Profile.case_ref) != case_ref.lower()), Profile.case_ref))


def read_list(session: Session, actor: User, query: Select, *, limit: int,
              offset: int = 0) -> list[Profile]:
    """The profiles of `query` (one of this module's), at most `limit` from `offset`; each read
    audited as a `list` read."""
    profiles = list(session.scalars(query.limit(limit).offset(offset)))
    record_list_read(session, actor, profiles)
    return profiles


def read_page(session: Session, actor: User, *, status: ProfileStatus | str | None, page: int,
              per_page: int) -> tuple[list[Profile], int]:
    """One page of the actor's profiles (newest first) and how many there are in all; the
    profiles of the page are audited as read."""
    query = profiles_query(actor, status=status)
    total = total_of(session, query)
    items = read_list(session, actor, query, limit=per_page, offset=(page - 1) * per_page)
    return items, total


def active_profiles(session: Session, actor: User, *, limit: int,
                    order: str = NEWEST) -> list[Profile]:
    """The actor's active profiles, at most `limit`, each read audited."""
    return read_list(session, actor, profiles_query(actor, status=ProfileStatus.ACTIVE,
                                                    order=order), limit=limit)


def find_profiles(session: Session, actor: User, case_ref: str, *, limit: int) -> list[Profile]:
    """The counselor's home list: her active profiles (newest first), or with `case_ref` those
    whose case reference is it or begins with it; each read audited."""
    if not case_ref:
        return active_profiles(session, actor, limit=limit)
    return read_list(session, actor, case_ref_query(actor, case_ref), limit=limit)


def record_list_read(session: Session, actor: User | None, profiles: Iterable[Profile]) -> None:
    for profile in profiles:
        audit.record(session, actor, "list", "profile", profile.id, profile_id=profile.id)
