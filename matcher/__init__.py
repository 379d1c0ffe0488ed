"""The matching engine: plain dataclasses in, ranked matches, near misses and pathways out.

Pure Python: no Flask, no SQLAlchemy, no clock, no I/O (the caller passes `today`).

    resolver = InterestResolver(trades)           # once per taxonomy
    interests = resolver.resolve(["silai", "পার্লার"])  # once, when a profile is written
    index = CatalogIndex(trades, courses, openings)  # once per catalogue version
    result = match(profile_facts, index, today, kind="all", limit=20, near_misses=True)
    result.to_dict()                              # the JSON of API.md "Matches"
    batch_blockers(profile_facts, course, batch, trade, today)  # a referral's hard rules

Modules: `models` (the dataclasses), `rules` (one function per hard rule), `scoring` (one
function per factor, the weights), `interests` (free text to trades), `pathways`, `index` (the
catalogue filed for speed), `engine` (the query), `text` and `geo` (normalisation, distances),
`vocabulary` (the enumerations shared by every layer).
"""

from __future__ import annotations

from .engine import KindFilter, match, match_many
from .index import CatalogIndex
from .interests import InterestResolver
from .models import (
    BatchOffer,
    BlockerHit,
    CourseOffer,
    Match,
    MatchResult,
    NearMiss,
    OpeningOffer,
    PathwayStep,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
    TradeInfo,
    TradeKind,
)
from .rules import batch_blockers, course_blockers, opening_blockers

__all__ = [
    "BatchOffer",
    "BlockerHit",
    "CatalogIndex",
    "CourseOffer",
    "InterestResolver",
    "KindFilter",
    "Match",
    "MatchResult",
    "NearMiss",
    "OpeningOffer",
    "PathwayStep",
    "Preferences",
    "ProfileFacts",
    "ResolvedInterest",
    "TradeInfo",
    "TradeKind",
    "batch_blockers",
    "course_blockers",
    "match",
    "match_many",
    "opening_blockers",
]
