"""Reports of outcomes: referrals by stage, placements and completions, retention at the
follow-ups, and placement rates, as JSON and as CSV. Counts only, of the referrals the caller
may see (admins: all); each request is audited."""
from __future__ import annotations

from flask import Response
from flask.views import MethodView

from catalog.services import outcomes as service
from catalog.services.outcomes import OutcomesReport, RateRow
from matcher.vocabulary import Role

from .auth import current_user
from .blueprint import ApiBlueprint
from .database import get_session
from .outcomes_csv import outcomes_csv
from .schemas.reports import OutcomesArgs, OutcomesOut

blp = ApiBlueprint("reports", __name__, url_prefix="/api/v1", description="Outcome reports")

REPORT_ROLES = (Role.COUNSELOR, Role.ITI_LIAISON, Role.CSR_PARTNER, Role.ADMIN)


def _report(args: dict) -> OutcomesReport:
    session = get_session()
    report = service.outcomes_report(session, current_user(),
                                     created_from=args.get("created_from"),
                                     created_to=args.get("created_to"))
    session.commit()  # the audit event
    return report


def _rate(row: RateRow) -> dict:
    return {"id": row.id, "name": row.name, "n": row.tally.n, "placed": row.tally.successes,
            "rate": row.tally.rate, "enough_data": row.tally.enough,
            "used_in_matching": row.used_in_matching}


def as_json(report: OutcomesReport) -> dict:
    return {
        "created_from": report.created_from,
        "created_to": report.created_to,
        "min_outcomes": report.min_outcomes,
        "referrals_by_stage": report.referrals_by_stage,
        "placements": {"by_trade": report.placements_by_trade,
                       "by_district": report.placements_by_district,
                       "by_month": report.placements_by_month},
        "completions": {"by_trade": report.completions_by_trade,
                        "by_month": report.completions_by_month},
        "retention": [{"day": row.day, "kind": row.kind, "recorded": row.recorded,
                       **row.outcomes, "rate": row.rate} for row in report.retention],
        "placement_rates": {
            "courses": [_rate(row) for row in report.courses],
            "providers": [_rate(row) for row in report.providers],
            "employers": [_rate(row) | {"retention_90_recorded": row.retention_90.n,
                                        "retention_90": row.retention_90.rate}
                          for row in report.employers],
        },
    }


@blp.route("/reports/outcomes")
class Outcomes(MethodView):
    @blp.auth(*REPORT_ROLES)
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
    @blp.auth(*REPORT_ROLES)
    @blp.arguments(OutcomesArgs, location="query")
    @blp.response(200, {"type": "string"}, content_type="text/csv",
                  description="The same figures, one per row: section,key,name,count,total,"
                              "rate,used_in_matching")
    def get(self, args):
        """The outcomes report as CSV (long form, one figure per row; see README.md)."""
        report = _report(args)
        period = "_".join(str(day) for day in (report.created_from, report.created_to) if day)
        filename = "outcomes" + (f"_{period}" if period else "") + ".csv"
        return Response(outcomes_csv(report), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{filename}"'})
