"""The placement rates matching uses: each course's and provider's completions and how many
were placed, and the rate a course's matches read (observed, or declared until enough outcomes).

Definitions (docs/outcomes.md): a course's *completions* are referrals to its batches in status
`completed`. A completion is *placed* when the same survivor (profile) has a referral to an
opening in status `hired` whose `status_changed_at` is not before the completion's. Placement
rate = placed / completed. A provider's figures are the sums over its courses
(`Course.provider_id`). The outcomes report (`catalog.services.outcomes`) counts them too.

Why MIN_OUTCOMES = 20 before an observed rate replaces the declared one: with n outcomes, one
survivor's result moves the rate by 1/n (more than 5 points below 20), and the standard error of
an observed proportion, sqrt(p(1-p)/n), is at most 0.5/sqrt(n): about 0.115 at 19, 0.112 at 20,
0.079 at 40. A provider's declared figure is a claim we cannot check; we assume a plausible one
is off by about 0.1 (an assumption, not a measurement: we hold no data comparing declared with
achieved rates). Below 20 outcomes chance alone could move our estimate further than that. At
20 the error is at most about 0.11 and falls as outcomes accrue. It is a judgement, not a test
of significance: the 95% interval at 20 is still about +/-0.22, and the observed rate counts
only hires recorded in this service (a job found elsewhere is not seen), so it leans low. The
stake is small either way: the placement rate carries at most 4 of a match's 100 points (40% of
marketability's 10).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from matcher.models import PlacementSource
from matcher.vocabulary import ReferralStatus

from ..models import Batch, Course, Referral

MIN_OUTCOMES = 20
"""Outcomes a course (or failing it, its provider) needs before matching uses the observed
placement rate instead of the declared one; see this module's docstring for why 20."""


@dataclass(frozen=True)
class Tally:
    """`successes` out of `n` outcomes (placed of completed, hired of decided, working of
    recorded)."""

    n: int = 0
    successes: int = 0

    @property
    def rate(self) -> float | None:
        return self.successes / self.n if self.n else None

    @property
    def enough(self) -> bool:
        return self.n >= MIN_OUTCOMES

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.n + other.n, self.successes + other.successes)


@dataclass(frozen=True)
class Placement:
    """The placement rate matching uses for a course, where it comes from and how many
    completions it rests on (0 when declared)."""

    rate: float | None
    source: PlacementSource
    outcomes: int = 0


@dataclass(frozen=True)
class ObservedPlacements:
    """Completions and placements per course and per provider, over every referral."""

    courses: dict[int, Tally] = field(default_factory=dict)
    providers: dict[int, Tally] = field(default_factory=dict)

    def for_course(self, course_id: int, provider_id: int, declared: float | None) -> Placement:
        """The course's own observed rate when it has MIN_OUTCOMES completions, else its
        provider's when that has, else the declared rate (None: the matcher's default)."""
        own = self.courses.get(course_id, Tally())
        if own.enough:
            return Placement(own.rate, "observed_course", own.n)
        provider = self.providers.get(provider_id, Tally())
        if provider.enough:
            return Placement(provider.rate, "observed_provider", provider.n)
        return Placement(declared, "declared")


def _placed_later():
    """True for a completion whose survivor was hired into an opening at or after it."""
    hire = aliased(Referral)
    return exists().where(
        hire.profile_id == Referral.profile_id,
        hire.opening_id.is_not(None),
        hire.status == ReferralStatus.HIRED,
        hire.status_changed_at >= Referral.status_changed_at,
    )


def completion_tallies(session: Session, *criteria: ColumnElement[bool]
                       ) -> dict[tuple[int, int], Tally]:
    """(course id, provider id) -> completed and placed, in one grouped query over the
    completions that meet `criteria` (conditions on `Referral`)."""
    placed = func.sum(case((_placed_later(), 1), else_=0))
    query = (
        select(Course.id, Course.provider_id, func.count(Referral.id), placed)
        .select_from(Referral)
        .join(Batch, Referral.batch_id == Batch.id)
        .join(Course, Batch.course_id == Course.id)
        .where(Referral.status == ReferralStatus.COMPLETED, *criteria)
        .group_by(Course.id, Course.provider_id)
    )
    return {(course_id, provider_id): Tally(completed, int(placed or 0))
            for course_id, provider_id, completed, placed in session.execute(query)}


def by_provider(tallies: dict[tuple[int, int], Tally]) -> dict[int, Tally]:
    providers: dict[int, Tally] = {}
    for (_course_id, provider_id), tally in tallies.items():  # one row per course, not referral
        providers[provider_id] = providers.get(provider_id, Tally()) + tally
    return providers


def observed_placements(session: Session) -> ObservedPlacements:
    """What matching uses: every course's and provider's completions and placements."""
    tallies = completion_tallies(session)
    return ObservedPlacements(
        courses={course_id: tally for (course_id, _), tally in tallies.items()},
        providers=by_provider(tallies),
    )


def outcomes_version() -> tuple:
    """Scalar subqueries that change whenever an outcome matching reads changes (a completion or
    a hire, made or undone) and not on a seat hold: part of the catalogue index's version."""
    outcome = Referral.status.in_((ReferralStatus.COMPLETED, ReferralStatus.HIRED))
    return (select(func.count(Referral.id)).where(outcome).scalar_subquery(),
            select(func.max(Referral.status_changed_at)).where(outcome).scalar_subquery())
