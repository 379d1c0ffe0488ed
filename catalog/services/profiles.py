"""Survivor profiles: written with their free text resolved once, read and changed with an audit entry."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.interests import EXPERIENCE
from matcher.text import district_key
from matcher.vocabulary import MIN_WORKING_AGE, ConsentBy, Nationality, ProfileStatus

from .. import audit
from ..errors import Conflict, FieldError, Invalid
from ..geography import find_district, unknown_district_error
from ..models import District, Organisation, Profile, Scheme, User
from ..taxonomy import interest_resolver
from . import waiting_list
from .referrals import withdraw_applications, withdraw_live

PREFERENCE_COLUMNS = {
    "women_only": "prefers_women_only",
    "day_shift_only": "prefers_day_shift_only",
    "needs_residential": "needs_residential",
}
# Why a profile is closed: codes, worded at the edge.
CLOSE_REASONS = ("settled", "moved_away", "repatriated", "no_contact", "survivor_request",
                 "other")
MAX_CLOSE_NOTE = 500
# Fields copied as they are; the others are derived (coordinates, keys, resolved text, consent).
PLAIN_FIELDS = (
    "case_ref", "age", "gender", "literacy", "languages", "max_travel_km", "can_relocate",
    "learning_mode", "device", "connectivity", "documents", "income_urgency", "nationality",
    "awaiting_repatriation", "bpl",
)


def create_profile(
    session: Session, organisation: Organisation, data: Mapping[str, Any], actor: User | None, *,
    now: datetime,
) -> Profile:
    """A new profile; `now` is when its consent (if given) is recorded."""
    profile = Profile(organisation_id=organisation.id, created_by_id=actor.id if actor else None)
    _apply(session, profile, {**_DEFAULTS, **data}, actor, now)
    session.add(profile)
    _flush_unique_case_ref(session, profile)
    audit.record(session, actor, "create", "profile", profile.id, profile_id=profile.id,
                 fields=data.keys())
    return profile


def update_profile(
    session: Session, profile: Profile, changes: Mapping[str, Any], actor: User | None, *,
    now: datetime,
) -> Profile:
    if profile.status is ProfileStatus.CLOSED:
        raise Conflict("a closed profile cannot be changed", reason="profile_closed")
    consented = bool(profile.consent_to_share)
    _apply(session, profile, changes, actor, now)
    _flush_unique_case_ref(session, profile)
    if consented and not profile.consent_to_share:
        _consent_withdrawn(session, profile, actor, now)
    audit.record(session, actor, "update", "profile", profile.id, profile_id=profile.id,
                 fields=changes.keys())
    return profile


def close_profile(session: Session, profile: Profile, actor: User | None, *, now: datetime,
                  reason: str | None = None, note: str | None = None) -> Profile:
    """Closing keeps the row (referrals and audit point at it); retention anonymises it later.
    Every live referral is withdrawn (held seats go back to their batches), and the consent to
    share ends. `reason` is a code of CLOSE_REASONS; `note` the counselor's own words."""
    _check_close(reason, note)
    if profile.status is not ProfileStatus.CLOSED:
        consented = bool(profile.consent_to_share)
        profile.status = ProfileStatus.CLOSED
        profile.closed_at = now
        profile.closed_reason = reason
        profile.closed_note = note or None
        profile.consent_to_share = False
        if consented:  # closing ends the consent too: recorded, and applications withdrawn
            profile.consent_by = None
            profile.consent_recorded_at = now
            profile.consent_recorded_by_id = actor.id if actor else None
            _consent_withdrawn(session, profile, actor, now)
        withdraw_live(session, profile, actor, now=now)
        waiting_list.leave_all(session, actor, profile.id, now=now)
    session.flush()
    audit.record(session, actor, "close", "profile", profile.id, profile_id=profile.id,
                 fields=[name for name, value in (("closed_reason", reason),
                                                  ("closed_note", note)) if value],
                 detail=f"reason={reason}" if reason else None)
    return profile


