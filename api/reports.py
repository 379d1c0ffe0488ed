"""Reports of outcomes: referrals by stage, placements and completions, retention at the
follow-ups, and placement rates, as JSON and as CSV. Counts only, of the referrals the caller
may see (admins: all); each request is audited. A reader outside the organisation that owns the
survivors reads small counts withheld (null, listed in `suppression.cells`)."""
from __future__ import annotations

from flask import Response, current_app
from flask.views import MethodView

from catalog.services import outcomes as service
from catalog.services.outcomes import OutcomesReport, RateRow

from .auth import SIGNED_IN, current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .outcomes_csv import outcomes_csv, suppression_message
from .schemas.reports import OutcomesArgs, OutcomesOut

blp = ApiBlueprint("reports", __name__, description="Outcome reports")


def _report(args: dict) -> OutcomesReport:
    session = get_session()
    report = service.outcomes_report(session, current_user(),
                                     created_from=args.get("created_from"),
                                     created_to=args.get("created_to"),
                                     suppress_below=current_app.config["REPORT_SUPPRESS_BELOW"])
    session.commit()  # the audit event
    return report


class _Json:
    """The report as JSON: each withheld count null, its JSON pointer listed, and on rows the
    names of the fields withheld."""

    def __init__(self, report: OutcomesReport) -> None:
        self.report = report
        self.pointers: list[str] = []

    def count(self, value: int, key: tuple, pointer: str) -> int | None:
        if self.report.withheld(*key):
            self.pointers.append(pointer)
            return None
        return value

    def table(self, counts: dict[str, int], name: str, pointer: str) -> dict[str, int | None]:
        return {label: self.count(n, (name, label), f"{pointer}/{_escape(label)}")
                for label, n in counts.items()}

    def row(self, values: dict[str, tuple[object, tuple]], pointer: str) -> dict:
        """`values`: field -> (value, key of its count); a rate's key is a pair of keys."""
        out, withheld = {}, []
        for name, (value, key) in values.items():
            if key is None:
                out[name] = value
                continue
            hidden = (any(self.report.withheld(*k) for k in key) if isinstance(key[0], tuple)
                      else self.report.withheld(*key))
            out[name] = None if hidden else value
            if hidden:
                withheld.append(name)
                self.pointers.append(f"{pointer}/{name}")
        return out | {"suppressed": withheld}


def _escape(label: str) -> str:
    return str(label).replace("~", "~0").replace("/", "~1")  # RFC 6901


def _rate_row(json: _Json, kind: str, row: RateRow, pointer: str) -> dict:
    n, placed = (kind, row.id, "n"), (kind, row.id, "placed")
    values = {"id": (row.id, None), "name": (row.name, None), "n": (row.tally.n, n),
              "placed": (row.tally.successes, placed), "rate": (row.tally.rate, (placed, n)),
              "enough_data": (row.tally.enough, None),
              "used_in_matching": (row.used_in_matching, None)}
    if kind == "employers":
        recorded = (kind, row.id, "retention_90_recorded")
        working = (kind, row.id, "retention_90_working")
        values["retention_90_recorded"] = (row.retention_90.n, recorded)
        values["retention_90"] = (row.retention_90.rate, (working, recorded))
    return json.row(values, pointer)


def as_json(report: OutcomesReport) -> dict:
    json = _Json(report)
    stages = json.table(report.referrals_by_stage, "referrals_by_stage", "/referrals_by_stage")
    placements = {
        name: json.table(getattr(report, f"placements_{name}"), f"placements_{name}",
                         f"/placements/{name}")
        for name in ("by_trade", "by_district", "by_month")}
    completions = {
        name: json.table(getattr(report, f"completions_{name}"), f"completions_{name}",
                         f"/completions/{name}")
        for name in ("by_trade", "by_month")}
    retention = []
    for index, row in enumerate(report.retention):
        key = ("retention", row.day, row.kind)
        values = {"day": (row.day, None), "kind": (row.kind, None),
                  "recorded": (row.recorded, (*key, "recorded"))}
        values |= {outcome: (n, (*key, outcome)) for outcome, n in row.outcomes.items()}
        values["rate"] = (row.rate, ((*key, "retained"), (*key, "recorded")))
        retention.append(json.row(values, f"/retention/{index}"))
    rates = {kind: [_rate_row(json, kind, row, f"/placement_rates/{kind}/{index}")
                    for index, row in enumerate(getattr(report, kind))]
             for kind in ("courses", "providers", "employers")}
    suppression = report.suppression
    return {
        "created_from": report.created_from,
        "created_to": report.created_to,
        "min_outcomes": report.min_outcomes,
        "suppression": {
            "applies": suppression is not None,
            "threshold": suppression.threshold if suppression else None,
            "note": "small_counts_withheld" if suppression else None,
            "message": suppression_message(report),
            "cells": json.pointers,
        },
        "referrals_by_stage": stages,
        "placements": placements,
        "completions": completions,
        "retention": retention,
        "placement_rates": rates,
    }


@blp.route("/reports/outcomes")
class Outcomes(MethodView):
    @blp.auth(*SIGNED_IN)  # each reads the referrals she may see
    @blp.arguments(OutcomesArgs, location="query")
    @blp.response(200, OutcomesOut)
    def get(self, args):
        """Outcomes of the referrals I may see (admins: all), created from..to: referrals by
        stage; placements by trade, district and month; completions by trade and month;
        retention at the day-30, 90 and 180 follow-ups; placement rates of courses, providers
        and employers, and whether matching uses them."""
        return as_json(_report(args))


@blp.route("/reports/outcomes.csv")
class OutcomesCsv(MethodView):
    @blp.auth(*SIGNED_IN)
    @blp.arguments(OutcomesArgs, location="query")
    @blp.response(200, {"type": "string"}, content_type="text/csv",
                  description="The same figures, one per row: section,key,name,count,total,"
                              "rate,used_in_matching")
    def get(self, args):
        """The outcomes report as CSV (long form, one figure per row; see docs/outcomes.md)."""
        report = _report(args)
        period = "_".join(str(day) for day in (report.created_from, report.created_to) if day)
        filename = "outcomes" + (f"_{period}" if period else "") + ".csv"
        return Response(outcomes_csv(report), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
