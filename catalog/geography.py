"""District reference: normalised keys written once, lookups and closest-name suggestions."""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher.text import district_key

from .models import District

__all__ = ["DistrictSuggestion", "district_key", "find_district", "suggest_districts"]


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
