"""District reference: normalised keys written once, lookups and closest-name suggestions."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.text import district_key

from .errors import FieldError, Invalid
from .models import District

__all__ = [
    "DistrictSuggestion",
    "district_key",
    "find_district",
    "place",
    "suggest_districts",
    "unknown_district_error",
]


@dataclass(frozen=True, slots=True)
class DistrictSuggestion:
    name: str
    state: str
    country: str
    latitude: float
    longitude: float
    score: float


def find_district(session: Session, name: str, state: str | None = None) -> District | None:
    """The district of that name (and state, when given), or None. Ambiguous names need the state."""
    key = district_key(name)
    query = select(District).where(District.key == key).order_by(District.id)
    matches = list(session.scalars(query))
    if state:
        state_key = district_key(state)
        matches = [d for d in matches if district_key(d.state) == state_key]
    return matches[0] if len(matches) == 1 else None


def suggest_districts(
    session: Session, text: str, limit: int = 5, min_score: float = 60.0
) -> list[DistrictSuggestion]:
    """Closest district names to `text`, best first (rapidfuzz over normalised keys)."""
    districts = list(session.scalars(select(District).order_by(District.id)))
    if not districts or not text.strip():
        return []
    choices = [d.key for d in districts]
    hits = process.extract(
        district_key(text), choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=min_score
    )
    return [
        DistrictSuggestion(
            name=districts[index].name,
            state=districts[index].state,
            country=districts[index].country,
            latitude=districts[index].latitude,
            longitude=districts[index].longitude,
            score=round(score, 1),
        )
        for _choice, score, index in hits
    ]


def unknown_district_error(
    session: Session, field: str, name: str, state: str | None = None
) -> Invalid:
    """A 422 naming `field`, with the closest district names as `suggestions`."""
    suggestions = suggest_districts(session, name, limit=5)
    names = [f"{s.name} ({s.state})" for s in suggestions]
    hint = f" Did you mean: {', '.join(names)}?" if names else ""
    where = f" in {state}" if state else ""
    return Invalid(
        f"unknown district {name!r}{where}.{hint}",
        field_errors={field: [FieldError("unknown_district", state=state, suggestions=names)]},
        reason="unknown_district",
        suggestions=[
            {"name": s.name, "state": s.state, "score": s.score} for s in suggestions
        ],
    )


def place(session: Session, target: Any, changes: Mapping[str, Any], *, required: bool) -> None:
    """Set `target`'s district, state, district_key, latitude and longitude from `changes` over
    its current values, the district resolved against the reference (its key written once, here).

    `required`: the offer happens somewhere (in person, on site), so it needs a district; a remote
    one may have none. Coordinates default to the district's centre; given ones override it.
    A new district without a state is looked up by name alone (the old state may not fit it).
    """
    district_changed = "district" in changes or "state" in changes
    name = changes["district"] if "district" in changes else target.district
    if "state" in changes:
        state = changes["state"]
    else:
        state = None if "district" in changes else target.state
    district = None
    if name:
        district = find_district(session, name, state)
        if district is None:
            raise unknown_district_error(session, "district", name, state)
    elif required:
        raise Invalid("district is required",
                      field_errors={"district": ["Required where the offer is in person."]})
    if district_changed:
        target.district = district.name if district else None
        target.state = district.state if district else None
        target.district_key = district.key if district else None
    coordinates = {}
    for field in ("latitude", "longitude"):
        value = changes[field] if field in changes else (
            None if district_changed else getattr(target, field)
        )
        if value is None and district is not None:
            value = getattr(district, field)
        coordinates[field] = value
    if (coordinates["latitude"] is None) != (coordinates["longitude"] is None):
        missing = "latitude" if coordinates["latitude"] is None else "longitude"
        raise Invalid(f"{missing} is required with the other coordinate",
                      field_errors={missing: ["Give latitude and longitude together."]})
    target.latitude, target.longitude = coordinates["latitude"], coordinates["longitude"]
