"""The outcomes report as CSV, in long form: one figure per row, so that a spreadsheet can
filter and pivot it. Columns (docs/outcomes.md):

section           what the row counts (referrals_by_stage, placements_by_trade, ...)
key               the status, trade code, district, YYYY-MM, follow-up outcome, or an id
name              the course title or organisation name of a placement rate row
count             the count (placed, hired, working, ... for rate rows)
total             the rate's denominator (completed, decided, recorded)
rate              count / total, to 4 decimals; empty when total is 0 or there is no rate
used_in_matching  true or false on placement rate rows
suppressed        the columns of the row withheld from this reader (e.g. "count rate"), empty
                  when none: they are left empty

A reader outside the organisation that owns the survivors (catalog.access) reads small counts
withheld, and a first row `suppression,small_counts_withheld,<note>,<threshold>` says so.
Text cells that could start a formula are neutralised (api/spreadsheet.py).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from catalog.services.outcomes import OutcomesReport, RateRow
from catalog.services.placement_rates import Tally

from .spreadsheet import safe_cell
from .i18n import wording

COLUMNS = ("section", "key", "name", "count", "total", "rate", "used_in_matching",
           "suppressed")


def suppression_message(report: OutcomesReport) -> str | None:
    """The note to a reader from whom counts are withheld (the JSON report says it too)."""
    if report.suppression is None:
        return None
    return wording()._("Counts below %(threshold)s are withheld, and so are other counts that "
                       "would let them be worked out from totals: this report counts survivors "
                       "of organisations other than yours.",
                       threshold=report.suppression.threshold)


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.4f}"


def _figures(report: OutcomesReport, count: tuple[int, tuple | None],
             total: tuple[int, tuple] | None = None, rate: float | None = None,
             with_rate: bool = False) -> list:
    """count, total, rate and the names of those withheld; each is (value, key of its cell)."""
    withheld = []
    count_value, count_key = count
    shown_count = "" if count_key and report.withheld(*count_key) else count_value
    if shown_count == "":
        withheld.append("count")
    shown_total = ""
    if total is not None:
        total_value, total_key = total
        shown_total = "" if report.withheld(*total_key) else total_value
        if shown_total == "":
            withheld.append("total")
    shown_rate = ""
    if with_rate:
        if withheld:
            withheld.append("rate")
        else:
            shown_rate = _rate(rate)
    return [shown_count, shown_total, shown_rate, withheld]


def _tally_row(report: OutcomesReport, section: str, kind: str, row: RateRow, tally: Tally,
               fields: tuple[str, str], used: bool | None) -> list:
    count, total, rate, withheld = _figures(report, (tally.successes, (kind, row.id, fields[0])),
                                            (tally.n, (kind, row.id, fields[1])), tally.rate,
                                            with_rate=True)
    return [section, row.id, safe_cell(row.name), count, total, rate,
            "" if used is None else str(used).lower(), " ".join(withheld)]


def rows(report: OutcomesReport) -> Iterator[list]:
    if report.suppression is not None:
        yield ["suppression", "small_counts_withheld", suppression_message(report),
               report.suppression.threshold, "", "", "", ""]
    counts = [
        ("referrals_by_stage", report.referrals_by_stage),
        ("placements_by_trade", report.placements_by_trade),
        ("placements_by_district", report.placements_by_district),
        ("placements_by_month", report.placements_by_month),
        ("completions_by_trade", report.completions_by_trade),
        ("completions_by_month", report.completions_by_month),
    ]
    for section, table in counts:
        for key, count in table.items():
            figures = _figures(report, (count, (section, key)))
            yield [section, safe_cell(key), "", *figures[:3], "", " ".join(figures[3])]
    for retention in report.retention:
        section = f"retention_{retention.kind}_day{retention.day}"
        cell = ("retention", retention.day, retention.kind)
        recorded = (retention.recorded, (*cell, "recorded"))
        for outcome, count in retention.outcomes.items():
            figures = _figures(report, (count, (*cell, outcome)), recorded)
            yield [section, outcome, "", *figures[:3], "", " ".join(figures[3])]
        figures = _figures(report, (retention.retained, (*cell, "retained")), recorded,
                           retention.rate, with_rate=True)
        yield [section, "retained", "", *figures[:3], "", " ".join(figures[3])]
    for section, kind, table in (("course_placement", "courses", report.courses),
                                 ("provider_placement", "providers", report.providers)):
        for row in table:
            yield _tally_row(report, section, kind, row, row.tally, ("placed", "n"),
                             row.used_in_matching)
    for row in report.employers:
        yield _tally_row(report, "employer_placement", "employers", row, row.tally,
                         ("placed", "n"), row.used_in_matching)
    for row in report.employers:
        yield _tally_row(report, "employer_retention_90", "employers", row,
                         row.retention_90 or Tally(),
                         ("retention_90_working", "retention_90_recorded"), None)


def outcomes_csv(report: OutcomesReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(report))
    return out.getvalue()
