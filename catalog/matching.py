"""From rows to the matcher and back: convert profiles and offers to the engine's dataclasses,
load candidates with a database pre-filter, and run a match for a profile (audited).

The pre-filter keeps what could possibly be listed: published openings of verified employers that
have not closed; courses with a batch that has not started; each within reach (a bounding box
around the survivor, widened for near misses), remote, or residential when she would relocate.
The engine decides everything else; the filter only saves it from reading the whole catalogue.
"""
from __future__ import annotations

import math
from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, selectinload

from matcher import CatalogIndex, match
from matcher.engine import NEAR_MISS_MIN_RADIUS_KM, KindFilter
from matcher.models import (
    BatchOffer,
    CourseOffer,
    MatchResult,
    OpeningOffer,
    Preferences,
    ProfileFacts,
    ResolvedInterest,
)
from matcher.vocabulary import CourseMode, OpeningStatus, WorkMode

from . import audit
from .models import Batch, Course, Opening, Organisation, Profile, User
from .taxonomy import trade_infos

KM_PER_DEGREE = 111.2


def profile_facts(profile: Profile) -> ProfileFacts:
    return ProfileFacts(
        id=profile.id,
        age=profile.age,
        gender=profile.gender,
        literacy=profile.literacy,
        languages=profile.languages,
        latitude=profile.latitude,
        longitude=profile.longitude,
        district=profile.district_key,
        max_travel_km=profile.max_travel_km,
        can_relocate=profile.can_relocate,
        learning_mode=profile.learning_mode,
        device=profile.device,
        connectivity=profile.connectivity,
        interests=tuple(ResolvedInterest(**item) for item in profile.resolved_interests),
        experience=tuple(ResolvedInterest(**item) for item in profile.resolved_experience),
        documents=profile.documents,
        income_urgency=profile.income_urgency,
        avoid_districts=profile.avoid_district_keys,
        preferences=Preferences(
            women_only=profile.prefers_women_only,
            day_shift_only=profile.prefers_day_shift_only,
            needs_residential=profile.needs_residential,
        ),
    )


def batch_offer(batch: Batch) -> BatchOffer:
    return BatchOffer(
        id=batch.id,
        start_date=batch.start_date,
        application_deadline=batch.application_deadline,
        # A batch closed by its provider has no seats to offer.
        seats_total=batch.seats_total,
        seats_taken=batch.seats_total if batch.closed else batch.seats_taken,
    )


def course_offer(course: Course, batches: list[Batch] | None = None) -> CourseOffer:
    return CourseOffer(
        id=course.id,
        title=course.title,
        trade=course.trade,
        min_literacy=course.min_literacy,
        languages=course.languages,
        mode=course.mode,
        latitude=course.latitude if course.latitude is not None else 0.0,
        longitude=course.longitude if course.longitude is not None else 0.0,
        district=course.district_key or "",
        duration_weeks=course.duration_weeks,
        fee_inr=course.fee_inr,
        stipend_inr_month=course.stipend_inr_month,
        residential=course.residential,
        women_only=course.women_only,
        min_age=course.min_age,
        max_age=course.max_age,
        documents_required=course.documents_required,
        raises_literacy_to=course.raises_literacy_to,
        placement_rate=course.placement_rate,
        batches=tuple(batch_offer(b) for b in (course.batches if batches is None else batches)),
    )


def opening_offer(opening: Opening, employer_verified: bool) -> OpeningOffer:
    return OpeningOffer(
        id=opening.id,
        title=opening.title,
        trade=opening.trade,
        min_literacy=opening.min_literacy,
        languages=opening.languages,
        work_mode=opening.work_mode,
        latitude=opening.latitude if opening.latitude is not None else 0.0,
        longitude=opening.longitude if opening.longitude is not None else 0.0,
        district=opening.district_key or "",
        wage_inr_month=opening.wage_inr_month,
        shift=opening.shift,
        positions=opening.positions,
        positions_filled=opening.positions_filled,
        women_only=opening.women_only,
        accommodation=opening.accommodation,
        min_age=opening.min_age,
        documents_required=opening.documents_required,
        closes_on=opening.closes_on,
        status=opening.status,
        employer_verified=employer_verified,
    )


def _within_box(model, latitude: float, longitude: float, radius_km: float):
    delta_lat = radius_km / KM_PER_DEGREE
    cos_lat = max(math.cos(math.radians(latitude)), 0.01)
    delta_lon = min(radius_km / (KM_PER_DEGREE * cos_lat), 180.0)
    return and_(
        model.latitude.between(latitude - delta_lat, latitude + delta_lat),
        model.longitude.between(longitude - delta_lon, longitude + delta_lon),
    )


def search_radius_km(profile: Profile, near_misses: bool) -> float:
    radius = profile.max_travel_km
    if near_misses:
        radius = max(2 * radius, NEAR_MISS_MIN_RADIUS_KM)
    return radius


def candidate_courses(session: Session, profile: Profile, today: date, radius_km: float) -> list[Course]:
    reach = [Course.mode == CourseMode.REMOTE,
             _within_box(Course, profile.latitude, profile.longitude, radius_km)]
    if profile.can_relocate:
        reach.append(Course.residential.is_(True))
    upcoming = exists().where(Batch.course_id == Course.id, Batch.start_date > today)
    query = (
        select(Course)
        .where(Course.active.is_(True), upcoming, or_(*reach))
        .options(selectinload(Course.batches))
        .order_by(Course.id)
    )
    return list(session.scalars(query))


def candidate_openings(
    session: Session, profile: Profile, today: date, radius_km: float
) -> list[Opening]:
    reach = [Opening.work_mode == WorkMode.REMOTE,
             _within_box(Opening, profile.latitude, profile.longitude, radius_km)]
    if profile.can_relocate:
        reach.append(Opening.accommodation.is_(True))
    query = (
        select(Opening)
        .join(Organisation, Opening.employer_id == Organisation.id)
        .where(
            Opening.status == OpeningStatus.PUBLISHED,
            Organisation.verified.is_(True),
            Opening.closes_on >= today,
            or_(*reach),
        )
        .order_by(Opening.id)
    )
    return list(session.scalars(query))


def build_index(session: Session, courses: list[Course], openings: list[Opening]) -> CatalogIndex:
    return CatalogIndex(
        trade_infos(session),
        [course_offer(course) for course in courses],
        [opening_offer(opening, employer_verified=True) for opening in openings],
    )


def match_profile(
    session: Session,
    actor: User | None,
    profile: Profile,
    today: date,
    *,
    kind: KindFilter = "all",
    limit: int = 20,
    near_misses: bool = True,
) -> MatchResult:
    """Rank the offers for one profile, and write who asked to the audit trail."""
    radius = search_radius_km(profile, near_misses)
    # Both kinds are always loaded: bridges lead to openings, openings make courses marketable.
    courses = candidate_courses(session, profile, today, radius)
    openings = candidate_openings(session, profile, today, radius)
    index = build_index(session, courses, openings)
    result = match(profile_facts(profile), index, today, kind=kind, limit=limit,
                   near_misses=near_misses)
    audit.record(session, actor, "match", "profile", profile.id, profile_id=profile.id,
                 detail=f"kind={kind} limit={limit} near_misses={near_misses}")
    return result
