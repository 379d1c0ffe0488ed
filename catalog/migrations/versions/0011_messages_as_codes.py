"""Stored prose becomes codes with parameters: notifications, allocation explanations, flags.

Nothing stored is a sentence meant for a reader any more: the edge (`api.messages`) words codes
in the reader's language. This converts the rows written before:
- `notifications.message` is dropped; its parameters are in `data` (a hold's course title and a
  digest's count are added from the old sentence when missing);
- `allocation_items.explanation`: placement reasons, the unplaced explanation, the nearest
  alternative's explanation and every passed-over batch become `{"code", "params"}`;
- `openings.flags`: `{"code", "message"}` becomes `{"code", "params"}` (the wage figures of the
  wage flags are read back from the sentence).
A sentence that matches none of the old forms is kept as `{"code": "text", "params": {"text"}}`
and shown as it is (English), so no row is lost.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""
from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

DATE = r"(\d{4}-\d{2}-\d{2})"
BECAUSE = {
    "its seats went to survivors whose need of income is more urgent": "higher_urgency",
    "its seats went to survivors of the same urgency who have waited longer": "longer_wait",
    "its seats went to survivors of equal priority with fewer batches open to them":
        "fewer_alternatives",
    "its seats went to survivors of equal priority who fit it better": "better_fit",
    "its seats went to survivors of equal priority registered earlier": "registered_earlier",
}


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _km(text: str) -> float:
    return 0.5 if text.lower().startswith("less than 1") else float(text.split()[0])


class _Reader:
    """Reads the sentences the code before this revision wrote back into codes."""

    def __init__(self, trades: dict[str, str], schemes: dict[str, str]) -> None:
        self.trades, self.schemes = trades, schemes  # English name -> code

    def trade(self, name: str) -> str:
        return self.trades.get(name.strip(), name.strip())

    def scheme(self, name: str) -> str:
        return self.schemes.get(name.strip(), name.strip())

    def reason(self, text: str) -> dict:  # noqa: C901 - one branch per old sentence
        text = text.strip()
        m = re.fullmatch(r"Interest '(.*)' matches trade (.+)", text)
        if m:
            return _msg("interest_match", interest=m[1], trade=self.trade(m[2]))
        if text == "Reading and schooling open the way to skills":
            return _msg("literacy_programme")
        if text == "Small-business support suits older survivors":
            return _msg("entrepreneurship_age")
        m = re.fullmatch(r"Has experience in (.+) \('(.*)'\)", text)
        if m:
            return _msg("experience", trade=self.trade(m[1]), experience=m[2])
        if text == "Remote: no travel":
            return _msg("remote_no_travel")
        m = re.fullmatch(r"(Less than 1 km|\d+ km) away", text)
        if m:
            return _msg("distance", km=_km(m[1]))
        m = re.fullmatch(r"(Less than 1 km|\d+ km) away, (residential|accommodation provided): "
                         r"would relocate", text)
        if m:
            return _msg("relocate", km=_km(m[1]),
                        lodging="residential" if m[2] == "residential" else "accommodation")
        m = re.fullmatch(r"Batch starts (tomorrow|in (-?\d+) days) \(" + DATE + r"\)", text)
        if m:
            return _msg("batch_starts", days=1 if m[1] == "tomorrow" else int(m[2]), date=m[3])
        income = self._income(text)
        if income:
            return income
        market = self._market(text)
        if market:
            return market
        preferences = self._preferences(text)
        if preferences:
            return preferences
        return self.note(text)

    def _income(self, text: str) -> dict | None:
        urgent = text.endswith(" (income is urgent)")
        body = text.removesuffix(" (income is urgent)")
        params: dict = {}
        for part in body.split("; "):
            part = part[0].lower() + part[1:] if part else part
            if m := re.fullmatch(r"stipend ₹([\d,]+) a month", part):
                params["stipend_inr_month"] = _int(m[1])
            elif m := re.fullmatch(r"short course \((\d+) weeks\)", part):
                params["short_course_weeks"] = int(m[1])
            elif part == "free of charge":
                params["free"] = True
            elif m := re.fullmatch(r"pays ₹([\d,]+) a month", part):
                params["wage_inr_month"] = _int(m[1])
            else:
                return None
        return _msg("income", **params, urgent=urgent) if params else None

    def _market(self, text: str) -> dict | None:
        params: dict = {}
        for part in text.split("; "):
            part = part[0].lower() + part[1:] if part else part
            if m := re.fullmatch(r"(\d+) open positions? in (.+) within reach", part):
                params.update(positions=int(m[1]), trade=self.trade(m[2]))
            elif m := re.fullmatch(r"declared placement rate (\d+)%", part):
                params.update(rate_percent=int(m[1]), source="declared", outcomes=0)
            elif m := re.fullmatch(r"(provider's placement rate|placement rate) (\d+)% from "
                                   r"(\d+) past referrals?", part):
                source = "observed_provider" if m[1].startswith("provider") else "observed"
                params.update(rate_percent=int(m[2]), source=source, outcomes=int(m[3]))
            else:
                return None
        return _msg("marketability", **params) if params else None

    def _preferences(self, text: str) -> dict | None:
        params: dict = {}
        for part in text.lower().split("; "):
            if part == "women-only, as preferred":
                params["women_only"] = True
            elif part == "day shift":
                params["day_shift"] = True
            elif part in ("residential", "accommodation"):
                params["lodging"] = part
            else:
                return None
        return _msg("preferences_met", **params) if params else None

    def note(self, text: str) -> dict:
        """A pathway note or an allocation sentence; else the text as it is."""
        text = text.strip()
        m = re.fullmatch(r"Documents to arrange first: (.+)", text)
        if m:
            return _msg("documents_first",
                        documents=[d.strip().replace(" ", "_") for d in m[1].split(",")])
        m = re.fullmatch(r"Open a zero-balance bank account under (.+) before any wage or "
                         r"stipend is paid", text)
        if m:
            return _msg("bank_account_first", scheme=self.scheme(m[1]))
        m = re.fullmatch(r"First the literacy course '(.*)' \(reaches (\w+)\)", text)
        if m:
            return _msg("bridge_first", title=m[1], reaches=m[2])
        m = re.fullmatch(r"Stipend of Rs ([\d,]+) a month during the course", text)
        if m:
            return _msg("stipend", amount_inr_month=_int(m[1]))
        m = re.fullmatch(r"No stipend: ask whether the course runs under (.+) \(free training "
                         r"and support for trainees\)", text)
        if m:
            return _msg("course_support", scheme=self.scheme(m[1]))
        m = re.fullmatch(r"After the course, a loan(?: of up to Rs ([\d,]+))? to start her "
                         r"business: (.+)", text)
        if m:
            return _msg("business_loan", scheme=self.scheme(m[2]),
                        amount_inr=_int(m[1]) if m[1] else None)
        m = re.fullmatch(r"Then (\d+) openings? in this trade within reach", text)
        if m:
            return _msg("openings_after", count=int(m[1]))
        m = re.fullmatch(r"(.+), starting " + DATE + r": (her first choice|her choice (\d+)) of "
                         r"(the one batch|(\d+) batches) she may join \(score ([\d.]+)\)\.", text)
        if m:
            return _msg("placed_choice", title=m[1], start_date=m[2],
                        choice=1 if m[4] is None else int(m[4]),
                        options=1 if m[6] is None else int(m[6]), score=float(m[7]))
        m = re.fullmatch(r"Not (.+) \(starting " + DATE + r"\): (.+)\.", text)
        if m and m[3] in BECAUSE:
            return _msg("passed_over", title=m[1], start_date=m[2], because=BECAUSE[m[3]])
        return _msg("text", text=text)

    def unplaced(self, text: str) -> list[dict]:
        notes = []
        m = re.match(r"She already holds a seat in (.+?)\. ", text)
        if m:
            notes.append(_msg("already_holds", titles=m[1].split(", ")))
            text = text[m.end():]
        if text.startswith("Every batch she may join was filled by survivors of higher"):
            notes.append(_msg("unplaced_outranked"))
        elif m := re.match(r"No batch she may join scores ([\d.]+) or more for her", text):
            notes.append(_msg("unplaced_below_min_score", min_score=float(m[1])))
        elif text.startswith("She may join none of these batches"):
            notes.append(_msg("unplaced_none_joinable"))
        else:
            notes.append(_msg("text", text=text))
        return notes

    def alternative(self, text: str) -> dict:
        m = re.fullmatch(r"A seat is left; it scores ([\d.]+) for her, under the least score "
                         r"([\d.]+) of a choice\.", text)
        if m:
            return _msg("alternative_under_min_score", score=float(m[1]), min_score=float(m[2]))
        m = re.fullmatch(r"Her first choice: (.+)\.", text)
        if m and m[1] in BECAUSE:
            return _msg("alternative_first_choice", because=BECAUSE[m[1]])
        if text.startswith("The batch she is nearest to joining"):
            return _msg("alternative_nearest")
        return _msg("text", text=text)


def _msg(code: str, **params) -> dict:
    return {"code": code, "params": params}


def _loads(value):
    return json.loads(value) if isinstance(value, str) else value


def _explanation(reader: _Reader, explanation: dict) -> dict:
    explanation = dict(explanation or {})
    if isinstance(explanation.get("reasons"), list):
        explanation["reasons"] = [reader.reason(r) if isinstance(r, str) else r
                                  for r in explanation["reasons"]]
    if isinstance(explanation.get("explanation"), str):
        explanation["explanation"] = reader.unplaced(explanation["explanation"])
    for passed in explanation.get("passed_over") or []:
        passed.pop("explanation", None)
    alternative = explanation.get("nearest_alternative")
    if isinstance(alternative, dict) and isinstance(alternative.get("explanation"), str):
        alternative["explanation"] = reader.alternative(alternative["explanation"])
    for blocker in (alternative or {}).get("blockers") or []:
        if "message" in blocker:
            blocker.pop("message")
            blocker.setdefault("params", {})
    return explanation


def _flag(flag: dict) -> dict:
    if "params" in flag:
        return flag
    message, params = flag.get("message") or "", {}
    if flag.get("code") in ("wage_outlier", "no_experience_high_pay"):
        amounts = [_int(a) for a in re.findall(r"Rs ([\d,]+)", message)]
        if "statutory minimum" in message and len(amounts) >= 2:
            params = {"wage_inr_month": amounts[0], "floor_inr_month": amounts[1]}
        elif len(amounts) >= 2:
            params = {"wage_inr_month": amounts[0], "typical_inr_month": amounts[1]}
    return {"code": flag.get("code"), "params": params}


def upgrade() -> None:
    bind = op.get_bind()
    trades = dict(bind.execute(sa.text("SELECT name, code FROM trades")).all())
    schemes = dict(bind.execute(sa.text("SELECT name, code FROM schemes")).all())
    reader = _Reader(trades, schemes)

    notifications = sa.table("notifications", sa.column("id", sa.Integer),
                             sa.column("kind", sa.String), sa.column("message", sa.Text),
                             sa.column("data", sa.JSON))
    for row in bind.execute(sa.select(notifications)).all():
        data = dict(_loads(row.data) or {})
        if row.kind == "hold_expired" and "title" not in data:
            m = re.search(r" on (.+) \(batch \d+\) expired", row.message or "")
            data["title"] = m[1] if m else None
        if row.kind == "new_matches" and "count" not in data:
            m = re.match(r"(\d+) new match", row.message or "")
            data["count"] = int(m[1]) if m else len(data.get("offers") or [])
        bind.execute(notifications.update().where(notifications.c.id == row.id)
                     .values(data=data))
    with op.batch_alter_table("notifications") as batch_op:
        batch_op.drop_column("message")

    items = sa.table("allocation_items", sa.column("id", sa.Integer),
                     sa.column("explanation", sa.JSON))
    for row in bind.execute(sa.select(items)).all():
        converted = _explanation(reader, _loads(row.explanation))
        bind.execute(items.update().where(items.c.id == row.id).values(explanation=converted))

    openings = sa.table("openings", sa.column("id", sa.Integer), sa.column("flags", sa.JSON))
    for row in bind.execute(sa.select(openings)).all():
        flags = _loads(row.flags) or []
        if any("message" in flag for flag in flags):
            bind.execute(openings.update().where(openings.c.id == row.id)
                         .values(flags=[_flag(flag) for flag in flags]))


def downgrade() -> None:
    # The sentences are not rebuilt: the column comes back empty for old rows.
    with op.batch_alter_table("notifications") as batch_op:
        batch_op.add_column(sa.Column("message", sa.Text(), nullable=False, server_default=""))
