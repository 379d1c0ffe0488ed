"""The outcomes report: counts only, never a survivor, of the referrals a reader may count;
small counts withheld from a reader outside the organisation that owns the survivors.

Definitions (docs/outcomes.md): a course's completions and placements are those matching reads
(`catalog.services.placement_rates`). An employer's *decided* referrals are those to its
openings in status `hired` or `not_selected`; its placement rate = hired / decided. Its 90-day
retention: among its hired referrals whose day-90 follow-up has an outcome recorded, the share
`working`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import ColumnElement, and_, case, func, literal_column, select, true
from sqlalchemy.orm import Session

from matcher.vocabulary import ReferralStatus

from .. import access, audit
from ..disclosure import Relation, Suppression, suppress
from ..models import (
    FOLLOW_UP_DAYS,
    Batch,
    Course,
    FollowUp,
    FollowUpOutcome,
    Opening,
    Organisation,
    Referral,
    User,
)
from .placement_rates import (
    MIN_OUTCOMES,
    Tally,
    by_provider,
    completion_tallies,
    observed_placements,
)

SUPPRESS_BELOW = 5
"""Counts below this (zero included) are withheld from a reader outside the organisation that
owns the survivors (`access.inside_counted_organisation`), with whatever would give them back;
configurable (REPORT_SUPPRESS_BELOW; 1 withholds nothing). With counts of one or two, a liaison
could otherwise tell that a particular graduate of her course was hired."""


RETAINED = {
    # A course follow-up finds her retained if she is still training or already working.
    "course": (FollowUpOutcome.IN_TRAINING, FollowUpOutcome.WORKING),
    # A job follow-up finds her retained only if she is still working.
    "job": (FollowUpOutcome.WORKING,),
}


# --- the report ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    id: int
    name: str
    tally: Tally
    used_in_matching: bool
    retention_90: Tally | None = None  # employers only: working of recorded day-90 follow-ups


@dataclass(frozen=True)
class RetentionRow:
    day: int
    kind: str  # course (enrolment) or job (hire)
    outcomes: dict[str, int]  # every FollowUpOutcome code -> count

    @property
    def recorded(self) -> int:
        return sum(self.outcomes.values())

    @property
    def retained(self) -> int:
        return sum(self.outcomes[outcome.value] for outcome in RETAINED[self.kind])

    @property
    def rate(self) -> float | None:
        return self.retained / self.recorded if self.recorded else None


@dataclass(frozen=True)
class OutcomesReport:
    created_from: date | None
    created_to: date | None
    referrals_by_stage: dict[str, int]
    placements_by_trade: dict[str, int]
    placements_by_district: dict[str, int]
    placements_by_month: dict[str, int]
    completions_by_trade: dict[str, int]
    completions_by_month: dict[str, int]
    retention: list[RetentionRow]
    courses: list[RateRow]
    providers: list[RateRow]
    employers: list[RateRow]
    min_outcomes: int = MIN_OUTCOMES
    # Set for a reader outside the organisation that owns the survivors: the cells withheld,
    # by the keys of `cells` below; None when nothing is withheld because she is inside.
    suppression: Suppression | None = None

    def withheld(self, *key) -> bool:
        """Whether the cell `key` (see `cells`) is withheld from this reader."""
        return self.suppression is not None and key in self.suppression

    def shown(self, value: int, *key) -> int | None:
        return None if self.withheld(*key) else value

    def rate_shown(self, rate: float | None, numerator: tuple, denominator: tuple
                   ) -> float | None:
        """A rate, unless either of its counts is withheld (it would give that one back)."""
        return None if self.withheld(*numerator) or self.withheld(*denominator) else rate


# --- what a reader can add up: the cells and relations suppression protects -----------------

TABLES = ("placements_by_trade", "placements_by_district", "placements_by_month",
          "completions_by_trade", "completions_by_month")


def cells(report: OutcomesReport) -> dict[tuple, int]:
    """Every count the report shows, by key: (table, label) for the tables, ("retention", day,
    kind, outcome | "recorded" | "retained"), and ("courses" | "providers" | "employers", id,
    field) for the rate rows (employers add "retention_90_recorded", "retention_90_working")."""
    found = {("referrals_by_stage", status): n for status, n in report.referrals_by_stage.items()}
    for table in TABLES:
        found |= {(table, label): n for label, n in getattr(report, table).items()}
    for row in report.retention:
        found |= {("retention", row.day, row.kind, outcome): n
                  for outcome, n in row.outcomes.items()}
        found[("retention", row.day, row.kind, "recorded")] = row.recorded
        found[("retention", row.day, row.kind, "retained")] = row.retained
    for kind in ("courses", "providers", "employers"):
        for row in getattr(report, kind):
            found[(kind, row.id, "n")] = row.tally.n
            found[(kind, row.id, "placed")] = row.tally.successes
            if row.retention_90 is not None:
                found[(kind, row.id, "retention_90_recorded")] = row.retention_90.n
                found[(kind, row.id, "retention_90_working")] = row.retention_90.successes
    return found


def relations(report: OutcomesReport, course_trade: dict[int, str],
              course_provider: dict[int, int]) -> list[Relation]:
    """The sums a reader knows hold between the cells (courses are public: a reader can group
    them by trade and provider). An employer's referrals not selected are never shown: they are
    hidden terms, unknown to the reader."""
    stage = lambda status: ("referrals_by_stage", status)  # noqa: E731
    hired, completed = stage(ReferralStatus.HIRED.value), stage(ReferralStatus.COMPLETED.value)
    found = [Relation.of(hired, [(table, label) for label in getattr(report, table)])
             for table in ("placements_by_trade", "placements_by_district",
                           "placements_by_month")]
    found += [Relation.of(completed, [(table, label) for label in getattr(report, table)])
              for table in ("completions_by_trade", "completions_by_month")]
    found.append(Relation.of(completed, [("courses", row.id, "n") for row in report.courses]))
    found.append(Relation.of(completed, [("providers", row.id, "n") for row in report.providers]))
    for field_ in ("n", "placed"):
        for provider in report.providers:
            found.append(Relation.of(("providers", provider.id, field_), [
                ("courses", row.id, field_) for row in report.courses
                if course_provider.get(row.id) == provider.id]))
    for trade in {course_trade.get(row.id) for row in report.courses}:
        found.append(Relation.of(("completions_by_trade", trade), [
            ("courses", row.id, "n") for row in report.courses
            if course_trade.get(row.id) == trade]))
    for row in report.employers:
        found.append(Relation.of(("employers", row.id, "n"),
                                 [("employers", row.id, "placed"),
                                  ("employers", row.id, "not_selected")]))
    found.append(Relation.of(hired, [("employers", row.id, "placed") for row in report.employers]))
    found.append(Relation.of(stage(ReferralStatus.NOT_SELECTED.value),
                             [("employers", row.id, "not_selected") for row in report.employers]))
    for row in report.retention:
        key = ("retention", row.day, row.kind)
        found.append(Relation.of((*key, "recorded"), [(*key, o) for o in row.outcomes]))
        found.append(Relation.of((*key, "retained"),
                                 [(*key, o.value) for o in RETAINED[row.kind]]))
    for field_, outcome in (("retention_90_recorded", "recorded"),
                            ("retention_90_working", FollowUpOutcome.WORKING.value)):
        found.append(Relation.of(("retention", 90, "job", outcome),
                                 [("employers", row.id, field_) for row in report.employers]))
    return found


UNKNOWN = "unknown"  # the label of a missing district


def _created_between(created_from: date | None, created_to: date | None) -> ColumnElement[bool]:
    """Referrals created on the days from..to (inclusive; UTC calendar days, as the API's times)."""
    clauses = []
    if created_from is not None:
        clauses.append(Referral.created_at >= datetime.combine(created_from, time.min,
                                                               tzinfo=timezone.utc))
    if created_to is not None:
        clauses.append(Referral.created_at < datetime.combine(created_to + timedelta(days=1),
                                                              time.min, tzinfo=timezone.utc))
    return and_(true(), *clauses)


def _month(session: Session, column) -> ColumnElement[str]:
    """YYYY-MM of a timestamp column (stored as naive UTC on both engines)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime(literal_column("'%Y-%m'"), column)
    return func.to_char(column, literal_column("'YYYY-MM'"))


def _counts(session: Session, label, status: ReferralStatus, joins: Iterable[tuple],
            where: ColumnElement[bool]) -> dict[str, int]:
    query = select(label, func.count(Referral.id)).select_from(Referral)
    for target, on in joins:
        query = query.join(target, on)
    query = (query.where(Referral.status == status, where).group_by(label)
             .order_by(func.count(Referral.id).desc(), label))
    return {(key if key else UNKNOWN): count for key, count in session.execute(query)}


def _retention(session: Session, where: ColumnElement[bool]) -> list[RetentionRow]:
    kind = case((Referral.batch_id.is_not(None), "course"), else_="job")
    query = (
        select(FollowUp.day, kind, FollowUp.outcome, func.count(FollowUp.id))
        .join(Referral, FollowUp.referral_id == Referral.id)
        .where(FollowUp.outcome.is_not(None), where)
        .group_by(FollowUp.day, kind, FollowUp.outcome)
    )
    counts = {(day, kind_, FollowUpOutcome(outcome).value): n
              for day, kind_, outcome, n in session.execute(query)}
    return [RetentionRow(day, kind_, {outcome.value: counts.get((day, kind_, outcome.value), 0)
                                      for outcome in FollowUpOutcome})
            for day in FOLLOW_UP_DAYS for kind_ in ("course", "job")]


def _names(session: Session, model, column, ids: Iterable[int]) -> dict[int, str]:
    ids = set(ids)
    if not ids:
        return {}
    return dict(session.execute(select(model.id, column).where(model.id.in_(ids))).all())


def _per_employer(session: Session, counted, success: ColumnElement[bool], joins: Iterable[tuple],
                  *where: ColumnElement[bool]) -> dict[int, Tally]:
    """Per employer: how many rows of `counted` (reached through `joins`) meet `where`, and how
    many of those meet `success`."""
    query = (select(Opening.employer_id, func.count(counted.id),
                    func.sum(case((success, 1), else_=0))).select_from(counted))
    for target, on in joins:
        query = query.join(target, on)
    return {employer_id: Tally(n, int(hits or 0)) for employer_id, n, hits in session.execute(
        query.where(*where).group_by(Opening.employer_id))}


def _employer_rows(session: Session, where: ColumnElement[bool]) -> list[RateRow]:
    to_opening = (Opening, Referral.opening_id == Opening.id)
    hired = ReferralStatus.HIRED
    decided = _per_employer(session, Referral, Referral.status == hired, [to_opening],
                            Referral.status.in_((hired, ReferralStatus.NOT_SELECTED)), where)
    retained = _per_employer(
        session, FollowUp, FollowUp.outcome == FollowUpOutcome.WORKING,
        [(Referral, FollowUp.referral_id == Referral.id), to_opening],
        Referral.status == hired, FollowUp.day == 90, FollowUp.outcome.is_not(None), where)
    names = _names(session, Organisation, Organisation.name, decided)
    # Matching ranks openings by the market of their trade, not by the employer's record.
    return [RateRow(employer_id, names[employer_id], tally, False,
                    retained.get(employer_id, Tally()))
            for employer_id, tally in sorted(decided.items())]


def outcomes_report(session: Session, user: User, *, created_from: date | None = None,
                    created_to: date | None = None,
                    suppress_below: int = SUPPRESS_BELOW) -> OutcomesReport:
    """The outcomes of the referrals `user` may count (access.counted), created from..to;
    the request is audited (counts only: no survivor is named in the report or the event).
    A reader outside the organisation that owns the survivors gets small counts withheld
    (`suppress_below`), with enough others that none can be worked back."""
    where = and_(access.counted(user, Referral), _created_between(created_from, created_to))
    stages = dict(session.execute(
        select(Referral.status, func.count(Referral.id)).where(where)
        .group_by(Referral.status)).all())
    to_opening = [(Opening, Referral.opening_id == Opening.id)]
    to_course = [(Batch, Referral.batch_id == Batch.id), (Course, Batch.course_id == Course.id)]
    hired, completed = ReferralStatus.HIRED, ReferralStatus.COMPLETED
    month = _month(session, Referral.status_changed_at)

    tallies = completion_tallies(session, where)
    everywhere = observed_placements(session)  # what matching uses, whoever asks
    course_names = _names(session, Course, Course.title, (c for c, _ in tallies))
    providers = by_provider(tallies)
    provider_names = _names(session, Organisation, Organisation.name, providers)
    report = OutcomesReport(
        created_from=created_from,
        created_to=created_to,
        referrals_by_stage={status.value: stages.get(status, 0) for status in ReferralStatus},
        placements_by_trade=_counts(session, Opening.trade, hired, to_opening, where),
        placements_by_district=_counts(session, Opening.district, hired, to_opening, where),
        placements_by_month=dict(sorted(
            _counts(session, month, hired, to_opening, where).items())),
        completions_by_trade=_counts(session, Course.trade, completed, to_course, where),
        completions_by_month=dict(sorted(
            _counts(session, month, completed, to_course, where).items())),
        retention=_retention(session, where),
        courses=[RateRow(course_id, course_names[course_id], tally,
                         everywhere.courses.get(course_id, Tally()).enough)
                 for (course_id, _), tally in sorted(tallies.items())],
        providers=[RateRow(provider_id, provider_names[provider_id], tally,
                           everywhere.providers.get(provider_id, Tally()).enough)
                   for provider_id, tally in sorted(providers.items())],
        employers=_employer_rows(session, where),
    )
    if suppress_below > 1 and not access.inside_counted_organisation(user):
        report = _suppressed(session, report, suppress_below)
    audit.record(session, user, "report", "report", None,
                 fields=[name for name, value in (("from", created_from), ("to", created_to))
                         if value is not None],
                 detail=f"outcomes from={created_from or '-'} to={created_to or '-'}")
    return report


def _suppressed(session: Session, report: OutcomesReport, threshold: int) -> OutcomesReport:
    courses = {row.id for row in report.courses}
    known = session.execute(select(Course.id, Course.trade, Course.provider_id)
                            .where(Course.id.in_(courses))).all() if courses else []
    withheld = suppress(cells(report), relations(report, {c: t for c, t, _ in known},
                                                  {c: p for c, _, p in known}), threshold)
    # Ordered by count, a table would tell a withheld count from its neighbours: by label.
    tables = {table: dict(sorted(getattr(report, table).items())) for table in TABLES}
    return replace(report, suppression=withheld, **tables)
