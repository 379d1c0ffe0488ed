"""The outcomes report in and out: the period asked for, and counts and rates (no survivor)."""
from __future__ import annotations

from datetime import date

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from catalog.models import FOLLOW_UP_DAYS

# Referrals began long after 2000; the bounds also keep `to` + 1 day within the calendar.
REPORT_DATES = validate.Range(min=date(2000, 1, 1), max=date(2100, 12, 31))


def period_day(key: str, description: str) -> fields.Date:
    """One end of the period a query asks for: the day (YYYY-MM-DD) given as `key`, "from" or
    "to"; check the pair with `period_in_order`."""
    return fields.Date(data_key=key, validate=REPORT_DATES, metadata={"description": description})


def period_in_order(start: date | None, end: date | None) -> None:
    """Refuses a period whose end (`to`) comes before its start (`from`)."""
    if start is not None and end is not None and end < start:
        raise ValidationError("Must not be before 'from'.", "to")


class OutcomesArgs(Schema):
    created_from = period_day(
        "from", "Count referrals created on or after this day (YYYY-MM-DD, UTC)")
    created_to = period_day("to", "Count referrals created on or before this day (YYYY-MM-DD, UTC)")

    @validates_schema
    def period_in_order(self, data, **kwargs):
        period_in_order(data.get("created_from"), data.get("created_to"))


WITHHELD = "; null when withheld (see suppression)"


def _counts(description: str) -> fields.Dict:
    return fields.Dict(keys=fields.String(), values=fields.Integer(allow_none=True),
                       required=True, metadata={"description": description + WITHHELD})


def _count(description: str = "A count") -> fields.Integer:
    return fields.Integer(required=True, allow_none=True,
                          metadata={"description": description + WITHHELD})


def _suppressed() -> fields.List:
    return fields.List(fields.String(), required=True, metadata={
        "description": "The fields of this row withheld (null) from this reader"})


def _rate(description: str) -> fields.Float:
    return fields.Float(allow_none=True, required=True, metadata={
        "description": description + "; null when there is none, or when a count it rests on "
                                     "is withheld"})


class PlacementsOut(Schema):
    by_trade = _counts("Hired referrals by the opening's trade code")
    by_district = _counts("Hired referrals by the opening's district ('unknown' if none)")
    by_month = _counts("Hired referrals by YYYY-MM of the hire (UTC)")


class CompletionsOut(Schema):
    by_trade = _counts("Completed course referrals by the course's trade code")
    by_month = _counts("Completed course referrals by YYYY-MM of the completion (UTC)")


class RetentionOut(Schema):
    day = fields.Integer(required=True, validate=validate.OneOf(FOLLOW_UP_DAYS))
    kind = fields.String(required=True, validate=validate.OneOf(["course", "job"]), metadata={
        "description": "course: follow-ups after enrolment; job: after hiring"})
    recorded = _count("Follow-ups with an outcome recorded")
    working = _count()
    in_training = _count()
    dropped_out = _count()
    unreachable = _count()
    unsafe = _count()
    rate = _rate("Retained of recorded: course (working + in_training) / recorded, "
                 "job working / recorded")
    suppressed = _suppressed()


class RateOut(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True, metadata={"description": "Course title or organisation"})
    n = _count("Outcomes counted: completions (courses, providers) or decided referrals, hired "
               "or not selected (employers)")
    placed = _count("Completions followed by a hire, or referrals hired (employers)")
    rate = _rate("placed / n")
    enough_data = fields.Boolean(required=True, metadata={
        "description": "n is at least min_outcomes"})
    used_in_matching = fields.Boolean(required=True, metadata={
        "description": "Matching uses this observed rate (counted over every referral, not "
                       "only those in this report); employers' rates are never used"})
    suppressed = _suppressed()


class EmployerRateOut(RateOut):
    retention_90_recorded = _count("Hired referrals with a day-90 follow-up recorded")
    retention_90 = _rate("Share of those found working at day 90")


class PlacementRatesOut(Schema):
    courses = fields.List(fields.Nested(RateOut), required=True)
    providers = fields.List(fields.Nested(RateOut), required=True)
    employers = fields.List(fields.Nested(EmployerRateOut), required=True)


class SuppressionOut(Schema):
    applies = fields.Boolean(required=True, metadata={
        "description": "Whether counts are withheld from this reader: a liaison, a CSR partner "
                       "or an admin reads survivors of organisations other than theirs; a "
                       "counselor reads her own organisation's"})
    threshold = fields.Integer(required=True, allow_none=True, metadata={
        "description": "Counts below it, zero included, are withheld (null when none are)"})
    note = fields.String(required=True, allow_none=True, validate=validate.OneOf(
        ["small_counts_withheld"]), metadata={"description": "A stable code of the note"})
    message = fields.String(required=True, allow_none=True)
    cells = fields.List(fields.String(), required=True, metadata={
        "description": "JSON pointers (RFC 6901) of every count and rate withheld: the small "
                       "ones, and those withheld beside them so that totals cannot give them "
                       "back"})


class OutcomesOut(Schema):
    """Counts and rates of the referrals the caller may see; never a survivor."""

    created_from = fields.Date(data_key="from", allow_none=True, required=True)
    created_to = fields.Date(data_key="to", allow_none=True, required=True)
    min_outcomes = fields.Integer(required=True, metadata={
        "description": "Outcomes a course or provider needs before matching uses its rate"})
    suppression = fields.Nested(SuppressionOut, required=True)
    referrals_by_stage = _counts("Referrals by status (every status, 0 included)")
    placements = fields.Nested(PlacementsOut, required=True)
    completions = fields.Nested(CompletionsOut, required=True)
    retention = fields.List(fields.Nested(RetentionOut), required=True)
    placement_rates = fields.Nested(PlacementRatesOut, required=True)
