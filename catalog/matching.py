"""From rows to the matcher and back: convert profiles and offers to the engine's dataclasses,
keep the engine's index of the open catalogue, and run a match for a profile (audited).

The database pre-filter keeps what could possibly be listed: published openings of verified
employers that have not closed, and active courses with a batch that has not started. The engine's
index files them by place, trade and access once, so each match reads only what is within the
survivor's reach. The index is kept per process (catalog/index_cache.py): each match reads the
catalogue's version row by its key, and a change since (a seat hold, an edited course, an
outcome that moves a placement rate) patches the offers it names, so seat counts and placement
rates are never stale and nothing is rebuilt for them.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from matcher import CatalogIndex, match
from matcher.engine import KindFilter
from matcher.models import (
    BatchOffer,
    CourseOffer,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
)
from matcher.results import MatchResult
from matcher.schemes import Scheme as SchemeRules
from matcher.schemes import SchemeFacts
from matcher.vocabulary import OpeningStatus

from . import audit
from .catalogue_version import Version
from .clock import local_date
from .index_cache import IndexCache
from .models import Batch, Course, Opening, Organisation, Profile, Scheme, User
from .services import placement_rates, publishing
from .services.placement_rates import Placement
from .versioned_cache import VersionedCache


# The columns of a profile the engine takes as they are.
_PROFILE_COLUMNS = ("id", "age", "gender", "literacy", "languages", "latitude", "longitude",
                    "max_travel_km", "can_relocate", "learning_mode", "device", "connectivity",
                    "documents", "income_urgency", "exploited_sector")


def profile_facts(profile: Profile) -> ProfileFacts:
    return ProfileFacts(
        **{name: getattr(profile, name) for name in _PROFILE_COLUMNS},
        district=profile.district_key,
        interests=tuple(ResolvedInterest(**item) for item in profile.resolved_interests),
        experience=tuple(ResolvedInterest(**item) for item in profile.resolved_experience),
        avoid_districts=profile.avoid_district_keys,
        preferences=Preferences(
            women_only=profile.prefers_women_only,
            day_shift_only=profile.prefers_day_shift_only,
            needs_residential=profile.needs_residential,
        ),
        nationality=profile.nationality.value if profile.nationality else "IN",
        awaiting_repatriation=bool(profile.awaiting_repatriation),
        return_to_sector=bool((profile.return_to_sector_reason or "").strip()),
    )


def scheme_facts(profile: Profile) -> SchemeFacts:
    """What scheme eligibility needs of the profile: never an identifier, only what is held."""
    return SchemeFacts(
        nationality=profile.nationality.value if profile.nationality else "IN",
        state=profile.state,
        awaiting_repatriation=bool(profile.awaiting_repatriation),
        bpl=profile.bpl,
        schemes_held=frozenset(profile.schemes_held or ()),
    )


def batch_offer(batch: Batch) -> BatchOffer:
    return BatchOffer(
        id=batch.id,
        start_date=batch.start_date,
        application_deadline=batch.application_deadline,
        seats_total=batch.seats_total,
        seats_taken=Batch.offered_taken(batch.seats_total, batch.seats_taken, batch.closed),
    )


# The columns the engine takes as they are: a course's and an opening's alike, then each one's own.
_OFFER_COLUMNS = ("id", "title", "trade", "min_literacy", "languages", "women_only", "min_age",
                  "documents_required")
_COURSE_COLUMNS = ("mode", "duration_weeks", "fee_inr", "stipend_inr_month", "residential",
                   "max_age", "raises_literacy_to")
_OPENING_COLUMNS = ("work_mode", "wage_inr_month", "shift", "positions", "positions_filled",
                    "accommodation", "closes_on", "status")


def _offer_fields(row: Course | Opening, own: tuple[str, ...]) -> dict[str, Any]:
    """What the engine reads of a course or an opening: the columns both have, then `own`, and
    where it is (a row with no place yet sits at 0, 0 in no district)."""
    return {
        **{name: getattr(row, name) for name in (*_OFFER_COLUMNS, *own)},
        "latitude": row.latitude if row.latitude is not None else 0.0,
        "longitude": row.longitude if row.longitude is not None else 0.0,
        "district": row.district_key or "",
    }


def course_offer(course: Course, batches: Iterable[BatchOffer] | None = None,
                 placement: Placement | None = None) -> CourseOffer:
    """The course as the engine sees it, with `batches` (default: all of the course's batches)
    and `placement` (default: the rate its provider declared)."""
    if placement is None:
        placement = Placement(course.placement_rate, "declared")
    return CourseOffer(
        **_offer_fields(course, _COURSE_COLUMNS),
        placement_rate=placement.rate,
        placement_source=placement.source,
        placement_outcomes=placement.outcomes,
        batches=tuple(
            (batch_offer(b) for b in course.batches) if batches is None else batches
        ),
    )


def opening_offer(opening: Opening, employer_verified: bool) -> OpeningOffer:
    return OpeningOffer(
        **_offer_fields(opening, _OPENING_COLUMNS),
        employer_verified=employer_verified,
    )


def load_courses(session: Session, today: date, *, ids: Iterable[int] | None = None,
                 placements: placement_rates.ObservedPlacements | None = None) -> list[CourseOffer]:
    """Active courses with a batch that has not started (only those of `ids` when given), as the
    engine's dataclasses, each with the placement rate observed from past referrals once there
    are enough (`placements`, default: one grouped query for all courses; see
    catalog/services/placement_rates.py)."""
    upcoming = select(Batch).where(Batch.start_date > today, Batch.closed.is_(False))
    query = select(Course).where(Course.active.is_(True), Course.id.in_(
        select(Batch.course_id).where(Batch.start_date > today, Batch.closed.is_(False))
    )).order_by(Course.id)
    if ids is not None:
        ids = list(ids)
        upcoming = upcoming.where(Batch.course_id.in_(ids))
        query = query.where(Course.id.in_(ids))
    batches: dict[int, list[BatchOffer]] = {}
    for batch in session.execute(upcoming.order_by(Batch.course_id, Batch.id)).scalars():
        batches.setdefault(batch.course_id, []).append(batch_offer(batch))
    observed = (placements if placements is not None
                else placement_rates.observed_placements(session))
    return [course_offer(course, batches.get(course.id, ()),
                         observed.for_course(course.id, course.provider_id,
                                             course.placement_rate))
            for course in session.scalars(query)]


def load_openings(session: Session, today: date, *,
                  ids: Iterable[int] | None = None) -> list[OpeningOffer]:
    """Published openings of verified employers that have not closed (only those of `ids` when
    given), and safely so: never one with a hard flag left open or a flag no admin published
    over (the gate keeps that from happening; this keeps it from reaching a survivor if
    anything ever wrote around the gate)."""
    query = (
        select(Opening)
        .join(Organisation, Opening.employer_id == Organisation.id)
        .where(Opening.status == OpeningStatus.PUBLISHED, Organisation.verified.is_(True),
               Opening.closes_on >= today)
        .order_by(Opening.id)
    )
    if ids is not None:
        query = query.where(Opening.id.in_(list(ids)))
    return [opening_offer(opening, employer_verified=True) for opening in session.scalars(query)
            if not opening.flags or publishing.is_safely_published(opening)]


index_cache = IndexCache(load_courses, load_openings)


def catalogue_index(session: Session, today: date) -> CatalogIndex:
    """The engine's index over the open catalogue, brought up to date in this process from the
    catalogue's version row (one read by key) and the changes logged since, so matching never
    reads a stale seat count and never re-reads an unchanged catalogue."""
    return index_cache.index(session, today)


def _read_schemes(session: Session, _part: object) -> tuple[SchemeRules, ...]:
    query = select(Scheme).where(Scheme.active.is_(True)).order_by(Scheme.code)
    return tuple(SchemeRules.from_seed(scheme.to_seed()) for scheme in session.scalars(query))


_schemes_cache: VersionedCache[tuple[SchemeRules, ...]] = VersionedCache(_read_schemes)
_SCHEMES_VERSION = ("SELECT count(id) AS n, max(updated_at) AS updated, max(id) AS last"
                    f" FROM {Scheme.__tablename__}")
"""Run on every match: plain SQL on the session's connection, half the time of the ORM's."""


def _read_row(session: Session, sql: str) -> Any:
    """One row of plain `sql` on the session's connection, after a flush as a query would do
    (as read_version does: this transaction's own edits count)."""
    if session.autoflush:
        session.flush()
    return session.connection().exec_driver_sql(sql).one()


def active_schemes(session: Session) -> tuple[SchemeRules, ...]:
    """The active schemes as the evaluator reads them, ordered by code; read again in this
    process only when the table changed: schemes are not part of the catalogue's version, so
    theirs is their count with the last update and id (an edit in place moves `updated_at`)."""
    version = tuple(_read_row(session, _SCHEMES_VERSION))
    return _schemes_cache.get(session, version)


_SCHEMES_SOURCE = f"({_SCHEMES_VERSION}) AS s"


def _versions(session: Session, today: date) -> tuple[Version, tuple]:
    """The catalogue's version (with the changes since the index kept, when it is behind) and
    the schemes' (`_SCHEMES_VERSION`'s), in one read: a match runs it instead of each of the
    two (one round trip fewer per match request)."""
    catalogue, row = index_cache.read_current(session, today, source=_SCHEMES_SOURCE,
                                              also=", s.n, s.updated, s.last")
    return catalogue, (row.n, row.updated, row.last)


def match_profile(
    session: Session,
    actor: User | None,
    profile: Profile,
    now: datetime,
    *,
    kind: KindFilter = "all",
    limit: int = 20,
    near_misses: bool = True,
) -> MatchResult:
    """Rank the offers for one profile on India's day of `now`, and write who asked to the
    audit trail."""
    today = local_date(now)
    catalogue, schemes = _versions(session, today)
    index = index_cache.index(session, today, current=catalogue)
    result = match(profile_facts(profile), index, today, kind=kind, limit=limit,
                   near_misses=near_misses, schemes=_schemes_cache.get(session, schemes),
                   scheme_facts=scheme_facts(profile))
    audit.record(session, actor, "match", "profile", profile.id, profile_id=profile.id,
                 detail=f"kind={kind} limit={limit} near_misses={near_misses}")
    return result