def _check_close(reason: str | None, note: str | None) -> None:
    errors = {}
    if reason is not None and reason not in CLOSE_REASONS:
        errors["reason"] = ["Choose a reason from the list."]
    if note is not None and len(note) > MAX_CLOSE_NOTE:
        errors["note"] = [FieldError("at_most_characters", max=MAX_CLOSE_NOTE)]
    if errors:
        raise Invalid("the profile cannot be closed so", field_errors=errors,
                      reason="invalid_close")


def record_read(session: Session, profile: Profile, actor: User | None, what: str = "read") -> None:
    audit.record(session, actor, what, "profile", profile.id, profile_id=profile.id)


_DEFAULTS: dict[str, Any] = {
    "languages": [],
    "interests": [],
    "experience": [],
    "documents": [],
    "avoid_districts": [],
    "preferences": {},
    "consent_to_share": False,
    "nationality": Nationality.INDIA.value,
    "awaiting_repatriation": False,
    "schemes_held": [],
}


def _apply(session: Session, profile: Profile, data: Mapping[str, Any], actor: User | None,
           now: datetime) -> None:
    for field in PLAIN_FIELDS:
        if field in data:
            setattr(profile, field, data[field])
    if "languages" in data:
        if not data["languages"]:  # every offer would be blocked on a language she lacks
            raise Invalid("give at least one language the survivor speaks",
                          field_errors={"languages": ["Give at least one language."]})
        profile.languages = list(dict.fromkeys(data["languages"]))  # her order: first = main
    if "documents" in data:
        profile.documents = sorted(dict.fromkeys(data["documents"]))
    if {"district", "state", "latitude", "longitude"} & data.keys():
        _place(session, profile, data)
    if "interests" in data or "experience" in data:
        resolver = interest_resolver(session)
        if "interests" in data:
            profile.interests = list(data["interests"])
            profile.resolved_interests = [r.to_dict() for r in resolver.resolve(profile.interests)]
        if "experience" in data:
            profile.experience = list(data["experience"])
            profile.resolved_experience = [
                r.to_dict() for r in resolver.resolve(profile.experience, kind=EXPERIENCE)
            ]
    if "avoid_districts" in data:
        keys = []
        for index, name in enumerate(data["avoid_districts"]):
            key = district_key(name)
            if not _known_key(session, key):
                raise unknown_district_error(session, f"avoid_districts.{index}", name)
            keys.append(key)
        profile.avoid_districts = list(data["avoid_districts"])
        profile.avoid_district_keys = sorted(set(keys))
    if "preferences" in data:
        for name, value in (data["preferences"] or {}).items():
            setattr(profile, PREFERENCE_COLUMNS[name], bool(value))
    if "schemes_held" in data:
        profile.schemes_held = _known_schemes(session, data["schemes_held"])
    if "exploited_sector" in data or "return_to_sector_reason" in data:
        _sector(profile, data)
    if "consent_to_share" in data or "consent_by" in data:
        _consent(profile, data, actor, now)
    _check_minor_consent(profile)
    _check_repatriation(profile)


def _known_schemes(session: Session, codes: list[str]) -> list[str]:
    known = set(session.scalars(select(Scheme.code).where(Scheme.code.in_(set(codes)))))
    errors = {f"schemes_held.{i}": [FieldError("unknown_scheme_code", code=code)]
              for i, code in enumerate(codes) if code not in known}
    if errors:
        raise Invalid("unknown scheme codes", field_errors=errors, reason="unknown_scheme")
    return sorted(set(codes))


def _check_repatriation(profile: Profile) -> None:
    """Only a survivor from another country waits for repatriation."""
    if profile.awaiting_repatriation and Nationality(profile.nationality) is Nationality.INDIA:
        raise Invalid(
            "only a survivor of another nationality can be awaiting repatriation",
            field_errors={"awaiting_repatriation": ["Must be false for an Indian national."]},
            reason="invalid_repatriation",
        )


