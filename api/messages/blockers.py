"""Blockers (`matcher.vocabulary.Blocker`): why an offer is not open to her, as a counselor
reads it."""
from __future__ import annotations

from matcher.vocabulary import Blocker

from .words import Words, capital


def _literacy(w: Words, p: dict) -> str:
    return w._("Needs %(needs)s; profile has %(has)s", needs=w.label("literacy", p.get("needs")),
               has=w.label("literacy", p.get("has")))


def _language(w: Words, p: dict) -> str:
    offered = w.list((w.label("language", c) for c in p.get("offered") or ()), "or")
    spoken = w.labels("language", p.get("spoken") or ())
    if p.get("kind") == "course":
        return w._("Taught in %(offered)s; survivor speaks %(spoken)s", offered=offered,
                   spoken=spoken)
    return w._("Work in %(offered)s; survivor speaks %(spoken)s", offered=offered, spoken=spoken)


def _too_far(w: Words, p: dict) -> str:
    km, reach = w.number(p.get("km")), w.number(p.get("max_travel_km"))
    if p.get("lodging") == "residential":
        return w._("%(km)s km away; survivor can travel %(reach)s km (residential, but survivor "
                   "cannot relocate)", km=km, reach=reach)
    if p.get("lodging") == "accommodation":
        return w._("%(km)s km away; survivor can travel %(reach)s km (accommodation provided, "
                   "but survivor cannot relocate)", km=km, reach=reach)
    return w._("%(km)s km away; survivor can travel %(reach)s km", km=km, reach=reach)


def _device_has(w: Words, device: str, connectivity: bool) -> str:
    if device == "feature_phone":
        return (w._("a feature phone") if connectivity
                else w._("a feature phone without internet"))
    if device == "smartphone":
        return w._("a smartphone") if connectivity else w._("a smartphone without internet")
    if device == "computer":
        return w._("a computer") if connectivity else w._("a computer without internet")
    return w._("no device")


def _no_device(w: Words, p: dict) -> str:
    has = _device_has(w, str(p.get("device")), bool(p.get("connectivity")))
    if p.get("kind") == "course":
        return w._("Remote classes need a smartphone or computer with internet; survivor has "
                   "%(has)s", has=has)
    return w._("Remote desk work needs a computer with internet; survivor has %(has)s", has=has)


def _mode(w: Words, p: dict) -> str:
    course = p.get("kind") == "course"
    if p.get("needs") == "presence":
        if course:
            return w._("The course needs attendance in person; survivor can only take part "
                       "remotely")
        return w._("The job needs attendance on site; survivor can only take part remotely")
    if course:
        return w._("The course is remote only; survivor wants to take part in person")
    return w._("The job is remote only; survivor wants to take part in person")


def _practice(w: Words, p: dict) -> str:
    trade = w.trade(p.get("trade"))
    if p.get("because") == "course_remote_only":
        return w._("%(trade)s needs hands-on practice and cannot be learned remote only",
                   trade=trade)
    return w._("%(trade)s needs hands-on practice; survivor can only learn remotely", trade=trade)


def min_age(w: Words, p: dict) -> str:
    return w._("Minimum age %(min_age)s; survivor is %(age)s", min_age=p.get("min_age"),
               age=p.get("age"))


def max_age(w: Words, p: dict) -> str:
    return w._("Maximum age %(max_age)s; survivor is %(age)s", max_age=p.get("max_age"),
               age=p.get("age"))


def _age(w: Words, p: dict) -> str:
    return min_age(w, p) if p.get("min_age") is not None else max_age(w, p)


def _women_only(w: Words, p: dict) -> str:
    return w._("Women-only course") if p.get("kind") == "course" else w._("Women-only job")


def _avoided(w: Words, p: dict) -> str:
    return w._("Located in %(district)s, a district the survivor must avoid for safety",
               district=capital(str(p.get("district") or "")))


def _sector(w: Words, p: dict) -> str:
    return w._("Not proposed: %(trade)s is work of the sector she was exploited in (%(sector)s). "
               "If she chooses to return to it, write why on her profile.",
               trade=w.trade(p.get("trade")), sector=w.label("exploited_sector", p.get("sector")))


def _capacity(w: Words, p: dict) -> str:
    if p.get("kind") == "opening":
        return w.ngettext("The one position is filled", "All %(num)d positions are filled",
                          int(p.get("positions") or 0))
    return w.ngettext("The batch is full", "All %(num)d open batches are full",
                      int(p.get("batches") or 1))


def _closed(w: Words, p: dict) -> str:
    if p.get("kind") == "opening":
        if p.get("closed_on"):
            return w._("Applications closed on %(date)s", date=w.date(p["closed_on"]))
        return w._("The opening is closed")
    batches = int(p.get("batches") or 0)
    if batches == 0:
        return w._("No batch is scheduled")
    if batches == 1:
        return w._("The batch has started or its deadline has passed")
    return w._("Every batch has started or its deadline has passed")


BLOCKERS = {
    Blocker.LITERACY_BELOW_MINIMUM: _literacy, Blocker.LANGUAGE_MISMATCH: _language,
    Blocker.TOO_FAR: _too_far, Blocker.NO_DEVICE: _no_device, Blocker.MODE_MISMATCH: _mode,
    Blocker.NEEDS_IN_PERSON_PRACTICE: _practice, Blocker.AGE_OUT_OF_RANGE: _age,
    Blocker.WOMEN_ONLY: _women_only, Blocker.AVOIDED_DISTRICT: _avoided,
    Blocker.NO_CAPACITY: _capacity, Blocker.CLOSED: _closed,
    Blocker.EXPLOITED_SECTOR: _sector,
    Blocker.DOCUMENT_UNOBTAINABLE: lambda w, p: w._(
        "Needs %(documents)s, which she cannot obtain without Indian papers",
        documents=w.labels("document", p.get("documents") or ())),
}
