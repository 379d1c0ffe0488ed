"""Government schemes: the catalogue admins keep (create, update, audited), and what one
survivor could claim, evaluated by `matcher.schemes` and audited as a read of survivor data."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.schemes import Eligibility, SchemeStatus, evaluate_all
from matcher.vocabulary import SchemeLevel, SchemeResidence

from .. import audit
from ..errors import Conflict, FieldError, Invalid
from ..matching import active_schemes, profile_facts, scheme_facts
from ..models import District, Profile, Scheme, User

FIELDS = (
    "name", "level", "state", "kind", "ministry", "benefit", "benefit_amount_inr", "eligibility",
    "documents_required", "documents_other", "prerequisites", "sources", "checked_on", "active",
)


def create_scheme(session: Session, data: Mapping[str, Any], actor: User | None) -> Scheme:
    if session.scalar(select(Scheme.id).where(Scheme.code == data["code"])) is not None:
        raise Conflict(f"scheme {data['code']!r} already exists; change it with PATCH",
                       reason="duplicate_scheme")
    scheme = Scheme(code=data["code"], eligibility={}, documents_required=[],
                    documents_other=[], prerequisites=[], sources=[], benefit="", active=True)
    _apply(session, scheme, data)
    return audit.created(session, actor, "scheme", scheme, fields=data.keys(),
                         detail=f"scheme {scheme.code}")


def update_scheme(
    session: Session, scheme: Scheme, changes: Mapping[str, Any], actor: User | None
) -> Scheme:
    _apply(session, scheme, changes)
    session.flush()
    audit.record(session, actor, "update", "scheme", scheme.id, fields=changes.keys(),
                 detail=f"scheme {scheme.code}")
    return scheme


def _apply(session: Session, scheme: Scheme, data: Mapping[str, Any]) -> None:
    """Copy the fields, then check what only the database knows (states, prerequisites) and the
    rules across fields. Nothing is flushed before every check has passed."""
    with session.no_autoflush:
        for name in FIELDS:
            if name in data:
                value = data[name]
                if name == "eligibility":
                    value = {**(scheme.eligibility or {}), **value}
                setattr(scheme, name, value)
        errors: dict[str, list[str]] = {}
        level = SchemeLevel(scheme.level)
        if level is SchemeLevel.STATE and not scheme.state:
            errors["state"] = ["A state scheme needs its state."]
        if scheme.state and scheme.state not in indian_states(session):
            errors["state"] = [FieldError("unknown_state", state=scheme.state)]
        residence = (scheme.eligibility or {}).get("residence")
        if residence == SchemeResidence.STATE.value and level is SchemeLevel.CENTRAL \
                and scheme.state:
            errors["state"] = ["A central scheme names no state."]
        rules = scheme.eligibility or {}
        low, high = rules.get("min_age"), rules.get("max_age")
        if low is not None and high is not None and low > high:
            errors["eligibility.max_age"] = [FieldError("at_least_min_age", min=low)]
        known = set(session.scalars(select(Scheme.code)))
        for index, code in enumerate(scheme.prerequisites or ()):
            if code == scheme.code:
                errors[f"prerequisites.{index}"] = ["A scheme cannot be its own prerequisite."]
            elif code not in known:
                errors[f"prerequisites.{index}"] = [FieldError("unknown_scheme_code", code=code)]
    if errors:
        raise Invalid("the scheme is not valid", field_errors=errors, reason="invalid_scheme")


def indian_states(session: Session) -> set[str]:
    return set(session.scalars(select(District.state).where(District.country == "IN").distinct()))


def schemes_for_profile(
    session: Session, actor: User | None, profile: Profile, status: str | None = None
) -> list[SchemeStatus]:
    """Every active scheme with the survivor's status, reasons and pathway (eligible first);
    only those of `status` if given. Audited: it reads survivor data."""
    results = evaluate_all(profile_facts(profile), scheme_facts(profile), active_schemes(session))
    if status is not None:
        results = [r for r in results if r.status is Eligibility(status)]
    audit.record(session, actor, "schemes", "profile", profile.id, profile_id=profile.id,
                 detail=f"status={status or 'all'}")
    return results
