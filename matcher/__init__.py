"""The matching engine: plain dataclasses in, ranked matches, near misses and pathways out.

Pure Python: no Flask, no SQLAlchemy, no clock, no I/O (the caller passes `today`).

    resolver = InterestResolver(trades)           # once per taxonomy
    interests = resolver.resolve(["silai", "পার্লার"])  # once, when a profile is written
    index = CatalogIndex(trades, courses, openings)  # once per catalogue version
    result = match(profile_facts, index, today, kind="all", limit=20, near_misses=True)
    result.to_dict()                              # the JSON of docs/http-api.md "Matches"
    batch_blockers(profile_facts, course, batch, trade, today)  # a referral's hard rules

Modules (each thing has one home): `models` (the input dataclasses) and `results` (what a match
returns); `rules` (every hard rule, declared once in HARD_RULES with the screen the index judges
it by) and `checks` (the rules for one offer, as a referral asks); `factors` (every scoring
factor, declared once in FACTORS: weight, value, reasons, bound) and `scoring` (their value
functions); `interests` (free text to trades; its word lists in `interest_words`); `index` (the
catalogue filed for speed; `rows`, `signature`, `keyed`); `engine` (the entry points), `query`
(one survivor against the index), `candidates`, `near_misses`, `evaluation`, `pathways`; `text`
and `geo` (normalisation, distances); `vocabulary` (the enumerations shared by every layer).
"""

from __future__ import annotations

from .checks import batch_blockers, course_blockers, opening_blockers
from .engine import KindFilter, match, match_many
from .index import CatalogIndex
from .interests import InterestResolver
from .models import (
    BatchOffer,
    CourseOffer,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
    TradeInfo,
    TradeKind,
)
from .results import BlockerHit, Match, MatchResult, NearMiss, PathwayStep

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
