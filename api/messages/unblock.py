"""The words of the unblock steps of near misses (`matcher.messages.Unblock`, issue 17): what
would lift a blocker, as a counselor reads it aloud. `api.messages` files them with the other
codes; each takes the `Words` of the reader and the step's parameters."""
from __future__ import annotations

from typing import Any

from matcher.messages import Unblock

from .words import Words


def _where(w: Words, alternative: dict[str, Any]) -> str:
    km = alternative.get("km")
    if km is None:
        return w._("remote")
    if km < 1:
        return w._("less than 1 km away")
    return w._("%(km)s km away", km=w.number(round(km)))


def _bridge(w: Words, p: dict) -> str:
    first = w.ngettext(
        "First '%(title)s', %(num)d week from %(start)s to %(end)s (reaches %(level)s).",
        "First '%(title)s', %(num)d weeks from %(start)s to %(end)s (reaches %(level)s).",
        int(p.get("duration_weeks") or 0), title=p.get("title") or "",
        start=w.date(p.get("starts_on")) or "—", end=w.date(p.get("ends_on")) or "—",
        level=w.label("literacy", p.get("reaches")))
    then = p.get("then_starts_on")
    if p.get("then_batch_id") is not None and then:
        after = w._("Then she can join this course's batch starting %(date)s.", date=w.date(then))
    elif then:
        after = w._("Then she can apply from %(date)s.", date=w.date(then))
    elif p.get("kind") == "opening":
        after = w._("The job closes before that.")
    else:
        after = w._("No batch of this course after that is announced yet.")
    return f"{first} {after}"


def _travel(w: Words, p: dict) -> str:
    if p.get("lodging") == "residential":
        text = w._("It is residential: open to her if she can move there.")
    elif p.get("lodging") == "accommodation":
        text = w._("Accommodation is provided: open to her if she can move there.")
    else:
        text = w._("Open to her if she can travel within %(km)s km.",
                   km=w.number(p.get("km") or 0))
    alternative = p.get("alternative")
    if not alternative:
        return text
    where = _where(w, alternative)
    if alternative.get("kind") == "opening":
        more = w._("Or a job of this trade with accommodation: '%(title)s' (%(where)s).",
                   title=alternative.get("title") or "", where=where)
    else:
        more = w._("Or a residential course of this trade: '%(title)s' (%(where)s).",
                   title=alternative.get("title") or "", where=where)
    return f"{text} {more}"


def _language(w: Words, p: dict) -> str:
    alternative = p.get("alternative") or {}
    languages = w.list((w.label("language", c) for c in p.get("languages") or ()), "or")
    if alternative.get("kind") == "opening":
        return w._("A job of the same trade in %(languages)s: '%(title)s' (%(where)s).",
                   languages=languages, title=alternative.get("title") or "",
                   where=_where(w, alternative))
    return w._("The same trade taught in %(languages)s: '%(title)s' (%(where)s).",
               languages=languages, title=alternative.get("title") or "",
               where=_where(w, alternative))


def _next_intake(w: Words, p: dict) -> str:
    alternative = p.get("alternative") or {}
    title, where = alternative.get("title") or "", _where(w, alternative)
    if alternative.get("kind") == "opening":
        if alternative.get("closes_on"):
            return w._("An open job of this trade: '%(title)s' (%(where)s), until %(date)s.",
                       title=title, where=where, date=w.date(alternative["closes_on"]))
        return w._("An open job of this trade: '%(title)s' (%(where)s).", title=title,
                   where=where)
    return w._("Next batch with seats in this trade: '%(title)s' (%(where)s), starts "
               "%(date)s.", title=title, where=where,
               date=w.date(alternative.get("starts_on")) or "—")


UNBLOCKS = {
    Unblock.BRIDGE: _bridge,
    Unblock.TRAVEL: _travel,
    Unblock.LANGUAGE: _language,
    Unblock.NEXT_INTAKE: _next_intake,
}
