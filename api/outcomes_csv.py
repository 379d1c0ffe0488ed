"""The outcomes report as CSV, in long form: one figure per row, so that a spreadsheet can
filter and pivot it. Columns (README.md, "Outcomes"):

section           what the row counts (referrals_by_stage, placements_by_trade, ...)
key               the status, trade code, district, YYYY-MM, follow-up outcome, or an id
name              the course title or organisation name of a placement rate row
count             the count (placed, hired, working, ... for rate rows)
total             the rate's denominator (completed, decided, recorded)
rate              count / total, to 4 decimals; empty when total is 0 or there is no rate
used_in_matching  true or false on placement rate rows

Text cells that could start a formula are neutralised (api/spreadsheet.py).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from catalog.services.outcomes import OutcomesReport, RateRow, Tally

from .spreadsheet import safe_cell

COLUMNS = ("section", "key", "name", "count", "total", "rate", "used_in_matching")


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.4f}"


def _tally_row(section: str, row: RateRow, tally: Tally, used: bool | None) -> list:
    return [section, row.id, safe_cell(row.name), tally.successes, tally.n, _rate(tally.rate),
            "" if used is None else str(used).lower()]


def rows(report: OutcomesReport) -> Iterator[list]:
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
            yield [section, safe_cell(key), "", count, "", "", ""]
    for retention in report.retention:
        section = f"retention_{retention.kind}_day{retention.day}"
        for outcome, count in retention.outcomes.items():
            yield [section, outcome, "", count, retention.recorded, "", ""]
        yield [section, "retained", "", retention.retained, retention.recorded,
               _rate(retention.rate), ""]
    for section, table in (("course_placement", report.courses),
                           ("provider_placement", report.providers)):
        for row in table:
            yield _tally_row(section, row, row.tally, row.used_in_matching)
    for row in report.employers:
        yield _tally_row("employer_placement", row, row.tally, row.used_in_matching)
    for row in report.employers:
        yield _tally_row("employer_retention_90", row, row.retention_90 or Tally(), None)


def outcomes_csv(report: OutcomesReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(report))
    return out.getvalue()
