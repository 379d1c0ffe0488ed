"""Reasons (`matcher.messages.Reason`): why a match is proposed to her."""
from __future__ import annotations

from matcher.messages import Reason

from .words import Words, capital


def _km(w: Words, km: float) -> str:
    return w.number(round(km or 0))


def _distance(w: Words, p: dict) -> str:
    if (p.get("km") or 0) < 1:
        return w._("Less than 1 km away")
    return w._("%(km)s km away", km=_km(w, p["km"]))


def _relocate(w: Words, p: dict) -> str:
    if p.get("lodging") == "residential":
        return w._("%(km)s km away, residential: would relocate", km=_km(w, p.get("km")))
    return w._("%(km)s km away, accommodation provided: would relocate", km=_km(w, p.get("km")))


def _income(w: Words, p: dict) -> str:
    parts = []
    if p.get("stipend_inr_month"):
        parts.append(w._("stipend %(amount)s a month", amount=w.rupees(p["stipend_inr_month"])))
    if p.get("short_course_weeks"):
        parts.append(w.ngettext("short course (%(num)d week)", "short course (%(num)d weeks)",
                                int(p["short_course_weeks"])))
    if p.get("free"):
        parts.append(w._("free of charge"))
    if p.get("wage_inr_month"):
        parts.append(w._("pays %(amount)s a month", amount=w.rupees(p["wage_inr_month"])))
    text = capital("; ".join(parts))
    if p.get("urgent"):
        text = w._("%(reason)s (income is urgent)", reason=text)
    return text


def _marketability(w: Words, p: dict) -> str:
    parts = []
    if p.get("positions"):
        parts.append(w.ngettext("%(num)d open position in %(trade)s within reach",
                                "%(num)d open positions in %(trade)s within reach",
                                int(p["positions"]), trade=w.trade(p.get("trade"))))
    if p.get("rate_percent") is not None:
        rate, outcomes = p["rate_percent"], int(p.get("outcomes") or 0)
        if p.get("source") == "observed_provider":
            parts.append(w.ngettext(
                "provider's placement rate %(rate)s%% from %(num)d past referral",
                "provider's placement rate %(rate)s%% from %(num)d past referrals",
                outcomes, rate=rate))
        elif p.get("source") in ("observed", "observed_course"):
            parts.append(w.ngettext("placement rate %(rate)s%% from %(num)d past referral",
                                    "placement rate %(rate)s%% from %(num)d past referrals",
                                    outcomes, rate=rate))
        else:
            parts.append(w._("declared placement rate %(rate)s%%", rate=rate))
    return capital("; ".join(parts))


def _starts(w: Words, p: dict) -> str:
    days, when = int(p.get("days") or 0), w.date(p.get("date"))
    if days == 1:
        return w._("Batch starts tomorrow (%(date)s)", date=when)
    return w.ngettext("Batch starts in %(num)d day (%(date)s)",
                      "Batch starts in %(num)d days (%(date)s)", days, date=when)


def _preferences(w: Words, p: dict) -> str:
    parts = []
    if p.get("women_only"):
        parts.append(w._("women-only, as preferred"))
    if p.get("day_shift"):
        parts.append(w._("day shift"))
    if p.get("lodging") == "residential":
        parts.append(w._("residential"))
    elif p.get("lodging") == "accommodation":
        parts.append(w._("accommodation"))
    return capital("; ".join(parts))


REASONS = {
    Reason.NEEDS_NO_INDIAN_PAPERS: lambda w, p: w._(
        "Needs no Indian papers: she can do this while she waits for repatriation")
    if p.get("awaiting_repatriation") else w._(
        "Needs no Indian papers: she can do this while she waits"),
    Reason.INTEREST_MATCH: lambda w, p: w._(
        "Interest '%(interest)s' matches trade %(trade)s", interest=p.get("interest"),
        trade=w.trade(p.get("trade"))),
    Reason.LITERACY_PROGRAMME: lambda w, p: w._("Reading and schooling open the way to skills"),
    Reason.ENTREPRENEURSHIP_AGE: lambda w, p: w._("Small-business support suits older survivors"),
    Reason.EXPERIENCE: lambda w, p: w._(
        "Has experience in %(trade)s ('%(experience)s')", trade=w.trade(p.get("trade")),
        experience=p.get("experience")),
    Reason.REMOTE_NO_TRAVEL: lambda w, p: w._("Remote: no travel"),
    Reason.DISTANCE: _distance, Reason.RELOCATE: _relocate, Reason.INCOME: _income,
    Reason.MARKETABILITY: _marketability, Reason.BATCH_STARTS: _starts,
    Reason.PREFERENCES_MET: _preferences,
}