def _place(session: Session, profile: Profile, data: Mapping[str, Any]) -> None:
    name = data.get("district", profile.district)
    state = data.get("state", profile.state)
    if not name:
        raise Invalid("district is required", field_errors={"district": ["Missing data."]})
    district = find_district(session, name, state)
    if district is None:
        raise unknown_district_error(session, "district", name, state)
    profile.district = district.name
    profile.state = district.state
    profile.district_key = district.key
    profile.latitude = data.get("latitude") if data.get("latitude") is not None else district.latitude
    profile.longitude = (
        data.get("longitude") if data.get("longitude") is not None else district.longitude
    )


def _known_key(session: Session, key: str) -> bool:
    return session.scalar(select(District.id).where(District.key == key).limit(1)) is not None


def _sector(profile: Profile, data: Mapping[str, Any]) -> None:
    """The sector she was exploited in, and her counselor's reason to allow its trades (blank is
    no reason). A reason needs a sector it concerns."""
    if "exploited_sector" in data:
        profile.exploited_sector = data["exploited_sector"] or None
    if "return_to_sector_reason" in data:
        profile.return_to_sector_reason = (data["return_to_sector_reason"] or "").strip() or None
    if profile.exploited_sector is None and profile.return_to_sector_reason:
        raise Invalid("a reason to return to a sector needs the sector",
                      field_errors={"return_to_sector_reason": [
                          "Choose the sector she was exploited in first."]},
                      reason="sector_missing")


def _consent(profile: Profile, data: Mapping[str, Any], actor: User | None,
             now: datetime) -> None:
    given = bool(data.get("consent_to_share", profile.consent_to_share))
    consent_by = data.get("consent_by", profile.consent_by)
    if given and not profile.consent_to_share:
        profile.consent_recorded_at = now
        profile.consent_recorded_by_id = actor.id if actor else None
    if not given:
        consent_by = None
        if profile.consent_to_share:
            profile.consent_recorded_at = now
            profile.consent_recorded_by_id = actor.id if actor else None
    profile.consent_to_share = given
    profile.consent_by = ConsentBy(consent_by) if consent_by else (
        ConsentBy.SELF if given else None
    )


def _consent_withdrawn(session: Session, profile: Profile, actor: User | None,
                       now: datetime) -> None:
    """Consent withdrawn is as final as consent refused: employers lose sight of the survivor at
    once (access scoping) and every application still open in their pipelines is withdrawn,
    in the same transaction as the change of consent."""
    withdraw_applications(session, profile, actor, now=now)


def _check_minor_consent(profile: Profile) -> None:
    """A survivor under 18 consents through a guardian or the Child Welfare Committee."""
    if profile.consent_to_share and profile.age is not None and profile.age < MIN_WORKING_AGE:
        if profile.consent_by not in (ConsentBy.GUARDIAN, ConsentBy.CWC):
            raise Invalid(
                "a survivor under 18 consents through a guardian or the Child Welfare Committee",
                field_errors={"consent_by": ["Must be 'guardian' or 'cwc' for a survivor under 18."]},
                reason="guardian_consent_required",
            )


def _flush_unique_case_ref(session: Session, profile: Profile) -> None:
    """A clear 409 for a duplicate case reference (the unique constraint stays the backstop)."""
    query = select(Profile.id).where(
        Profile.organisation_id == profile.organisation_id, Profile.case_ref == profile.case_ref
    )
    if profile.id is not None:
        query = query.where(Profile.id != profile.id)
    with session.no_autoflush:
        clash = session.scalar(query)
    if clash is not None:
        raise Conflict(
            f"case reference {profile.case_ref!r} is already used in this organisation",
            reason="duplicate_case_ref",
        )
    session.flush()
