"""Pathway notes (`matcher.messages.PathwayNote`) and the steps of a match's pathway: what
comes first, and each step as a counselor reads it."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from matcher.messages import PathwayNote

from .words import Words


def _bridge_first(w: Words, p: dict) -> str:
    return w._("First the literacy course '%(title)s' (reaches %(level)s)",
               title=p.get("title"), level=w.label("literacy", p.get("reaches")))


def _documents_first(w: Words, p: dict) -> str:
    return w._("Documents to arrange first: %(documents)s",
               documents=w.labels("document", p.get("documents") or ()))


def _bank_first(w: Words, p: dict) -> str:
    return w._("Open a zero-balance bank account under %(scheme)s before any wage or stipend "
               "is paid", scheme=w.scheme(p.get("scheme")))


def _stipend(w: Words, p: dict) -> str:
    return w._("Stipend of %(amount)s a month during the course",
               amount=w.rupees(p.get("amount_inr_month")))


def _course_support(w: Words, p: dict) -> str:
    return w._("No stipend: ask whether the course runs under %(scheme)s (free training and "
               "support for trainees)", scheme=w.scheme(p.get("scheme")))


def _loan(w: Words, p: dict) -> str:
    scheme = w.scheme(p.get("scheme"))
    if p.get("amount_inr"):
        return w._("After the course, a loan of up to %(amount)s to start her business: "
                   "%(scheme)s", amount=w.rupees(p["amount_inr"]), scheme=scheme)
    return w._("After the course, a loan to start her business: %(scheme)s", scheme=scheme)


def _openings_after(w: Words, p: dict) -> str:
    return w.ngettext("Then %(num)d opening in this trade within reach",
                      "Then %(num)d openings in this trade within reach", int(p.get("count") or 0))


PATHWAY_NOTES = {
    PathwayNote.BRIDGE_FIRST: _bridge_first, PathwayNote.DOCUMENTS_FIRST: _documents_first,
    PathwayNote.BANK_ACCOUNT_FIRST: _bank_first, PathwayNote.STIPEND: _stipend,
    PathwayNote.COURSE_SUPPORT: _course_support, PathwayNote.BUSINESS_LOAN: _loan,
    PathwayNote.OPENINGS_AFTER: _openings_after,
}


def pathway_step(w: Words, step: Mapping[str, Any],
                 titles: Mapping[tuple[str, int], str] | None = None) -> str:
    """One pathway step as a counselor reads it."""
    titles = titles or {}
    kind = step.get("step")
    if kind == "documents":
        return w._("Get the documents: %(documents)s",
                   documents=w.labels("document", step.get("documents") or ()))
    if kind == "course":
        title = titles.get(("course", step.get("course_id")))
        if title:
            return w._("Course: %(title)s", title=title)
        return w._("A course")
    if kind == "opening":
        title = titles.get(("opening", step.get("opening_id")))
        if title:
            return w._("Job: %(title)s", title=title)
        return w._("A job")
    if kind == "stipend":
        return w._("Stipend %(amount)s a month during the course",
                   amount=w.rupees(step.get("amount_inr_month")))
    if kind == "scheme":
        scheme = w.scheme(step.get("scheme"))
        purpose = step.get("purpose")
        if purpose == "bank_account":
            return w._("Open a zero-balance bank account: %(scheme)s", scheme=scheme)
        if purpose == "course_support":
            return w._("Ask about course support: %(scheme)s", scheme=scheme)
        if purpose == "business_loan":
            if step.get("amount_inr"):
                return w._("Small-business loan of up to %(amount)s: %(scheme)s",
                           amount=w.rupees(step["amount_inr"]), scheme=scheme)
            return w._("Small-business loan: %(scheme)s", scheme=scheme)
        return w._("Government scheme: %(scheme)s", scheme=scheme)
    return str(kind)
