"""Organisation scoping, in one place: which rows a user may see or change.

Every load of an object a URL names, and every list, goes through `scope` (directly or via `load`),
so no view can forget it. Another organisation's object is simply not found: that is the 404 the
API promises, which never reveals that the object exists.
"""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import ColumnElement, and_, false, select, true
from sqlalchemy.orm import Session

from matcher.vocabulary import OpeningStatus

from .errors import NotFound
from .models import (
    Allocation,
    AuditEvent,
    Batch,
    Course,
    Notification,
    Opening,
    Organisation,
    Profile,
    Referral,
    Scheme,
    User,
    WaitingListEntry,
)
from .roles import Role

Model = TypeVar("Model")
MAX_ID = 2**31 - 1  # integer keys on both engines


def scope(user: User, model: type, *, write: bool = False) -> ColumnElement[bool]:
    """A WHERE clause selecting the rows of `model` that `user` may read (or change, if `write`)."""
    org, role = user.organisation_id, user.role
    if model is Profile:
        return Profile.organisation_id == org if role is Role.COUNSELOR else false()
    if model is Course:
        if not write:
            return true()
        return Course.provider_id == org if role is Role.ITI_LIAISON else false()
    if model is Batch:
        if not write:
            return true()
        if role is not Role.ITI_LIAISON:
            return false()
        return Batch.course_id.in_(select(Course.id).where(Course.provider_id == org))
    if model is Opening:
        if role is Role.ADMIN:
            return true()
        if role is Role.CSR_PARTNER:
            return Opening.employer_id == org
        return false() if write else Opening.status == OpeningStatus.PUBLISHED
    if model is Referral:
        if role is Role.COUNSELOR:
            return Referral.profile_id.in_(select(Profile.id).where(Profile.organisation_id == org))
        if role is Role.ITI_LIAISON:
            return Referral.batch_id.in_(
                select(Batch.id).join(Course, Batch.course_id == Course.id)
                .where(Course.provider_id == org)
            )
        if role is Role.CSR_PARTNER:
            # An employer sees a candidate only while the survivor consents to share a summary.
            return and_(
                Referral.opening_id.in_(select(Opening.id).where(Opening.employer_id == org)),
                Referral.profile_id.in_(
                    select(Profile.id).where(Profile.consent_to_share.is_(True))
                ),
            )
        return false()
    if model is WaitingListEntry:  # a counselor team's survivors' places on waiting lists
        if role is not Role.COUNSELOR:
            return false()
        return WaitingListEntry.profile_id.in_(
            select(Profile.id).where(Profile.organisation_id == org))
    if model is Allocation:
        # A cohort of a counselor team's survivors: theirs alone (admins see no survivor).
        return Allocation.organisation_id == org if role is Role.COUNSELOR else false()
    if model is Notification:
        return Notification.user_id == user.id
    if model is AuditEvent:
        return true() if role is Role.ADMIN else false()
    if model is Organisation:
        return true() if role is Role.ADMIN else Organisation.id == org
    if model is User:
        return true() if role is Role.ADMIN else User.id == user.id
    if model is Scheme:  # the catalogue is public to every signed-in user; admins keep it
        return true() if role is Role.ADMIN or not write else false()
    raise TypeError(f"no scoping rule for {model.__name__}")  # a new model needs its rule here


def counted(user: User, model: type) -> ColumnElement[bool]:
    """A WHERE clause selecting the rows of `model` that aggregate reports may count for `user`:
    what the user may read, and for admins (who read no survivor's referral) every row, since a
    report holds counts only, never a survivor."""
    if user.role is Role.ADMIN and model is Referral:
        return true()
    return scope(user, model)


def inside_counted_organisation(user: User) -> bool:
    """Whether every survivor that aggregate reports count for `user` (`counted`) belongs to the
    user's own organisation, the one that keeps her profile. Only a counselor's are: she counts
    her organisation's survivors alone. A liaison counts survivors of NGOs referred to her
    provider's batches, a CSR partner those referred to its openings, an admin every NGO's:
    each is outside the organisation that owns the survivors, and reads small counts
    suppressed (catalog.disclosure)."""
    return user.role is Role.COUNSELOR


def load(session: Session, user: User, model: type[Model], object_id: int, *,
         write: bool = False, for_update: bool = False) -> Model:
    """The object `object_id` of `model` if `user` may see (or change) it; otherwise NotFound."""
    if not 0 < object_id <= MAX_ID:
        raise NotFound(f"{_label(model)} {object_id} was not found")  # beyond any key we issue
    query = select(model).where(model.id == object_id, scope(user, model, write=write))
    if for_update:
        query = query.with_for_update()
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"{_label(model)} {object_id} was not found")
    return found


def load_scheme(session: Session, user: User, code: str, *, write: bool = False) -> Scheme:
    """The scheme of that code if `user` may see (or change) it; otherwise NotFound. Schemes are
    named by their code, not an id."""
    found = session.scalar(select(Scheme).where(Scheme.code == code,
                                                scope(user, Scheme, write=write)))
    if found is None:
        raise NotFound(f"scheme {code!r} was not found")
    return found


def _label(model: type) -> str:
    return {"Profile": "profile", "Course": "course", "Batch": "batch", "Opening": "opening",
            "Referral": "referral", "Notification": "notification",
            "Allocation": "allocation", "WaitingListEntry": "waiting list entry"}.get(model.__name__,
                                                                        model.__name__.lower())
